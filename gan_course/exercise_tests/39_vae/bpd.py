from otter.test_files import test_case

OK_FORMAT = False

name = "bpd"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(bpd):
    import math, torch
    assert isinstance(bpd, (int, float)) and (not isinstance(bpd, bool)) and math.isfinite(bpd) and (bpd > 0), f'bpd should be a positive number, got {bpd!r}'
    assert abs(bpd - 2000 / 784) > 0.001, 'that is the figure in nats per dimension; the lesson reports bits per dimension'
    assert abs(bpd - 2000 * math.log(2) / 784) > 0.001, 'this is smaller than the figure in nats per dimension, but a bit is a smaller unit than a nat (1 nat = 1 / ln 2, about 1.44 bits): the figure in bits is the larger'
    assert abs(bpd - 2000 / (784 * math.log10(2))) > 0.001, 'ln 2 is the natural logarithm of 2 (math.log(2)), not log10(2)'
    assert bpd <= 8, f'{bpd:.4g} bits per dimension is more than a uniform guess over the 256 grey levels costs (8 bits): divide by the number of dimensions, 28 x 28'


from otter.test_files import test_case

OK_FORMAT = False

name = "receptive_field"
points = 2

@test_case(points=None, hidden=False)
def test_one_layer(receptive_field):
    import math, torch
    got = receptive_field([(3, 1)])
    assert isinstance(got, int), f'receptive_field should return an int, got {got!r}'
    assert got == 3 and receptive_field([(3, 1), (3, 1)]) == 5, 'one 3x3 convolution sees 3 pixels; two see 5'


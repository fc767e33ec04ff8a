from otter.test_files import test_case

OK_FORMAT = False

name = "convT_out"
points = 1

@test_case(points=None, hidden=False)
def test_dcgan_block(convT_out):
    import math, torch
    got = convT_out(4, 4, 2, 1)
    assert isinstance(got, int), f'convT_out should return an int, got {got!r}'
    assert got == 8, f'a k=4, s=2, p=1 transposed convolution doubles 4 to 8, got {got}'


from otter.test_files import test_case

OK_FORMAT = False

name = "pixels_per_input"
points = 1

@test_case(points=None, hidden=False)
def test_an_int(pixels_per_input):
    import math, torch
    assert isinstance(pixels_per_input, int) and pixels_per_input > 1, f'pixels_per_input should be an int above 1, got {pixels_per_input!r}'


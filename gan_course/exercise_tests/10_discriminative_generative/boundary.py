from otter.test_files import test_case

OK_FORMAT = False

name = "boundary"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(boundary):
    import math, torch
    assert isinstance(boundary, (int, float)) and math.isfinite(boundary), f'boundary should be a number, got {boundary!r}'


from otter.test_files import test_case

OK_FORMAT = False

name = "grid_width"
points = 1

@test_case(points=None, hidden=False)
def test_an_int(grid_width):
    import math, torch
    assert isinstance(grid_width, int) and grid_width >= 8 * 28, f'grid_width should be an int of at least 8 * 28 = 224, got {grid_width!r}'


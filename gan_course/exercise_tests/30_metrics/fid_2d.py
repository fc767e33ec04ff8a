from otter.test_files import test_case

OK_FORMAT = False

name = "fid_2d"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(fid_2d):
    import math, torch
    assert isinstance(fid_2d, (int, float)) and fid_2d >= 0, f'fid_2d should be a non-negative number, got {fid_2d!r}'


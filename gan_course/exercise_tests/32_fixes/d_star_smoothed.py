from otter.test_files import test_case

OK_FORMAT = False

name = "d_star_smoothed"
points = 1

@test_case(points=None, hidden=False)
def test_a_probability(d_star_smoothed):
    import math, torch
    assert isinstance(d_star_smoothed, (int, float)) and 0 <= d_star_smoothed <= 1, f'd_star_smoothed should be a probability, got {d_star_smoothed!r}'


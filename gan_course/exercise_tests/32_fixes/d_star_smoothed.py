from otter.test_files import test_case

OK_FORMAT = False

name = "d_star_smoothed"
points = 1

@test_case(points=None, hidden=False)
def test_a_probability(d_star_smoothed):
    import math, torch
    assert isinstance(d_star_smoothed, (int, float)) and (not isinstance(d_star_smoothed, bool)) and (0 <= d_star_smoothed <= 1), f'd_star_smoothed should be a probability, a number from 0 to 1, got {d_star_smoothed!r}'
    assert abs(d_star_smoothed - 0.5) > 1e-06, "0.5 is the optimal D without smoothing; with real targets of 0.9, the formula's numerator is 0.9 p(x), not p(x)"
    assert abs(d_star_smoothed - 0.9) > 1e-06, '0.9 would need p / (p + q) = 1; work out p / (p + q) when q = p, then multiply by the real target'
    assert abs(d_star_smoothed - 0.9 / 1.9) > 1e-06, 'the smoothing is in the numerator only: the denominator is p(x) + q(x), not 0.9 p(x) + q(x)'


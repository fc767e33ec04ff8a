from otter.test_files import test_case

OK_FORMAT = False

name = "l1_best"
points = 1

@test_case(points=None, hidden=False)
def test_numbers(l1_best, l2_best):
    import math, torch
    assert all((isinstance(v, (int, float)) and 0 <= v <= 1 for v in (l1_best, l2_best))), f'both should be numbers in [0, 1], got {l1_best!r} and {l2_best!r}'


from otter.test_files import test_case

OK_FORMAT = False

name = "seed_summary"
points = 1

@test_case(points=None, hidden=False)
def test_three(seed_summary):
    import math, torch
    got = seed_summary([1.0, 2.0, 3.0])
    assert isinstance(got, tuple) and len(got) == 2, f'seed_summary should return (mean, std), got {got!r}'
    assert abs(got[0] - 2) < 1e-09 and abs(got[1] - 1) < 1e-09, f'for 1, 2, 3 the mean is 2 and the sample std is 1, got {got}'


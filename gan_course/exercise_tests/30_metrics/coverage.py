from otter.test_files import test_case

OK_FORMAT = False

name = "coverage"
points = 1

@test_case(points=None, hidden=False)
def test_collapse(coverage):
    import math, torch
    got = coverage(torch.tensor([3] * 95 + [1] * 5), 10, 0.02)
    assert isinstance(got, int), f'coverage should return an int, got {got!r}'
    assert got == 2, f'95 samples of class 3 and 5 of class 1 cover 2 classes at min_share 0.02, got {got}'


from otter.test_files import test_case

OK_FORMAT = False

name = "coverage"
points = 1

@test_case(points=None, hidden=False)
def test_collapse(coverage):
    import math, torch

    def call(labels, n_classes, min_share):
        try:
            got = coverage(labels.clone(), n_classes, min_share)
        except Exception as e:
            raise AssertionError(f'coverage(labels, {n_classes}, {min_share}) raised {type(e).__name__}: {e}') from None
        assert isinstance(got, int) and (not isinstance(got, bool)), f'coverage should return an int, got {type(got).__name__} {got!r}'
        return got
    got = call(torch.tensor([3] * 95 + [1] * 5), 10, 0.02)
    assert got == 2, f'95 samples of class 3 and 5 of class 1 cover 2 classes at min_share 0.02, got {got}'
    labels = torch.tensor([0] * 60 + [1] * 25 + [2] * 10 + [3] * 4 + [4] * 1)
    got = call(labels, 10, 0.04)
    assert got != 3, f"class 3 has 4 of the 100 samples, exactly min_share = 4%: 'at least min_share' counts it, got {got}"
    assert got != 5, f'class 4 has 1 of the 100 samples, 1%, less than min_share = 0.04: min_share is a share of the samples, not a count, got {got}'
    assert got == 4, f'classes 0 to 3 have at least 4% of the 100 samples (60, 25, 10 and 4 of them), class 4 has 1: that is 4 classes, got {got}'
    got = call(labels, 10, 0.0)
    assert got == 10, f'with min_share 0 every one of the 10 classes counts, even those with no sample (5 to 9 here), got {got}'


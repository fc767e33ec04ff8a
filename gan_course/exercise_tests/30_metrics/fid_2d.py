from otter.test_files import test_case

OK_FORMAT = False

name = "fid_2d"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(fid_2d):
    import math, torch
    assert isinstance(fid_2d, (int, float)) and (not isinstance(fid_2d, bool)) and (fid_2d >= 0), f'fid_2d should be a non-negative number, got {fid_2d!r}'
    hints = {0: 'the means are equal, but the covariances are not: the trace term is not 0', 1: "that is one dimension's share: these Gaussians are 2-D, and the trace sums over every dimension", 10: 'that is tr(cov1 + cov2) alone: the cross term -2 (cov1 cov2)^(1/2) is missing', 18: 'N(0, 4I) has covariance 4I: a variance of 4 in each dimension (a standard deviation of 2), not a standard deviation of 4'}
    for wrong, why in hints.items():
        assert abs(fid_2d - wrong) > 1e-09, f'fid_2d = {fid_2d!r}: {why}'


from otter.test_files import test_case

OK_FORMAT = False

name = "frechet"
points = 2

@test_case(points=None, hidden=False)
def test_mean_shift(frechet):
    import math, torch
    I = torch.eye(2, dtype=torch.float64)
    got = frechet(torch.zeros(2, dtype=torch.float64), I, torch.tensor([3.0, 4.0], dtype=torch.float64), I)
    assert isinstance(got, float), f'frechet should return a float, got {got!r}'
    assert abs(got - 25) < 1e-06, f'equal covariances, means 5 apart: the distance is 5^2 = 25, got {got}'


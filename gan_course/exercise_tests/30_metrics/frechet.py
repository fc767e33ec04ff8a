from otter.test_files import test_case

OK_FORMAT = False

name = "frechet"
points = 2

@test_case(points=None, hidden=False)
def test_mean_shift(frechet):
    import math, torch
    I = torch.eye(2, dtype=torch.float64)
    try:
        got = frechet(torch.zeros(2, dtype=torch.float64), I, torch.tensor([3.0, 4.0], dtype=torch.float64), I)
    except Exception as e:
        raise AssertionError(f'frechet(mu1, I, mu2, I) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, float), f'frechet should return a Python float, got {type(got).__name__} {got!r}'
    assert abs(got - 25) < 1e-06, f'equal covariances (so the trace term is 0), means [0, 0] and [3, 4], 5 apart: the distance is |mu1 - mu2|^2 = 25, got {got}'

@test_case(points=None, hidden=False)
def test_covariances_that_do_not_commute(frechet):
    import math, torch
    c1 = torch.tensor([[2.0, 1.0], [1.0, 2.0]], dtype=torch.float64)
    c2 = torch.tensor([[1.0, 0.0], [0.0, 4.0]], dtype=torch.float64)
    mu1, mu2 = (torch.tensor([1.0, 0.0], dtype=torch.float64), torch.tensor([0.0, 2.0], dtype=torch.float64))
    want = 5.771220447654342
    try:
        got = frechet(mu1, c1.clone(), mu2, c2.clone())
    except Exception as e:
        raise AssertionError(f'frechet(mu1, cov1, mu2, cov2) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, float), f'frechet should return a Python float, got {type(got).__name__} {got!r}'
    assert math.isfinite(got) and abs(got - want) < 1e-06, f'for mu1 = [1, 0], mu2 = [0, 2], cov1 = [[2, 1], [1, 2]] and cov2 = [[1, 0], [0, 4]], two covariances that do not commute, the distance is {want:.6f}, got {got}: (cov1 cov2)^(1/2) is the matrix square root of the matrix product (scipy.linalg.sqrtm), not an elementwise square root, and not sqrtm(cov1) @ sqrtm(cov2), which is the same only when the covariances commute'


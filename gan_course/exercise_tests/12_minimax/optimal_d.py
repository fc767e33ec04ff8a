from otter.test_files import test_case

OK_FORMAT = False

name = "optimal_d"
points = 2

@test_case(points=None, hidden=False)
def test_simple(optimal_d):
    import math, torch
    ps, qs = ([0.2, 0.5, 0.0, 0.0, 0.1], [0.2, 0.0, 0.3, 0.0, 0.3])
    p, q = (torch.tensor(ps), torch.tensor(qs))
    try:
        d = optimal_d(p, q)
    except Exception as e:
        raise AssertionError(f'optimal_d({ps}, {qs}) raised {type(e).__name__}: {e}') from None
    assert isinstance(d, torch.Tensor) and d.shape == p.shape, f'optimal_d should return a tensor of shape {tuple(p.shape)}, got {d!r}'
    assert not torch.isnan(d).any(), f'optimal_d({ps}, {qs}) gave NaN: where both densities are 0 (the 4th point) D* should be 1/2, got {[round(t, 4) for t in d.tolist()]}'
    want = [0.5, 1.0, 0.0, 0.5, 0.25]
    assert torch.allclose(d.double(), torch.tensor(want, dtype=torch.float64), atol=1e-06), f'optimal_d({ps}, {qs}) should be {want}: where p_data = p_g D* is 1/2, where only data lands 1, where only fakes land 0, where neither lands 1/2; got {[round(t, 4) for t in d.tolist()]}'

@test_case(points=None, hidden=False)
def test_grid(optimal_d):
    import math, torch
    ps, qs = ([[0.1, 0.0], [0.3, 0.0]], [[0.3, 0.0], [0.1, 0.2]])
    p, q = (torch.tensor(ps), torch.tensor(qs))
    try:
        d = optimal_d(p, q)
    except Exception as e:
        raise AssertionError(f'optimal_d on (2, 2) grids raised {type(e).__name__}: {e}; the densities may come on a grid of any shape') from None
    assert isinstance(d, torch.Tensor) and d.shape == (2, 2), f'on (2, 2) grids optimal_d should return a (2, 2) tensor, got {d!r}'
    want = [[0.25, 0.5], [0.75, 0.0]]
    assert torch.allclose(d.double(), torch.tensor(want, dtype=torch.float64), atol=1e-06), f'optimal_d({ps}, {qs}) should be {want}, got {[[round(t, 4) for t in r] for r in d.tolist()]}'


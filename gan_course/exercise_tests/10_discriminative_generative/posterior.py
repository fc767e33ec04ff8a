from otter.test_files import test_case

OK_FORMAT = False

name = "posterior"
points = 2

@test_case(points=None, hidden=False)
def test_shape_and_middle(posterior):
    import math, torch

    def call(x, *args):
        try:
            return posterior(x, *args)
        except Exception as e:
            raise AssertionError(f"posterior({x.tolist()}, {', '.join(map(str, args))}) raised {type(e).__name__}: {e}") from None
    x = torch.tensor([-1.0, 0.5, 2.0])
    p = call(x, -1.0, 2.0, 1.0)
    assert isinstance(p, torch.Tensor) and p.shape == x.shape, f'posterior should return a tensor of shape {tuple(x.shape)}, got {p!r}'
    assert abs(float(p[1]) - 0.5) < 1e-06, f'halfway between the means, with equal priors, P(y=1|x) is 1/2; got {float(p[1]):.4f}'
    assert float(p[0]) < 0.5 < float(p[2]), f'P(y=1|x) should grow from mu0 towards mu1: at x = mu0 it is below 1/2, at x = mu1 above; got {p.tolist()}'
    mid = float(call(torch.tensor([0.5]), -1.0, 2.0, 1.0, 0.2)[0])
    hint = ' (1 - prior1: the prior odds are upside down)' if abs(mid - 0.8) < 0.0001 else ' (the prior is left out)' if abs(mid - 0.5) < 0.0001 else ''
    assert abs(mid - 0.2) < 1e-05, f'halfway between the means both densities are equal, so P(y=1|x) is the prior: posterior([0.5], -1.0, 2.0, 1.0, 0.2) should be 0.2, got {mid:.4f}{hint}'

@test_case(points=None, hidden=False)
def test_sigma_and_far_away(posterior):
    import math, torch

    def call(x, *args):
        try:
            return posterior(x, *args)
        except Exception as e:
            raise AssertionError(f"posterior({x.tolist()}, {', '.join(map(str, args))}) raised {type(e).__name__}: {e}") from None
    x = torch.tensor([0.0, 1.0, 2.5])
    p = call(x, -1.0, 2.0, 1.5, 0.3)
    assert isinstance(p, torch.Tensor) and p.shape == x.shape, f'posterior should return a tensor of shape {tuple(x.shape)}, got {p!r}'
    want = [0.180352, 0.454965, 0.86049]
    assert all((abs(float(a) - b) < 1e-05 for a, b in zip(p, want))), f'posterior([0.0, 1.0, 2.5], -1.0, 2.0, 1.5, 0.3) should be {want} (sigma = 1.5 is a standard deviation; the densities divide by 2 sigma^2), got {[round(float(a), 6) for a in p]}'
    far = call(torch.tensor([-50.0, 50.0]), -1.0, 2.0, 0.5)
    assert isinstance(far, torch.Tensor) and far.shape == (2,), f'posterior should return a tensor of shape (2,), got {far!r}'
    assert torch.isfinite(far).all(), f'posterior([-50.0, 50.0], -1.0, 2.0, 0.5) should be finite (about 0 and 1), got {far.tolist()}: far from the means both densities underflow to 0 and their ratio is 0 / 0; compute it in a form that never divides two densities'
    assert float(far[0]) < 1e-06 and float(far[1]) > 1 - 1e-06, f'far from the means P(y=1|x) is 0 (at x = -50) or 1 (at x = 50); got {far.tolist()}'


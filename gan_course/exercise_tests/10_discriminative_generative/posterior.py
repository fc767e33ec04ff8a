from otter.test_files import test_case

OK_FORMAT = False

name = "posterior"
points = 2

@test_case(points=None, hidden=False)
def test_shape_and_middle(posterior):
    import math, torch
    x = torch.tensor([-1.0, 0.5, 2.0])
    p = posterior(x, -1.0, 2.0, 1.0)
    assert isinstance(p, torch.Tensor) and p.shape == x.shape, f'posterior should return a tensor of shape {tuple(x.shape)}, got {p!r}'
    assert abs(float(p[1]) - 0.5) < 1e-06, f'halfway between the means, with equal priors, P(y=1|x) is 1/2; got {float(p[1]):.4f}'
    assert float(p[0]) < 0.5 < float(p[2]), f'P(y=1|x) should grow from mu0 towards mu1; got {p.tolist()}'


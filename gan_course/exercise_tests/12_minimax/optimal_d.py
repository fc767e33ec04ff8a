from otter.test_files import test_case

OK_FORMAT = False

name = "optimal_d"
points = 2

@test_case(points=None, hidden=False)
def test_simple(optimal_d):
    import math, torch
    p, q = (torch.tensor([0.2, 0.5, 0.0]), torch.tensor([0.2, 0.0, 0.3]))
    d = optimal_d(p, q)
    assert isinstance(d, torch.Tensor) and d.shape == p.shape, f'optimal_d should return a tensor of shape {tuple(p.shape)}, got {d!r}'
    assert torch.allclose(d, torch.tensor([0.5, 1.0, 0.0])), f'where p_data = p_g D* is 1/2, where only data lands 1, where only fakes land 0; got {d.tolist()}'


from otter.test_files import test_case

OK_FORMAT = False

name = "make_mlp_generator"
points = 2

@test_case(points=None, hidden=False)
def test_shape(make_mlp_generator):
    import math, torch
    G = make_mlp_generator(8, [16, 32], (1, 4, 4))
    assert isinstance(G, torch.nn.Module), f'make_mlp_generator should return an nn.Module, got {G!r}'
    x = G(torch.randn(5, 8))
    assert isinstance(x, torch.Tensor) and tuple(x.shape) == (5, 1, 4, 4), f"G(z) for z of shape (5, 8) should have shape (5, 1, 4, 4), got {getattr(x, 'shape', x)!r}"


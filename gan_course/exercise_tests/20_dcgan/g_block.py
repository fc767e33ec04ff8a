from otter.test_files import test_case

OK_FORMAT = False

name = "g_block"
points = 2

@test_case(points=None, hidden=False)
def test_shape(g_block):
    import math, torch
    b = g_block(16, 8)
    assert isinstance(b, torch.nn.Module), f'g_block should return an nn.Module, got {b!r}'
    y = b(torch.randn(2, 16, 4, 4))
    assert tuple(y.shape) == (2, 8, 8, 8), f'a (2, 16, 4, 4) input should give (2, 8, 8, 8), got {tuple(y.shape)}'


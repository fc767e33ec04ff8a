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
    convs = [m for m in b.modules() if isinstance(m, torch.nn.ConvTranspose2d)]
    assert len(convs) == 1, f'one nn.ConvTranspose2d, got {len(convs)}'
    assert convs[0].bias is None, 'the transposed convolution should have bias=False: the batch norm after it has its own shift'
    assert any((isinstance(m, torch.nn.BatchNorm2d) for m in b.modules())), 'nn.BatchNorm2d should follow the convolution'
    assert not any((isinstance(m, torch.nn.LeakyReLU) for m in b.modules())), "the generator's blocks use nn.ReLU; LeakyReLU is the discriminator's"
    assert y.min() >= 0 and (y == 0).any(), 'the block should end with nn.ReLU: outputs >= 0, the negative ones set to 0'


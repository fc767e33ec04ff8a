from otter.test_files import test_case

OK_FORMAT = False

name = "psnr"
points = 2

@test_case(points=None, hidden=False)
def test_half_grey(psnr):
    import math, torch
    got = psnr(torch.zeros(1, 1, 4, 4), -torch.ones(1, 1, 4, 4))
    assert isinstance(got, torch.Tensor) and got.numel() == 1, f'psnr should return a scalar tensor, got {got!r}'
    assert abs(got.item() - 10 * math.log10(4)) < 0.0001, f'off by 0.5 everywhere on the [0, 1] scale: MSE 0.25 and PSNR 6.02 dB, got {got.item():.3f}'


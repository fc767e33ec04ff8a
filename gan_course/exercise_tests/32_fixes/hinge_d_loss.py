from otter.test_files import test_case

OK_FORMAT = False

name = "hinge_d_loss"
points = 1

@test_case(points=None, hidden=False)
def test_value(hinge_d_loss):
    import math, torch
    got = hinge_d_loss(torch.tensor([0.0, 2.0]), torch.tensor([0.5, -3.0]))
    assert isinstance(got, torch.Tensor) and got.numel() == 1, f'hinge_d_loss should return a scalar tensor, got {got!r}'
    assert abs(got.item() - 1.25) < 1e-06, f'reals: (1 + 0) / 2 = 0.5; fakes: (1.5 + 0) / 2 = 0.75; total 1.25, got {got.item():.4f}'


from otter.test_files import test_case

OK_FORMAT = False

name = "gradient_penalty"
points = 2

@test_case(points=None, hidden=False)
def test_linear_critic(gradient_penalty):
    import math, torch
    w = torch.tensor([3.0, 4.0])
    critic = lambda x: x @ w
    real, fake = (torch.randn(6, 2), torch.randn(6, 2))
    got = gradient_penalty(critic, real, fake, torch.rand(6, 1))
    assert isinstance(got, torch.Tensor) and got.numel() == 1, f'gradient_penalty should return a scalar tensor, got {got!r}'
    assert abs(got.item() - 16) < 0.0001, f'a linear critic with |w| = 5 has penalty (5 - 1)^2 = 16, got {got.item():.4f}'


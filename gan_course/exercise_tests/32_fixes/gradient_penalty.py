from otter.test_files import test_case

OK_FORMAT = False

name = "gradient_penalty"
points = 2

@test_case(points=None, hidden=False)
def test_curved_critic(gradient_penalty):
    import math, torch

    class Critic(torch.nn.Module):

        def __init__(self):
            super().__init__()
            self.a = torch.nn.Parameter(torch.tensor(0.75, dtype=torch.float64))

        def forward(self, x):
            return self.a * (x ** 2).flatten(1).sum(1)
    critic = Critic()
    g = torch.Generator().manual_seed(0)
    real = torch.rand(4, 3, 2, 2, generator=g, dtype=torch.float64) + 0.5
    fake = torch.rand(4, 3, 2, 2, generator=g, dtype=torch.float64) * 0.2 - 0.1
    alpha = torch.tensor([0.1, 0.4, 0.7, 0.9], dtype=torch.float64).view(4, 1, 1, 1)
    real0, fake0, alpha0 = (real.clone(), fake.clone(), alpha.clone())
    try:
        got = gradient_penalty(critic, real, fake, alpha)
    except Exception as e:
        raise AssertionError(f'gradient_penalty(critic, real, fake, alpha) on images (4, 3, 2, 2) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and got.numel() == 1, f'gradient_penalty should return a scalar tensor, got {got!r}'
    assert torch.equal(real, real0) and torch.equal(fake, fake0) and torch.equal(alpha, alpha0), 'leave real, fake and alpha unchanged'
    assert got.requires_grad, "the penalty has no graph back to the critic's parameters, so it cannot be trained through: compute the gradient with torch.autograd.grad(..., create_graph=True)"

    def pen(x, s=1.0, norm=lambda gr: gr.flatten(1).norm(dim=1), a=0.75):
        return ((norm(2 * a * x * s) - 1) ** 2).mean().item()
    mix = alpha * real + (1 - alpha) * fake
    want, v = (pen(mix), got.item())
    close = lambda w: abs(v - w) < 1e-06 * max(1.0, abs(w))
    if not close(want):
        wrong = [(pen(mix, norm=lambda gr: gr.norm().expand(1)), "one norm over the whole batch: take the norm of each row's gradient (over all its other dimensions), then the mean of (|grad| - 1)^2 over the rows"), (pen(mix, norm=lambda gr: gr.norm(dim=1)), "the norm over dim 1 only (the channels): each row's norm is over all its other dimensions, channels, height and width together (flatten each row first)"), (pen(mix, norm=lambda gr: gr.flatten(1).pow(2).sum(1)), 'that is the squared norm: |grad| is the square root of the sum of squares'), (pen(alpha[0] * real + (1 - alpha[0]) * fake), 'one alpha for the whole batch: each row has its own alpha (alpha is (B, 1, 1, 1) here), and mixes its own real and fake rows with it'), (pen(alpha * fake + (1 - alpha) * real), 'real and fake are swapped: x = alpha * real + (1 - alpha) * fake'), (pen(mix, s=1 / 4), "each row's gradient is 4 times too small, the batch size: differentiate critic(x).sum(), not critic(x).mean()")]
        for w, why in wrong:
            assert not close(w), f'{why} (got {v:.6f}, expected {want:.6f})'
        raise AssertionError(f'for the critic f(x) = 0.75 |x|^2 at these points the penalty should be {want:.6f}, got {v:.6f}')
    try:
        ga, = torch.autograd.grad(got, critic.a)
    except Exception as e:
        raise AssertionError(f"back-propagating the penalty into the critic's parameter failed ({type(e).__name__}: {e}): use create_graph=True and keep the graph") from None
    n = mix.flatten(1).norm(dim=1)
    wa = (2 * (2 * 0.75 * n - 1) * 2 * n).mean().item()
    assert abs(ga.item() - wa) < 1e-06 * max(1.0, abs(wa)), f"the penalty's gradient with respect to the critic's parameter should be {wa:.6f}, got {ga.item():.6f}: keep the graph (create_graph=True)"
    lin = lambda x: x.flatten(1) @ torch.tensor([3.0, 4.0], dtype=torch.float64)
    try:
        got = gradient_penalty(lin, torch.randn(6, 2, generator=g, dtype=torch.float64), torch.randn(6, 2, generator=g, dtype=torch.float64), torch.rand(6, 1, generator=g, dtype=torch.float64))
    except Exception as e:
        raise AssertionError(f'on rows of 2 numbers (real and fake (6, 2), alpha (6, 1)) gradient_penalty raised {type(e).__name__}: {e}; it should work for inputs of any number of dimensions') from None
    assert abs(float(got) - 16) < 1e-06, f'rows of 2 numbers and a linear critic with |w| = 5: the penalty is (5 - 1)^2 = 16, got {float(got):.6f}'


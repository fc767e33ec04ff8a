from otter.test_files import test_case

OK_FORMAT = False

name = "reparameterize"
points = 1

@test_case(points=None, hidden=False)
def test_values_and_gradients(reparameterize):
    import math, torch

    def call(mu, logvar, eps):
        try:
            return reparameterize(mu, logvar, eps)
        except Exception as e:
            raise AssertionError(f'reparameterize(mu, logvar, eps) raised {type(e).__name__}: {e}') from None
    got = call(torch.tensor([1.0]), torch.tensor([math.log(4.0)]), torch.tensor([0.5]))
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (1,), f"reparameterize should return a tensor of the inputs' shape, got {got!r}"
    assert torch.allclose(got, torch.tensor([2.0])), f'mu 1, variance 4 (std 2), eps 0.5: z = 1 + 2 * 0.5 = 2, got {got.tolist()} (z is a function of the eps given: draw no noise of your own)'
    mu = torch.tensor([-1.0, 0.5], requires_grad=True)
    logvar = torch.tensor([math.log(9.0), math.log(0.25)], requires_grad=True)
    eps = torch.tensor([2.0, -4.0])
    got = call(mu, logvar, eps)
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (2,), f"inputs of shape (2,) should give z of shape (2,), got {getattr(got, 'shape', got)!r}"
    want = torch.tensor([5.0, -1.5])
    if not torch.allclose(got.detach(), want, atol=1e-05):
        hint = 'eps was scaled by the variance, not by the standard deviation' if torch.allclose(got.detach(), torch.tensor([17.0, -0.5]), atol=0.0001) else 'eps was scaled by half the variance, not by the standard deviation' if torch.allclose(got.detach(), torch.tensor([8.0, 0.0]), atol=0.0001) else 'z should be a function of the eps given (no new noise drawn)'
        raise AssertionError(f'mu -1, variance 9 (std 3), eps 2 gives z = 5; mu 0.5, variance 1/4 (std 1/2), eps -4 gives z = -1.5. Got {[round(v, 4) for v in got.tolist()]}: {hint}')
    assert got.requires_grad, 'z carries no gradient: compute it from mu and logvar with tensor operations (not under torch.no_grad(), not detached, not drawn by .sample())'
    try:
        got.sum().backward()
    except Exception as e:
        raise AssertionError(f'backward through z raised {type(e).__name__}: {e}') from None
    assert mu.grad is not None and torch.allclose(mu.grad, torch.ones(2)), f'dz/dmu should be 1, got {(None if mu.grad is None else mu.grad.tolist())}'
    assert logvar.grad is not None and torch.allclose(logvar.grad, torch.tensor([3.0, -1.0])), f'dz/dlogvar should be eps * std / 2 = [3, -1], got {(None if logvar.grad is None else logvar.grad.tolist())}'


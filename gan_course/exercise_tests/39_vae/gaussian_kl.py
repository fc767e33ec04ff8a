from otter.test_files import test_case

OK_FORMAT = False

name = "gaussian_kl"
points = 2

@test_case(points=None, hidden=False)
def test_values(gaussian_kl):
    import math, torch

    def call(mu, logvar):
        try:
            return gaussian_kl(mu, logvar)
        except Exception as e:
            raise AssertionError(f'gaussian_kl(mu, logvar) with inputs of shape {tuple(mu.shape)} raised {type(e).__name__}: {e}') from None
    got = call(torch.zeros(3, 4), torch.zeros(3, 4))
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (3,), f"inputs (3, 4) should give one KL per row, shape (3,) (summed over the last dimension only), got {getattr(got, 'shape', got)!r}"
    assert torch.allclose(got, torch.zeros(3), atol=1e-06), f'q equal to the prior (mu 0, logvar 0) has KL 0, got {got.tolist()}'
    mu = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 0.0], [2.0, 0.0, 0.0]])
    logvar = torch.tensor([[0.0, 0.0, 0.0], [math.log(4.0), 0.0, 0.0], [0.0, math.log(0.25), 0.0]])
    want = torch.tensor([0.5, 0.5 * (3 - math.log(4.0)), 2 + 0.5 * (0.25 - 1 + math.log(4.0))])
    got = call(mu, logvar)
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (3,), f"inputs (3, 3) should give shape (3,), got {getattr(got, 'shape', got)!r}"
    if not torch.allclose(got, want, atol=0.0001):
        as_log_std = 0.5 * (mu ** 2 + (2 * logvar).exp() - 1 - 2 * logvar).sum(-1)
        hint = 'twice the right values: a factor 1/2 is missing' if torch.allclose(got, 2 * want, atol=0.0001) else 'a third of the right values: that is the mean over the 3 dimensions; the KL of a diagonal Gaussian is their sum' if torch.allclose(got, want / 3, atol=0.0001) else 'negative: a KL divergence is never negative (the ELBO subtracts it, but gaussian_kl returns the KL itself)' if torch.allclose(got, -want, atol=0.0001) else 'these are the values when logvar is read as the log of the standard deviation; it is the log of the variance, sigma^2 = exp(logvar)' if torch.allclose(got, as_log_std, atol=0.0001) else 'see the closed form in the lesson, per dimension, summed'
        raise AssertionError(f'mu = [[1, 0, 0], [0, 0, 0], [2, 0, 0]] and logvar = [[0, 0, 0], [log 4, 0, 0], [0, log 1/4, 0]]: the KL of each row should be {[round(v, 4) for v in want.tolist()]} nats, got {[round(v, 4) for v in got.tolist()]}: {hint}')


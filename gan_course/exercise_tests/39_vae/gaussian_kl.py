from otter.test_files import test_case

OK_FORMAT = False

name = "gaussian_kl"
points = 2

@test_case(points=None, hidden=False)
def test_prior(gaussian_kl):
    import math, torch
    got = gaussian_kl(torch.zeros(3, 4), torch.zeros(3, 4))
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (3,), f"inputs (3, 4) should give shape (3,), got {getattr(got, 'shape', got)!r}"
    assert torch.allclose(got, torch.zeros(3)), f'q equal to the prior has KL 0, got {got.tolist()}'


from otter.test_files import test_case

OK_FORMAT = False

name = "d_loss_on"
points = 2

@test_case(points=None, hidden=False)
def test_value(d_loss_on):
    import math, torch
    D = lambda x: x.sum(1, keepdim=True)
    real, fake = (torch.tensor([[1.0, 1.0]]), torch.tensor([[0.0, 0.0]]))
    got = d_loss_on(D, real, fake)
    assert isinstance(got, torch.Tensor) and got.numel() == 1, f'd_loss_on should return a scalar tensor, got {got!r}'
    want = math.log1p(math.exp(-2)) + math.log(2)
    assert abs(got.item() - want) < 1e-05, f'real logit 2 against 1 costs {math.log1p(math.exp(-2)):.4f}, fake logit 0 against 0 costs log 2; the sum is {want:.4f}, got {got.item():.4f}'


from otter.test_files import test_case

OK_FORMAT = False

name = "g_loss_nonsaturating"
points = 1

@test_case(points=None, hidden=False)
def test_at_zero(g_loss_nonsaturating):
    import math, torch
    got = g_loss_nonsaturating(torch.zeros(8))
    assert isinstance(got, torch.Tensor) and got.shape == (), f'should return a scalar tensor, got {got!r}'
    assert abs(got.item() - math.log(2)) < 1e-06, f'when D says 1/2 for every fake, -log D = log 2 = 0.6931; got {got.item():.4f}'


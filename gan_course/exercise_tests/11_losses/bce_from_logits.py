from otter.test_files import test_case

OK_FORMAT = False

name = "bce_from_logits"
points = 2

@test_case(points=None, hidden=False)
def test_small(bce_from_logits):
    import math, torch
    z, y = (torch.tensor([0.0, 2.0, -1.0]), torch.tensor([1.0, 0.0, 0.0]))
    got = bce_from_logits(z, y)
    assert isinstance(got, torch.Tensor) and got.shape == (), f'bce_from_logits should return a scalar tensor, got {got!r}'
    want = (math.log(2) + (2 + math.log1p(math.exp(-2))) + math.log1p(math.exp(-1))) / 3
    assert abs(got.item() - want) < 1e-05, f'bce_from_logits([0, 2, -1], [1, 0, 0]) should be {want:.5f}, got {got.item():.5f}'


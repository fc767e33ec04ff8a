from otter.test_files import test_case

OK_FORMAT = False

name = "reparameterize"
points = 1

@test_case(points=None, hidden=False)
def test_value(reparameterize):
    import math, torch
    got = reparameterize(torch.tensor([1.0]), torch.tensor([math.log(4.0)]), torch.tensor([0.5]))
    assert isinstance(got, torch.Tensor), f'reparameterize should return a tensor, got {got!r}'
    assert torch.allclose(got, torch.tensor([2.0])), f'mu 1, variance 4 (std 2), eps 0.5: z = 1 + 2 * 0.5 = 2, got {got.tolist()}'


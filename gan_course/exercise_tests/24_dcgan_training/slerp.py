from otter.test_files import test_case

OK_FORMAT = False

name = "slerp"
points = 2

@test_case(points=None, hidden=False)
def test_ends(slerp):
    import math, torch
    a, b = (torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0]))
    got = slerp(a, b, 0.0)
    assert isinstance(got, torch.Tensor) and got.shape == a.shape, f'slerp should return a tensor shaped like a, got {got!r}'
    assert torch.allclose(got, a, atol=1e-06) and torch.allclose(slerp(a, b, 1.0), b, atol=1e-06), 'slerp(a, b, 0) should be a and slerp(a, b, 1) should be b'


from otter.test_files import test_case

OK_FORMAT = False

name = "to_tanh"
points = 1

@test_case(points=None, hidden=False)
def test_ends(to_tanh):
    import math, torch
    got = to_tanh(torch.tensor([0, 255], dtype=torch.uint8))
    assert isinstance(got, torch.Tensor) and got.is_floating_point(), f'to_tanh should return a float tensor, got {got!r}'
    assert torch.allclose(got, torch.tensor([-1.0, 1.0])), f'0 should map to -1 and 255 to 1, got {got.tolist()}'


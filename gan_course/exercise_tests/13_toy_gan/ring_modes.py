from otter.test_files import test_case

OK_FORMAT = False

name = "ring_modes"
points = 1

@test_case(points=None, hidden=False)
def test_four(ring_modes):
    import math, torch
    got = ring_modes(4, 1.0)
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (4, 2), f'ring_modes(4, 1.0) should be a (4, 2) tensor, got {got!r}'
    want = torch.tensor([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    assert torch.allclose(got.float(), want, atol=1e-05), f'ring_modes(4, 1.0) should be (1, 0), (0, 1), (-1, 0), (0, -1) in that order; got {got.tolist()}'


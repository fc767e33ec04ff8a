from otter.test_files import test_case

OK_FORMAT = False

name = "best_l2_prediction"
points = 1

@test_case(points=None, hidden=False)
def test_two_futures(best_l2_prediction):
    import math, torch
    f = torch.stack([torch.ones(1, 2, 2), -torch.ones(1, 2, 2)])
    got = best_l2_prediction(f, torch.tensor([0.75, 0.25]))
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (1, 2, 2), f"should return one frame of shape (1, 2, 2), got {getattr(got, 'shape', got)!r}"
    assert torch.allclose(got, torch.full((1, 2, 2), 0.5)), f'0.75 * 1 + 0.25 * (-1) = 0.5 everywhere, got {got.flatten().tolist()}'


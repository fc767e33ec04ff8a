from otter.test_files import test_case

OK_FORMAT = False

name = "best_l2_prediction"
points = 1

@test_case(points=None, hidden=False)
def test_weighted_futures(best_l2_prediction):
    import math, torch

    def call(f, p):
        try:
            return best_l2_prediction(f, p)
        except Exception as e:
            raise AssertionError(f'best_l2_prediction(futures {tuple(f.shape)}, probs {tuple(p.shape)}) raised {type(e).__name__}: {e}; each future (along the first axis) has one probability') from None
    f = torch.stack([torch.ones(1, 2, 2), -torch.ones(1, 2, 2)])
    got = call(f, torch.tensor([0.75, 0.25]))
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (1, 2, 2), f"two futures of shape (1, 2, 2) should give one frame of shape (1, 2, 2), got {getattr(got, 'shape', got)!r}"
    assert torch.allclose(got, torch.full((1, 2, 2), 0.5)), f'futures 1 (probability 0.75) and -1 (0.25): the best frame is 0.75 * 1 + 0.25 * (-1) = 0.5 everywhere, got {got.flatten().tolist()}'
    f = torch.stack([torch.full((1, 2, 4), 1.0), torch.full((1, 2, 4), -1.0), torch.full((1, 2, 4), 3.0)])
    got = call(f, torch.tensor([0.5, 0.3, 0.2]))
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (1, 2, 4), f"three futures of shape (1, 2, 4) should give one frame of shape (1, 2, 4), got {getattr(got, 'shape', got)!r}"
    assert torch.allclose(got, torch.full((1, 2, 4), 0.8)), f'futures 1, -1 and 3 with probabilities 0.5, 0.3 and 0.2: the frame with the lowest expected squared error is 0.8 everywhere (not the plain mean, 1, nor the likeliest future, 1), got {[round(x, 4) for x in got.flatten().tolist()]}'


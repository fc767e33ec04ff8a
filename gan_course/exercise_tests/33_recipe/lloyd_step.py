from otter.test_files import test_case

OK_FORMAT = False

name = "lloyd_step"
points = 2

@test_case(points=None, hidden=False)
def test_small_example(lloyd_step):
    import torch
    x = torch.tensor([[0.0, 0.0], [0.0, 2.0], [10.0, 0.0], [10.0, 1.0], [4.0, 0.0]])
    centres = torch.tensor([[0.0, 1.0], [10.0, 0.0], [50.0, 50.0]])
    old = centres.clone()
    try:
        labels, new = lloyd_step(x, centres)
    except Exception as e:
        raise AssertionError(f'lloyd_step(x (5, 2), centres (3, 2)) raised {type(e).__name__}: {e}') from None
    assert torch.equal(centres, old), 'lloyd_step changed the centres it was given (in place): leave them unchanged and return the new centres in a new tensor (clone first, or build it)'
    assert isinstance(labels, torch.Tensor) and labels.shape == (5,), f'labels should be a (N,) tensor, got {labels!r}'
    assert not labels.is_floating_point(), 'labels should be integer cluster indices (argmin gives them), not floats'
    assert labels.tolist() == [0, 0, 1, 1, 0], f'each point goes to its nearest centre: expected [0, 0, 1, 1, 0], got {labels.tolist()}; (4, 0) is 4.1 from (0, 1) and 6 from (10, 0): nearest, in Euclidean (or squared) distance, is the smallest, with argmin, not argmax'
    assert isinstance(new, torch.Tensor) and new.shape == (3, 2), f"new_centres should be a tensor of the centres' shape (3, 2), got {getattr(new, 'shape', new)!r}"
    assert torch.isfinite(new).all(), 'a centre that gets no point must stay where it is: dividing by its count of 0 gives NaN; keep the old centre there'
    assert torch.allclose(new[2], centres[2]), f'the centre (50, 50) gets no point and should stay, got {new[2].tolist()}'
    assert torch.allclose(new[0], torch.tensor([4 / 3, 2 / 3])), f'centre 0 moves to the mean of its points (0, 0), (0, 2), (4, 0): (1.333, 0.667), got {new[0].tolist()}; the new centres come from the labels of this step, not the old centres'
    assert torch.allclose(new[1], torch.tensor([10.0, 0.5])), f'centre 1 moves to (10, 0.5), got {new[1].tolist()}'
    labels, _ = lloyd_step(torch.tensor([[4.0, 0.0]]), torch.tensor([[0.0, 0.0], [3.0, 3.0]]))
    assert labels.tolist() == [1], f'the distance is Euclidean: (4, 0) is 4 from (0, 0) and 3.16 from (3, 3), so its nearest centre is 1, got {labels.tolist()} (the L1 distance, 4 and 4, is not the one)'


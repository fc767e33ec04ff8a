from otter.test_files import test_case

OK_FORMAT = False

name = "masked_mse"
points = 2

@test_case(points=None, hidden=False)
def test_two_cells(masked_mse):
    import math, torch
    sketch = torch.full((2, 2), float('nan'))
    sketch[0, 0], sketch[1, 1] = (1.0, -1.0)
    sketch0 = sketch.clone()
    cells = torch.zeros(2, 2, requires_grad=True)
    try:
        got = masked_mse(cells, sketch)
    except Exception as e:
        raise AssertionError(f'masked_mse(cells, sketch) with two drawn cells raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and got.dim() == 0, f'should return a 0-dim tensor (gradients must reach the cells), got {type(got).__name__} {(tuple(got.shape) if isinstance(got, torch.Tensor) else got)!r}'
    assert torch.equal(sketch.isnan(), sketch0.isnan()) and torch.equal(sketch.nan_to_num(), sketch0.nan_to_num()), f'masked_mse changed the sketch in place (it is now {sketch.tolist()}): leave it as it was, NaN where nothing is drawn'
    assert torch.isfinite(got), f'the loss is {got.item()}: the NaN cells, where nothing is drawn, must be left out'
    assert abs(got.item() - 1.0) < 1e-06, f"two drawn cells, each 1 away from the image's 0: the mean over the drawn cells is 1, got {got.item()} (the undrawn cells do not count, neither in the sum nor in the number of cells)"
    assert got.requires_grad, 'the loss carries no gradient: compute it with tensor operations from cells'
    try:
        got.backward()
    except Exception as e:
        raise AssertionError(f'backward through the loss raised {type(e).__name__}: {e}') from None
    want = torch.tensor([[-1.0, 0.0], [0.0, 1.0]])
    assert cells.grad is not None and torch.allclose(cells.grad, want), f'the gradient on cells should be {want.tolist()}, got {(None if cells.grad is None else cells.grad.tolist())}'
    empty = torch.full((3, 3), float('nan'))
    try:
        out = masked_mse(torch.zeros(3, 3), empty)
    except ValueError as e:
        assert 'draw' in str(e).lower(), f'the ValueError for an empty sketch should say to draw something first, it says: {e}'
    except Exception as e:
        raise AssertionError(f'an empty sketch should raise a ValueError, got {type(e).__name__}: {e}') from None
    else:
        raise AssertionError(f'an empty sketch (all NaN) should raise a ValueError that says to draw something first, not return {out!r}')


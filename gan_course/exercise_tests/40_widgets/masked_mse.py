from otter.test_files import test_case

OK_FORMAT = False

name = "masked_mse"
points = 2

@test_case(points=None, hidden=False)
def test_two_cells(masked_mse):
    import math, torch
    sketch = torch.full((2, 2), float('nan'))
    sketch[0, 0], sketch[1, 1] = (1.0, -1.0)
    got = masked_mse(torch.zeros(2, 2), sketch)
    assert isinstance(got, torch.Tensor) and got.numel() == 1, f'should return a scalar tensor, got {got!r}'
    assert torch.isfinite(got) and abs(got.item() - 1.0) < 1e-06, f'two drawn cells, each 1 away: the loss is 1 (the NaN cells do not count), got {got.item()}'


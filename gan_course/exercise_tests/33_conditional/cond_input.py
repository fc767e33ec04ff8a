from otter.test_files import test_case

OK_FORMAT = False

name = "cond_input"
points = 2

@test_case(points=None, hidden=False)
def test_shape(cond_input):
    import math, torch
    got = cond_input(torch.zeros(2, 3), torch.tensor([0, 2]), 4)
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (2, 7), f"noise (2, 3) with 4 classes should give (2, 7), got {getattr(got, 'shape', got)!r}"
    assert got[:, 3:].tolist() == [[1, 0, 0, 0], [0, 0, 1, 0]], f'the last 4 columns should be the one-hot labels, got {got[:, 3:].tolist()}'


from otter.test_files import test_case

OK_FORMAT = False

name = "tertile_levels"
points = 1

@test_case(points=None, hidden=False)
def test_nine(tertile_levels):
    import math, torch
    got = tertile_levels(torch.arange(9.0))
    assert isinstance(got, torch.Tensor) and got.dtype == torch.long, f'should return a long tensor, got {got!r}'
    assert got.tolist() == [0, 0, 0, 1, 1, 1, 2, 2, 2], f'0..8 fall in thirds of three each, got {got.tolist()}'


from otter.test_files import test_case

OK_FORMAT = False

name = "upsample_sketch"
points = 1

@test_case(points=None, hidden=False)
def test_small(upsample_sketch):
    import math, torch
    got = upsample_sketch(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (4, 4), f"(2, 2) cells should give (4, 4) pixels, got {getattr(got, 'shape', got)!r}"
    assert got[:2, :2].eq(1).all() and got[2:, 2:].eq(4).all() and (got[0, 2] == 2) and (got[3, 0] == 3), f'each cell should fill a 2x2 block, got {got.tolist()}'


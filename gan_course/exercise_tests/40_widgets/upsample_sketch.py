from otter.test_files import test_case

OK_FORMAT = False

name = "upsample_sketch"
points = 1

@test_case(points=None, hidden=False)
def test_small(upsample_sketch):
    import math, torch

    def call(cells):
        try:
            return upsample_sketch(cells)
        except Exception as e:
            raise AssertionError(f'upsample_sketch on a {tuple(cells.shape)} tensor raised {type(e).__name__}: {e}') from None
    got = call(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (4, 4), f"(2, 2) cells should give (4, 4) pixels, got {getattr(got, 'shape', got)!r}"
    want = torch.tensor([[1.0, 1.0, 2.0, 2.0], [1.0, 1.0, 2.0, 2.0], [3.0, 3.0, 4.0, 4.0], [3.0, 3.0, 4.0, 4.0]])
    assert torch.equal(got, want), f'cell (i, j) should fill the 2x2 block of pixels (2i..2i+1, 2j..2j+1) with its own value, unblended: expected {want.tolist()}, got {got.tolist()}'
    nan = float('nan')
    cells = torch.tensor([[1.0, nan, -1.0], [nan, 0.5, nan], [-0.5, nan, 1.0]])
    got = call(cells)
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (6, 6), f"(3, 3) cells should give (6, 6) pixels, got {getattr(got, 'shape', got)!r}"
    blocks = got.reshape(3, 2, 3, 2).permute(0, 2, 1, 3).reshape(3, 3, 4)
    ok = torch.stack([(blocks[..., k] == cells) | blocks[..., k].isnan() & cells.isnan() for k in range(4)]).all()
    assert ok, f"a sketch of 3x3 cells, some NaN (not drawn): each 2x2 block should hold its cell's value, NaN included; got {got.tolist()}"


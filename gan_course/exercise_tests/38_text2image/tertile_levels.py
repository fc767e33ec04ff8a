from otter.test_files import test_case

OK_FORMAT = False

name = "tertile_levels"
points = 1

@test_case(points=None, hidden=False)
def test_levels(tertile_levels):
    import math, torch

    def call(v, what):
        try:
            return tertile_levels(v)
        except Exception as e:
            raise AssertionError(f'tertile_levels({what}) raised {type(e).__name__}: {e}') from None
    got = call(torch.arange(9.0), 'torch.arange(9.0)')
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (9,), f"9 values should give 9 levels, got {getattr(got, 'shape', got)!r}"
    assert got.dtype == torch.long, f'the levels should be a long tensor (torch.int64), got dtype {got.dtype}'
    assert got.tolist() == [0, 0, 0, 1, 1, 1, 2, 2, 2], f'0..8 fall in thirds of three each: expected [0, 0, 0, 1, 1, 1, 2, 2, 2], got {got.tolist()}'
    v = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 100.0])
    got = call(v, '[0, 1, ..., 7, 100]')
    assert isinstance(got, torch.Tensor) and got.tolist() == [0, 0, 0, 1, 1, 1, 2, 2, 2], f'[0, 1, ..., 7, 100]: the cut points are quantiles of the values, so one large value does not move them; expected [0, 0, 0, 1, 1, 1, 2, 2, 2], got {(got.tolist() if isinstance(got, torch.Tensor) else got)!r}'
    v = torch.tensor([3.0, 1.0, 2.0, 4.0, 3.0, 2.0, 3.0, 2.0, 3.0])
    got = call(v, str(v.tolist()))
    assert isinstance(got, torch.Tensor) and got.tolist() == [1, 0, 0, 2, 1, 0, 1, 0, 1], f'{v.tolist()}: torch.quantile puts the cut points at 2.0 and 3.0, values of the data; a value at or below the first cut is 0, above the second 2, and equal values share a level; expected [1, 0, 0, 2, 1, 0, 1, 0, 1], got {(got.tolist() if isinstance(got, torch.Tensor) else got)!r}'


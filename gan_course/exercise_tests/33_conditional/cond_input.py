from otter.test_files import test_case

OK_FORMAT = False

name = "cond_input"
points = 2

@test_case(points=None, hidden=False)
def test_layout_dtype_and_range(cond_input):
    import math, torch

    def call(z, y, n):
        try:
            return cond_input(z, y, n)
        except Exception as e:
            raise AssertionError(f'cond_input(z {tuple(z.shape)}, y={y.tolist()}, n_classes={n}) raised {type(e).__name__}: {e}') from None
    z = torch.tensor([[0.5, -1.0, 2.0], [3.0, 0.25, -0.75]])
    got = call(z, torch.tensor([0, 2]), 5)
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (2, 8), f"noise (2, 3) with 5 classes should give (2, 3 + 5) = (2, 8), one column per class even when the batch holds labels 0 and 2 only, got {getattr(got, 'shape', got)!r}"
    assert torch.equal(got[:, :3], z), f'the first 3 columns should be the noise z, unchanged (the code goes after it), got {got[:, :3].tolist()}'
    assert got[:, 3:].tolist() == [[1, 0, 0, 0, 0], [0, 0, 1, 0, 0]], f'the last 5 columns should be the one-hot labels 0 and 2, got {got[:, 3:].tolist()}'
    z64 = torch.randn(3, 4, dtype=torch.float64, generator=torch.Generator().manual_seed(0))
    got = call(z64, torch.tensor([1, 0, 1]), 2)
    assert got.dtype == torch.float64, f"the result should be in z's dtype, float64 here, got {got.dtype}"
    assert torch.equal(got[:, :4], z64), 'float64 noise should be kept exactly, not rounded to float32'
    for bad in ([0, 4], [-1, 2]):
        try:
            cond_input(torch.zeros(2, 3), torch.tensor(bad), 4)
        except ValueError as e:
            assert '0' in str(e) and '3' in str(e), f'the ValueError should name the valid range 0 to 3, it says: {e}'
        except Exception as e:
            raise AssertionError(f'labels {bad} with 4 classes raised {type(e).__name__} ({e}): check the labels yourself and raise a ValueError that names the valid range') from None
        else:
            raise AssertionError(f'labels {bad} with 4 classes (valid: 0 to 3) should raise a ValueError')


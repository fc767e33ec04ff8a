from otter.test_files import test_case

OK_FORMAT = False

name = "psnr"
points = 2

@test_case(points=None, hidden=False)
def test_values_and_shapes(psnr):
    import math, torch

    def call(p, t):
        try:
            return psnr(p, t)
        except Exception as e:
            raise AssertionError(f'psnr on images {tuple(p.shape)} raised {type(e).__name__}: {e}') from None
    got = call(torch.zeros(1, 1, 4, 4), -torch.ones(1, 1, 4, 4))
    assert isinstance(got, torch.Tensor) and got.numel() == 1, f'psnr should return a scalar tensor (no .item(), no math.log10), got {got!r}'
    v, want = (got.item(), 10 * math.log10(4))
    assert abs(v) > 0.0001, 'got 0 dB: that is the MSE on the [-1, 1] scale (an error of 1 there); map both images to [0, 1] first, where the error is 0.5'
    assert abs(v - 2 * want) > 0.0001, f'got {v:.3f} dB, twice the PSNR: 20 log10 goes with the root of the MSE (RMSE); with the MSE itself it is 10 log10(1 / MSE)'
    assert abs(v - want) < 0.0001, f'off by 0.5 everywhere on the [0, 1] scale: MSE 0.25 and PSNR {want:.3f} dB, got {v:.3f}'
    target = torch.zeros(2, 1, 4, 4)
    pred = torch.cat([torch.full((1, 1, 4, 4), 0.2), torch.full((1, 1, 4, 4), 1.0)])
    v, want = (float(call(pred, target)), 10 * math.log10(1 / ((0.1 ** 2 + 0.5 ** 2) / 2)))
    assert abs(v - (20 + 10 * math.log10(4)) / 2) > 0.001, f"got {v:.3f} dB, the mean of the two images' PSNRs (20 and 6.02 dB): take one MSE over all the pixels of the batch, then its PSNR ({want:.3f} dB here)"
    assert abs(v - want) < 0.0001, f'two images off by 0.1 and 0.5 on [0, 1]: MSE 0.13 over the batch, PSNR {want:.3f} dB, got {v:.3f}'
    for p, t in ((torch.zeros(1, 1, 4, 4), torch.full((2, 1, 4, 4), 0.5)), (torch.zeros(1, 1, 8, 8), torch.zeros(1, 1, 16, 16))):
        try:
            psnr(p, t)
        except ValueError as e:
            shown = lambda sh: any((f in str(e) for f in (str(tuple(sh)), str(list(sh)), 'x'.join(map(str, sh)))))
            assert shown(p.shape) and shown(t.shape), f'the ValueError should give both shapes, {tuple(p.shape)} and {tuple(t.shape)}; it says: {e}'
        except Exception as e:
            raise AssertionError(f'images {tuple(p.shape)} and {tuple(t.shape)} raised {type(e).__name__} ({e}): compare the shapes yourself and raise a ValueError that gives both') from None
        else:
            raise AssertionError(f'images {tuple(p.shape)} and {tuple(t.shape)} differ in shape (broadcasting lets them through): psnr should raise a ValueError')


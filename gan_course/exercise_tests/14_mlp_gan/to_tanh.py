from otter.test_files import test_case

OK_FORMAT = False

name = "to_tanh"
points = 1

@test_case(points=None, hidden=False)
def test_ends(to_tanh):
    import math, torch
    try:
        got = to_tanh(torch.tensor([0, 255], dtype=torch.uint8))
    except Exception as e:
        raise AssertionError(f'to_tanh(tensor([0, 255], dtype=torch.uint8)) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and got.is_floating_point(), f'to_tanh should return a float tensor, got {got!r}'
    assert tuple(got.shape) == (2,), f'to_tanh should keep the shape (2,), got {tuple(got.shape)}'
    hint = ' (arithmetic on a uint8 tensor wraps around past 255: convert to float first)' if abs(float(got[1])) < 0.01 else ''
    assert torch.allclose(got.float(), torch.tensor([-1.0, 1.0]), atol=1e-06), f'0 should map to -1 and 255 to 1, got {got.tolist()}{hint}'

@test_case(points=None, hidden=False)
def test_fixed_map_and_shape(to_tanh):
    import math, torch
    x = torch.tensor([[[10, 100, 200], [50, 127, 128]]], dtype=torch.uint8)
    try:
        got = to_tanh(x)
    except Exception as e:
        raise AssertionError(f'to_tanh on a (1, 2, 3) uint8 image raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and got.is_floating_point(), f'to_tanh should return a float tensor, got {got!r}'
    assert tuple(got.shape) == (1, 2, 3), f'to_tanh should keep the shape (1, 2, 3), got {tuple(got.shape)}'
    want = [[[-0.921569, -0.215686, 0.568627], [-0.607843, -0.003922, 0.003922]]]
    ok = torch.allclose(got.double(), torch.tensor(want, dtype=torch.float64), atol=1e-05)
    hint = ' (you stretched the image to its own min and max: the map must not depend on the image)' if abs(float(got.min()) + 1) < 0.0001 and abs(float(got.max()) - 1) < 0.0001 else ''
    assert ok, f'to_tanh([[[10, 100, 200], [50, 127, 128]]]) should be {want}, the same map for every image, got {[[[round(t, 6) for t in r] for r in m] for m in got.tolist()]}{hint}'


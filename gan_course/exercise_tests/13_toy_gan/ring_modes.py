from otter.test_files import test_case

OK_FORMAT = False

name = "ring_modes"
points = 1

@test_case(points=None, hidden=False)
def test_four(ring_modes):
    import math, torch
    try:
        got = ring_modes(4, 2.5)
    except Exception as e:
        raise AssertionError(f'ring_modes(4, 2.5) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (4, 2), f"ring_modes(4, 2.5) should be a (4, 2) tensor, one (x, y) row per mode, got {getattr(got, 'shape', got)!r}"
    assert got.is_floating_point(), f'ring_modes should return a float tensor, got dtype {got.dtype}'
    r = got.float().norm(dim=1)
    assert torch.allclose(r, torch.full((4,), 2.5), atol=1e-05), f'every centre of ring_modes(4, 2.5) should lie at distance radius = 2.5 from the origin, got distances {[round(t, 4) for t in r.tolist()]}'
    hint = ': the last centre sits on the first; n evenly spaced angles stop short of 2 pi' if torch.allclose(got[0].float(), got[-1].float(), atol=0.0001) else ''
    want = torch.tensor([[2.5, 0.0], [0.0, 2.5], [-2.5, 0.0], [0.0, -2.5]])
    assert torch.allclose(got.float(), want, atol=1e-05), f'ring_modes(4, 2.5) should be (2.5, 0), (0, 2.5), (-2.5, 0), (0, -2.5) in that order, the first at angle 0 and the others counterclockwise; got {[[round(t, 4) for t in row] for row in got.tolist()]}{hint}'


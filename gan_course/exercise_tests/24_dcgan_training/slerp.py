from otter.test_files import test_case

OK_FORMAT = False

name = "slerp"
points = 2

@test_case(points=None, hidden=False)
def test_ends_and_arc(slerp):
    import math, torch

    def call(a, b, t):
        try:
            out = slerp(a, b, t)
        except Exception as e:
            raise AssertionError(f'slerp(a, b, {t}) with a = {a.tolist()[:3]}..., b = {b.tolist()[:3]}... raised {type(e).__name__}: {e}') from None
        assert isinstance(out, torch.Tensor) and out.shape == a.shape, f'slerp should return a tensor shaped like a, {tuple(a.shape)}, got {out!r}'
        return out

    def formula(a, b, t):
        a, b = (a.double(), b.double())
        w = math.acos(float(a @ b / (a.norm() * b.norm())))
        return ((math.sin((1 - t) * w) * a + math.sin(t * w) * b) / math.sin(w)).float()
    a, b = (torch.tensor([2.0, 0.0]), torch.tensor([1.0, 1.0]))
    got0, got1 = (call(a, b, 0.0), call(a, b, 1.0))
    assert torch.allclose(got0, a, atol=1e-05) and torch.allclose(got1, b, atol=1e-05), f'slerp(a, b, 0) should be a = [2, 0] and slerp(a, b, 1) should be b = [1, 1], got {got0.tolist()} and {got1.tolist()}'
    for t in (0.5, 0.25):
        got, want = (call(a, b, t), formula(a, b, t))
        assert torch.allclose(got, want, atol=1e-05), f'slerp([2, 0], [1, 1], {t}) should be {[round(v, 4) for v in want.tolist()]}, got {[round(v, 4) for v in got.tolist()]}: w is the angle between a and b, from the cosine a.b / (|a| |b|), here 45 degrees; the points follow the arc, not the straight line'
    g = torch.Generator().manual_seed(0)
    a, b = (torch.randn(100, generator=g), torch.randn(100, generator=g))
    a, b = (a / a.norm() * 10, b / b.norm() * 10)
    for t in (0.25, 0.5, 0.75):
        n = call(a, b, t).norm().item()
        assert abs(n - 10) < 0.001, f'between two vectors of norm 10 slerp should stay on the sphere of radius 10, got norm {n:.4f} at t={t}'
    a, b = (torch.tensor([3.0, 4.0]), torch.tensor([6.0, 8.0]))
    got = call(a, b, 0.3)
    assert torch.isfinite(got).all() and torch.allclose(got, 0.7 * a + 0.3 * b, atol=1e-05), f'a = [3, 4] and b = [6, 8] are parallel, so sin(w) = 0: slerp should fall back to the straight line (1 - t) a + t b, got {got.tolist()}'
    for seed in range(10):
        a = torch.randn(100, generator=torch.Generator().manual_seed(seed))
        for k in (1.0, 3.0):
            got, want = (call(a, k * a, 0.3), 0.7 * a + 0.3 * k * a)
            assert torch.isfinite(got).all(), f'slerp(a, {k:g} * a, 0.3) for a random a gave NaN: for parallel vectors a.b / (|a| |b|) can round to just above 1, where acos is NaN, or to exactly 1, where sin(w) = 0'
            assert torch.allclose(got, want, rtol=0.0001, atol=0.0001), f"slerp(a, {k:g} * a, 0.3) should be the straight line's point (1 - t) a + t b"


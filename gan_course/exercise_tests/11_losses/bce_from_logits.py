from otter.test_files import test_case

OK_FORMAT = False

name = "bce_from_logits"
points = 2

@test_case(points=None, hidden=False)
def test_small(bce_from_logits):
    import math, torch
    z, y = (torch.tensor([0.0, 2.0, -1.0]), torch.tensor([1.0, 0.0, 0.0]))
    try:
        got = bce_from_logits(z, y)
    except Exception as e:
        raise AssertionError(f'bce_from_logits([0, 2, -1], [1, 0, 0]) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and got.shape == (), f'bce_from_logits should return a scalar tensor, got {got!r}'
    want = (math.log(2) + (2 + math.log1p(math.exp(-2))) + math.log1p(math.exp(-1))) / 3
    hint = ' (that is the sum over the elements, not the mean)' if abs(got.item() - 3 * want) < 0.0001 else ''
    assert abs(got.item() - want) < 1e-05, f'bce_from_logits([0, 2, -1], [1, 0, 0]) should be {want:.5f}, the mean over the 3 elements, got {got.item():.5f}{hint}'

@test_case(points=None, hidden=False)
def test_extreme_logits(bce_from_logits):
    import math, torch
    for z, y, want in [(100.0, 0.0, 100.0), (-100.0, 1.0, 100.0), (100.0, 1.0, 0.0), (-100.0, 0.0, 0.0), (30.0, 0.0, 30.0), (-30.0, 1.0, 30.0)]:
        call = f'bce_from_logits(tensor([{z:.0f}.]), tensor([{y:.0f}.]))'
        try:
            got = bce_from_logits(torch.tensor([z]), torch.tensor([y]))
        except Exception as e:
            raise AssertionError(f'{call} raised {type(e).__name__}: {e}') from None
        assert isinstance(got, torch.Tensor) and got.numel() == 1, f'{call} should return a scalar tensor, got {got!r}'
        g = float(got)
        assert math.isfinite(g), f"{call} should be {want:g}, got {g}: log(sigmoid(z)) and log(1 - sigmoid(z)) hit log(0), and exp of a large positive number overflows; use the lesson's stable form, which never does either"
        hint = ': sigmoid(z) rounds to 0 or 1 in float32, and a log of it is floored or lost; work from the logit itself' if abs(g - 100) < 0.01 else ''
        assert abs(g - want) < 0.001, f'{call} should be {want:g}, got {g:.4f}{hint}'

@test_case(points=None, hidden=False)
def test_soft_targets(bce_from_logits):
    import math, torch
    z, y = (torch.tensor([1.5, -0.5, 3.0]), torch.tensor([0.25, 0.5, 0.9]))
    try:
        got = bce_from_logits(z, y)
    except Exception as e:
        raise AssertionError(f'bce_from_logits([1.5, -0.5, 3.0], [0.25, 0.5, 0.9]) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and got.shape == (), f'bce_from_logits should return a scalar tensor, got {got!r}'
    want = 0.7996925
    assert abs(got.item() - want) < 1e-05, f'bce_from_logits([1.5, -0.5, 3.0], [0.25, 0.5, 0.9]) should be {want:.5f}, got {got.item():.5f}: the formula holds for soft targets too, both terms weighted by y and 1 - y'


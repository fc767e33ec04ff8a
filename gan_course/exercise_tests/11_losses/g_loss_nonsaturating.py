from otter.test_files import test_case

OK_FORMAT = False

name = "g_loss_nonsaturating"
points = 1

@test_case(points=None, hidden=False)
def test_at_zero(g_loss_nonsaturating):
    import math, torch
    try:
        got = g_loss_nonsaturating(torch.zeros(8))
    except Exception as e:
        raise AssertionError(f'g_loss_nonsaturating(torch.zeros(8)) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and got.shape == (), f'should return a scalar tensor, got {got!r}'
    hint = ' (the sum over the 8 fakes, not the mean)' if abs(got.item() - 8 * math.log(2)) < 0.0001 else ' (that is the saturating loss, log(1 - D(G(z))))' if abs(got.item() + math.log(2)) < 0.0001 else ''
    assert abs(got.item() - math.log(2)) < 1e-06, f'when D says 1/2 for every fake, -log D = log 2 = 0.6931; got {got.item():.4f}{hint}'

@test_case(points=None, hidden=False)
def test_values_and_extremes(g_loss_nonsaturating):
    import math, torch
    try:
        got = g_loss_nonsaturating(torch.tensor([2.0, -1.0]))
    except Exception as e:
        raise AssertionError(f'g_loss_nonsaturating(tensor([2., -1.])) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and got.shape == (), f'should return a scalar tensor, got {got!r}'
    want = 0.7200948
    hint = ' (that is the saturating loss, mean log(1 - D(G(z))))' if abs(got.item() + 1.2200948) < 0.0001 else " (that is -log(1 - D(G(z))), the BCE of the fakes against target 0: D's loss on them, not G's)" if abs(got.item() - 1.2200948) < 0.0001 else ''
    assert abs(got.item() - want) < 1e-05, f'g_loss_nonsaturating(tensor([2., -1.])) should be {want:.5f}, got {got.item():.5f}{hint}'
    for z, w in [(-200.0, 200.0), (200.0, 0.0)]:
        try:
            got = g_loss_nonsaturating(torch.tensor([z]))
        except Exception as e:
            raise AssertionError(f'g_loss_nonsaturating(tensor([{z:.0f}.])) raised {type(e).__name__}: {e}') from None
        g = float(got)
        assert math.isfinite(g), f'g_loss_nonsaturating(tensor([{z:.0f}.])) should be {w:g}, got {g}: sigmoid({z:g}) rounds to 0 and its log is -inf, and exp({-z:g}) overflows; compute it from the logit in the stable form'
        assert abs(g - w) < 0.001, f'g_loss_nonsaturating(tensor([{z:.0f}.])) should be {w:g}, got {g:.4f}' + (': the log of sigmoid(z) is floored at -100' if abs(g - 100) < 0.01 else '')


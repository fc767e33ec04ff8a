from otter.test_files import test_case

OK_FORMAT = False

name = "ema_step"
points = 2

@test_case(points=None, hidden=False)
def test_one_step(ema_step):
    import math, torch
    ema, model = (torch.nn.Linear(1, 1), torch.nn.Linear(1, 1))
    with torch.no_grad():
        ema.weight.fill_(0.0)
        ema.bias.fill_(0.0)
        model.weight.fill_(1.0)
        model.bias.fill_(2.0)
    before = list(ema.parameters())
    try:
        ema_step(ema, model, 0.9)
    except Exception as e:
        hint = ': changing a parameter that requires grad in place must happen under torch.no_grad()' if 'in-place' in str(e) else ''
        raise AssertionError(f"ema_step(ema, model, 0.9) raised {type(e).__name__}: {str(e).rstrip('.')}{hint}") from None
    mw, mb = (model.weight.item(), model.bias.item())
    assert (mw, mb) == (1.0, 2.0), f'model should not change: its (weight, bias) went from (1, 2) to ({mw:.4f}, {mb:.4f})'
    assert all((a is b for a, b in zip(ema.parameters(), before))), "update ema's parameters in place: the same tensors, not new ones"
    w, b = (ema.weight.item(), ema.bias.item())
    hint = ' (ema did not move: change its parameter tensors in place; assigning a new value to a name changes nothing)' if (w, b) == (0.0, 0.0) else ' (decay weighs the old average and 1 - decay the model, not the other way round)' if abs(w - 0.9) < 1e-06 and abs(b - 1.8) < 1e-06 else ''
    assert abs(w - 0.1) < 1e-06 and abs(b - 0.2) < 1e-06, f'from 0 towards (1, 2) with decay 0.9 the average should be (0.1, 0.2), got ({w:.4f}, {b:.4f}){hint}'
    assert all((a.requires_grad for a in ema.parameters())), "ema's parameters should still require grad, as before: do not turn requires_grad off, make the update under torch.no_grad() instead"
    assert all((a.grad_fn is None for a in ema.parameters())), "the update was recorded for autograd (ema's parameters have a grad_fn): make it under torch.no_grad()"


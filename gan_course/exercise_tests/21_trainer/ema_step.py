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
    ema_step(ema, model, 0.9)
    assert abs(ema.weight.item() - 0.1) < 1e-06 and abs(ema.bias.item() - 0.2) < 1e-06, f'from 0 towards (1, 2) with decay 0.9 the average should be (0.1, 0.2), got ({ema.weight.item():.4f}, {ema.bias.item():.4f})'


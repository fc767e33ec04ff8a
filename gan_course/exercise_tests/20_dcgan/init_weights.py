from otter.test_files import test_case

OK_FORMAT = False

name = "init_weights"
points = 1

@test_case(points=None, hidden=False)
def test_conv(init_weights):
    import math, torch
    torch.manual_seed(0)
    c = torch.nn.Conv2d(64, 64, 4)
    init_weights(c)
    s = c.weight.std().item()
    assert abs(s - 0.02) < 0.002 and abs(c.weight.mean().item()) < 0.002, f'conv weights should be N(0, 0.02): got mean {c.weight.mean().item():.4f}, std {s:.4f}'


from otter.test_files import test_case

OK_FORMAT = False

name = "init_weights"
points = 1

@test_case(points=None, hidden=False)
def test_conv(init_weights):
    import math, torch
    torch.manual_seed(0)
    m = torch.nn.Sequential(torch.nn.ConvTranspose2d(100, 64, 4), torch.nn.Conv2d(64, 64, 4), torch.nn.BatchNorm2d(512), torch.nn.Linear(3, 3))
    lin = m[3].weight.clone()
    m.apply(init_weights)
    for i, name in ((0, 'ConvTranspose2d'), (1, 'Conv2d')):
        w = m[i].weight
        assert abs(w.std().item() - 0.02) < 0.0005 and abs(w.mean().item()) < 0.0005, f'{name} weights should be N(0, 0.02): got mean {w.mean().item():.4f}, std {w.std().item():.4f}'
        out = (w.abs() > 0.02).float().mean().item()
        assert 0.28 < out < 0.36, f'{name} weights should be normal, N(0, 0.02): {out:.0%} of them lie beyond 0.02, a normal has 32%'
    bn = m[2]
    assert abs(bn.weight.mean().item() - 1) < 0.005 and abs(bn.weight.std().item() - 0.02) < 0.005, f'batch norm weights should be N(1, 0.02): got mean {bn.weight.mean().item():.3f}, std {bn.weight.std().item():.3f}'
    assert bn.bias.abs().max() == 0, 'batch norm biases should be 0'
    assert torch.equal(m[3].weight, lin), 'leave other modules (here an nn.Linear) alone'


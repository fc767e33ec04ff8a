from otter.test_files import test_case

OK_FORMAT = False

name = "make_mlp_generator"
points = 2

@test_case(points=None, hidden=False)
def test_shape(make_mlp_generator):
    import math, torch
    try:
        G = make_mlp_generator(8, [16, 32], (1, 4, 4))
    except Exception as e:
        raise AssertionError(f'make_mlp_generator(8, [16, 32], (1, 4, 4)) raised {type(e).__name__}: {e}') from None
    assert isinstance(G, torch.nn.Module), f'make_mlp_generator should return an nn.Module, got {G!r}'
    sizes = [(m.in_features, m.out_features) for m in G.modules() if isinstance(m, torch.nn.Linear)]
    hint = ' (layers kept in a plain Python list are not registered: G.parameters() misses them and the optimizer would not train them; use nn.Sequential or nn.ModuleList)' if not sizes else ''
    assert sizes == [(8, 16), (16, 32), (32, 16)], f'make_mlp_generator(8, [16, 32], (1, 4, 4)) should hold, as submodules, nn.Linear layers 8->16, 16->32 and 32->16 (from z_dim through hidden to the 16 pixels), got {sizes}{hint}'
    torch.manual_seed(0)
    try:
        x = G(torch.randn(5, 8))
    except Exception as e:
        raise AssertionError(f'G(z) for z of shape (5, 8) raised {type(e).__name__}: {e}') from None
    assert isinstance(x, torch.Tensor) and tuple(x.shape) == (5, 1, 4, 4), f"G(z) for z of shape (5, 8) should have shape (5, 1, 4, 4), got {getattr(x, 'shape', x)!r}"

@test_case(points=None, hidden=False)
def test_activations_and_range(make_mlp_generator):
    import math, torch
    try:
        G = make_mlp_generator(8, [16, 32], (1, 4, 4))
    except Exception as e:
        raise AssertionError(f'make_mlp_generator(8, [16, 32], (1, 4, 4)) raised {type(e).__name__}: {e}') from None
    assert isinstance(G, torch.nn.Module), f'make_mlp_generator should return an nn.Module, got {G!r}'
    mods = list(G.modules())
    assert not any((type(m) is torch.nn.ReLU for m in mods)), 'use nn.LeakyReLU(0.2) after each hidden Linear layer, not nn.ReLU'
    leaky = [m for m in mods if isinstance(m, torch.nn.LeakyReLU)]
    assert len(leaky) == 2, f'one nn.LeakyReLU after each of the 2 hidden Linear layers (hidden = [16, 32]), got {len(leaky)}'
    slopes = [m.negative_slope for m in leaky]
    assert all((abs(s - 0.2) < 1e-09 for s in slopes)), f'the LeakyReLUs should have negative slope 0.2, got {slopes} (nn.LeakyReLU() without an argument uses 0.01)'
    assert not any((isinstance(m, torch.nn.Sigmoid) for m in mods)), "nn.Sigmoid gives images in [0, 1]; the generator's images are in [-1, 1]: end with nn.Tanh()"
    assert any((isinstance(m, torch.nn.Tanh) for m in mods)), 'end with nn.Tanh() after the last Linear: the images should lie in [-1, 1]'
    torch.manual_seed(0)
    try:
        x = G(torch.randn(64, 8) * 100)
    except Exception as e:
        raise AssertionError(f'G(z) for z of shape (64, 8) raised {type(e).__name__}: {e}') from None
    lo, hi = (float(x.detach().min()), float(x.detach().max()))
    assert -1 <= lo < -0.5 and 0.5 < hi <= 1, f"for large noise G's outputs should spread over [-1, 1], Tanh's range; they spread over [{lo:.3f}, {hi:.3f}]"
    x.sum().backward()
    assert all((p.grad is not None for p in G.parameters())), 'every parameter should get a gradient'


from otter.test_files import test_case

OK_FORMAT = False

name = "sample"
points = 2

@test_case(points=None, hidden=False)
def test_shapes(sample):
    import math, torch

    def call(*args):
        try:
            return sample(*args)
        except Exception as e:
            raise AssertionError(f'sample{args} raised {type(e).__name__}: {e}') from None
    out = call(100, -1.0, 2.0, 1.0, 0.5, 0)
    assert isinstance(out, tuple) and len(out) == 2, f'sample should return (x, y), got {type(out).__name__}'
    x, y = out
    assert isinstance(x, torch.Tensor) and isinstance(y, torch.Tensor), f'x and y should be tensors, got {type(x).__name__} and {type(y).__name__}'
    assert x.shape == (100,) and y.shape == (100,), f'x and y should have shape (100,), got {tuple(x.shape)} and {tuple(y.shape)}'
    assert x.is_floating_point(), f'x, the first of the pair, should hold floats, got dtype {x.dtype}' + (' (is the pair in the order (y, x)?)' if y.is_floating_point() else '')
    assert set(y.tolist()) <= {0, 1} and (not y.is_floating_point()), f'y should hold the integer classes 0 and 1, got dtype {y.dtype} and values {sorted(set(y.tolist()))[:4]}'
    x2, y2 = call(100, -1.0, 2.0, 1.0, 0.5, 0)
    assert torch.equal(x2, x) and torch.equal(y2, y), 'the same seed should give the same sample: draw every random number from the seed (e.g. from a torch.Generator seeded with it), not from the global random state'

@test_case(points=None, hidden=False)
def test_the_model(sample):
    import math, torch
    try:
        out = sample(4000, -1.0, 2.0, 0.5, 0.2, 3)
    except Exception as e:
        raise AssertionError(f'sample(4000, -1.0, 2.0, 0.5, 0.2, 3) raised {type(e).__name__}: {e}') from None
    assert isinstance(out, tuple) and len(out) == 2, f'sample should return (x, y), got {type(out).__name__}'
    x, y = out
    assert isinstance(x, torch.Tensor) and isinstance(y, torch.Tensor) and x.is_floating_point() and (not y.is_floating_point()), 'sample should return (x, y): x a float tensor, y an integer one'
    share = y.float().mean().item()
    assert abs(share - 0.2) < 0.03, f'y should be 1 with probability prior1: with prior1 = 0.2 about 20% of the y should be 1, got {share:.1%}'
    m0, m1 = (x[y == 0].mean().item(), x[y == 1].mean().item())
    assert abs(m0 + 1.0) < 0.1 and abs(m1 - 2.0) < 0.1, f'x given y = 0 should be centred on mu0 = -1.0 and x given y = 1 on mu1 = 2.0; got means {m0:.3f} and {m1:.3f}'
    s0 = x[y == 0].std().item()
    assert abs(s0 - 0.5) < 0.05, f'x given y should have standard deviation sigma = 0.5 (sigma is a standard deviation, not a variance), got {s0:.3f}'


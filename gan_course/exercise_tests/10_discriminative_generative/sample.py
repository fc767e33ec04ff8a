from otter.test_files import test_case

OK_FORMAT = False

name = "sample"
points = 2

@test_case(points=None, hidden=False)
def test_shapes(sample):
    import math, torch
    out = sample(100, -1.0, 2.0, 1.0, 0.5, seed=0)
    assert isinstance(out, tuple) and len(out) == 2, f'sample should return (x, y), got {type(out).__name__}'
    x, y = out
    assert x.shape == (100,) and y.shape == (100,), f'x and y should have shape (100,), got {tuple(x.shape)} and {tuple(y.shape)}'
    assert set(y.tolist()) <= {0, 1} and (not y.is_floating_point()), 'y should hold the integer classes 0 and 1'
    assert torch.equal(sample(100, -1.0, 2.0, 1.0, 0.5, seed=0)[0], x), 'the same seed should give the same sample'


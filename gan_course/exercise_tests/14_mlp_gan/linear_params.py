from otter.test_files import test_case

OK_FORMAT = False

name = "linear_params"
points = 1

@test_case(points=None, hidden=False)
def test_an_int(linear_params):
    import math, torch
    assert isinstance(linear_params, int) and linear_params > 0, f'linear_params should be a positive int, got {linear_params!r}'


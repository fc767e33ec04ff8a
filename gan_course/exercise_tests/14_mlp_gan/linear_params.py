from otter.test_files import test_case

OK_FORMAT = False

name = "linear_params"
points = 1

@test_case(points=None, hidden=False)
def test_an_int(linear_params):
    import math, torch
    assert isinstance(linear_params, int) and linear_params > 0, f'linear_params should be a positive int, got {linear_params!r}'
    assert linear_params != 25600, 'that counts the weight matrix only: nn.Linear also has a bias'
    assert linear_params != 25700, 'the bias has one entry per output feature, not per input feature'
    assert linear_params != 356, 'that adds the two sizes: the weight is a matrix, with one weight for each pair of an input and an output'


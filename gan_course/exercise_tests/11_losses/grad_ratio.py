from otter.test_files import test_case

OK_FORMAT = False

name = "grad_ratio"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(grad_ratio):
    import math, torch
    assert isinstance(grad_ratio, (int, float)) and grad_ratio > 0, f'grad_ratio should be a positive number, got {grad_ratio!r}'


from otter.test_files import test_case

OK_FORMAT = False

name = "value_at_equilibrium"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(value_at_equilibrium):
    import math, torch
    assert isinstance(value_at_equilibrium, (int, float)) and math.isfinite(value_at_equilibrium), f'should be a number, got {value_at_equilibrium!r}'


from otter.test_files import test_case

OK_FORMAT = False

name = "jsd_from_value"
points = 1

@test_case(points=None, hidden=False)
def test_equilibrium(jsd_from_value):
    import math, torch
    j = jsd_from_value(-math.log(4))
    assert isinstance(j, (int, float)) and abs(j) < 1e-09, f'at the equilibrium the JSD is 0; got {j!r}'


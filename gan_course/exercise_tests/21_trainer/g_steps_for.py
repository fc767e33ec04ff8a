from otter.test_files import test_case

OK_FORMAT = False

name = "g_steps_for"
points = 1

@test_case(points=None, hidden=False)
def test_an_int(g_steps_for):
    import math, torch
    assert isinstance(g_steps_for, int) and 0 < g_steps_for <= 1000, f'g_steps_for should be an int between 1 and 1000, got {g_steps_for!r}'


from otter.test_files import test_case

OK_FORMAT = False

name = "g_steps_for"
points = 1

@test_case(points=None, hidden=False)
def test_an_int(g_steps_for):
    import math, torch
    assert isinstance(g_steps_for, int) and (not isinstance(g_steps_for, bool)), f'g_steps_for should be an int, a number of steps, got {g_steps_for!r}'
    assert 0 < g_steps_for <= 1000, f'the generator steps less often than the critic: g_steps_for should be between 1 and 1000, got {g_steps_for}'
    assert g_steps_for != 1000, "1000 is one G step per critic step; with n_critic = 5 the critic takes several steps for each of G's"
    assert g_steps_for not in (166, 167), "the 1,000 steps are the critic's alone: G's steps come on top of them, not among them"


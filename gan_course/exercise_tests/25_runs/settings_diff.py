from otter.test_files import test_case

OK_FORMAT = False

name = "settings_diff"
points = 2

@test_case(points=None, hidden=False)
def test_changed_and_added(settings_diff):
    import math
    got = settings_diff({'width': 16, 'depth': 2}, {'width': 32, 'depth': 2})
    assert got == ['width'], f'only the width differs, got {got!r}'
    got = settings_diff({'width': 16}, {'width': 16, 'ema': 0.999})
    assert got == ['ema'], f'a setting the run has and the checkpoint lacks is a difference, got {got!r}'
    assert settings_diff({'a': 1}, {'a': 1}) == [], 'the same settings: no difference'


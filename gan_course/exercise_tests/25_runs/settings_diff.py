from otter.test_files import test_case

OK_FORMAT = False

name = "settings_diff"
points = 2

@test_case(points=None, hidden=False)
def test_changed_and_added(settings_diff):
    import math

    def call(saved, now):
        try:
            got = settings_diff(dict(saved), dict(now))
        except Exception as e:
            raise AssertionError(f'settings_diff({saved!r}, {now!r}) raised {type(e).__name__}: {e}') from None
        assert isinstance(got, list), f'settings_diff should return a list of keys, got {type(got).__name__} {got!r}'
        return got
    got = call({'width': 16, 'depth': 2}, {'width': 32, 'depth': 2})
    assert got == ['width'], f'only the width differs, got {got!r}'
    got = call({'width': 16}, {'width': 16, 'ema': 0.999})
    assert got == ['ema'], f'a setting the run has and the checkpoint lacks is a difference, got {got!r}'
    got = call({'a': 1}, {'a': 1})
    assert got == [], f'the same settings: no difference, got {got!r}'
    got = call({'z_dim': 100, 'ngf': 32, 'slope': 0.2}, {'ngf': 64, 'z_dim': 64})
    assert sorted(got) == ['ngf', 'slope', 'z_dim'], f'ngf and z_dim changed and slope was dropped: the keys should be ngf, slope and z_dim, got {got!r}'
    assert got == ['ngf', 'slope', 'z_dim'], f"the keys should be in sorted order, ['ngf', 'slope', 'z_dim'], got {got!r}"
    got = call({'ema': None, 'lr': 0.0002}, {'lr': 0.0002})
    assert got == ['ema'], f'a setting saved as None and absent now is still a difference (ask whether the key is there, not only what dict.get gives), got {got!r}'
    got = call({'betas': [0.5, 0.999], 'lr': 0.0002}, {'betas': [0.0, 0.99], 'lr': 0.0002})
    assert got == ['betas'], f'the betas differ, got {got!r}'


from otter.test_files import test_case

OK_FORMAT = False

name = "jsd_from_value"
points = 1

@test_case(points=None, hidden=False)
def test_equilibrium(jsd_from_value):
    import math, torch
    for v, want, why in [(-math.log(4), 0.0, 'at the equilibrium, V = -log 4, the JSD is 0'), (0.0, math.log(2), 'V = 0 means disjoint supports (D* is 1 or 0 everywhere): the JSD is then log 2 = 0.6931'), (-1.0, 0.1931472, 'between the two')]:
        try:
            j = jsd_from_value(v)
        except Exception as e:
            raise AssertionError(f'jsd_from_value({v:.4f}) raised {type(e).__name__}: {e}') from None
        assert isinstance(j, (int, float)), f'jsd_from_value({v:.4f}) should return a float, got {j!r}'
        assert abs(j - want) < 1e-06, f'jsd_from_value({v:.4f}) should be {want:.4f} ({why}), got {j:.4f}'


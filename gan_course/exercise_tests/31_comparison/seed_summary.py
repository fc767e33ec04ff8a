from otter.test_files import test_case

OK_FORMAT = False

name = "seed_summary"
points = 1

@test_case(points=None, hidden=False)
def test_three(seed_summary):
    import math, torch

    def call(values):
        try:
            got = seed_summary(list(values))
        except Exception as e:
            raise AssertionError(f'seed_summary({values}) raised {type(e).__name__}: {e}') from None
        assert isinstance(got, tuple) and len(got) == 2, f'seed_summary should return a tuple (mean, std), got {got!r}'
        assert all((isinstance(v, float) for v in got)), f'seed_summary should return two Python floats, got {tuple((type(v).__name__ for v in got))}: {got!r} (float(x) turns a tensor into one)'
        return got
    m, s = call([2.0, 4.0, 9.0])
    assert abs(m - 5) < 1e-06, f'the mean of 2, 4 and 9 is 5, got {m}'
    pop, var = (math.sqrt(26 / 3), 26 / 2)
    assert abs(s - pop) > 1e-06, f'the std of 2, 4 and 9 came out as {s:.4f}, the population standard deviation (squared deviations 9 + 1 + 16 = 26, divided by n = 3): the spread over a few seeds divides by n - 1'
    assert abs(s - var) > 1e-06, f'the std of 2, 4 and 9 came out as {s:.4f}, the sample variance (26 / 2): the standard deviation is its square root'
    assert abs(s - math.sqrt(var)) < 1e-06, f'the sample std of 2, 4 and 9 is sqrt(26 / (3 - 1)) = {math.sqrt(var):.6f}, got {s}'
    vals = [35.1, 36.4, 34.0, 41.2]
    m, s = call(vals)
    mean = sum(vals) / 4
    std = math.sqrt(sum(((v - mean) ** 2 for v in vals)) / 3)
    assert abs(m - mean) < 1e-09 and abs(s - std) < 1e-09, f'for {vals} the mean is {mean!r} and the sample std {std!r} (to 1e-9), got {m!r} and {s!r}: compute in float64; float32 keeps only about 7 digits'


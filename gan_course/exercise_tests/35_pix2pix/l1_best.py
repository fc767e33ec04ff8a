from otter.test_files import test_case

OK_FORMAT = False

name = "l1_best"
points = 1

@test_case(points=None, hidden=False)
def test_numbers(l1_best, l2_best):
    import math, torch
    assert all((isinstance(v, (int, float)) and (not isinstance(v, bool)) and (0 <= v <= 1) for v in (l1_best, l2_best))), f'both should be numbers in [0, 1], got {l1_best!r} and {l2_best!r}'
    assert abs(l1_best - l2_best) > 1e-09, 'the same number for both: L1 and L2 have different minimisers here (the text says which kind each one is: one of the values, and a blend)'
    losses = {'L1': (l1_best, lambda o: 0.7 * abs(o - 1) + 0.3 * abs(o)), 'L2': (l2_best, lambda o: 0.7 * (o - 1) ** 2 + 0.3 * o ** 2)}
    for name, (out, expected) in losses.items():
        for step in (-0.01, 0.01):
            if 0 <= out + step <= 1 and expected(out + step) < expected(out) - 1e-12:
                raise AssertionError(f'{name}: at {out} the expected {name} loss is {expected(out):.4f}, and moving the output by {step:+} lowers it to {expected(out + step):.4f}, so {out} is not the minimiser; write the expected loss as 0.7 x (loss against 1) + 0.3 x (loss against 0) and find where it is lowest')


from otter.test_files import test_case

OK_FORMAT = False

name = "run_epochs"
points = 2

@test_case(points=None, hidden=False)
def test_part_and_whole_epochs(run_epochs):
    import math
    for steps, n, want, why in ((10, 3, 4, '3 full epochs and 1 step of a fourth: round up'), (10, 5, 2, 'the steps fill exactly 2 epochs: no epoch more than needed'), (11, 4, 3, '2 full epochs and 3 steps of a third'), (1, 100, 1, 'one step still needs an epoch')):
        try:
            got = run_epochs(steps, n)
        except Exception as e:
            raise AssertionError(f'run_epochs({steps}, {n}) raised {type(e).__name__}: {e}') from None
        assert isinstance(got, int) and (not isinstance(got, bool)), f'run_epochs({steps}, {n}) should return an int (the trainer counts whole epochs), got {type(got).__name__} {got!r}'
        assert got == want, f'{steps} steps of {n} batches an epoch need {want} epochs ({why}), got {got!r}'


from otter.test_files import test_case

OK_FORMAT = False

name = "run_epochs"
points = 2

@test_case(points=None, hidden=False)
def test_part_and_whole_epochs(run_epochs):
    import math
    got = run_epochs(10, 3)
    assert got == 4, f'10 steps of 3 batches an epoch need 4 epochs (3 full ones and 1 step of a fourth), got {got!r}: round up, not down'
    got = run_epochs(10, 5)
    assert got == 2, f'10 steps of 5 batches an epoch fill exactly 2 epochs, got {got!r}: no epoch more than needed'
    assert isinstance(run_epochs(7, 2), int), 'return an int: the trainer counts whole epochs'


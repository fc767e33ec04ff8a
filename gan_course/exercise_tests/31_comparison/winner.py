from otter.test_files import test_case

OK_FORMAT = False

name = "winner"
points = 1

@test_case(points=None, hidden=False)
def test_a_letter(winner):
    import math, torch
    assert winner in ('A', 'B'), f"winner should be the letter 'A' or 'B', got {winner!r}"
    assert winner != 'B', 'B has the best single run (33.0), but one lucky seed is not a result: compare the means of the three seeds, and remember that a lower FID is better'


from otter.test_files import test_case

OK_FORMAT = False

name = "winner"
points = 1

@test_case(points=None, hidden=False)
def test_a_letter(winner):
    import math, torch
    assert winner in ('A', 'B'), f"winner should be 'A' or 'B', got {winner!r}"


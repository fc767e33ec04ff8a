from otter.test_files import test_case

OK_FORMAT = False

name = "bpd"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(bpd):
    import math, torch
    assert isinstance(bpd, (int, float)) and bpd > 0, f'bpd should be a positive number, got {bpd!r}'


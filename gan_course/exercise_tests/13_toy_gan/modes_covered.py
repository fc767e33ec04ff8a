from otter.test_files import test_case

OK_FORMAT = False

name = "modes_covered"
points = 1

@test_case(points=None, hidden=False)
def test_two_of_three(modes_covered):
    import math, torch
    centers = torch.tensor([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
    samples = torch.cat([torch.zeros(50, 2), torch.tensor([[10.0, 0.1]]).repeat(50, 1)])
    got = modes_covered(samples, centers, 1.0, 0.1)
    assert isinstance(got, int), f'modes_covered should return an int, got {got!r}'
    assert got == 2, f'half the samples sit on each of two centres and none on the third: 2 modes, got {got}'


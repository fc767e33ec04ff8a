from otter.test_files import test_case

OK_FORMAT = False

name = "modes_covered"
points = 1

@test_case(points=None, hidden=False)
def test_two_of_three(modes_covered):
    import math, torch
    centers = torch.tensor([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
    samples = torch.cat([torch.zeros(50, 2), torch.tensor([[10.0, 0.1]]).repeat(50, 1)])
    try:
        got = modes_covered(samples, centers, 1.0, 0.1)
    except Exception as e:
        raise AssertionError(f'modes_covered(samples, centers, 1.0, 0.1) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, int), f'modes_covered should return an int, got {got!r}'
    assert got == 2, f'half the samples sit on each of two centres and none on the third: 2 modes, got {got}'

@test_case(points=None, hidden=False)
def test_share_and_nearest(modes_covered):
    import math, torch

    def call(samples, centers, threshold, min_share):
        try:
            n = modes_covered(samples, centers, threshold, min_share)
        except Exception as e:
            raise AssertionError(f'modes_covered(samples, centers, {threshold}, {min_share}) raised {type(e).__name__}: {e}') from None
        assert isinstance(n, int), f'modes_covered should return an int, got {n!r}'
        return n
    centers = torch.tensor([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
    samples = torch.cat([torch.tensor([[4.0, 0.0]]).repeat(60, 1), torch.tensor([[10.0, 0.1]]).repeat(25, 1), torch.tensor([[0.0, 10.0]]).repeat(15, 1)])
    got = call(samples, centers, 1.0, 0.2)
    assert got == 1, f'60 of the 100 samples lie 4 from their nearest centre, beyond the threshold 1: they count for no mode; 25 on the second centre cover it at min_share 0.2 (a share of all 100 samples), the 15 on the third do not: 1 mode, got {got}'
    got = call(samples, centers, 1.0, 0.25)
    assert got == 1, f'a mode holding exactly min_share of the samples (25 of 100 at min_share 0.25) holds at least that share: it is covered; 1 mode, got {got}'
    centers = torch.tensor([[0.0, 0.0], [2.0, 0.0]])
    samples = torch.cat([torch.tensor([[0.9, 0.0]]).repeat(30, 1), torch.tensor([[-0.5, 0.0]]).repeat(70, 1)])
    got = call(samples, centers, 1.5, 0.2)
    assert got == 1, f'each sample counts for its nearest centre only: the 30 samples at (0.9, 0) lie within 1.5 of both centres but belong to the first; 1 mode, got {got}'


from otter.test_files import test_case

OK_FORMAT = False

name = "bounce"
points = 2

@test_case(points=None, hidden=False)
def test_low_wall(bounce):
    import math, torch
    got = bounce(torch.tensor([[1.0, 5.0]]), torch.tensor([[-3.0, 2.0]]), 20.0)
    assert isinstance(got, tuple) and len(got) == 2, f'bounce should return (pos, vel), got {got!r}'
    p, v = got
    assert torch.allclose(p, torch.tensor([[2.0, 7.0]])) and torch.allclose(v, torch.tensor([[3.0, 2.0]])), f'row 1 - 3 = -2 reflects to 2 and its velocity turns to +3; the column moves 5 -> 7. Got pos {p.tolist()}, vel {v.tolist()}'


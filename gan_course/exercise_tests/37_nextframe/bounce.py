from otter.test_files import test_case

OK_FORMAT = False

name = "bounce"
points = 2

@test_case(points=None, hidden=False)
def test_walls(bounce):
    import math, torch
    room = 20.0
    pos = torch.tensor([[1.0, 5.0], [18.0, 10.0], [19.0, 20.0], [10.0, 2.0]])
    vel = torch.tensor([[-3.0, 2.0], [4.0, -1.0], [1.0, 0.5], [-6.0, -2.0]])
    pos0, vel0 = (pos.clone(), vel.clone())
    try:
        got = bounce(pos, vel, room)
    except Exception as e:
        raise AssertionError(f'bounce(pos, vel, 20.0) on 4 items raised {type(e).__name__}: {e}') from None
    assert isinstance(got, tuple) and len(got) == 2, f'bounce should return the tuple (pos, vel), got {type(got).__name__}'
    p, v = got
    assert all((isinstance(t, torch.Tensor) and tuple(t.shape) == (4, 2) for t in (p, v))), f"the new pos and vel should be tensors of shape (4, 2), like the inputs; got {getattr(p, 'shape', p)!r} and {getattr(v, 'shape', v)!r}"
    assert torch.equal(pos, pos0) and torch.equal(vel, vel0), 'bounce changed pos or vel in place: leave the inputs unchanged and return new tensors'
    cases = [(0, 'x = 1 moving by -3 crosses the wall at 0 and reflects', [2.0, 7.0], [3.0, 2.0]), (1, 'x = 18 moving by +4 crosses the wall at room = 20 and reflects', [18.0, 9.0], [-4.0, -1.0]), (2, 'x = 19 moving by +1 lands exactly on the wall at 20, which is still inside [0, room]: it does not turn back; y = 20 moving by +0.5 crosses it', [20.0, 19.5], [1.0, -0.5]), (3, 'y = 2 moving by -2 lands exactly on the wall at 0, still inside [0, room]: it does not turn back', [4.0, 0.0], [-6.0, -2.0])]
    for i, what, want_p, want_v in cases:
        assert torch.allclose(p[i], torch.tensor(want_p)), f'item {i}, at {pos0[i].tolist()} with velocity {vel0[i].tolist()}: {what}; its new position should be {want_p}, got {p[i].tolist()}'
        assert torch.allclose(v[i], torch.tensor(want_v)), f'item {i}, at {pos0[i].tolist()} with velocity {vel0[i].tolist()}: {what}; its new velocity should be {want_v} (only a component that left [0, room] changes sign), got {v[i].tolist()}'


from otter.test_files import test_case

OK_FORMAT = False

name = "projection_logit"
points = 1

@test_case(points=None, hidden=False)
def test_shape_and_value(projection_logit):
    import math, torch
    psi, embed = (torch.nn.Linear(2, 1), torch.nn.Embedding(3, 2))
    with torch.no_grad():
        psi.weight.copy_(torch.tensor([[1.0, 0.0]]))
        psi.bias.fill_(0.5)
        embed.weight.copy_(torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 1.0]]))
    h, y = (torch.tensor([[2.0, 3.0], [2.0, 3.0], [4.0, -1.0]]), torch.tensor([0, 2, 1]))
    try:
        got = projection_logit(h, y, psi, embed)
    except Exception as e:
        raise AssertionError(f'projection_logit on h (3, 2), y (3,) raised {type(e).__name__}: {e}') from None
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (3,), f"projection_logit should return one logit per row, shape (B,) = (3,), got {getattr(got, 'shape', got)!r}: a (B, B) result comes from adding a (B, 1) to a (B,), or from a matrix product of every label with every row"
    want = torch.tensor([2.5, 7.5, 3.5])
    got = got.detach()
    if torch.allclose(got, want - 0.5):
        raise AssertionError(f"psi's bias (0.5 here) is missing: psi(h) is the whole nn.Linear, got {got.tolist()}")
    if torch.allclose(got, torch.tensor([0.0, 5.0, -1.0])):
        raise AssertionError(f'the unconditional logit psi(h) is missing, got {got.tolist()}')
    if torch.allclose(got, torch.tensor([2.5, 5.0, 4.0])):
        raise AssertionError(f'the class term should be the dot product, the sum over the features of embed[y] * h, not their mean; got {got.tolist()}')
    assert torch.allclose(got, want), f'psi gives [2.5, 2.5, 4.5]; the class terms are 0 (class 0), 2 + 3 (class 2) and -1 (class 1): want {want.tolist()}, got {got.tolist()}'


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
        psi.bias.zero_()
        embed.weight.copy_(torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 1.0]]))
    got = projection_logit(torch.tensor([[2.0, 3.0], [2.0, 3.0]]), torch.tensor([0, 2]), psi, embed)
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (2,), f"projection_logit should return shape (B,) = (2,), got {getattr(got, 'shape', got)!r}"
    assert torch.allclose(got, torch.tensor([2.0, 7.0])), f'psi gives 2 for both; class 0 adds 0, class 2 adds 2 + 3; want [2, 7], got {got.tolist()}'


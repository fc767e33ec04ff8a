from otter.test_files import test_case

OK_FORMAT = False

name = "d_loss_on"
points = 2

@test_case(points=None, hidden=False)
def test_value(d_loss_on):
    import math, torch
    D = lambda x: x.sum(1, keepdim=True)
    real, fake = (torch.tensor([[1.0, 1.0]]), torch.tensor([[0.0, 0.0]]))
    try:
        got = d_loss_on(D, real, fake)
    except Exception as e:
        raise AssertionError(f"d_loss_on(D, real, fake), with D giving logits of shape (1, 1), raised {type(e).__name__}: {e}; the targets should have the shape of D's logits") from None
    assert isinstance(got, torch.Tensor) and got.numel() == 1, f'd_loss_on should return a scalar tensor, got {got!r}'
    want = math.log1p(math.exp(-2)) + math.log(2)
    assert abs(got.item() - want) < 1e-05, f'real logit 2 against 1 costs {math.log1p(math.exp(-2)):.4f}, fake logit 0 against 0 costs log 2; the sum is {want:.4f}, got {got.item():.4f}'

@test_case(points=None, hidden=False)
def test_batches_and_detach(d_loss_on):
    import math, torch
    D = torch.nn.Linear(2, 1)
    with torch.no_grad():
        D.weight.copy_(torch.tensor([[0.5, -1.0]]))
        D.bias.fill_(0.2)
    w = torch.tensor([[1.0, 0.5], [-0.5, 2.0]], requires_grad=True)
    real = torch.tensor([[1.0, 2.0], [0.5, -1.0], [2.0, 0.0], [-1.0, 1.5]])
    fake = torch.tensor([[0.0, 1.0], [1.0, 1.0], [-2.0, 0.5], [0.5, -0.5], [1.5, 2.0], [-1.0, -1.0]]) @ w
    try:
        loss = d_loss_on(D, real, fake)
    except Exception as e:
        raise AssertionError(f"d_loss_on(D, real, fake) with D = nn.Linear(2, 1), 4 real rows and 6 fake ones raised {type(e).__name__}: {e}; the targets should have the shape of D's logits") from None
    assert isinstance(loss, torch.Tensor) and loss.numel() == 1, f'd_loss_on should return a scalar tensor, got {loss!r}'
    want = 1.7725215
    assert abs(loss.item() - want) < 1e-05, f'with 4 real rows and 6 fake ones the loss should be {want:.4f}, the mean over the real batch (target 1) plus the mean over the fake batch (target 0); got {loss.item():.4f}'
    try:
        loss.sum().backward()
    except Exception as e:
        raise AssertionError(f"backward through d_loss_on's loss raised {type(e).__name__}: {e}; the loss should depend on D's parameters") from None
    assert w.grad is None, "G's parameters (here the tensor the fakes are made from) got a gradient from D's loss: detach the fakes before D sees them"
    got, ref = (D.weight.grad, [-0.2047332, -1.0534045])
    assert got is not None and all((abs(a - b) < 1e-05 for a, b in zip(got.flatten().tolist(), ref))), f"D's weights should get the gradient of both terms, {[round(t, 4) for t in ref]}, got {(None if got is None else [round(t, 4) for t in got.flatten().tolist()])}: detach the fakes, not D's logits on them, so that D still learns from the fakes"


from otter.test_files import test_case

OK_FORMAT = False

name = "cycle_loss"
points = 2

@test_case(points=None, hidden=False)
def test_formula(cycle_loss):
    import torch
    g = torch.Generator().manual_seed(0)
    x, y = (torch.rand(4, 1, 6, 6, generator=g, dtype=torch.float64) * 2 - 1 for _ in range(2))
    G, F = (lambda a: torch.tanh(2 * a + 0.3), lambda a: 0.5 * a ** 3 - 0.2)
    there, back = ((F(G(x)) - x).abs().mean(), (G(F(y)) - y).abs().mean())
    got = cycle_loss(G, F, x, y, lam=1.0)
    assert isinstance(got, torch.Tensor) and got.ndim == 0, f'cycle_loss should return a 0-dim tensor (not .item()), got {got!r}'
    want = there + back
    if abs(got - there) < 1e-09 or abs(got - back) < 1e-09:
        raise AssertionError('only one round trip is counted: add both, x -> G -> F and y -> F -> G')
    squared = ((F(G(x)) - x) ** 2).mean() + ((G(F(y)) - y) ** 2).mean()
    if abs(got - squared) < 1e-09:
        raise AssertionError('that is the squared distance: the cycle loss is L1, the mean of |F(G(x)) - x|')
    swapped = (G(F(x)) - x).abs().mean() + (F(G(y)) - y).abs().mean()
    if abs(got - swapped) < 1e-09:
        raise AssertionError('x is of domain X, so it goes through G first (X to Y), then F: F(G(x)); y goes F, then G')
    summed = (F(G(x)) - x).abs().sum() + (G(F(y)) - y).abs().sum()
    if abs(got - summed) < 1e-09:
        raise AssertionError('use the mean over the pixels, not the sum: the loss should not grow with the batch')
    if abs(got - want / 2) < 1e-09:
        raise AssertionError("that is half the paper's sum: the lesson halves its terms to match the trainer's mean over both directions; here, write the paper's sum")
    assert abs(got - want) < 1e-09, f'with lam=1, expected {want.item():.6f}, got {float(got):.6f}'
    assert abs(cycle_loss(G, F, x, y, lam=3.0) - 3 * want) < 1e-09, 'lam multiplies the whole loss'
    assert abs(cycle_loss(G, F, x, y) - 10 * want) < 1e-09, 'the default lam is 10, as in the paper'

@test_case(points=None, hidden=False)
def test_backpropagates(cycle_loss):
    import torch
    torch.manual_seed(0)
    G, F = (torch.nn.Conv2d(1, 1, 3, padding=1), torch.nn.Conv2d(1, 1, 3, padding=1))
    x, y = (torch.randn(2, 1, 5, 5), torch.randn(2, 1, 5, 5))
    loss = cycle_loss(G, F, x, y)
    assert isinstance(loss, torch.Tensor) and loss.requires_grad, 'the loss must stay a tensor with a graph: no .item(), no torch.no_grad()'
    loss.backward()
    assert G.weight.grad is not None and F.weight.grad is not None, 'both generators should get gradients'
    got = [G.weight.grad.clone(), F.weight.grad.clone()]
    G.zero_grad()
    F.zero_grad()
    (10 * ((F(G(x)) - x).abs().mean() + (G(F(y)) - y).abs().mean())).backward()
    assert all((torch.allclose(a, b, atol=1e-06) for a, b in zip(got, [G.weight.grad, F.weight.grad]))), "the gradients differ from the cycle loss's: both round trips must stay in the graph, no .detach() inside them"


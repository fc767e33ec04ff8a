from otter.test_files import test_case

OK_FORMAT = False

name = "grad_ratio"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(grad_ratio):
    import math, torch
    assert isinstance(grad_ratio, (int, float)) and math.isfinite(grad_ratio) and (grad_ratio > 0), f'grad_ratio should be a positive number, got {grad_ratio!r}'
    near = lambda v: abs(grad_ratio - v) <= 0.001 * v
    assert not near(0.010101), "that is the saturating loss's gradient over the non-saturating one's: the question asks how many times larger the non-saturating one is"
    assert not near(0.99), "0.99 is the magnitude of the non-saturating loss's gradient alone; the question asks for its ratio to the saturating loss's"
    assert not near(0.01), "0.01 is the magnitude of the saturating loss's gradient alone; the question asks how many times larger the non-saturating loss's is"
    assert not near(100), '100 is 1 / D(G(z)), the slope of -log D with respect to D itself; differentiate both losses with respect to the logit, through D = sigmoid(logit), and take their ratio'
    assert grad_ratio > 1, f'when D rejects the fakes the non-saturating loss has the larger gradient, so the ratio is more than 1; got {grad_ratio}'


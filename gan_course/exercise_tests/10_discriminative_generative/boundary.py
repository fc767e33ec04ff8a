from otter.test_files import test_case

OK_FORMAT = False

name = "boundary"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(boundary):
    import math, torch
    assert isinstance(boundary, (int, float)) and math.isfinite(boundary), f'boundary should be a number, got {boundary!r}'
    near = lambda v: abs(boundary - v) < 0.001
    assert not near(0.5), '0.5 is the midpoint of the means: the boundary when both classes are equally likely. With prior1 = 0.2 the prior odds move it'
    assert boundary > 0.5, f"with prior1 = 0.2 class 1 is the rarer: x must come closer to mu1 = 2 before P(y=1|x) reaches 1/2, so the boundary lies on mu1's side of the midpoint 0.5; got {boundary:.4f}"
    assert not near(1.886294), 'you moved the midpoint by the log prior odds themselves: a change in the log-odds is not the same change in x; divide by the rate at which the log-likelihood ratio grows with x'
    assert not near(1.424196), 'the rate at which the log-likelihood ratio ((x - mu0)^2 - (x - mu1)^2) / (2 sigma^2) grows with x is off by a factor of 2: expand it again'


from otter.test_files import test_case

OK_FORMAT = False

name = "value_at_equilibrium"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(value_at_equilibrium):
    import math, torch
    v = value_at_equilibrium
    assert isinstance(v, (int, float)) and math.isfinite(v), f'should be a number, got {v!r}'
    near = lambda w: abs(v - w) < 0.001
    assert not near(0.5), "1/2 is D*, the optimal discriminator's output at the equilibrium, not the value V(D*, G): put D* into V"
    assert not near(0.0), '0 is the value when the supports are disjoint (D* is 1 on the data and 0 on the fakes), or the JSD at the equilibrium; here D* = 1/2 everywhere: put it into V'
    assert not near(-0.693147), "log(1/2) is only one of V's two terms, E_data[log D*(x)] and E_g[log(1 - D*(x))]"
    assert not near(-2.0), "that is the value with base-2 logs (bits); the lesson's logs are natural logs (nats)"
    assert v < 0, f'V(D, G) adds expected logs of probabilities, E_data[log D(x)] + E_g[log(1 - D(x))]: it cannot be positive, got {v:.4f}'


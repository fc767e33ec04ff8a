"""Typical wrong answers to the exercises of the CycleGAN lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'cycle_loss': {
        'one round trip only, x -> G -> F': '''
def cycle_loss(G, F, x, y, lam=10.0):
    return lam * (F(G(x)) - x).abs().mean()
''',
        'the squared distance, not L1': '''
def cycle_loss(G, F, x, y, lam=10.0):
    return lam * (((F(G(x)) - x) ** 2).mean() + ((G(F(y)) - y) ** 2).mean())
''',
        'the generators applied in the wrong order: G(F(x)) and F(G(y))': '''
def cycle_loss(G, F, x, y, lam=10.0):
    return lam * ((G(F(x)) - x).abs().mean() + (F(G(y)) - y).abs().mean())
''',
        'sums over the pixels, not means': '''
def cycle_loss(G, F, x, y, lam=10.0):
    return lam * ((F(G(x)) - x).abs().sum() + (G(F(y)) - y).abs().sum())
''',
        "the lesson's halved terms, not the paper's sum": '''
def cycle_loss(G, F, x, y, lam=10.0):
    return lam * ((F(G(x)) - x).abs().mean() + (G(F(y)) - y).abs().mean()) / 2
''',
        'the first translation detached: no gradient through it': '''
def cycle_loss(G, F, x, y, lam=10.0):
    return lam * ((F(G(x).detach()) - x).abs().mean() + (G(F(y).detach()) - y).abs().mean())
''',
        'a Python number (.item()): nothing to backpropagate': '''
def cycle_loss(G, F, x, y, lam=10.0):
    return lam * ((F(G(x)) - x).abs().mean() + (G(F(y)) - y).abs().mean()).item()
''',
    },
    'exact_trip': {
        "'yxy': clothes to edges to clothes": "exact_trip = 'yxy'",
        'the trip written out with arrows': "exact_trip = 'x -> y -> x'",
        'capital letters': "exact_trip = 'XYX'",
    },
}

"""Typical wrong answers to the exercises of the minimax game lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'optimal_d': {
        'no guard: 0 / 0 = NaN where both densities are 0': '''
def optimal_d(p_data, p_g):
    return p_data / (p_data + p_g)
''',
        'an epsilon in the denominator: 0, not 1/2, where both densities are 0': '''
def optimal_d(p_data, p_g):
    return p_data / (p_data + p_g + 1e-8)
''',
        "p_g / (p_data + p_g): the generator's share": '''
def optimal_d(p_data, p_g):
    total = p_data + p_g
    return torch.where(total > 0, p_g / total.clamp(min=1e-300), torch.full_like(total, 0.5))
''',
        'the density ratio p_data / p_g': '''
def optimal_d(p_data, p_g):
    return torch.where(p_g > 0, p_data / p_g.clamp(min=1e-300), torch.full_like(p_g, 0.5))
''',
        'a loop over the elements: only 1-D grids': '''
def optimal_d(p_data, p_g):
    return torch.tensor([a / (a + b) if a + b > 0 else 0.5 for a, b in zip(p_data.tolist(), p_g.tolist())])
''',
    },
    'value_at_equilibrium': {
        'the sign flipped: log 4': 'value_at_equilibrium = math.log(4)',
        "one of V's two terms: log(1/2)": 'value_at_equilibrium = math.log(0.5)',
        'the JSD at the equilibrium, 0, not V': 'value_at_equilibrium = 0.0',
        'D* = 1/2, not V': 'value_at_equilibrium = 0.5',
        'in bits: -log2(4)': 'value_at_equilibrium = -math.log2(4)',
    },
    'jsd_from_value': {
        'forgot to halve: v + log 4 is 2 JSD': '''
def jsd_from_value(v):
    return v + math.log(4)
''',
        'the sign of log 4': '''
def jsd_from_value(v):
    return (v - math.log(4)) / 2
''',
        'halves v alone: v / 2 + log 4': '''
def jsd_from_value(v):
    return v / 2 + math.log(4)
''',
        'in bits: log2(4)': '''
def jsd_from_value(v):
    return (v + math.log2(4)) / 2
''',
    },
}

"""Typical wrong answers to the exercises of the Comparing GANs with the scores lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'seed_summary': {
        "the population standard deviation (divide by n), numpy's default": '''
def seed_summary(values):
    import numpy as np
    return float(np.mean(values)), float(np.std(values))
''',
        'the variance, not the standard deviation': '''
def seed_summary(values):
    import statistics
    return statistics.mean(values), statistics.variance(values)
''',
        'two tensors, not two floats': '''
def seed_summary(values):
    t = torch.tensor(values, dtype=torch.float64)
    return t.mean(), t.std()
''',
        "float32, torch.tensor's default: only about 7 digits": '''
def seed_summary(values):
    t = torch.tensor(values)
    return float(t.mean()), float(t.std())
''',
    },
    'winner': {
        'B, for its best single run': "winner = 'B'",
        'the higher mean wins, as if FID were a score to maximise': '''
mean_a, mean_b = (35.1 + 36.4 + 34.0) / 3, (33.0 + 41.2 + 39.9) / 3
winner = 'A' if mean_a > mean_b else 'B'
''',
        'the name of the setup, not its letter': "winner = 'setup A'",
    },
}

"""Typical wrong answers to the exercises of the Runs lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'run_epochs': {
        'rounds down: the last, partial epoch is lost': '''
def run_epochs(steps, n_batches):
    return steps // n_batches
''',
        'one more epoch, even when the steps fill the last one exactly': '''
def run_epochs(steps, n_batches):
    return steps // n_batches + 1
''',
        'a float (true division, not rounded up)': '''
def run_epochs(steps, n_batches):
    return steps / n_batches
''',
        'rounds to the nearest epoch, not up': '''
def run_epochs(steps, n_batches):
    return round(steps / n_batches)
''',
    },
    'settings_diff': {
        'in the order of the dicts, not sorted': '''
def settings_diff(saved, now):
    return [k for k in {**saved, **now} if k not in saved or k not in now or saved[k] != now[k]]
''',
        'dict.get: a setting saved as None and absent now looks unchanged': '''
def settings_diff(saved, now):
    return sorted(k for k in set(saved) | set(now) if saved.get(k) != now.get(k))
''',
        "a set of the items: fails on a list value (Adam's betas)": '''
def settings_diff(saved, now):
    return sorted({k for k, v in set(saved.items()) ^ set(now.items())})
''',
        "only the checkpoint's keys: a setting added since is missed": '''
def settings_diff(saved, now):
    return sorted(k for k in saved if k not in now or saved[k] != now[k])
''',
    },
}

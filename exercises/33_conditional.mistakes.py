"""Typical wrong answers to the exercises of the Conditional GANs lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'cond_input': {
        'no range check: one_hot fails on its own with a RuntimeError': '''
def cond_input(z, y, n_classes):
    return torch.cat([z, torch.nn.functional.one_hot(y, n_classes).to(z.dtype)], 1)
''',
        'the upper bound off by one: a label equal to n_classes gets through': '''
def cond_input(z, y, n_classes):
    if int(y.min()) < 0 or int(y.max()) > n_classes:
        raise ValueError(f"labels must be classes 0 to {n_classes - 1}, got {y.tolist()}")
    return torch.cat([z, torch.nn.functional.one_hot(y, n_classes).to(z.dtype)], 1)
''',
        'only the upper bound checked: a negative label gets through': '''
def cond_input(z, y, n_classes):
    if int(y.max()) >= n_classes:
        raise ValueError(f"labels must be classes 0 to {n_classes - 1}, got {y.tolist()}")
    return torch.cat([z, torch.nn.functional.one_hot(y, n_classes).to(z.dtype)], 1)
''',
        "the one-hot code as float32, whatever z's dtype": '''
def cond_input(z, y, n_classes):
    if int(y.min()) < 0 or int(y.max()) >= n_classes:
        raise ValueError(f"labels must be classes 0 to {n_classes - 1}, got {y.tolist()}")
    return torch.cat([z.float(), torch.nn.functional.one_hot(y, n_classes).float()], 1)
''',
        'the one-hot code in front of the noise, not after it': '''
def cond_input(z, y, n_classes):
    if int(y.min()) < 0 or int(y.max()) >= n_classes:
        raise ValueError(f"labels must be classes 0 to {n_classes - 1}, got {y.tolist()}")
    return torch.cat([torch.nn.functional.one_hot(y, n_classes).to(z.dtype), z], 1)
''',
        'one_hot without n_classes: as many columns as the largest label + 1': '''
def cond_input(z, y, n_classes):
    if int(y.min()) < 0 or int(y.max()) >= n_classes:
        raise ValueError(f"labels must be classes 0 to {n_classes - 1}, got {y.tolist()}")
    return torch.cat([z, torch.nn.functional.one_hot(y).to(z.dtype)], 1)
''',
    },
    'projection_logit': {
        "psi(h) left (B, 1): adding the (B,) term broadcasts to (B, B)": '''
def projection_logit(h, y, psi, embed):
    return psi(h) + (embed(y) * h).sum(1)
''',
        'a matrix product, every label against every row': '''
def projection_logit(h, y, psi, embed):
    return psi(h).squeeze(1) + embed(y) @ h.T
''',
        'the mean over the features, not the dot product': '''
def projection_logit(h, y, psi, embed):
    return psi(h).squeeze(1) + (embed(y) * h).mean(1)
''',
        'the unconditional logit psi(h) forgotten': '''
def projection_logit(h, y, psi, embed):
    return (embed(y) * h).sum(1)
''',
        "psi's weight without its bias": '''
def projection_logit(h, y, psi, embed):
    return (h @ psi.weight.T).squeeze(1) + (embed(y) * h).sum(1)
''',
    },
}

"""Typical wrong answers to the exercises of the Binary cross-entropy lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'bce_from_logits': {
        'the formula through sigmoid and log: inf for a logit of 100 on the wrong side': '''
def bce_from_logits(logits, targets):
    p = torch.sigmoid(logits)
    return -(targets * torch.log(p) + (1 - targets) * torch.log(1 - p)).mean()
''',
        'x - xy + log(1 + exp(-x)): exp overflows for a large negative logit': '''
def bce_from_logits(logits, targets):
    return (logits - logits * targets + torch.log(1 + torch.exp(-logits))).mean()
''',
        "torch's binary_cross_entropy on sigmoid(z): the logs floored at -100, wrong for saturated logits": '''
def bce_from_logits(logits, targets):
    return torch.nn.functional.binary_cross_entropy(torch.sigmoid(logits), targets)
''',
        'the sum over the elements, not the mean': '''
def bce_from_logits(logits, targets):
    z, y = logits, targets
    return (z.clamp(min=0) - z * y + torch.log1p(torch.exp(-z.abs()))).sum()
''',
        'hard labels only: y > 0.5 picks one of the two terms': '''
def bce_from_logits(logits, targets):
    sp = torch.nn.functional.softplus
    return torch.where(targets > 0.5, sp(-logits), sp(logits)).mean()
''',
        'max(z, 0) left out': '''
def bce_from_logits(logits, targets):
    z, y = logits, targets
    return (-z * y + torch.log1p(torch.exp(-z.abs()))).mean()
''',
    },
    'g_loss_nonsaturating': {
        'the saturating loss, log(1 - D(G(z)))': '''
def g_loss_nonsaturating(fake_logits):
    return -torch.nn.functional.softplus(fake_logits).mean()
''',
        '-log(sigmoid(z)): inf once sigmoid underflows to 0': '''
def g_loss_nonsaturating(fake_logits):
    return -torch.log(torch.sigmoid(fake_logits)).mean()
''',
        'log(1 + exp(-z)) without the stable form: exp overflows': '''
def g_loss_nonsaturating(fake_logits):
    return torch.log(1 + torch.exp(-fake_logits)).mean()
''',
        "the BCE against target 0, D's loss on the fakes": '''
def g_loss_nonsaturating(fake_logits):
    return torch.nn.functional.softplus(fake_logits).mean()
''',
        'the sum, not the mean': '''
def g_loss_nonsaturating(fake_logits):
    return torch.nn.functional.softplus(-fake_logits).sum()
''',
    },
    'grad_ratio': {
        'the ratio upside down: saturating over non-saturating': 'grad_ratio = 0.01 / 0.99',
        '1 / D(G(z)): the slope of -log D with respect to D, not to the logit': 'grad_ratio = 1 / 0.01',
        "the non-saturating loss's slope alone": 'grad_ratio = 0.99',
        "the saturating loss's slope alone": 'grad_ratio = 0.01',
    },
}

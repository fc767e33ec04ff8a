"""Typical wrong answers to the exercises of the first GAN on toy data lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'ring_modes': {
        'the radius forgotten: a unit circle': '''
def ring_modes(n, radius):
    a = 2 * math.pi * torch.arange(n, dtype=torch.float32) / n
    return torch.stack([a.cos(), a.sin()], 1)
''',
        'linspace(0, 2 pi, n): the last centre on top of the first': '''
def ring_modes(n, radius):
    a = torch.linspace(0, 2 * math.pi, n)
    return radius * torch.stack([a.cos(), a.sin()], 1)
''',
        'clockwise': '''
def ring_modes(n, radius):
    a = -2 * math.pi * torch.arange(n, dtype=torch.float32) / n
    return radius * torch.stack([a.cos(), a.sin()], 1)
''',
        'starts at angle 2 pi / n, not 0': '''
def ring_modes(n, radius):
    a = 2 * math.pi * torch.arange(1, n + 1, dtype=torch.float32) / n
    return radius * torch.stack([a.cos(), a.sin()], 1)
''',
        'stacked along dim 0: a (2, n) tensor': '''
def ring_modes(n, radius):
    a = 2 * math.pi * torch.arange(n, dtype=torch.float32) / n
    return radius * torch.stack([a.cos(), a.sin()])
''',
    },
    'd_loss_on': {
        'the fakes not detached: the gradient reaches G': '''
def d_loss_on(D, real, fake):
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    r, f = D(real), D(fake)
    return bce(r, torch.ones_like(r)) + bce(f, torch.zeros_like(f))
''',
        "D's logits on the fakes detached, not the fakes: D learns nothing from them": '''
def d_loss_on(D, real, fake):
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    r, f = D(real), D(fake).detach()
    return bce(r, torch.ones_like(r)) + bce(f, torch.zeros_like(f))
''',
        'one mean over both batches together': '''
def d_loss_on(D, real, fake):
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    logits = torch.cat([D(real), D(fake.detach())])
    return bce(logits, torch.cat([torch.ones(len(real), 1), torch.zeros(len(fake), 1)]))
''',
        'the sum over each batch, not the mean': '''
def d_loss_on(D, real, fake):
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    r, f = D(real), D(fake.detach())
    return bce(r, torch.ones_like(r), reduction='sum') + bce(f, torch.zeros_like(f), reduction='sum')
''',
        'the targets swapped: real 0, fake 1': '''
def d_loss_on(D, real, fake):
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    r, f = D(real), D(fake.detach())
    return bce(r, torch.zeros_like(r)) + bce(f, torch.ones_like(f))
''',
        "targets of shape (B,) against D's (B, 1) logits": '''
def d_loss_on(D, real, fake):
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    return bce(D(real), torch.ones(len(real))) + bce(D(fake.detach()), torch.zeros(len(fake)))
''',
    },
    'modes_covered': {
        'the threshold ignored': '''
def modes_covered(samples, centers, threshold, min_share):
    idx = torch.cdist(samples, centers).argmin(1)
    counts = torch.bincount(idx, minlength=len(centers))
    return int((counts >= min_share * len(samples)).sum())
''',
        'min_share compared with the counts, not with a share': '''
def modes_covered(samples, centers, threshold, min_share):
    dist, idx = torch.cdist(samples, centers).min(1)
    counts = torch.bincount(idx[dist < threshold], minlength=len(centers))
    return int((counts >= min_share).sum())
''',
        'the share of the kept samples, not of all of them': '''
def modes_covered(samples, centers, threshold, min_share):
    dist, idx = torch.cdist(samples, centers).min(1)
    counts = torch.bincount(idx[dist < threshold], minlength=len(centers))
    return int((counts >= min_share * counts.sum()).sum())
''',
        'more than min_share, not at least': '''
def modes_covered(samples, centers, threshold, min_share):
    dist, idx = torch.cdist(samples, centers).min(1)
    counts = torch.bincount(idx[dist < threshold], minlength=len(centers))
    return int((counts > min_share * len(samples)).sum())
''',
        'a sample counted for every centre within the threshold, not only its nearest': '''
def modes_covered(samples, centers, threshold, min_share):
    counts = (torch.cdist(samples, centers) < threshold).sum(0)
    return int((counts >= min_share * len(samples)).sum())
''',
        'a tensor, not an int': '''
def modes_covered(samples, centers, threshold, min_share):
    dist, idx = torch.cdist(samples, centers).min(1)
    counts = torch.bincount(idx[dist < threshold], minlength=len(centers))
    return (counts >= min_share * len(samples)).sum()
''',
    },
}

"""Typical wrong answers to the exercises of the lesson When GAN training fails, and what fixes it, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'gradient_penalty': {
        'no create_graph: the penalty cannot train the critic': '''
def gradient_penalty(critic, real, fake, alpha):
    x = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(x).sum(), x)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
''',
        'one norm over the whole batch, not one per row': '''
def gradient_penalty(critic, real, fake, alpha):
    x = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(x).sum(), x, create_graph=True)
    return (g.norm() - 1) ** 2
''',
        'the norm over dim 1 only (the channels of an image), not over all of a row': '''
def gradient_penalty(critic, real, fake, alpha):
    x = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(x).sum(), x, create_graph=True)
    return ((g.norm(2, dim=1) - 1) ** 2).mean()
''',
        'one alpha for the whole batch (its first value)': '''
def gradient_penalty(critic, real, fake, alpha):
    x = (alpha[0] * real + (1 - alpha[0]) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(x).sum(), x, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
''',
        'real and fake swapped in the mix': '''
def gradient_penalty(critic, real, fake, alpha):
    x = (alpha * fake + (1 - alpha) * real).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(x).sum(), x, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
''',
        "the gradient of critic(x).mean(), which divides each row's gradient by the batch size": '''
def gradient_penalty(critic, real, fake, alpha):
    x = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(x).mean(), x, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
''',
        'the squared norm, without the square root': '''
def gradient_penalty(critic, real, fake, alpha):
    x = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(x).sum(), x, create_graph=True)
    return ((g.flatten(1).pow(2).sum(1) - 1) ** 2).mean()
''',
    },
    'hinge_d_loss': {
        'no margin: relu(-real) and relu(fake)': '''
def hinge_d_loss(real_logits, fake_logits):
    return torch.relu(-real_logits).mean() + torch.relu(fake_logits).mean()
''',
        "no relu: the Wasserstein critic's loss shifted by 2": '''
def hinge_d_loss(real_logits, fake_logits):
    return (1 - real_logits).mean() + (1 + fake_logits).mean()
''',
        'the sign of the fake term flipped': '''
def hinge_d_loss(real_logits, fake_logits):
    return torch.relu(1 - real_logits).mean() + torch.relu(1 - fake_logits).mean()
''',
        'sums over the batch instead of means': '''
def hinge_d_loss(real_logits, fake_logits):
    return torch.relu(1 - real_logits).sum() + torch.relu(1 + fake_logits).sum()
''',
        'one mean over both batches together': '''
def hinge_d_loss(real_logits, fake_logits):
    return torch.cat([torch.relu(1 - real_logits), torch.relu(1 + fake_logits)]).mean()
''',
    },
    'd_star_smoothed': {
        "1/2, the optimal D without smoothing": 'd_star_smoothed = 0.5',
        "0.9, taking p / (p + q) for 1 when q = p": 'd_star_smoothed = 0.9',
        "0.9 / 1.9, smoothing the denominator's p too": 'd_star_smoothed = 0.9 / 1.9',
    },
}

"""Typical wrong answers to the exercises of the trainer lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'ema_step': {
        'no torch.no_grad(): in place on a leaf that requires grad': '''
def ema_step(ema, model, decay):
    for a, p in zip(ema.parameters(), model.parameters()): a.mul_(decay).add_(p, alpha=1 - decay)
''',
        'the weights swapped: lerp towards the model by decay': '''
@torch.no_grad()
def ema_step(ema, model, decay):
    for a, p in zip(ema.parameters(), model.parameters()): a.lerp_(p, decay)
''',
        'rebinds the loop variable: ema unchanged': '''
@torch.no_grad()
def ema_step(ema, model, decay):
    for a, p in zip(ema.parameters(), model.parameters()): a = decay * a + (1 - decay) * p
''',
        'turns requires_grad off to get past the in-place error': '''
def ema_step(ema, model, decay):
    for a, p in zip(ema.parameters(), model.parameters()):
        a.requires_grad_(False)
        a.mul_(decay).add_(p, alpha=1 - decay)
''',
        'the roles swapped: model moves towards ema, ema stays': '''
@torch.no_grad()
def ema_step(ema, model, decay):
    for a, p in zip(model.parameters(), ema.parameters()): a.mul_(decay).add_(p, alpha=1 - decay)
''',
    },
    'g_steps_for': {
        'one G step per critic step': 'g_steps_for = 1000',
        'multiplied, not divided': 'g_steps_for = 1000 * 5',
        'the 1,000 steps counted as D and G steps together': 'g_steps_for = 1000 // 6',
        'a float: 1000 / 5': 'g_steps_for = 1000 / 5',
    },
}

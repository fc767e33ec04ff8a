"""Typical wrong answers to the exercises of the Next-frame prediction lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'bounce': {
        'the position reflected, the velocity left as it was': '''
def bounce(pos, vel, room):
    p = pos + vel
    return torch.where(p < 0, -p, torch.where(p > room, 2 * room - p, p)), vel
''',
        'clamped to the wall instead of reflected': '''
def bounce(pos, vel, room):
    p = pos + vel
    out = (p < 0) | (p > room)
    return p.clamp(0, room), torch.where(out, -vel, vel)
''',
        'wraps around at the far wall (p - room) instead of reflecting': '''
def bounce(pos, vel, room):
    p = pos + vel
    low, high = p < 0, p > room
    return torch.where(low, -p, torch.where(high, p - room, p)), torch.where(low | high, -vel, vel)
''',
        '`>=` at the walls: an item that lands exactly on a wall turns back': '''
def bounce(pos, vel, room):
    p = pos + vel
    low, high = p <= 0, p >= room
    p = torch.where(low, -p, torch.where(high, 2 * room - p, p))
    return p, torch.where(low | high, -vel, vel)
''',
        'changes the inputs in place': '''
def bounce(pos, vel, room):
    pos += vel
    low, high = pos < 0, pos > room
    pos[low] = -pos[low]
    pos[high] = 2 * room - pos[high]
    vel[low | high] *= -1
    return pos, vel
''',
    },
    'best_l2_prediction': {
        'the plain mean of the futures, ignoring their probabilities': '''
def best_l2_prediction(futures, probs):
    return futures.mean(0)
''',
        'the most likely future, not the average': '''
def best_l2_prediction(futures, probs):
    return futures[probs.argmax()]
''',
        'keeps the K axis: shape (1, C, H, W)': '''
def best_l2_prediction(futures, probs):
    return (probs.view(-1, 1, 1, 1) * futures).sum(0, keepdim=True)
''',
        'the probabilities broadcast along the last axis, not the first': '''
def best_l2_prediction(futures, probs):
    return (probs * futures).sum(0)
''',
    },
    'psnr_of_mean': {
        '20 log10 of 1 / MSE (20 goes with the RMSE)': 'psnr_of_mean = 20 * math.log10(1 / 0.25)',
        'the absolute error 0.5 taken for the MSE': 'psnr_of_mean = 10 * math.log10(1 / 0.5)',
        'the MSE on the [-1, 1] scale with a peak of 1': 'psnr_of_mean = 10 * math.log10(1 / 1.0)',
        'the natural log instead of log10': 'psnr_of_mean = 10 * math.log(1 / 0.25)',
    },
}

"""Typical wrong answers to the exercises of the Training a DCGAN on Fashion-MNIST lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'slerp': {
        'the two weights swapped: starts at b and ends at a': '''
def slerp(a, b, t):
    cos = (a @ b / (a.norm() * b.norm())).clamp(-1, 1)
    w = torch.acos(cos)
    if w.abs() < 1e-4: return (1 - t) * a + t * b
    return (torch.sin(t * w) * a + torch.sin((1 - t) * w) * b) / torch.sin(w)
''',
        'the angle from the dot product alone, without dividing by the norms': '''
def slerp(a, b, t):
    w = torch.acos((a @ b).clamp(-1, 1))
    if w.abs() < 1e-4: return (1 - t) * a + t * b
    return (torch.sin((1 - t) * w) * a + torch.sin(t * w) * b) / torch.sin(w)
''',
        'no fallback: 0 / 0 = NaN for parallel vectors': '''
def slerp(a, b, t):
    w = torch.acos((a @ b / (a.norm() * b.norm())).clamp(-1, 1))
    return (torch.sin((1 - t) * w) * a + torch.sin(t * w) * b) / torch.sin(w)
''',
        'no clamp: a cosine rounded just above 1 gives acos = NaN': '''
def slerp(a, b, t):
    w = torch.acos(a @ b / (a.norm() * b.norm()))
    if w.abs() < 1e-4: return (1 - t) * a + t * b
    return (torch.sin((1 - t) * w) * a + torch.sin(t * w) * b) / torch.sin(w)
''',
        'the straight line rescaled to the interpolated norm (nlerp), not the arc': '''
def slerp(a, b, t):
    line = (1 - t) * a + t * b
    return line / line.norm() * ((1 - t) * a.norm() + t * b.norm())
''',
    },
    'grid_width': {
        'no padding after the last image': 'grid_width = 8 * (28 + 2)',
        'no padding at all': 'grid_width = 8 * 28',
        'padding on both sides of every image, not shared': 'grid_width = 8 * (28 + 2 * 2)',
        'padding between the images only, not at the borders': 'grid_width = 8 * 28 + 7 * 2',
    },
}

"""Typical wrong answers to the exercises of the pix2pix lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'receptive_field': {
        'the jump multiplied before the kernel is added': '''
def receptive_field(layers):
    r, j = 1, 1
    for k, s in layers:
        j *= s
        r += (k - 1) * j
    return r
''',
        'the strides ignored: (kernel - 1) added as is': '''
def receptive_field(layers):
    r = 1
    for k, s in layers: r += k - 1
    return r
''',
        'starting from 0 pixels': '''
def receptive_field(layers):
    r, j = 0, 1
    for k, s in layers: r, j = r + (k - 1) * j, j * s
    return r
''',
        "the backward recursion r = (r - 1) * s + k, run from the first layer instead of the last": '''
def receptive_field(layers):
    r = 1
    for k, s in layers: r = (r - 1) * s + k
    return r
''',
    },
    'l1_best': {
        'the two swapped: the mean for L1, the likelier value for L2': 'l1_best, l2_best = 0.7, 1.0',
        'the mean for both': 'l1_best, l2_best = 0.7, 0.7',
        "the midpoint of the two values for L2": 'l1_best, l2_best = 1.0, 0.5',
        'the probabilities the wrong way round': 'l1_best, l2_best = 0.0, 0.3',
    },
}

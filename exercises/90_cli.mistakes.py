"""Typical wrong answers to the exercises of the Command line lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'ema_decay': {
        'the closed interval [0, 1]: 0 and 1 accepted': '''
def ema_decay(text):
    try: v = float(text)
    except ValueError: raise argparse.ArgumentTypeError(f"expected a decay in (0, 1), got {text!r}")
    if not 0 <= v <= 1: raise argparse.ArgumentTypeError(f"expected a decay in (0, 1), got {text!r}")
    return v
''',
        'nan slips through `v <= 0 or v >= 1`': '''
def ema_decay(text):
    try: v = float(text)
    except ValueError: raise argparse.ArgumentTypeError(f"expected a decay in (0, 1), got {text!r}")
    if v <= 0 or v >= 1: raise argparse.ArgumentTypeError(f"expected a decay in (0, 1), got {text!r}")
    return v
''',
        "a word lets float's ValueError through": '''
def ema_decay(text):
    v = float(text)
    if not 0 < v < 1: raise argparse.ArgumentTypeError(f"expected a decay in (0, 1), got {text!r}")
    return v
''',
        'a ValueError, not argparse.ArgumentTypeError': '''
def ema_decay(text):
    try: v = float(text)
    except ValueError: v = math.nan
    if not 0 < v < 1: raise ValueError(f"expected a decay in (0, 1), got {text!r}")
    return v
''',
        'the message gives the range but not the value': '''
def ema_decay(text):
    try: v = float(text)
    except ValueError: v = math.nan
    if not 0 < v < 1: raise argparse.ArgumentTypeError("the decay must lie in (0, 1)")
    return v
''',
        'returns the text, not a float': '''
def ema_decay(text):
    try: v = float(text)
    except ValueError: v = math.nan
    if not 0 < v < 1: raise argparse.ArgumentTypeError(f"expected a decay in (0, 1), got {text!r}")
    return text
''',
    },
    'sample_command': {
        'counts the classes from 1: class 8 is the bag': "sample_command = 'gan-course sample runs/cond/checkpoint.pt --class 8 -n 16 --out sneakers.png'",
        'no number of samples: the default 64': "sample_command = 'gan-course sample runs/cond/checkpoint.pt --class sneaker --out sneakers.png'",
        'no output file: the default samples.png': "sample_command = 'gan-course sample runs/cond/checkpoint.pt --class sneaker -n 16'",
        'the checkpoint passed as an option --checkpoint': "sample_command = 'gan-course sample --checkpoint runs/cond/checkpoint.pt --class sneaker -n 16 --out sneakers.png'",
        'the plural as the class name': "sample_command = 'gan-course sample runs/cond/checkpoint.pt --class sneakers -n 16 --out sneakers.png'",
    },
}

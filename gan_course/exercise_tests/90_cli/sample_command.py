from otter.test_files import test_case

OK_FORMAT = False

name = "sample_command"
points = 1

@test_case(points=None, hidden=False)
def test_a_command(sample_command):
    import argparse, contextlib, io, math, shlex
    from pathlib import Path
    from gan_course.cli import _parser
    from gan_course.conditional import class_index
    from gan_course.data import FASHION_CLASSES
    assert isinstance(sample_command, str) and sample_command.split()[:2] == ['gan-course', 'sample'], f"sample_command should be a string that starts with 'gan-course sample', got {sample_command!r}"
    try:
        words = shlex.split(sample_command)
    except ValueError as e:
        raise AssertionError(f'a shell cannot split sample_command into words: {e} (check the quotes)') from None
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            a = _parser().parse_args(words[1:])
    except SystemExit:
        raise AssertionError(f'gan-course refuses this command: {err.getvalue().strip().splitlines()[-1]}; run gan-course sample --help for its options') from None
    assert a.checkpoint == Path('runs/cond/checkpoint.pt'), f"the command samples {str(a.checkpoint)!r}; the run's checkpoint is the file runs/cond/checkpoint.pt"
    assert a.cls is not None, 'the command gives no class: without one, gan-course sample draws a grid with one row per class'
    try:
        c = class_index(a.cls, FASHION_CLASSES)
    except ValueError:
        raise AssertionError(f'{a.cls!r} is not a class gan-course knows: give the class by its number or its name, as gan-course sample --help shows') from None
    assert FASHION_CLASSES[c] == 'Sneaker', f'--class {a.cls} draws class {c}, {FASHION_CLASSES[c]!r}, not sneakers (the classes are numbered from 0, in the order of gan_course.data.FASHION_CLASSES)'
    assert a.n == 16, f"the command draws {a.n} samples{(' (the default, as no number is given)' if a.n == 64 else '')}; 16 are asked for"
    assert a.out == Path('sneakers.png'), f"the command writes the samples to {str(a.out)!r}{(' (the default, as no file is given)' if a.out == Path('samples.png') else '')}; they should go to sneakers.png"


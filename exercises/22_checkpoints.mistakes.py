"""Typical wrong answers to the exercises of the Checkpoints lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'save_atomic': {
        'torch.save straight to the path: a failed save leaves a broken file': '''
def save_atomic(obj, path):
    torch.save(obj, path)
''',
        'the temporary file in the system temp folder, not beside path': '''
def save_atomic(obj, path):
    fd, tmp = tempfile.mkstemp(suffix='.tmp')
    try:
        with os.fdopen(fd, 'wb') as f: torch.save(obj, f)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp): os.unlink(tmp)
        raise
''',
        'no clean-up: a failed save leaves its temporary file behind': '''
def save_atomic(obj, path):
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix='.tmp')
    with os.fdopen(fd, 'wb') as f: torch.save(obj, f)
    os.replace(tmp, path)
''',
        'swallows the error: a failed save looks like a success': '''
def save_atomic(obj, path):
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix='.tmp')
    try:
        with os.fdopen(fd, 'wb') as f: torch.save(obj, f)
        os.replace(tmp, path)
    except Exception as e:
        print(f'could not save {path}: {e}')
        if os.path.exists(tmp): os.unlink(tmp)
''',
        'cleans up on Exception only: Ctrl-C leaves the temporary file behind': '''
def save_atomic(obj, path):
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix='.tmp')
    try:
        with os.fdopen(fd, 'wb') as f: torch.save(obj, f)
        os.replace(tmp, path)
    except Exception:
        if os.path.exists(tmp): os.unlink(tmp)
        raise
''',
    },
    'safe_load_kwargs': {
        "nothing: relies on this PyTorch version's default": 'safe_load_kwargs = {}',
        'only map_location, the option every example shows': "safe_load_kwargs = dict(map_location='cpu')",
        'weights_only=False, the switch the wrong way round': 'safe_load_kwargs = dict(weights_only=False)',
        'a guessed keyword that torch.load does not have': 'safe_load_kwargs = dict(safe=True)',
    },
}

from otter.test_files import test_case

OK_FORMAT = False

name = "save_atomic"
points = 2

@test_case(points=None, hidden=False)
def test_round_trip(save_atomic):
    import math, os, tempfile, torch
    from pathlib import Path
    real_replace, moves = (os.replace, [])

    def replace(src, dst, *args, **kwargs):
        moves.append((Path(src), Path(dst)))
        return real_replace(src, dst, *args, **kwargs)
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / 'ck.pt'
        os.replace = replace
        try:
            save_atomic({'w': torch.arange(3)}, p)
        except Exception as e:
            raise AssertionError(f"save_atomic({{'w': torch.arange(3)}}, path) raised {type(e).__name__}: {e}") from None
        finally:
            os.replace = real_replace
        assert p.is_file(), f'save_atomic should write {p.name}, but there is no such file (found {sorted(os.listdir(d))})'
        try:
            back = torch.load(p, weights_only=True)
        except Exception as e:
            raise AssertionError(f'the file save_atomic wrote does not load with torch.load ({type(e).__name__}: {e})') from None
        assert isinstance(back, dict) and torch.is_tensor(back.get('w')) and torch.equal(back['w'], torch.arange(3)), f"the file should load back to what was saved, {{'w': tensor([0, 1, 2])}}, got {back!r}"
        assert sorted(os.listdir(d)) == ['ck.pt'], f'no temporary file should be left behind, found {sorted(os.listdir(d))}'
        assert moves, 'save_atomic should write a temporary file and then move it over path with os.replace (a rename is atomic); os.replace was never called'
        src, dst = moves[-1]
        assert dst.resolve() == p.resolve(), f'os.replace should move the temporary file onto path ({p.name}), it moved it to {dst}'
        assert src.parent.resolve() == p.parent.resolve(), f"the temporary file should be in path's own folder, got {src}: a rename is atomic only within one file system, and the system's temporary folder may be on another"

@test_case(points=None, hidden=False)
def test_failure_keeps_old(save_atomic):
    import math, os, tempfile, torch
    from pathlib import Path

    class Boom:

        def __reduce__(self):
            raise RuntimeError('cannot pickle')
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / 'ck.pt'
        try:
            save_atomic({'step': 1}, p)
        except Exception as e:
            raise AssertionError(f"save_atomic({{'step': 1}}, path) raised {type(e).__name__}: {e}") from None
        try:
            save_atomic({'step': 2, 'bad': Boom()}, p)
        except RuntimeError as e:
            assert 'cannot pickle' in str(e), f"a failing save should let torch.save's own error propagate (RuntimeError: cannot pickle), got RuntimeError: {e}"
        except Exception as e:
            raise AssertionError(f"a failing save should let torch.save's own error propagate (RuntimeError: cannot pickle), got {type(e).__name__}: {e}") from None
        else:
            raise AssertionError('save_atomic returned normally though torch.save failed (an object that cannot be pickled): let the error propagate, so that the caller knows nothing was saved')
        left = sorted(os.listdir(d))
        assert left == ['ck.pt'], f'a failing save should remove its temporary file and leave only ck.pt, found {left}'
        try:
            back = torch.load(p, weights_only=True)
        except Exception as e:
            raise AssertionError(f'after a failing save the previous ck.pt no longer loads ({type(e).__name__}): a failed save should leave the previous file intact, so write to a temporary file first') from None
        assert back == {'step': 1}, f"a failing save should leave the previous file intact, {{'step': 1}}, got {back!r}"

@test_case(points=None, hidden=False)
def test_ctrl_c_cleans_up(save_atomic):
    import math, os, tempfile, torch
    from pathlib import Path

    class CtrlC:

        def __reduce__(self):
            raise KeyboardInterrupt
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / 'ck.pt'
        try:
            save_atomic({'step': 1}, p)
        except Exception as e:
            raise AssertionError(f"save_atomic({{'step': 1}}, path) raised {type(e).__name__}: {e}") from None
        try:
            save_atomic({'step': 2, 'stop': CtrlC()}, p)
        except KeyboardInterrupt:
            pass
        except BaseException as e:
            raise AssertionError(f'a save stopped by Ctrl-C should let its KeyboardInterrupt propagate, got {type(e).__name__}: {e}') from None
        else:
            raise AssertionError('save_atomic returned normally though Ctrl-C (KeyboardInterrupt) stopped torch.save: let it propagate')
        left = sorted(os.listdir(d))
        assert left == ['ck.pt'], f'a save stopped by Ctrl-C should remove its temporary file too, found {left}: KeyboardInterrupt is a BaseException, not an Exception'
        try:
            back = torch.load(p, weights_only=True)
        except Exception as e:
            raise AssertionError(f'after a save stopped by Ctrl-C the previous ck.pt no longer loads ({type(e).__name__}): it should be left intact') from None
        assert back == {'step': 1}, f"a save stopped by Ctrl-C should leave the previous file intact, {{'step': 1}}, got {back!r}"


from otter.test_files import test_case

OK_FORMAT = False

name = "safe_load_kwargs"
points = 1

@test_case(points=None, hidden=False)
def test_a_dict(safe_load_kwargs):
    import inspect, math, os, pickle, tempfile, torch
    assert isinstance(safe_load_kwargs, dict), f"safe_load_kwargs should be a dict of torch.load's keyword arguments, got {safe_load_kwargs!r}"
    named = [n for n, p in inspect.signature(torch.load).parameters.items() if p.kind != p.VAR_KEYWORD]
    unknown = sorted(set(safe_load_kwargs) - set(named))
    assert not unknown, f'torch.load has no option {unknown}: see help(torch.load) for the keyword arguments it takes'

    class Evil:

        def __reduce__(self):
            return (os.getcwd, ())
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'evil.pt')
        torch.save({'x': Evil()}, p)
        try:
            torch.load(p, **safe_load_kwargs)
        except Exception:
            pass
        else:
            raise AssertionError(f'torch.load(path, **{safe_load_kwargs!r}) ran the code a crafted pickle names (it called os.getcwd): ask torch.load for tensors and plain Python values only')
        torch.save({'w': torch.ones(2), 'step': 3}, p)
        try:
            back = torch.load(p, **safe_load_kwargs)
        except Exception as e:
            raise AssertionError(f'a plain checkpoint of tensors and numbers should still load, got {type(e).__name__}: {e}') from None
        assert torch.equal(back['w'], torch.ones(2)) and back['step'] == 3, 'a plain checkpoint should load back as it was saved'
    assert 'weights_only' in safe_load_kwargs, f"{safe_load_kwargs!r} leaves torch.load's safety to its default, which has changed between PyTorch versions (and an environment variable can switch it): set the safe mode explicitly, as the lesson's load_checkpoint does"


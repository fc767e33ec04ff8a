from otter.test_files import test_case

OK_FORMAT = False

name = "safe_load_kwargs"
points = 1

@test_case(points=None, hidden=False)
def test_a_dict(safe_load_kwargs):
    import math, torch
    assert isinstance(safe_load_kwargs, dict), f"safe_load_kwargs should be a dict of torch.load's keyword arguments, got {safe_load_kwargs!r}"


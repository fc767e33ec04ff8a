from otter.test_files import test_case

OK_FORMAT = False

name = "save_atomic"
points = 2

@test_case(points=None, hidden=False)
def test_round_trip(save_atomic):
    import math, os, tempfile, torch
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / 'ck.pt'
        save_atomic({'w': torch.arange(3)}, p)
        assert p.is_file(), f'save_atomic should write {p.name}'
        assert torch.equal(torch.load(p, weights_only=True)['w'], torch.arange(3)), 'the file should load back to what was saved'
        assert sorted(os.listdir(d)) == ['ck.pt'], f'no temporary file should be left behind, found {sorted(os.listdir(d))}'


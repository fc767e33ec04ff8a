"""The run builder: a run is bounded by steps or epochs, and the use-case lessons' `train_*` functions, now built on
it, train the same weights as they did before it (the checkpoints kept in tests/data/kinds/, made by its make.py)."""
import importlib.util
from pathlib import Path
import pytest
import torch
from gan_course.checkpoint import load_checkpoint
from gan_course.dcgan import dcgan
from gan_course.data import TensorLoader
from gan_course.runs import run_epochs, run_summary, train_run
from gan_course.trainer import TrainConfig

KINDS = Path(__file__).parent/'data'/'kinds'
spec = importlib.util.spec_from_file_location('make_kinds', KINDS/'make.py')
make = importlib.util.module_from_spec(spec); spec.loader.exec_module(make)

@pytest.mark.parametrize('name', sorted(make.RUNS))
def test_lesson_runs_train_the_same_weights_as_before(name, tmp_path):
    make.RUNS[name](tmp_path)
    old, new = load_checkpoint(KINDS/f'{name}.pt'), load_checkpoint(tmp_path/'checkpoint.pt')
    assert new['meta'] == old['meta'] and new['step'] == old['step'] == 2
    # Bit for bit on the machine and thread count that made them. Elsewhere Adam's first steps, lr * sign(gradient), may
    # flip for the few weights whose gradient rounds near zero: a few in a hundred at most, each by a few lr.
    diff = torch.cat([(new['G'][k] - v).abs().flatten() for k, v in old['G'].items() if v.is_floating_point()])
    assert (diff > 1e-4).float().mean() < 0.02 and diff.max() < 5e-3, (name, (diff > 1e-4).float().mean(), diff.max())
    assert (tmp_path/'samples.png').is_file() and (tmp_path/'losses.png').is_file()

def run(steps=None, epochs=None, **kw):
    torch.manual_seed(0)
    G, D = dcgan(img_size=28, ngf=4, ndf=4, z_dim=8)
    x = torch.randint(0, 255, (40, 1, 28, 28), dtype=torch.uint8, generator=torch.Generator().manual_seed(0)).float() / 127.5 - 1
    return train_run(G, D, TensorLoader(x, bs=8, seed=0), TrainConfig(bs=8, z_dim=8, log_every=2, device='cpu'), 'dcgan',
                     dict(G.cfg.__dict__), steps=steps, epochs=epochs, **kw)

def test_steps_or_epochs():
    assert [run_epochs(s, 5) for s in (1, 5, 6, 10, 11)] == [1, 1, 2, 2, 3]
    t = run(steps=7)
    assert (t.step, t.epoch, t.cfg.epochs) == (7, 1, 2)  # 5 batches an epoch: the second epoch stops after 2
    t = run(epochs=2)
    assert (t.step, t.epoch) == (10, 2)
    t = run(steps=7, epochs=1)  # both: the first reached ends the run
    assert (t.step, t.epoch) == (5, 1)
    with pytest.raises(ValueError, match='Pass steps= or epochs='): run()
    for kw, msg in ((dict(epochs=0), 'epochs must be a positive integer, got 0'), (dict(steps=2.5), 'steps must be a positive integer')):
        with pytest.raises(ValueError, match=msg): run(**kw)

def test_resume_refuses_another_kind_or_settings(tmp_path):
    run(steps=3, out=tmp_path)
    assert run(steps=6, resume=tmp_path/'checkpoint.pt').step == 6
    with pytest.raises(ValueError, match=r"was trained with other settings \(method: None in the checkpoint, 'gan' now\)"):
        run(steps=6, resume=tmp_path/'checkpoint.pt', meta=dict(method='gan'))
    ck = load_checkpoint(tmp_path/'checkpoint.pt')
    ck['meta'] = {'superres': ck['meta']['dcgan']}
    torch.save(ck, tmp_path/'other.pt')
    with pytest.raises(ValueError, match='is not a checkpoint of a DCGAN generator .*it holds a super-resolution network'):
        run(steps=6, resume=tmp_path/'other.pt')

def test_a_resumed_runs_speed_counts_its_own_steps(tmp_path):
    run(steps=3, out=tmp_path)
    t = run(steps=5, resume=tmp_path/'checkpoint.pt')
    s = run_summary(t, tmp_path, 2.0)
    assert (s['steps'], s['images_per_s']) == (5, 2 * 8 / 2.0)  # 2 steps of 8 images in 2 s; the 3 resumed from are not this run's

def test_train_dcgan_leaves_the_callers_config_and_the_recipe_alone(tmp_path):
    from dataclasses import FrozenInstanceError
    from gan_course.fixes import Fixes
    from gan_course.recipe import RECIPE_FIXES
    from gan_course.quickstart import train_dcgan
    cfg = TrainConfig(epochs=1, bs=16, z_dim=8, log_every=2, n_samples=8)
    res = train_dcgan(tmp_path, 'fashion_mnist', 28, 4, 4, cfg, fixes=Fixes(), n_train=64, max_steps=1, progress=False)
    assert cfg.device is None and res['trainer'].cfg.device == str(res['trainer'].device)  # the run's copy has the device
    with pytest.raises(FrozenInstanceError): RECIPE_FIXES.clusters = 0  # the recipe's fixes, handed out as a default, cannot change

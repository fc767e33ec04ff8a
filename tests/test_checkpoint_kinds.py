"""Checkpoints of every model kind, as the trainers of this version wrote them (tests/data/kinds/, made by its make.py),
load into the same model through the registry of kinds, through each kind's own loader, and through the command line."""
import contextlib, io
from pathlib import Path
import pytest
import torch
from gan_course.checkpoint import (CKPT_FORMAT, all_kinds, checkpoint_kind, load_checkpoint, load_model, model_settings,
                                   save_atomic)
from gan_course.cli import main

KINDS = Path(__file__).parent/'data'/'kinds'
EXPECTED = torch.load(KINDS/'expected.pt', weights_only=True)
LOADERS = {'dcgan': 'gan_course.quickstart.load_generator', 'superres': 'gan_course.superres.load_upscaler',
           'pix2pix': 'gan_course.pix2pix.load_translator', 'nextframe': 'gan_course.nextframe.load_predictor',
           'text2image': 'gan_course.text2image.load_text_generator', 'vae': 'gan_course.vae.load_vae',
           'cyclegan': 'gan_course.cyclegan.load_cyclegan'}

def _loader(name):
    import importlib
    mod, fn = LOADERS[name].rsplit('.', 1)
    return getattr(importlib.import_module(mod), fn)

def _kind_name(f): return 'dcgan' if f.startswith('dcgan') else f

def test_every_kind_has_a_kept_checkpoint():
    assert set(all_kinds()) == set(LOADERS) == {_kind_name(f) for f in EXPECTED}

@pytest.mark.parametrize('name', sorted(EXPECTED))
def test_old_checkpoint_loads_into_the_same_model(name):
    want = EXPECTED[name]
    kind = _kind_name(name)
    for load in (lambda p: load_model(p), lambda p: load_model(p, kind), _loader(kind)):
        m = load(KINDS/f'{name}.pt')
        assert not m.training
        f = m.decode if kind == 'vae' else m
        with torch.no_grad(): torch.testing.assert_close(f(*want['input']), want['output'], rtol=1e-5, atol=1e-6)

def test_moving_average_is_what_loads():
    "One rule for every kind: the moving average of G when the run kept one (the DCGAN fixtures kept one), else G."
    ck = load_checkpoint(KINDS/'dcgan.pt')
    assert ck['G_ema'] is not None
    G = load_model(ck)
    ema = {k[len('module.'):]: v for k, v in ck['G_ema'].items() if k.startswith('module.')}
    assert all(torch.equal(G.state_dict()[k], v) for k, v in ema.items())
    assert any(not torch.equal(ck['G'][k], v) for k, v in ema.items() if v.is_floating_point())

def test_wrong_kind_gets_one_message_naming_what_it_holds():
    with pytest.raises(ValueError, match=r"is not a checkpoint of a VAE \(it has no 'vae' settings\): it holds a super-resolution "
                                         r"network: load that with gan_course.superres.load_upscaler"):
        load_model(KINDS/'superres.pt', 'vae')
    with pytest.raises(ValueError, match='it holds a DCGAN generator: load that with gan_course.quickstart.load_generator'):
        _loader('pix2pix')(KINDS/'dcgan.pt')
    assert model_settings({'meta': {'vae': {'z_dim': 2}}}, 'vae') == {'z_dim': 2}
    with pytest.raises(ValueError, match="run.pt is not a checkpoint of a VAE .*it holds a DCGAN generator"):
        model_settings({'meta': {'dcgan': {}, 'conditional': None}}, 'vae', 'run.pt')
    with pytest.raises(ValueError, match='it holds no model that gan_course knows'): model_settings({'meta': {}}, 'pix2pix')
    with pytest.raises(ValueError, match='holds no model that gan_course knows: write checkpoints with .*train_superres'):
        checkpoint_kind({'meta': {'other': 1}}, 'x.pt')

def test_damaged_weights_get_a_clear_error(tmp_path):
    from gan_course.checkpoint import CheckpointError
    ck = load_checkpoint(KINDS/'superres.pt')
    ck['meta']['superres']['width'] = 8  # settings that do not match the weights
    save_atomic(ck, tmp_path/'bad.pt')
    with pytest.raises(CheckpointError, match='its weights do not fit a super-resolution network built from its own settings'):
        load_model(tmp_path/'bad.pt')

def _cli(*args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err): code = main(list(args))
    return code, out.getvalue(), err.getvalue()

@pytest.mark.parametrize('name', ['dcgan', 'dcgan_clusters', 'dcgan_conditional', 'text2image', 'vae'])
def test_sample_draws_every_generator_kind(name, tmp_path):
    extra = ['--text', 'a dark sneaker'] if name == 'text2image' else []
    code, out, err = _cli('sample', str(KINDS/f'{name}.pt'), '--out', str(tmp_path/'s.png'), '-n', '20', *extra)
    assert (code, err) == (0, '') and (tmp_path/'s.png').is_file() and str(tmp_path/'s.png') in out

def test_sample_refuses_options_a_kind_does_not_take(tmp_path):
    for name, args, msg in (('vae', ['--class', '3'], 'holds a VAE, which takes no --class'),
                            ('nextframe', [], 'holds a next-frame predictor: pass the frames so far'),
                            ('superres', ['--text', 'a bag'], '--text needs a checkpoint of train_text2image(out=...)'),
                            ('dcgan', [], None), ('dcgan', ['--class', '3'], '--class needs a checkpoint of `gan-course train --conditional`'),
                            ('pix2pix', [], 'pass the edge map to translate with --input')):
        code, out, err = _cli('sample', str(KINDS/f'{name}.pt'), '--out', str(tmp_path/'s.png'), *args)
        if msg is None: assert code == 0; continue
        assert code == 2 and msg in err and 'Traceback' not in err, (name, args, err)

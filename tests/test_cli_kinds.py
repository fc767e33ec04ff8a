"""`gan-course train --model K` for every kind in the registry, then `sample` and `eval` of what it wrote; options that a
kind does not take are refused, naming them and the ones it does take."""
import contextlib, io
from pathlib import Path
import numpy as np
import pytest
from PIL import Image
from gan_course.checkpoint import all_kinds, load_checkpoint
from gan_course.cli import main

def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err): code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()

SMALL = ('--n-train', '256', '--max-steps', '3', '--no-progress', '--device', 'cpu')
MODELS = [m for k in all_kinds().values() for m in k.models]

def test_every_kind_with_a_train_function_is_a_model():
    assert {'dcgan28', 'dcgan32', 'dcgan64', 'vae', 'superres', 'pix2pix', 'nextframe', 'text2image'} <= set(MODELS)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit): main(['train', '--help'])
    for k in all_kinds().values():
        if k.models: assert ''.join(f"{', '.join(k.models)}: {k.what}".split()) in ''.join(out.getvalue().split()), k.name  # the help lists the kinds

@pytest.mark.parametrize('model', ['superres', 'pix2pix', 'nextframe', 'text2image'])
def test_train_sample_eval(model, tmp_path):
    code, out, err = cli('train', '--model', model, '--out', tmp_path/'run', *SMALL, *(['--method', 'gan'] if model != 'text2image' else []))
    assert code == 0, err
    assert 'Trained 3 steps' in out and all((tmp_path/'run'/f).is_file() for f in ('checkpoint.pt', 'samples.png', 'losses.png')), out
    ck = tmp_path/'run'/'checkpoint.pt'
    assert load_checkpoint(ck)['step'] == 3 and model in load_checkpoint(ck)['meta']
    code, out, err = cli('train', '--model', model, '--out', tmp_path/'run', '--resume', ck, '--n-train', '256', '--max-steps', '5', '--no-progress')
    assert code == 0 and load_checkpoint(ck)['step'] == 5, err  # resumed
    if model in ('superres', 'pix2pix'):
        Image.fromarray(np.zeros((28 if model == 'pix2pix' else 7,) * 2, np.uint8)).save(tmp_path/'in.png')
        code, out, err = cli('sample', ck, '--input', tmp_path/'in.png', '--out', tmp_path/'o.png')
        assert code == 0 and (tmp_path/'o.png').is_file(), err
        code, out, err = cli('eval', ck, '-n', '200')
        assert code == 0 and 'PSNR' in out, err
    if model == 'text2image':
        code, out, err = cli('sample', ck, '--text', 'a bag', '--out', tmp_path/'o.png', '-n', '4')
        assert code == 0 and (tmp_path/'o.png').is_file(), err

def test_options_a_kind_does_not_take(tmp_path):
    for model, args, bad in (('superres', ('--gp', '10'), '--gp'), ('text2image', ('--batch-size', '16', '--loss', 'hinge'), '--batch-size, --loss'),
                             ('vae', ('--resume', tmp_path/'x.pt'), '--resume'), ('dcgan28', ('--method', 'gan'), '--method')):
        code, out, err = cli('train', '--model', model, '--out', tmp_path/'r', *SMALL, *args)
        assert code == 2 and f'{bad}: not options of --model {model}' in err and 'Its options: --out' in err, (model, err)
    code, _, err = cli('train', '--model', 'superres', '--out', tmp_path/'r', *SMALL, '--method', 'l1')
    assert code == 2 and "method must be one of ['mse', 'gan']" in err, err
    code, _, err = cli('train', '--model', 'pix2pix', '--out', tmp_path/'r', *SMALL, '--dataset', str(tmp_path))
    assert code == 2 and 'trains on 28x28 grey images' in err, err

def test_a_new_kind_brings_its_own_sample_switch(tmp_path):
    "A kind registered outside the command line adds a switch to `sample` (here a translator's other direction), with no edit of it."
    from torch import nn
    from gan_course.checkpoint import CKPT_FORMAT, KINDS, ModelKind, register_kind, save_atomic
    def draw(m, out, n, seed, nrow, input=None, reverse=None): return f'drew {input} reverse={reverse}'
    register_kind(ModelKind('toy', 'a toy translator', lambda s, meta: nn.Identity(), 'load_model', 'a test', draw=draw,
                            options={'input': 'the image to translate', 'reverse': 'translate the other way'}, required=('input',)))
    try:
        save_atomic(dict(format=CKPT_FORMAT, G={}, meta={'toy': {}}), tmp_path/'toy.pt')
        code, out, err = cli('sample', tmp_path/'toy.pt', '--input', 'a.png', '--reverse')
        assert code == 0 and 'drew a.png reverse=True' in out, err
        code, out, err = cli('sample', tmp_path/'toy.pt', '--input', 'a.png')
        assert code == 0 and 'reverse=None' in out, err
        code, out, err = cli('sample', Path(__file__).parent/'data'/'kinds'/'vae.pt', '--reverse')  # a kind without the switch
        assert code == 2 and 'which takes no --reverse: --reverse needs a checkpoint of' in err and 'a test' in err, err
    finally: KINDS.pop('toy')

def test_a_switch_that_two_kinds_take_is_added_once(tmp_path):
    "Two kinds with a switch of one name: `sample` takes it once (in its usage line and its options), its help names both, and each kind's draw gets it."
    from torch import nn
    from gan_course.checkpoint import CKPT_FORMAT, KINDS, ModelKind, register_kind, save_atomic
    def draw(m, out, n, seed, nrow, input=None, flip=None): return f'drew {input} flip={flip}'
    for name in ('toy1', 'toy2'):
        register_kind(ModelKind(name, f'a {name} translator', lambda s, meta: nn.Identity(), 'load_model', 'a test', draw=draw,
                                options={'input': 'the image', 'flip': f'the {name} way round'}, required=('input',)))
    try:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit): main(['sample', '--help'])
        text = ' '.join(out.getvalue().split())
        assert text.count('--flip') == 2 and 'a toy1 translator: the toy1 way round; a toy2 translator: the toy2 way round' in text, text
        save_atomic(dict(format=CKPT_FORMAT, G={}, meta={'toy2': {}}), tmp_path/'toy2.pt')
        code, out, err = cli('sample', tmp_path/'toy2.pt', '--input', 'a.png', '--flip')
        assert code == 0 and 'drew a.png flip=True' in out, err
    finally: KINDS.pop('toy1'); KINDS.pop('toy2')

"The installed `gan-course` console script, run as a user runs it: a separate process."
import os, shutil, subprocess, sys
from pathlib import Path
import pytest
import torch

EXE = shutil.which('gan-course') or str(Path(sys.executable).parent/'gan-course')

def run(*args, **env):
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=600, env={**os.environ, **env})

def test_help_lists_quickstart():
    r = run('--help')
    assert r.returncode == 0 and 'quickstart' in r.stdout

def test_quickstart_writes_samples_losses_checkpoint(tmp_path):
    r = run('quickstart', '--out', str(tmp_path), '--epochs', '1', '--max-steps', '4', '--batch-size', '32', '--device', 'cpu')
    assert r.returncode == 0, r.stderr
    for name in ('samples.png', 'losses.png', 'checkpoint.pt'): assert (tmp_path/name).stat().st_size > 0
    assert 'jupyter lab nbs/' in r.stdout          # ends by saying how to open the notebooks
    assert '4/4' in r.stderr and 'step' in r.stderr  # the progress bar
    ck = torch.load(tmp_path/'checkpoint.pt', weights_only=True)
    assert ck['step'] == 4 and ck['config']['bs'] == 32 and ck['fixed_noise'].shape == (64, 100)
    assert ck['meta']['dcgan']['img_size'] == 28

@pytest.mark.parametrize('args,msg', [(['--epochs', '0'], "expected a positive int, got '0'"),
                                      (['--batch-size', '-3'], "expected a positive int, got '-3'"),
                                      (['--device', 'quantum'], "Unknown device 'quantum'")])
def test_bad_arguments_give_one_clear_line(tmp_path, args, msg):
    r = run('quickstart', '--out', str(tmp_path), *args)
    assert r.returncode == 2 and msg in r.stderr and 'Traceback' not in r.stderr

def test_train_on_a_folder_with_broken_images(tmp_path):
    "Unreadable files are skipped with one warning line; a folder of nothing readable is one error line."
    import numpy as np
    from PIL import Image
    d = tmp_path/'photos'; d.mkdir()
    for i in range(8): Image.fromarray(np.random.default_rng(i).integers(0, 256, (40, 40, 3), dtype=np.uint8)).save(d/f'{i}.png')
    (d/'broken.jpg').write_bytes(b'\xff\xd8\xff not really a jpeg')
    r = run('train', '--dataset', str(d), '--model', 'dcgan32', '--width', '8', '--out', str(tmp_path/'run'),
            '--epochs', '1', '--batch-size', '4', '--max-steps', '2', '--device', 'cpu', '--no-progress')
    assert r.returncode == 0, r.stderr
    assert 'gan-course train: warning: Skipped 1 unreadable image file(s) of 9' in r.stderr and 'broken.jpg' in r.stderr
    assert 'Traceback' not in r.stderr and (tmp_path/'run'/'checkpoint.pt').is_file()
    for f in d.glob('*.png'): f.write_bytes(b'garbage')
    r = run('train', '--dataset', str(d), '--model', 'dcgan32', '--out', str(tmp_path/'run2'), '--device', 'cpu')
    assert r.returncode == 2 and 'gan-course train: error: None of the 9 image files' in r.stderr
    assert 'Traceback' not in r.stderr

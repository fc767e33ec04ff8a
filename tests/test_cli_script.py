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

"Interrupted runs lose nothing: SIGTERM saves a final checkpoint; after SIGKILL the last checkpoint is valid and resumes."
import os, shutil, signal, subprocess, sys, time
from pathlib import Path
import pytest
from gan_course.checkpoint import load_checkpoint

EXE = shutil.which('gan-course') or str(Path(sys.executable).parent/'gan-course')
ARGS = ['--n-train', '1024', '--batch-size', '32', '--width', '8', '--device', 'cpu', '--no-progress']  # 32 steps an epoch

def start(out, *extra):
    env = {**os.environ, 'OMP_NUM_THREADS': '1', 'PYTHONUNBUFFERED': '1'}
    return subprocess.Popen([EXE, 'train', '--out', str(out), *ARGS, *extra], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)

def wait_for(cond, proc, timeout=240):
    t0 = time.time()
    while not cond():
        if proc.poll() is not None: pytest.fail(f'training ended early ({proc.returncode}): {proc.stderr.read()[-2000:]}')
        if time.time() - t0 > timeout: proc.kill(); pytest.fail('timed out waiting for training')
        time.sleep(0.2)

def step_of(path):
    try: return load_checkpoint(path)['step']
    except Exception: return -1  # not written yet

def resume(out, epochs):
    r = subprocess.run([EXE, 'train', '--out', str(out), '--resume', str(out/'checkpoint.pt'), '--epochs', str(epochs), *ARGS],
                       capture_output=True, text=True, timeout=300, env={**os.environ, 'OMP_NUM_THREADS': '1'})
    assert r.returncode == 0, r.stderr[-2000:]
    return load_checkpoint(out/'checkpoint.pt')

def test_sigterm_saves_a_final_checkpoint_and_resume_finishes(tmp_path):
    p = start(tmp_path, '--epochs', '100')
    wait_for(lambda: (tmp_path/'samples_epoch_001.png').exists(), p)  # one epoch (32 steps) done
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 130 and 'Interrupted (SIGTERM)' in err and 'Traceback' not in err, err[-2000:]
    saved = step_of(tmp_path/'checkpoint.pt')
    assert 32 <= saved < 100 * 32
    ck = resume(tmp_path, saved // 32 + 2)
    assert ck['step'] == (saved // 32 + 2) * 32 and ck['epoch'] == saved // 32 + 2

def test_sigkill_loses_at_most_one_checkpoint_interval(tmp_path):
    p = start(tmp_path, '--epochs', '100', '--checkpoint-every', '8')
    wait_for(lambda: step_of(tmp_path/'checkpoint.pt') >= 16, p)
    p.kill(); p.wait(timeout=60)  # SIGKILL: no handler runs
    ck = load_checkpoint(tmp_path/'checkpoint.pt')  # the last checkpoint is whole: writes are atomic
    assert ck['step'] >= 16 and (ck['step'] % 8 == 0 or ck['step'] % 32 == 0)
    ck2 = resume(tmp_path, ck['step'] // 32 + 1)
    assert ck2['step'] == (ck['step'] // 32 + 1) * 32

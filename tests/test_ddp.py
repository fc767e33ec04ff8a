"Data-parallel training with torchrun: two CPU processes (gloo) keep identical replicas."
import os, shutil, subprocess, sys
from pathlib import Path
import torch
from gan_course.checkpoint import load_checkpoint

def test_two_cpu_processes_keep_identical_weights(tmp_path):
    torchrun = shutil.which('torchrun') or str(Path(sys.executable).parent/'torchrun')
    env = {**os.environ, 'OMP_NUM_THREADS': '1', 'GAN_COURSE_DEVICE': 'cpu'}
    r = subprocess.run([torchrun, '--standalone', '--nproc_per_node=2', str(Path(__file__).parent/'ddp_worker.py'), str(tmp_path)],
                       capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    a, b = (torch.load(tmp_path/f'rank{i}.pt', weights_only=True) for i in (0, 1))
    for net in ('G', 'D'):
        assert a[net].keys() == b[net].keys() and len(a[net]) > 0
        for k in a[net]: assert torch.equal(a[net][k], b[net][k]), f'{net}.{k} differs between the replicas'
    assert not set(a['order']) & set(b['order'])            # each process trained on its own shard...
    assert sorted(a['order'] + b['order']) == list(range(64))  # ...and together they cover the data
    ck = load_checkpoint(tmp_path/'last.pt')                 # written once, by process 0
    assert ck['step'] == 4 and ck['world_size'] == 2
    for k, p in a['G'].items(): assert torch.equal(ck['G'][k], p)

"Smoke test of benchmarks/bench_trainer.py: tiny settings on the CPU, in a subprocess; no timing assertions."
import json, os, subprocess, sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT/'benchmarks'/'bench_trainer.py'


def _have_fashion_mnist() -> bool:
    from gan_course.data import fashion_mnist, DatasetNotFoundError
    try: fashion_mnist(download=False)
    except DatasetNotFoundError: return False
    return True


def test_bench_prints_table_and_ratios(tmp_path):
    if not _have_fashion_mnist(): pytest.skip('Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)')
    out = tmp_path/'bench.json'
    cmd = [sys.executable, str(SCRIPT), '--device', 'cpu', '--batch-size', '8', '--limit', '64',
           '--steps', '1', '--steps28', '1', '--ref-steps', '1', '--warmup', '1', '--ref-warmup', '1',
           '--ref-workers', '1', '--json', str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=ROOT,
                       env={**os.environ, 'OMP_NUM_THREADS': os.environ.get('OMP_NUM_THREADS', '1')})
    assert r.returncode == 0, r.stdout + r.stderr
    o = r.stdout
    for s in ('command:', 'torch ', 'device:   cpu', 'torch threads', 'images/s', 'x ref',
              'reference 64px (tutorial loop)', 'trainer 64px', 'trainer 28px ngf=ndf=64', 'trainer 28px ngf=ndf=32',
              'eager core 28px ngf=ndf=32', 'target CPU: trainer 28px ngf=ndf=64 >= 20x reference',
              'target CPU: trainer 28px ngf=ndf=32 >= 35x reference', 'target CPU: eager core >= 0.9x the trainer'):
        assert s in o, f'{s!r} missing from the output:\n{o}'
    assert '% bf16 peak' not in o  # the GPU column only on CUDA
    res = json.loads(out.read_text())
    rows = res['results']
    assert set(rows) == {'ref', 't64', 't28', 't28s', 't28e'}
    assert rows['ref']['ratio'] == pytest.approx(1.0)
    for row in rows.values(): assert row['images_per_s'] > 0 and row['ratio'] > 0
    assert rows['t64']['gflop_per_image'] == pytest.approx(2.44, abs=0.01)  # the figure for one 64-px step (dcgan_flops)
    assert res['info']['batch_size'] == 8 and res['info']['torch_threads'] >= 1


def test_bench_rejects_bad_arguments(capsys):
    import importlib.util
    spec = importlib.util.spec_from_file_location('bench_trainer', SCRIPT)
    bench = importlib.util.module_from_spec(spec); spec.loader.exec_module(bench)  # in-process: no second torch import
    for argv, msg in ((['--parts', 'ref,nope'], 'unknown part'), (['--steps', '0'], '--steps must be >= 1')):
        with pytest.raises(SystemExit) as e: bench.parse_args(argv)
        assert e.value.code == 2 and msg in capsys.readouterr().err


def test_fid_vs_reference_smoke(tmp_path):
    "The FID comparison on a few images: both loops train and are scored; the summary and verdict are written."
    if not _have_fashion_mnist(): pytest.skip('Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)')
    out = tmp_path/'fid.json'
    cmd = [sys.executable, str(ROOT/'benchmarks'/'fid_vs_reference.py'), '--device', 'cpu', '--epochs', '1',
           '--limit', '64', '--batch-size', '16', '--n', '200', '--seeds', '0,1', '--ref-workers', '0', '--json', str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=ROOT,
                       env={**os.environ, 'OMP_NUM_THREADS': os.environ.get('OMP_NUM_THREADS', '1')})
    assert r.returncode == 0, r.stdout + r.stderr
    res = json.loads(out.read_text())
    assert [(row['loop'], row['seed']) for row in res['rows']] == [('reference', 0), ('trainer', 0), ('reference', 1), ('trainer', 1)]
    for row in res['rows']: assert row['steps'] == 4 and row['fid'] > 0 and row['n'] == 200
    ref = [row['fid'] for row in res['rows'] if row['loop'] == 'reference']
    assert res['summary']['reference']['fid_mean'] == pytest.approx(sum(ref) / 2)
    assert res['verdict']['reference_spread'] == pytest.approx(max(ref) - min(ref))
    assert ('NO WORSE' in r.stdout) == res['verdict']['no_worse']


def test_time_to_fid_smoke(tmp_path):
    "Time to FID on a few images and seconds: all three runs train and are scored on the schedule; the summary is written."
    if not _have_fashion_mnist(): pytest.skip('Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)')
    out = tmp_path/'ttf.json'
    cmd = [sys.executable, str(ROOT/'benchmarks'/'time_to_fid.py'), '--device', 'cpu', '--budget', '6', '--ref-budget', '6',
           '--limit', '512', '--n', '200', '--ref-workers', '0', '--json', str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=ROOT,
                       env={**os.environ, 'OMP_NUM_THREADS': os.environ.get('OMP_NUM_THREADS', '1')})
    assert r.returncode == 0, r.stdout + r.stderr
    assert '| run | best FID (at) |' in r.stdout and "The reference's best FID in 6 s" in r.stdout, r.stdout
    res = json.loads(out.read_text())
    assert set(res['results']) == {'recipe', 'dcgan', 'reference'}
    for name, scores in res['results'].items():
        secs = [s['train_s'] for s in scores]
        assert secs == sorted(secs) and secs[0] >= 5 and len(scores) == 2, (name, secs)  # marks at 5 s and 6 s
        assert all(s['fid'] > 0 and 0 <= s['classes_covered'] <= 10 for s in scores)
    assert set(res['summary']['recipe']['first_below']) == {'100', '50', '30', '20'}


def _time_to_fid():
    import importlib.util
    spec = importlib.util.spec_from_file_location('time_to_fid', ROOT/'benchmarks'/'time_to_fid.py')
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m


def test_time_to_fid_rejects_bad_arguments(capsys):
    m = _time_to_fid()
    for argv, msg in ((['--parts', 'recipe,nope'], "unknown ['nope']"), (['--budget', '0'], '--budget must be positive')):
        with pytest.raises(SystemExit) as e: m.parse_args(argv)
        assert e.value.code == 2 and msg in capsys.readouterr().err
    assert m.marks_until(50) == [5, 10, 15, 20, 30, 45, 50]


def test_time_to_fid_refuses_bf16_on_a_cpu_without_it(monkeypatch):
    import gan_course.fast
    m = _time_to_fid()
    monkeypatch.setattr(gan_course.fast, 'cpu_has_bf16', lambda: False)
    with pytest.raises(SystemExit, match='--precision bf16: This CPU has no native bf16'): m.main(['--device', 'cpu', '--precision', 'bf16'])

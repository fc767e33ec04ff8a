#!/usr/bin/env python
"""Time to quality: how many seconds of training each GAN needs to reach an FID on Fashion-MNIST.

Runs one after the other in one process on the same device, each scored by `gan_course.metrics.Evaluator`
(FID and KID against Fashion-MNIST in the features of the kit's classifier, not Inception, and class coverage)
on a fixed schedule of training seconds; the clock stops while a run is scored, so the times are training only
(the k-means clustering of self-conditioning counts as training):

  recipe         the kit's recipe (`gan_course.fixes.recipe_config()` and `gan_course.recipe.RECIPE_FIXES`: batch 64, Adam 1e-3, EMA
                 generator, self-conditioning on k-means clusters of the images) on the 28-px DCGAN of width 32, with
                 the trainer's speed layer (`FastTrainer`) and the data on the device;
  unconditional  the same without self-conditioning (not run unless asked for with --parts);
  dcgan          the same network and trainer with the DCGAN paper's settings (batch 128, Adam 2e-4): the kit before
                 the fixes;
  reference      the tutorial-style loop of `bench_trainer.py` (pytorch/examples' 64-px DCGAN, eager fp32, PIL
                 resizing in a DataLoader, `.item()` every step); its 64-px samples are downsampled to 28 px to be scored.

It reports, for each run, the first training time at which FID is at or below 100, 50, 30 and 20, and the
reference's best FID within its budget against the time the recipe needs to reach it.

Examples:
  OMP_NUM_THREADS=2 python benchmarks/time_to_fid.py --device cpu --json results/time_to_fid_cpu.json
  python benchmarks/time_to_fid.py --device cuda --budget 60 --ref-budget 600
  OMP_NUM_THREADS=2 python benchmarks/time_to_fid.py --device cpu --parts recipe,dcgan --precision bf16   # CPUs with AMX
  OMP_NUM_THREADS=2 python benchmarks/time_to_fid.py --device cpu --parts recipe --clusters 30     # another number of clusters
  python benchmarks/time_to_fid.py --device cpu --budget 4 --ref-budget 4 --n 500 --limit 2000    # a smoke run
"""
from __future__ import annotations
import argparse, json, math, sys, time
from pathlib import Path

import torch

try: import gan_course  # noqa: F401
except ImportError: sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_trainer import Reference, sync, device_name, command_line  # the tutorial loop
from gan_course.core import default_device, seed_everything
from gan_course.data import fashion_mnist, make_loader
from gan_course.dcgan import dcgan, DCGANConfig
from gan_course.fast import FastTrainer, Speed, amp_dtype
from gan_course.fixes import TimedScoresCB, first_below, recipe_config
from gan_course.recipe import RECIPE_FIXES, SelfCondFixes
from gan_course.metrics import Evaluator, to_fmnist_shape
from gan_course.trainer import TrainConfig

THRESHOLDS = (100, 50, 30, 20)
MARKS = (5, 10, 15, 20, 30, 45, 60, 90, 120, 150, 180, 240, 300, 450, 600, 900, 1200, 1500, 1800)
REF_MARKS = (5, 60, 120, 300, 600, 900, 1200, 1800)  # fewer: scoring the 64-px reference takes half a minute on a CPU


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0], epilog=__doc__.split('\n', 1)[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--device', default=None, help="'cuda', 'cpu', ... (default: the best one present)")
    p.add_argument('--budget', type=float, default=300, help='training seconds of the recipe and dcgan runs (default 300)')
    p.add_argument('--ref-budget', type=float, default=1800, help="training seconds of the reference (default 1800)")
    p.add_argument('--parts', default='recipe,dcgan,reference',
                   help='which runs, comma-separated: recipe, unconditional, dcgan, reference (default: recipe,dcgan,reference)')
    p.add_argument('--clusters', type=int, default=RECIPE_FIXES.clusters,
                   help=f"the recipe run's number of clusters for self-conditioning (default: the recipe's {RECIPE_FIXES.clusters})")
    p.add_argument('--n', type=int, default=10_000, help='samples per score (default 10,000)')
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--limit', type=int, default=None, help='train on the first N images only (smoke runs)')
    p.add_argument('--precision', default='auto', choices=('auto', 'bf16', 'fp32'),
                   help="the kit runs' precision (`Speed(precision=...)`; default auto: bf16 on GPUs that have it, fp32 on "
                        "CPUs; bf16 on a CPU needs native bf16, AVX-512 BF16 or AMX). The reference stays in fp32.")
    p.add_argument('--ref-workers', type=int, default=2, help="the reference DataLoader's workers (tutorial: 2)")
    p.add_argument('--json', default=None, metavar='OUT', help='also write the results as JSON to OUT')
    a = p.parse_args(argv)
    a.parts = [s.strip() for s in a.parts.split(',') if s.strip()]
    bad = set(a.parts) - {'recipe', 'unconditional', 'dcgan', 'reference'}
    if bad or not a.parts: p.error(f'--parts: unknown {sorted(bad)}; use recipe, unconditional, dcgan and/or reference')
    if a.clusters < 2: p.error('--clusters must be at least 2 (the unconditional part runs the recipe without clusters)')
    for k in ('budget', 'ref_budget'):
        if not getattr(a, k) > 0: p.error(f"--{k.replace('_', '-')} must be positive")
    if a.n < 100: p.error('--n must be at least 100')
    a.batch_size = 128  # the reference's
    return a


def marks_until(budget: float, marks=MARKS) -> list[float]:
    "The schedule's marks below `budget`, then `budget` itself."
    return [m for m in marks if m < budget] + [budget]


def run_kit(name: str, args, dev, ev) -> list[dict]:
    "Train the 28-px DCGAN with the recipe (with or without self-conditioning) or the paper's settings; its scores on the schedule."
    seed_everything(args.seed)
    base = dict(epochs=100_000, seed=args.seed, device=str(dev), log_every=100)
    cfg = TrainConfig(**base) if name == 'dcgan' else recipe_config(**base)
    fixes = SelfCondFixes(clusters=args.clusters if name == 'recipe' else 0)
    ds = fashion_mnist()
    if args.limit: ds.data, ds.targets = ds.data[:args.limit], ds.targets[:args.limit]
    G, D = fixes.dcgan(DCGANConfig(img_size=28, ngf=32, ndf=32))
    t0 = time.perf_counter()
    data = fixes.loader(ds, G, cfg.bs, dev, args.seed)  # self-conditioning clusters the images here: on the clock
    sync(dev); setup_s = time.perf_counter() - t0
    cb = TimedScoresCB(marks_until(args.budget), ev, n=args.n, spent_s=setup_s)
    t = FastTrainer(G, D, data, cfg, [cb, *fixes.callbacks()], game=fixes.game(), d_terms=fixes.d_terms(),
                    speed=Speed(precision=args.precision))
    t.fit()
    print(f'  {name}: {setup_s:.1f} s of setup (data on the device{", k-means" if fixes.clusters else ""}), counted as training', flush=True)
    return cb.scores


@torch.no_grad()
def score_reference(G, ev, n: int, seed: int) -> dict:
    was = G.training; G.eval()
    z = torch.randn(n, 100, generator=torch.Generator().manual_seed(seed))
    dev = next(G.parameters()).device
    x = torch.cat([to_fmnist_shape(G(c[..., None, None].to(dev)).float().cpu()) for c in z.split(500)])
    G.train(was)
    return ev(x)


def run_reference(args, dev, ev) -> list[dict]:
    "The tutorial loop, scored on the schedule: a few steps at a time, the clock stopped while scoring."
    seed_everything(args.seed)
    r = Reference(args, dev)
    marks, scores, step, train_s = marks_until(args.ref_budget, REF_MARKS), [], 0, 0.0
    chunk = 1
    for m in marks:
        while train_s < m:
            sync(dev); t0 = time.perf_counter()
            r.run(chunk); step += chunk
            sync(dev); dt = time.perf_counter() - t0; train_s += dt
            chunk = max(1, min(50, int(0.5 / max(dt / chunk, 1e-6))))  # about half a second between clock reads
        scores.append(dict(train_s=train_s, step=step, images=step * args.batch_size, **score_reference(r.netG, ev, args.n, args.seed)))
        print(f"  reference t={train_s:7.1f}s step={step} FID {scores[-1]['fid']:.1f}", flush=True)
    return scores


def summary(results: dict) -> dict:
    out = {}
    for name, scores in results.items():
        best = min(scores, key=lambda s: s['fid'])
        out[name] = dict(best_fid=best['fid'], best_at_s=best['train_s'], last=scores[-1],
                         first_below={str(f): first_below(scores, f) for f in THRESHOLDS})
    if 'reference' in results and 'recipe' in results:
        target = out['reference']['best_fid']
        ref_t = out['reference']['best_at_s']
        kit_t = first_below(results['recipe'], target)
        out['recipe_vs_reference'] = dict(reference_best_fid=target, reference_s=ref_t, recipe_s=kit_t,
                                          speedup=(ref_t / kit_t) if kit_t else None)
    return out


def fmt(v): return '-' if v is None else f'{v:.0f} s' if v >= 10 else f'{v:.1f} s'


def main(argv=None):
    args = parse_args(argv)
    dev = default_device(args.device)
    print(f'time to FID on {device_name(dev)}; torch {torch.__version__}, {torch.get_num_threads()} threads', flush=True)
    try: kit_dtype = amp_dtype(args.precision, dev)  # refuse a precision the device lacks before any work
    except ValueError as e: sys.exit(f'--precision {args.precision}: {e}')
    print(f"the kit runs in {'fp32' if kit_dtype is None else str(kit_dtype).split('.')[-1]} (--precision {args.precision})", flush=True)
    ev = Evaluator(device=dev)
    ev.reference('train'); ev.reference('test')  # cache the statistics before any clock starts
    results = {}
    for part in args.parts:
        print(f'{part}:', flush=True)
        results[part] = run_reference(args, dev, ev) if part == 'reference' else run_kit(part, args, dev, ev)
        if part != 'reference':
            for s in results[part]: print(f"  {part} t={s['train_s']:7.1f}s step={s['step']} FID {s['fid']:.1f}", flush=True)
    summ = summary(results)
    print('\n| run | best FID (at) | last FID | classes | FID <= ' + ' | FID <= '.join(map(str, THRESHOLDS)) + ' |')
    print('|---|---|---|---|' + '---|' * len(THRESHOLDS))
    for name in results:
        s = summ[name]
        print(f"| {name} | {s['best_fid']:.1f} ({fmt(s['best_at_s'])}) | {s['last']['fid']:.1f} | {s['last']['classes_covered']} | "
              + ' | '.join(fmt(s['first_below'][str(f)]) for f in THRESHOLDS) + ' |')
    if 'recipe_vs_reference' in summ:
        v = summ['recipe_vs_reference']
        print(f"\nThe reference's best FID in {args.ref_budget:.0f} s, {v['reference_best_fid']:.1f}, came after {fmt(v['reference_s'])}; "
              f"the recipe reached it after {fmt(v['recipe_s'])}"
              + (f": {v['speedup']:.1f}x less training time." if v['speedup'] else ' (never, within its budget).'))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(dict(device=device_name(dev), command=command_line(), torch=torch.__version__,
                                                   threads=torch.get_num_threads(), args={k: v for k, v in vars(args).items()},
                                                   results=results, summary=summ), indent=1, default=float))
    return summ


if __name__ == '__main__':
    main()

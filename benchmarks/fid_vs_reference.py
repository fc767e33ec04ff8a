#!/usr/bin/env python
"""Sample quality of the gan_course trainer against the classic DCGAN tutorial loop after the same number of epochs.

Speed is only worth having if the samples are as good. For each seed, this trains the tutorial-style loop of
`bench_trainer.py` (64-px DCGAN, eager fp32, Sigmoid + BCELoss, PIL resizing in a DataLoader) and the gan_course
trainer (the same 64-px DCGAN with its device defaults: bf16 autocast + channels_last on CUDA, the GPU-resident
data path) for `--epochs` epochs each, with the same batch size and hyperparameters (Adam 2e-4, betas (0.5, 0.999)).
Both generators then draw `--n` images in eval mode, in fp32, from the same seeded noise; the images are
downsampled to 28 px and scored by `gan_course.metrics.Evaluator`: FID and KID against Fashion-MNIST train/test
in the features of the course's Fashion-MNIST classifier (not Inception: the numbers are not comparable with
published FIDs), and the number of classes covered.

Verdict: the trainer is "no worse" when its mean FID over the seeds is at most the reference's mean FID plus the
reference's spread over the seeds (max - min).

Examples:
  python benchmarks/fid_vs_reference.py --device cuda --epochs 5 --json fid.json          # H100: a few minutes
  python benchmarks/fid_vs_reference.py --device cpu --epochs 1 --limit 2000 --n 1000     # a smoke run on a CPU
"""
from __future__ import annotations
import argparse, json, statistics, sys, time
from pathlib import Path

import torch

try: import gan_course  # noqa: F401
except ImportError: sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_trainer import Reference, fmnist, resize_u8, sync, device_name, command_line  # the same tutorial loop
from gan_course.core import default_device, seed_everything
from gan_course.data import TensorLoader, to_tanh_range
from gan_course.dcgan import dcgan
from gan_course.metrics import Evaluator, to_fmnist_shape
from gan_course.fast import FastTrainer, Speed
from gan_course.trainer import TrainConfig


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0], epilog=__doc__.split('\n', 1)[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--device', default=None, help="'cuda', 'cpu', ... (default: the best one present)")
    p.add_argument('--epochs', type=int, default=5, help='epochs of each loop (default 5)')
    p.add_argument('--seeds', default='0,1,2', help='comma-separated seeds (default 0,1,2)')
    p.add_argument('--batch-size', type=int, default=128)
    p.add_argument('--n', type=int, default=10_000, help='generated images scored per run (default 10,000)')
    p.add_argument('--ref-workers', type=int, default=2, help="the reference DataLoader's workers (tutorial: 2)")
    p.add_argument('--limit', type=int, default=None, help='train on the first N images only (smoke runs)')
    p.add_argument('--compile', action='store_true', help="torch.compile the trainer's networks")
    p.add_argument('--json', default=None, metavar='OUT', help='also write the results as JSON to OUT')
    a = p.parse_args(argv)
    try: a.seeds = [int(s) for s in a.seeds.split(',') if s.strip()]
    except ValueError: p.error(f'--seeds must be comma-separated integers, got {a.seeds!r}')
    for k in ('epochs', 'batch_size', 'n'):
        if getattr(a, k) < 1: p.error(f"--{k.replace('_', '-')} must be >= 1, got {getattr(a, k)}")
    if not a.seeds: p.error('--seeds is empty')
    return a


@torch.no_grad()
def generate(G, z: torch.Tensor, ref: bool, bs: int = 1000) -> torch.Tensor:
    "Images from G in eval mode, fp32, on the CPU; the tutorial's G takes (B, nz, 1, 1) noise."
    was = G.training; G.eval()
    try:
        out = [G(zb[..., None, None] if ref else zb).float().cpu() for zb in z.split(bs)]
    finally: G.train(was)
    return torch.cat(out)


def run_reference(args, dev, seed: int):
    seed_everything(seed)
    r = Reference(args, dev)
    steps = args.epochs * len(r.dataloader)
    sync(dev); t0 = time.perf_counter()
    seen = r.run(steps)
    sync(dev); dt = time.perf_counter() - t0
    return r.netG, steps, seen / dt, dt


def run_trainer(args, dev, seed: int, x64: torch.Tensor):
    seed_everything(seed)
    if args.compile: torch._dynamo.reset()  # each seed compiles its own models
    data = TensorLoader(x64, bs=args.batch_size, device=dev, tfm=to_tanh_range, seed=seed)
    G, D = dcgan(img_size=64, nc=1)
    t = FastTrainer(G, D, data, TrainConfig(epochs=args.epochs, bs=args.batch_size, seed=seed, device=str(dev)),
                    speed=Speed(compile=args.compile))
    sync(dev); t0 = time.perf_counter()
    t.fit()
    sync(dev); dt = time.perf_counter() - t0
    return t.G, t.step, t.step * args.batch_size / dt, dt


def main(argv=None):
    args = parse_args(argv)
    dev = default_device(args.device)
    print(f'command: {command_line()}')
    print(f'device: {dev} ({device_name(dev)}), torch {torch.__version__}; {args.epochs} epochs, seeds {args.seeds}, '
          f'batch {args.batch_size}, {args.n} images scored per run', flush=True)
    ev = Evaluator(device=dev)
    x64 = resize_u8(fmnist(args.limit).data[:, None], 64, dev)  # the trainer's data, resized once on the device
    rows = []
    for seed in args.seeds:
        z = torch.randn(args.n, 100, generator=torch.Generator().manual_seed(10_000 + seed)).to(dev)
        for name, run in (('reference', lambda: run_reference(args, dev, seed)),
                          ('trainer', lambda: run_trainer(args, dev, seed, x64))):
            G, steps, ips, dt = run()
            x = to_fmnist_shape(generate(G, z, ref=name == 'reference'))
            s = ev(x)
            rows.append(dict(loop=name, seed=seed, steps=steps, images_per_s=ips, train_s=dt, **s))
            print(f"  seed {seed} {name:<9} {steps:>6} steps in {dt:7.1f} s ({ips:8.0f} images/s): FID {s['fid']:7.2f}, "
                  f"KID {s['kid']:.4f} +- {s['kid_std']:.4f}, classes {s['classes_covered']}/10", flush=True)
            del G
            if dev.type == 'cuda': torch.cuda.empty_cache()

    summary = {}
    for name in ('reference', 'trainer'):
        f = [r['fid'] for r in rows if r['loop'] == name]
        summary[name] = dict(fid_mean=statistics.mean(f), fid_min=min(f), fid_max=max(f),
                             fid_std=statistics.stdev(f) if len(f) > 1 else 0.0,
                             kid_mean=statistics.mean(r['kid'] for r in rows if r['loop'] == name),
                             images_per_s=statistics.median(r['images_per_s'] for r in rows if r['loop'] == name))
    ref, tr = summary['reference'], summary['trainer']
    spread = ref['fid_max'] - ref['fid_min']
    verdict = dict(no_worse=tr['fid_mean'] <= ref['fid_mean'] + spread, reference_spread=spread)
    print(f"\n{'loop':<10} {'FID mean':>9} {'FID std':>8} {'FID min..max':>16} {'KID mean':>9} {'images/s':>10}")
    for name, s in summary.items():
        print(f"{name:<10} {s['fid_mean']:>9.2f} {s['fid_std']:>8.2f} {s['fid_min']:>7.2f}..{s['fid_max']:<7.2f} "
              f"{s['kid_mean']:>9.4f} {s['images_per_s']:>10.0f}")
    print(f"trainer mean FID {tr['fid_mean']:.2f} vs reference {ref['fid_mean']:.2f} + spread {spread:.2f}: "
          f"{'NO WORSE' if verdict['no_worse'] else 'WORSE'}")
    if args.json:
        out = Path(args.json); out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(dict(command=command_line(), device=device_name(dev), torch=torch.__version__,
                                       epochs=args.epochs, seeds=args.seeds, n=args.n, rows=rows,
                                       summary=summary, verdict=verdict), indent=2))
        print(f'wrote {out}')
    return summary, verdict


if __name__ == '__main__':
    main()

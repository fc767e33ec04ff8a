#!/usr/bin/env python
"""Time the gan_course trainer against the classic DCGAN tutorial loop, side by side in one process.

Parts (choose with `--parts`, default all):

  ref    the reference: a loop written like pytorch/examples `dcgan/main.py`. Its own 64-px G and D (nc=1,
         ngf=ndf=64, z=100, D ends in Sigmoid, `nn.BCELoss`, weights N(0, 0.02)), eager fp32, a `DataLoader`
         over Fashion-MNIST PIL images with Resize(64) + ToTensor + Normalize, `--ref-workers` workers,
         `.item()` every step (the tutorial's per-step log line is formatted, not printed; its image dumps
         every 100 steps and its per-epoch checkpoints are left out, which only flatters the reference).
  t64    `FastTrainer` (the trainer with its speed layer) on `dcgan(img_size=64, nc=1)`, with the GPU-resident data path: the uint8 images are
         resized to 64 px once, up front, on the device, and served by `TensorLoader(..., tfm=to_tanh_range)`.
         The trainer's defaults for the device (bf16 autocast + channels_last on CUDA; fp32 on the CPU);
         `--compile` turns on torch.compile.
  t28    `FastTrainer` on `dcgan(img_size=28)` (MNIST-sized, no upscaling), data from `make_loader`.
  t28s   the same with ngf=ndf=32.
  t28e   the eager core alone: `GANTrainer` (no speed layer) on the same 28-px ngf=ndf=32 DCGAN.

Same batch size (`--batch-size`, default 128) and hyperparameters everywhere (Adam 2e-4, betas (0.5, 0.999),
non-saturating G loss). Every part is built once; then, for each of `--rounds` rounds, each part runs
`--warmup` untimed steps and a fixed number of timed steps, one part after the other, so the parts see the
same machine load. The device is synchronised only at the end of each timed block. The table gives the
median images/s over the rounds, the ratio to the reference, achieved TFLOP/s (FLOPs per image from
`gan_course.dcgan.dcgan_flops`: 2.44 GFLOP for one 64-px iteration) and, on CUDA, the share of the GPU's
bf16 peak (`--peak-tflops`, default 790 for an H100 SXM).

The speed targets: t64 >= 10x ref on an H100 at batch 128; t28s >= 35x ref on 2 CPU cores, and t28e within 10% of
t28s on the CPU (the speed layer is for GPUs).

Examples:
  OMP_NUM_THREADS=2 python benchmarks/bench_trainer.py --device cpu --json cpu.json        # a few minutes
  python benchmarks/bench_trainer.py --device cuda --json gpu.json                          # H100 / H200
  python benchmarks/bench_trainer.py --device cuda --compile --json gpu_compile.json
"""
from __future__ import annotations
import argparse, json, os, platform, shlex, statistics, sys, time
from pathlib import Path

import torch
import torch.nn as nn
import torchvision
from torchvision import transforms
from torchvision.transforms.v2 import functional as TF

try: import gan_course  # noqa: F401
except ImportError: sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a clone, not installed
from gan_course.data import fashion_mnist, TensorLoader, to_tanh_range, make_loader
from gan_course.dcgan import DCGANConfig, dcgan, dcgan_flops
from gan_course.fast import FastTrainer, Speed
from gan_course.trainer import GANTrainer, TrainConfig

PARTS = ('ref', 't64', 't28', 't28s', 't28e')
LABELS = {'ref': 'reference 64px (tutorial loop)', 't64': 'trainer 64px', 't28': 'trainer 28px ngf=ndf=64',
          't28s': 'trainer 28px ngf=ndf=32', 't28e': 'eager core 28px ngf=ndf=32'}


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0], epilog=__doc__.split('\n', 1)[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--device', default=None, help="'cuda', 'cuda:N', 'mps' or 'cpu' (default: the best one present)")
    p.add_argument('--parts', default=','.join(PARTS), help=f"comma-separated subset of {','.join(PARTS)}")
    p.add_argument('--batch-size', type=int, default=128)
    p.add_argument('--steps', type=int, default=None, help='timed steps of the 64-px trainer (default: CPU 10, else 300)')
    p.add_argument('--steps28', type=int, default=None, help='timed steps of the 28-px trainers (default: CPU 30, else --steps)')
    p.add_argument('--ref-steps', type=int, default=None, help='timed steps of the reference (default: CPU 3, else 100)')
    p.add_argument('--warmup', type=int, default=None, help='untimed steps of each trainer per round (default: CPU 2, else 20)')
    p.add_argument('--ref-warmup', type=int, default=None,
                   help='untimed reference steps per round (default: CPU 1, else 2 x workers + 2, so the prefetched batches are used up)')
    p.add_argument('--rounds', type=int, default=1, help='timed rounds, parts interleaved; the median is reported')
    p.add_argument('--ref-workers', type=int, default=2, help="the reference DataLoader's workers (the tutorial's default: 2)")
    p.add_argument('--compile', action='store_true', help='torch.compile the trainer networks')
    p.add_argument('--precision', default='auto', help="the trainer's precision: auto (bf16 on CUDA), bf16, fp16, fp32")
    p.add_argument('--limit', type=int, default=None, help='use only the first N training images (default: all 60,000)')
    p.add_argument('--peak-tflops', type=float, default=790.0, help="the GPU's dense bf16 peak (H100 SXM: 790 as used here)")
    p.add_argument('--json', default=None, metavar='OUT', help='also write the results as JSON to OUT')
    a = p.parse_args(argv)
    a.parts = [s.strip() for s in a.parts.split(',') if s.strip()]
    if bad := [s for s in a.parts if s not in PARTS]: p.error(f"unknown part(s) {bad}: choose from {PARTS}")
    for k in ('batch_size', 'steps', 'steps28', 'ref_steps', 'rounds'):
        v = getattr(a, k)
        if v is not None and v < 1: p.error(f"--{k.replace('_', '-')} must be >= 1, got {v}")
    for k in ('warmup', 'ref_warmup', 'ref_workers'):
        v = getattr(a, k)
        if v is not None and v < 0: p.error(f"--{k.replace('_', '-')} must be >= 0, got {v}")
    return a


def sync(dev: torch.device):
    if dev.type == 'cuda': torch.cuda.synchronize(dev)
    elif dev.type == 'mps': torch.mps.synchronize()


def fmnist(limit=None, **kw):
    "Fashion-MNIST (train), cut to the first `limit` images."
    ds = fashion_mnist(**kw)
    if limit: ds.data, ds.targets = ds.data[:limit], ds.targets[:limit]
    return ds


# ---------------------------------------------------------------------------------------------------------------
# (a) The reference: pytorch/examples dcgan/main.py, kept in its style (nz, ngf, ndf, nc; Sigmoid + BCELoss).
# ---------------------------------------------------------------------------------------------------------------
nz, ngf, ndf, nc = 100, 64, 64, 1


class RefGenerator(nn.Module):
    def __init__(self):
        super().__init__()
        self.main = nn.Sequential(
            # input is Z, going into a convolution
            nn.ConvTranspose2d(nz, ngf * 8, 4, 1, 0, bias=False), nn.BatchNorm2d(ngf * 8), nn.ReLU(True),
            # state size. (ngf*8) x 4 x 4
            nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf * 4), nn.ReLU(True),
            # state size. (ngf*4) x 8 x 8
            nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf * 2), nn.ReLU(True),
            # state size. (ngf*2) x 16 x 16
            nn.ConvTranspose2d(ngf * 2, ngf, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf), nn.ReLU(True),
            # state size. (ngf) x 32 x 32
            nn.ConvTranspose2d(ngf, nc, 4, 2, 1, bias=False), nn.Tanh())
            # state size. (nc) x 64 x 64

    def forward(self, input):
        return self.main(input)


class RefDiscriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.main = nn.Sequential(
            # input is (nc) x 64 x 64
            nn.Conv2d(nc, ndf, 4, 2, 1, bias=False), nn.LeakyReLU(0.2, inplace=True),
            # state size. (ndf) x 32 x 32
            nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False), nn.BatchNorm2d(ndf * 2), nn.LeakyReLU(0.2, inplace=True),
            # state size. (ndf*2) x 16 x 16
            nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1, bias=False), nn.BatchNorm2d(ndf * 4), nn.LeakyReLU(0.2, inplace=True),
            # state size. (ndf*4) x 8 x 8
            nn.Conv2d(ndf * 4, ndf * 8, 4, 2, 1, bias=False), nn.BatchNorm2d(ndf * 8), nn.LeakyReLU(0.2, inplace=True),
            # state size. (ndf*8) x 4 x 4
            nn.Conv2d(ndf * 8, 1, 4, 1, 0, bias=False), nn.Sigmoid())

    def forward(self, input):
        output = self.main(input)
        return output.view(-1, 1).squeeze(1)


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find('Conv') != -1:
        torch.nn.init.normal_(m.weight, 0.0, 0.02)
    elif classname.find('BatchNorm') != -1:
        torch.nn.init.normal_(m.weight, 1.0, 0.02)
        torch.nn.init.zeros_(m.bias)


class Reference:
    "The tutorial's training loop; `run(n)` does n iterations."
    def __init__(self, args, device):
        self.device = device
        if device.type == 'cuda': torch.backends.cudnn.benchmark = True  # as main.py does
        dataset = fmnist(args.limit, transform=transforms.Compose([
            transforms.Resize(64), transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))]))
        self.dataloader = torch.utils.data.DataLoader(dataset, batch_size=args.batch_size, shuffle=True,
                                                      num_workers=args.ref_workers)
        self.netG = RefGenerator().to(device); self.netG.apply(weights_init)
        self.netD = RefDiscriminator().to(device); self.netD.apply(weights_init)
        self.criterion = nn.BCELoss()
        self.optimizerD = torch.optim.Adam(self.netD.parameters(), lr=2e-4, betas=(0.5, 0.999))
        self.optimizerG = torch.optim.Adam(self.netG.parameters(), lr=2e-4, betas=(0.5, 0.999))
        self.batches = self._forever()
        self.last_log = ''

    def _forever(self):
        epoch = 0
        while True:  # the tutorial's `for epoch in range(opt.niter): for i, data in enumerate(dataloader, 0):`
            for i, data in enumerate(self.dataloader, 0): yield epoch, i, data
            epoch += 1

    def run(self, n: int) -> int:
        "n training iterations; returns the number of images seen."
        device, netD, netG, criterion = self.device, self.netD, self.netG, self.criterion
        real_label, fake_label, seen = 1, 0, 0
        for _ in range(n):
            epoch, i, data = next(self.batches)
            ############################
            # (1) Update D network: maximize log(D(x)) + log(1 - D(G(z)))
            ###########################
            # train with real
            netD.zero_grad()
            real_cpu = data[0].to(device)
            batch_size = real_cpu.size(0)
            label = torch.full((batch_size,), real_label, dtype=real_cpu.dtype, device=device)
            output = netD(real_cpu)
            errD_real = criterion(output, label)
            errD_real.backward()
            D_x = output.mean().item()
            # train with fake
            noise = torch.randn(batch_size, nz, 1, 1, device=device)
            fake = netG(noise)
            label.fill_(fake_label)
            output = netD(fake.detach())
            errD_fake = criterion(output, label)
            errD_fake.backward()
            D_G_z1 = output.mean().item()
            errD = errD_real + errD_fake
            self.optimizerD.step()
            ############################
            # (2) Update G network: maximize log(D(G(z)))
            ###########################
            netG.zero_grad()
            label.fill_(real_label)  # fake labels are real for generator cost
            output = netD(fake)
            errG = criterion(output, label)
            errG.backward()
            D_G_z2 = output.mean().item()
            self.optimizerG.step()
            self.last_log = ('[%d][%d/%d] Loss_D: %.4f Loss_G: %.4f D(x): %.4f D(G(z)): %.4f / %.4f'
                             % (epoch, i, len(self.dataloader), errD.item(), errG.item(), D_x, D_G_z1, D_G_z2))
            seen += batch_size
        return seen


# ---------------------------------------------------------------------------------------------------------------
# (b), (c) The gan_course trainer.
# ---------------------------------------------------------------------------------------------------------------
def resize_u8(x: torch.Tensor, size: int, device, chunk: int = 10_000) -> torch.Tensor:
    "Bilinear-resize (N, 1, H, W) uint8 images to `size` on `device`, in chunks (matches PIL's Resize here)."
    return torch.cat([TF.resize(x[i:i + chunk].to(device), [size, size], antialias=True)
                      for i in range(0, len(x), chunk)])


class Trainer:
    "A `FastTrainer` (or, `eager`, a plain `GANTrainer`) whose `run(n)` does n more steps through `fit`."
    def __init__(self, args, device, img_size: int, width: int = 64, eager: bool = False):
        bs = args.batch_size
        if img_size == 64:
            x = fmnist(args.limit).data[:, None]                            # (N, 1, 28, 28) uint8, on the CPU
            x64 = resize_u8(x, 64, device)                                  # (N, 1, 64, 64) uint8, on the device
            data = TensorLoader(x64, bs=bs, device=device, tfm=to_tanh_range, seed=0)
        else:
            data = make_loader(fmnist(args.limit), bs=bs, device=device, seed=0)
        G, D = dcgan(img_size=img_size, nc=1, ngf=width, ndf=width)
        self.cfg = TrainConfig(epochs=10**9, bs=bs, device=str(device), seed=0)
        if eager: self.t = GANTrainer(G, D, data, self.cfg)
        else: self.t = FastTrainer(G, D, data, self.cfg, speed=Speed(precision=args.precision, compile=args.compile))
        self.device, self.data_kind = device, type(data).__name__

    def run(self, n: int) -> int:
        self.t.fit(max_steps=self.t.step + n)
        return n * self.cfg.bs


# ---------------------------------------------------------------------------------------------------------------
def device_name(dev: torch.device) -> str:
    if dev.type == 'cuda': return torch.cuda.get_device_name(dev)
    try:
        for line in Path('/proc/cpuinfo').read_text().splitlines():
            if line.startswith('model name'): return line.split(':', 1)[1].strip()
    except OSError: pass
    return platform.processor() or platform.machine()


def command_line() -> str:
    env = ' '.join(f'{k}={os.environ[k]}' for k in ('OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'CUDA_VISIBLE_DEVICES', 'ATEN_CPU_CAPABILITY',
                                                       'MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_', 'MALLOC_TOP_PAD_')
                   if k in os.environ)
    return (env + ' ' if env else '') + shlex.join(['python', *sys.argv])


def main(argv=None):
    args = parse_args(argv)
    from gan_course.core import default_device
    dev = default_device(args.device)
    cpu = dev.type == 'cpu'
    steps = args.steps or (10 if cpu else 300)
    steps28 = args.steps28 or (30 if cpu else steps)
    ref_steps = args.ref_steps or (3 if cpu else 100)
    warmup = args.warmup if args.warmup is not None else (2 if cpu else 20)
    ref_warmup = args.ref_warmup if args.ref_warmup is not None else (1 if cpu else 2 * args.ref_workers + 2)

    info = dict(command=command_line(), torch=torch.__version__, torchvision=torchvision.__version__,
                python=platform.python_version(), device=str(dev), device_name=device_name(dev),
                torch_threads=torch.get_num_threads(), cpu_count=os.cpu_count(),
                loadavg_start=list(os.getloadavg()), batch_size=args.batch_size, compile=args.compile,
                precision=args.precision, ref_workers=args.ref_workers, rounds=args.rounds, limit=args.limit)
    print(f"command:  {info['command']}")
    print(f"torch {torch.__version__}, torchvision {torchvision.__version__}, python {info['python']}")
    print(f"device:   {dev} ({info['device_name']}); torch threads {info['torch_threads']}, "
          f"{info['cpu_count']} CPUs, load average {' '.join(f'{v:.2f}' for v in info['loadavg_start'])}")

    flops = {'ref': dcgan_flops(DCGANConfig(img_size=64, nc=1))['step'],
             't64': dcgan_flops(DCGANConfig(img_size=64, nc=1))['step'],
             't28': dcgan_flops(DCGANConfig(img_size=28, nc=1))['step'],
             't28s': dcgan_flops(DCGANConfig(img_size=28, nc=1, ngf=32, ndf=32))['step']}
    flops['t28e'] = flops['t28s']
    n_steps = {'ref': ref_steps, 't64': steps, 't28': steps28, 't28s': steps28, 't28e': steps28}
    n_warm = {'ref': ref_warmup, 't64': warmup, 't28': warmup, 't28s': warmup, 't28e': warmup}

    t0 = time.perf_counter()
    runners = {}
    for part in args.parts:
        if part == 'ref': runners[part] = Reference(args, dev)
        elif part == 't64': runners[part] = Trainer(args, dev, 64)
        elif part == 't28': runners[part] = Trainer(args, dev, 28)
        elif part == 't28s': runners[part] = Trainer(args, dev, 28, width=32)
        else: runners[part] = Trainer(args, dev, 28, width=32, eager=True)
    print(f"setup (datasets, 64-px resize, models): {time.perf_counter() - t0:.1f} s")
    if 't64' in runners:
        t = runners['t64'].t
        print(f"trainer: amp dtype {t.amp_dtype}, memory format {t.memory_format}, compile {args.compile}, "
              f"data {runners['t64'].data_kind}")

    per_round = {p: [] for p in runners}
    for r in range(args.rounds):
        for part, runner in runners.items():
            if n_warm[part]: runner.run(n_warm[part]); sync(dev)
            start = time.perf_counter()
            seen = runner.run(n_steps[part])
            sync(dev)
            dt = time.perf_counter() - start
            per_round[part].append(seen / dt)
            print(f"  round {r + 1}/{args.rounds} {LABELS[part]:<32} {n_steps[part]:>4} steps in {dt:7.2f} s: "
                  f"{seen / dt:9.1f} images/s", flush=True)
    info['loadavg_end'] = list(os.getloadavg())

    rows = {}
    for part, ips in per_round.items():
        med = statistics.median(ips)
        tflops = med * flops[part] / 1e12
        rows[part] = dict(label=LABELS[part], images_per_s=med, images_per_s_rounds=ips, steps=n_steps[part],
                          warmup=n_warm[part], gflop_per_image=flops[part] / 1e9, tflops=tflops,
                          peak_share=tflops / args.peak_tflops if dev.type == 'cuda' else None)
        if 'ref' in per_round:
            rows[part]['ratio'] = med / statistics.median(per_round['ref'])
            rows[part]['ratio_rounds'] = [a / b for a, b in zip(ips, per_round['ref'])]

    peak_col = dev.type == 'cuda'
    head = f"{'':<32} {'images/s':>10} {'x ref':>7} {'GFLOP/img':>9} {'TFLOP/s':>8}" + (f" {'% bf16 peak':>11}" if peak_col else '')
    print('\n' + head); print('-' * len(head))
    for part, row in rows.items():
        ratio = f"{row['ratio']:.2f}x" if 'ratio' in row else '-'
        line = f"{row['label']:<32} {row['images_per_s']:>10.1f} {ratio:>7} {row['gflop_per_image']:>9.3f} {row['tflops']:>8.3f}"
        if peak_col: line += f" {100 * row['peak_share']:>10.2f}%"
        print(line)
    print(f"({args.rounds} round(s); median images/s; batch {args.batch_size}; load average at the end "
          f"{' '.join(f'{v:.2f}' for v in info['loadavg_end'])}"
          + (f"; peak {args.peak_tflops:g} TFLOP/s" if peak_col else '') + ')')
    if args.rounds > 1 and 'ref' in rows:
        for part, row in rows.items():
            if part != 'ref': print(f"  per-round ratio, {row['label']}: {', '.join(f'{x:.2f}x' for x in row['ratio_rounds'])}")

    targets = []
    if 'ref' in rows and dev.type == 'cuda' and 't64' in rows:
        targets.append(dict(name='GPU: trainer 64px >= 10x reference (on an H100, batch 128)',
                            ratio=rows['t64']['ratio'], goal=10.0))
    if 'ref' in rows and cpu:
        for p, goal in (('t28', 20.0), ('t28s', 35.0)):
            if p in rows: targets.append(dict(name=f'CPU: {LABELS[p]} >= {goal:g}x reference (on 2 CPU cores)',
                                              ratio=rows[p]['ratio'], goal=goal))
    if cpu and 't28e' in rows and 't28s' in rows:
        targets.append(dict(name='CPU: eager core >= 0.9x the trainer with its speed layer (28px ngf=ndf=32)',
                            ratio=rows['t28e']['images_per_s'] / rows['t28s']['images_per_s'], goal=0.9))
    for tg in targets:
        tg['met'] = tg['ratio'] >= tg['goal']
        print(f"target {tg['name']}: {tg['ratio']:.2f}x -> {'MET' if tg['met'] else 'NOT MET'}")
    if 'ref' in runners: print(f"reference's last log line: {runners['ref'].last_log}")

    if args.json:
        out = Path(args.json); out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(dict(info=info, results=rows, targets=targets), indent=2))
        print(f"wrote {out}")
    return rows


if __name__ == '__main__':
    main()

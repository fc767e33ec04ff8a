"Probe 3: full kernel table of the graphed 64-px step, op-level copy sources, and layout / compile / autotune variants."
import sys, time, statistics, os
from pathlib import Path
import torch
sys.path.insert(0, str(Path(__file__).resolve().parents[1])); sys.path.insert(0, str(Path(__file__).resolve().parents[1]/'benchmarks'))
from bench_trainer import fmnist, resize_u8, Reference
import argparse
from gan_course.data import TensorLoader, to_tanh_range
from gan_course.dcgan import dcgan
from gan_course.trainer import GANTrainer, TrainConfig
dev = torch.device('cuda')
x64 = resize_u8(fmnist().data[:, None], 64, dev)
print(torch.__version__, torch.backends.cudnn.version(), torch.cuda.get_device_name(), flush=True)

def make(cl_g=True, cl_d=True, graph=True, comp_g=False, comp_d=False, mode=None):
    data = TensorLoader(x64, bs=128, device=dev, tfm=to_tanh_range, seed=0)
    G, D = dcgan(img_size=64, nc=1)
    t = GANTrainer(G, D, data, TrainConfig(epochs=10**9, device='cuda', cuda_graph=graph))
    if not cl_g: t.G.to(memory_format=torch.contiguous_format)
    if not cl_d: t.D.to(memory_format=torch.contiguous_format)
    if not cl_d: t.memory_format = torch.contiguous_format
    kw = dict(mode=mode) if mode else {}
    if comp_g: t.g = torch.compile(t.G, **kw)
    if comp_d: t.d = torch.compile(t.D, **kw)
    return t

def bench(name, t, steps=300, warm=20, rounds=3):
    try:
        t0 = time.perf_counter(); t.fit(max_steps=t.step + warm); torch.cuda.synchronize(); tw = time.perf_counter() - t0
        ips = []
        for r in range(rounds):
            t0 = time.perf_counter(); t.fit(max_steps=t.step + steps); torch.cuda.synchronize()
            ips.append(steps * 128 / (time.perf_counter() - t0))
        med = statistics.median(ips)
        print(f'{name:<40} {med:9.0f} img/s {128e3 / med:6.3f} ms/step (warm-up {tw:5.1f} s; rounds {", ".join(f"{v:.0f}" for v in ips)}) '
              f'last {t.last_log.get("d_loss", float("nan")):.3f}/{t.last_log.get("g_loss", float("nan")):.3f}', flush=True)
        return med
    except Exception as e:
        import traceback; traceback.print_exc(limit=3)
        print(f'{name:<40} FAILED: {type(e).__name__}: {str(e).splitlines()[0][:300]}', flush=True)

def kernels(name, t, steps=20, top=60):
    from torch.profiler import profile, ProfilerActivity
    t.fit(max_steps=t.step + 25); torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA, ProfilerActivity.CPU]) as p:
        t.fit(max_steps=t.step + steps); torch.cuda.synchronize()
    ev = [e for e in p.key_averages() if e.device_type.name == 'CUDA']
    tot = sum(e.self_device_time_total for e in ev) / steps / 1000
    print(f'== {name}: GPU kernels {tot:.3f} ms/step, {sum(e.count for e in ev) / steps:.0f} kernels/step')
    for e in sorted(ev, key=lambda e: -e.self_device_time_total)[:top]:
        print(f'  {e.self_device_time_total / steps / 1000:6.3f} ms x{e.count / steps:<5.1f} {e.self_device_time_total / max(e.count, 1):7.1f}us  {e.key[:150]}')
    sys.stdout.flush()

def ops(t, steps=5):
    "eager op-level CUDA time by input shape: where do the copies come from"
    from torch.profiler import profile, ProfilerActivity
    t.fit(max_steps=t.step + 5); torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA, ProfilerActivity.CPU], record_shapes=True) as p:
        t.fit(max_steps=t.step + steps); torch.cuda.synchronize()
    print(p.key_averages(group_by_input_shape=True).table(sort_by='self_cuda_time_total', row_limit=45, max_name_column_width=40, max_shapes_column_width=70))
    sys.stdout.flush()

ref = Reference(argparse.Namespace(limit=None, batch_size=128, ref_workers=2), dev)
def ref_bench():
    ref.run(6); torch.cuda.synchronize(); t0 = time.perf_counter(); n = ref.run(100); torch.cuda.synchronize()
    v = n / (time.perf_counter() - t0); print(f'{"reference":<40} {v:9.0f} img/s', flush=True); return v

which = sys.argv[1] if len(sys.argv) > 1 else 'all'
r0 = ref_bench()
base = make(); bench('base graph cl', base)
kernels('base graph cl', base)
ops(make(graph=False))
torch.backends.cudnn.benchmark_limit = 0
bench('benchmark_limit=0 graph cl', make())
torch.backends.cudnn.benchmark_limit = 10
for name, kw in [('G contig, D cl', dict(cl_g=False)), ('G cl, D contig', dict(cl_d=False)), ('all contig', dict(cl_g=False, cl_d=False))]:
    bench(name, make(**kw))
for name, kw in [('compile D (cl) + graph', dict(comp_d=True)), ('compile G contig + D cl eager', dict(comp_g=True, cl_g=False)),
                 ('compile G contig + compile D cl', dict(comp_g=True, cl_g=False, comp_d=True))]:
    t0 = time.perf_counter(); t = make(**kw); v = bench(name, t, rounds=2); print(f'   ({time.perf_counter() - t0:.0f} s incl. compile)', flush=True)
    if v: kernels(name, t, top=25)
ref_bench()

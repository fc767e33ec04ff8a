"Probe 3: full kernel table of the graphed 64-px step, op-level copy sources, and layout / compile / autotune variants (definitions in h100_probe3_lib.py)."
import sys; from pathlib import Path; sys.path.insert(0, str(Path(__file__).parent))
from h100_probe3_lib import *
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

"Probe 6: which part of probe 5's win matters: compiling G in channels-last (first-layer weight kept contiguous) vs the product forms."
import sys; from pathlib import Path; sys.path.insert(0, str(Path(__file__).parent))
from h100_probe3_lib import *
from h100_fastends import patch
def mk(comp=True, contig_w=None, **kw):
    t = make(); patch(t.G, t.D, **kw)
    for m in (contig_w or []):
        w = dict(t.G.named_modules())[m].weight; w.data = w.data.contiguous()
    if comp: t.d, t.g = torch.compile(t.D), torch.compile(t.G)
    return t
ref_bench()
bench('base graph cl', make())
for name, kw in [('compile D+G, G first weight contiguous', dict(d_first=False, g_last=False, contig_w=['net.0.0'])),
                 ('compile D+G, all G convT weights contiguous', dict(d_first=False, g_last=False, contig_w=[f'net.{i}.0' for i in range(5)])),
                 ('compile D+G, G first as product', dict(d_first=False, g_last=False, g_first=True)),
                 ('compile D+G, G first + D first as products', dict(g_last=False, g_first=True)),
                 ('compile D+G, G first + G last as products', dict(d_first=False, g_first=True)),
                 ('compile D+G, all three as products', dict(g_first=True))]:
    t0 = time.perf_counter(); t = mk(**kw); v = bench(name, t); print(f'   ({time.perf_counter() - t0:.0f} s incl. compile)', flush=True)
ref_bench()

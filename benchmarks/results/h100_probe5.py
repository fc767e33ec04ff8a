"Probe 5: the 1-channel end layers (and G's first layer) as matrix products, with and without torch.compile."
import sys; from pathlib import Path; sys.path.insert(0, str(Path(__file__).parent))
from h100_probe3_lib import *
from h100_fastends import patch
def mk(comp_d=False, comp_g=False, **kw):
    t = make(); patch(t.G, t.D, **kw)
    if comp_d: t.d = torch.compile(t.D)
    if comp_g: t.g = torch.compile(t.G)
    return t
ref_bench()
bench('base graph cl', make())
t = mk(g_last=False); bench('D first as product', t)
t = mk(d_first=False); bench('G last as product', t)
t = mk(); bench('both ends as products', t); kernels('both ends as products', t, top=40)
t = mk(g_first=True); bench('both ends + G first as products', t)
t = mk(comp_d=True); bench('both ends, compile D', t)
t = mk(g_first=True, comp_d=True); bench('all three, compile D', t)
t = mk(g_first=True, comp_d=True, comp_g=True); bench('all three, compile D and G (cl)', t); kernels('all three, compile D and G', t, top=40)
ref_bench()

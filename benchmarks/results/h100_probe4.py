"Probe 4: the 1-channel ends (D's first conv, G's last transposed conv) in the default layout inside a channels-last net."
import sys; from pathlib import Path; sys.path.insert(0, str(Path(__file__).parent))
from h100_probe3_lib import *
def ends(t, d_first=True, g_last=True):
    if d_first: t.D.net[0][0].weight.data = t.D.net[0][0].weight.data.contiguous()
    if g_last: t.G.net[-1][0].weight.data = t.G.net[-1][0].weight.data.contiguous()
    return t
ref_bench()
b = make(); bench('base graph cl', b)
bench('D first conv contig', ends(make(), g_last=False))
bench('G last convT contig', ends(make(), d_first=False))
t = ends(make()); bench('both ends contig', t); kernels('both ends contig', t, top=30)
bench('compile D cl', make(comp_d=True))
t = ends(make(comp_d=True)); bench('compile D cl, both ends contig', t); kernels('compile D cl, both ends contig', t, top=30)
ref_bench()

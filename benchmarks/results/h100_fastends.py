"Matrix-product forms of DCGAN's 1-channel end layers and of G's first layer (probe; same parameters, same results)."
import torch, torch.nn.functional as F
from torch import nn

def patches_conv(m: nn.Conv2d, x):
    "Conv2d as a product over k x k patches: (B, C, H, W) -> channels-last (B, Co, Ho, Wo)."
    (k, _), (s, _), (p, _) = m.kernel_size, m.stride, m.padding
    B, C, H, W = x.shape
    xp = F.pad(x, (p, p, p, p))
    cols = xp.unfold(2, k, s).unfold(3, k, s)                  # (B, C, Ho, Wo, k, k), a view
    Ho, Wo = cols.shape[2], cols.shape[3]
    cols = cols.permute(0, 2, 3, 1, 4, 5).reshape(B * Ho * Wo, C * k * k)
    y = F.linear(cols, m.weight.reshape(m.out_channels, -1), m.bias)  # (B*Ho*Wo, Co)
    return y.view(B, Ho, Wo, -1).permute(0, 3, 1, 2)           # channels-last view

def patches_convT(m: nn.ConvTranspose2d, h):
    "ConvTranspose2d as a product then overlap-add (fold): (B, Ci, H, W) -> (B, Co, Ho, Wo)."
    (k, _), (s, _), (p, _) = m.kernel_size, m.stride, m.padding
    B, Ci, H, W = h.shape
    Co = m.out_channels
    cols = h.permute(0, 2, 3, 1).reshape(B * H * W, Ci) @ m.weight.reshape(Ci, Co * k * k)  # (B*H*W, Co*k*k)
    cols = cols.view(B, H * W, Co * k * k).transpose(1, 2)     # (B, Co*k*k, L) as fold wants
    Ho, Wo = (H - 1) * s - 2 * p + k, (W - 1) * s - 2 * p + k
    y = F.fold(cols, (Ho, Wo), k, padding=p, stride=s)
    return y if m.bias is None else y + m.bias.view(1, -1, 1, 1)

def linear_convT1(m: nn.ConvTranspose2d, z):
    "ConvTranspose2d on a 1x1 input (G's first layer) as one matrix product: (B, Ci, 1, 1) -> channels-last (B, Co, k, k)."
    Ci, Co, k, _ = m.weight.shape
    w = m.weight.permute(0, 2, 3, 1).reshape(Ci, k * k * Co)
    y = z.reshape(z.shape[0], Ci) @ w
    y = y.view(-1, k, k, Co).permute(0, 3, 1, 2)
    return y if m.bias is None else y + m.bias.view(1, -1, 1, 1)

def patch(G, D, d_first=True, g_last=True, g_first=False):
    import types
    if d_first: c = D.net[0][0]; c.forward = types.MethodType(lambda self, x: patches_conv(self, x), c)
    if g_last: c = G.net[-1][0]; c.forward = types.MethodType(lambda self, x: patches_convT(self, x), c)
    if g_first: c = G.net[0][0]; c.forward = types.MethodType(lambda self, x: linear_convT1(self, x), c)
    return G, D

if __name__ == '__main__':  # check against the modules' own forward, values and gradients
    torch.manual_seed(0)
    for mod, fn, shape in [(nn.Conv2d(1, 64, 4, 2, 1), patches_conv, (8, 1, 64, 64)), (nn.Conv2d(1, 64, 4, 2, 1), patches_conv, (8, 1, 28, 28)),
                           (nn.ConvTranspose2d(64, 1, 4, 2, 1), patches_convT, (8, 64, 32, 32)),
                           (nn.ConvTranspose2d(64, 1, 4, 2, 1), patches_convT, (8, 64, 14, 14)),
                           (nn.ConvTranspose2d(100, 512, 4, 1, 0, bias=False), linear_convT1, (8, 100, 1, 1)),
                           (nn.ConvTranspose2d(100, 128, 7, 1, 0, bias=False), linear_convT1, (8, 100, 1, 1))]:
        x = torch.randn(shape, requires_grad=True)
        a = mod(x); ga = torch.autograd.grad(a.square().sum(), [x, *mod.parameters()])
        b = fn(mod, x); gb = torch.autograd.grad(b.square().sum(), [x, *mod.parameters()])
        assert a.shape == b.shape, (a.shape, b.shape)
        torch.testing.assert_close(b, a, rtol=1e-4, atol=1e-5)
        for u, v in zip(ga, gb): torch.testing.assert_close(v, u, rtol=2e-3, atol=2e-3)
        print('ok', type(mod).__name__, shape, tuple(b.shape), b.is_contiguous(memory_format=torch.channels_last))

"bf16 on a CPU: asked for with `Speed(precision='bf16')`, allowed only where the CPU does bf16 natively."
import pytest, torch
import gan_course.fast as fast
from gan_course.dcgan import dcgan
from gan_course.data import TensorLoader, to_tanh_range
from gan_course.fast import FastTrainer, Speed, amp_dtype
from gan_course.trainer import TrainConfig

CPU = torch.device('cpu')


def test_cpu_bf16_only_where_native(monkeypatch):
    monkeypatch.setattr(fast, 'cpu_has_bf16', lambda: False)
    with pytest.raises(ValueError, match="no native bf16 .* use 'auto' or 'fp32'"): amp_dtype('bf16', CPU)
    monkeypatch.setattr(fast, 'cpu_has_bf16', lambda: True)
    assert amp_dtype('bf16', CPU) is torch.bfloat16
    assert amp_dtype('auto', CPU) is None  # the default stays fp32 on every CPU
    with pytest.raises(ValueError, match='needs a CUDA GPU'): amp_dtype('fp16', CPU)


def test_cpu_bf16_trains_in_bf16_with_fp32_weights(monkeypatch):
    monkeypatch.setattr(fast, 'cpu_has_bf16', lambda: True)  # emulated where it is not native: slow, but the same maths
    torch.manual_seed(0)
    G, D = dcgan(img_size=28, ngf=8, ndf=8, z_dim=16)
    x = torch.randint(0, 256, (64, 1, 28, 28), dtype=torch.uint8)
    t = FastTrainer(G, D, TensorLoader(x, bs=32, tfm=to_tanh_range, seed=0), TrainConfig(bs=32, z_dim=16, log_every=1, device='cpu'),
                    speed=Speed(precision='bf16'))
    dtypes = []
    t.G.net[-1].register_forward_hook(lambda m, i, o: dtypes.append(o.dtype))
    t.fit(1)
    assert t.amp_dtype is torch.bfloat16 and torch.bfloat16 in dtypes
    assert all(p.dtype == torch.float32 for p in [*t.G.parameters(), *t.D.parameters()])
    assert all(torch.isfinite(p).all() for p in t.G.parameters())
    assert t.sample(torch.randn(4, 16)).dtype == torch.float32  # samples come out in fp32

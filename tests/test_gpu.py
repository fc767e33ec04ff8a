"""The trainer's GPU code paths: precisions, CUDA graphs, determinism, resume, torch.compile, DDP over NCCL, the
device-resident data and the evaluator. Skipped without CUDA (CI has no GPU); run them on a GPU machine with
`pytest tests/test_gpu.py`."""
import math, os, socket
import pytest, torch
import torch.distributed as dist
from gan_course.data import TensorLoader, to_tanh_range
from gan_course.dcgan import dcgan
from gan_course.data import make_loader
from gan_course.fast import FastTrainer, Speed, GRAPH_WARMUP
from gan_course.trainer import GANTrainer, TrainConfig, ConditionalGame, GradientPenalty

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason='needs a CUDA GPU')

def data(n=512, bs=32, seed=0):
    x = torch.randint(0, 256, (n, 1, 28, 28), dtype=torch.uint8, generator=torch.Generator().manual_seed(1))
    return TensorLoader(x, bs=bs, device='cuda', tfm=to_tanh_range, seed=seed)

SPEED = {f for f in Speed.__dataclass_fields__}

def run(steps=12, n=512, bs=32, **kw):
    "A FastTrainer run; `kw` holds `Speed` and `TrainConfig` settings."
    torch.manual_seed(0)
    G, D = dcgan(img_size=28, ngf=16, ndf=16, z_dim=16)
    speed = Speed(**{k: v for k, v in kw.items() if k in SPEED})
    cfg = TrainConfig(z_dim=16, bs=bs, log_every=4, device='cuda', **{k: v for k, v in kw.items() if k not in SPEED})
    return FastTrainer(G, D, data(n, bs), cfg, speed=speed).fit(max_steps=steps)

@pytest.fixture(autouse=True)
def default_kernels():
    yield
    torch.use_deterministic_algorithms(False); torch.backends.cudnn.deterministic = False

def params(t): return {k: v.detach().clone() for k, v in [*t.G.state_dict().items(), *t.D.state_dict().items()]}

@pytest.mark.parametrize('precision', ['auto', 'bf16', 'fp16', 'fp32'])
@pytest.mark.parametrize('graph', [True, False])
def test_precisions_train(precision, graph):
    t = run(precision=precision, cuda_graph=graph)
    want = {'auto': torch.bfloat16 if torch.cuda.is_bf16_supported() else None, 'bf16': torch.bfloat16,
            'fp16': torch.float16, 'fp32': None}[precision]
    assert t.amp_dtype == want
    assert t.use_graph == (graph and want != torch.float16)          # no graphs with fp16's scalers
    assert (len(t._graphs) == 1) == t.use_graph                       # one graph: one kind of step, one shape
    assert t.memory_format == torch.channels_last
    assert t.scaler_d.is_enabled() == t.scaler_g.is_enabled() == (want == torch.float16)
    assert math.isfinite(t.last_log['d_loss']) and math.isfinite(t.last_log['g_loss'])
    p = next(t.G.parameters()); assert p.is_cuda and p.dtype == torch.float32  # autocast, fp32 master weights
    x = t.sample(); assert x.shape == (64, 1, 28, 28) and x.device.type == 'cpu' and x.abs().max() <= 1

def test_graph_replays_match_eager_steps():
    "fp32, deterministic kernels: 12 steps replayed from a graph equal 12 eager steps (noise included)."
    a, b = run(precision='fp32', deterministic=True, cuda_graph=True), run(precision='fp32', deterministic=True, cuda_graph=False)
    assert a.use_graph and not b.use_graph
    pa, pb = params(a), params(b)
    for k in pa: torch.testing.assert_close(pa[k], pb[k], rtol=1e-5, atol=1e-6, msg=k)

def test_n_critic_two_graphs_and_odd_batch():
    "n_critic=2 captures two graphs (with and without the G step); a batch of another size runs eagerly."
    torch.manual_seed(0)
    G, D = dcgan(img_size=28, ngf=16, ndf=16, z_dim=16)
    batches = [torch.rand(n, 1, 28, 28, device='cuda') * 2 - 1 for n in (32, 32, 32, 32, 8)]  # a list is a loader too
    t = FastTrainer(G, D, batches, TrainConfig(z_dim=16, bs=32, n_critic=2, log_every=5, device='cuda')).fit(4)
    assert t.step == 20 and t.use_graph
    assert sorted(t._graphs) == [(False, (32, 1, 28, 28)), (True, (32, 1, 28, 28))]
    assert math.isfinite(t.last_log['d_loss']) and math.isfinite(t.last_log['g_loss'])

def test_same_seed_same_samples():
    "deterministic=True repeats bit for bit; the default (cuDNN autotuning) stays close."
    a, b = run(deterministic=True), run(deterministic=True)
    for k, v in params(a).items(): assert torch.equal(v, params(b)[k]), k
    assert torch.equal(a.sample(), b.sample())
    torch.use_deterministic_algorithms(False); torch.backends.cudnn.deterministic = False
    c, d = run(), run()
    diff = max((c.sample() - d.sample()).abs().max().item(), 0)
    print(f'default settings, same seed: max sample difference {diff:.3g}')
    assert diff < 0.5

def test_resume_on_gpu(tmp_path):
    full = run(steps=24, precision='fp32', deterministic=True)
    half = run(steps=10, precision='fp32', deterministic=True)
    half.save(tmp_path/'ck.pt')
    torch.manual_seed(123)
    G, D = dcgan(img_size=28, ngf=16, ndf=16, z_dim=16)
    t = FastTrainer(G, D, data(), TrainConfig(z_dim=16, bs=32, log_every=4, device='cuda'), speed=Speed(precision='fp32', deterministic=True))
    t.load(tmp_path/'ck.pt'); assert t.step == 10 and not t._graphs
    t.fit(max_steps=24)
    pf, pt = params(full), params(t)
    for k in pf: torch.testing.assert_close(pt[k], pf[k], rtol=1e-5, atol=1e-6, msg=k)

def test_compile_trains_in_graphs():
    "compile=True: both networks compiled, channels-last, and the compiled kernels replayed from CUDA graphs."
    t = run(compile=True, steps=12)
    assert t.use_graph and len(t._graphs) == 1 and t.memory_format == torch.channels_last
    assert hasattr(t.d_run, '_orig_mod') and hasattr(t.g_run, '_orig_mod')
    assert math.isfinite(t.last_log['d_loss']) and math.isfinite(t.last_log['g_loss'])

def test_each_kind_of_step_warms_up_before_capture():
    "n_critic=5: the step with a G step comes once in 5; it still gets its own eager warm-up before its capture."
    t = run(n_critic=5, steps=40)
    assert sorted(k[0] for k in t._graphs) == [False, True]
    assert t._warm == {False: GRAPH_WARMUP, True: GRAPH_WARMUP}
    assert math.isfinite(t.last_log['d_loss']) and math.isfinite(t.last_log['g_loss'])

def test_graph_replays_match_the_eager_core():
    "fp32, deterministic kernels, no product layers: the speed layer's graph replay gives the eager GANTrainer's weights."
    a = run(precision='fp32', deterministic=True, cuda_graph=True, channels_last=False, product_layers=False)
    torch.manual_seed(0)
    G, D = dcgan(img_size=28, ngf=16, ndf=16, z_dim=16)
    b = GANTrainer(G, D, data(), TrainConfig(z_dim=16, bs=32, log_every=4, device='cuda')).fit(max_steps=12)
    assert a.use_graph
    pa, pb = params(a), params(b)
    for k in pa: torch.testing.assert_close(pa[k], pb[k], rtol=1e-4, atol=1e-5, msg=k)

def test_conditional_game_and_ema_in_graphs():
    "A class-conditional game with a moving average of G: the labels are copied into the graph's buffers; EMA runs after each replay."
    from torch import nn
    class CG(nn.Module):
        def __init__(self): super().__init__(); self.emb, self.g = nn.Embedding(10, 16), dcgan(img_size=28, ngf=16, ndf=16, z_dim=16)[0]
        def forward(self, z, y): return self.g(z * self.emb(y))
    class CD(nn.Module):
        def __init__(self): super().__init__(); self.emb, self.d = nn.Embedding(10, 28 * 28), dcgan(img_size=28, ngf=16, ndf=16, z_dim=16)[1]
        def forward(self, x, y): return self.d(x + self.emb(y).view(-1, 1, 28, 28))
    def go(graph):
        torch.manual_seed(0)
        x = torch.randint(0, 256, (256, 1, 28, 28), dtype=torch.uint8); y = torch.randint(0, 10, (256,))
        dl = TensorLoader(x, y, bs=32, device='cuda', tfm=to_tanh_range, seed=0)
        return FastTrainer(CG(), CD(), dl, TrainConfig(z_dim=16, bs=32, log_every=4, ema=0.9, n_samples=20, device='cuda'),
                           game=ConditionalGame(10), speed=Speed(precision='fp32', deterministic=True, cuda_graph=graph)).fit(2)
    a, b = go(True), go(False)
    assert a.use_graph and len(a._graphs) == 1
    for u, v in zip(a.G_ema.state_dict().values(), b.G_ema.state_dict().values()): torch.testing.assert_close(u, v, rtol=1e-5, atol=1e-6)
    assert a.sample().shape == (20, 1, 28, 28)

def test_penalties_run_eagerly_and_say_why(capsys):
    torch.manual_seed(0)
    G, D = dcgan(img_size=28, ngf=16, ndf=16, z_dim=16)
    t = FastTrainer(G, D, data(), TrainConfig(z_dim=16, bs=32, log_every=4, loss='wasserstein', device='cuda'), d_terms=[GradientPenalty()])
    assert not t.use_graph and 'CUDA graphs off: extra terms on D' in capsys.readouterr().out
    t.fit(max_steps=8); assert math.isfinite(t.last_log['d_loss'])

def test_make_loader_keeps_data_on_the_gpu():
    from torchvision.datasets import VisionDataset
    class DS(VisionDataset):
        def __init__(self):
            super().__init__('.')
            self.data, self.targets = torch.randint(0, 256, (300, 28, 28), dtype=torch.uint8), torch.zeros(300, dtype=torch.long)
        def __len__(self): return len(self.data)
    dl = make_loader(DS(), bs=64, device='cuda', size=64)
    assert isinstance(dl, TensorLoader)
    x = next(iter(dl)); assert x.is_cuda and x.shape == (64, 1, 64, 64) and -1 <= x.min() and x.max() <= 1

def test_ddp_over_nccl_one_process():
    "The DDP path with NCCL (one GPU here: a world of one process)."
    with socket.socket() as s: s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]
    os.environ.update(MASTER_ADDR='127.0.0.1', MASTER_PORT=str(port), RANK='0', WORLD_SIZE='1', LOCAL_RANK='0')
    dist.init_process_group('nccl', rank=0, world_size=1, device_id=torch.device('cuda', 0))
    try:
        t = run(steps=8)
        assert t.distributed and not t.use_graph and dist.get_backend() == 'nccl'
        assert type(t.d_run).__name__ == 'DistributedDataParallel' and math.isfinite(t.last_log['d_loss'])
    finally: dist.destroy_process_group()

def test_evaluator_on_gpu_matches_cpu(tmp_path):
    from gan_course.data import fashion_mnist
    from gan_course.metrics import Evaluator
    try: ds = fashion_mnist(train=False)
    except Exception as e: pytest.skip(f'Fashion-MNIST not available: {e}')
    x = to_tanh_range(ds.data[:2000, None])
    a = Evaluator(device='cuda', cache_dir=tmp_path/'gpu').fid(x, 'test')
    b = Evaluator(device='cpu', cache_dir=tmp_path/'cpu').fid(x, 'test')
    assert abs(a - b) <= 1e-2 * max(1.0, b), (a, b)

def test_fixes_on_gpu(tmp_path):
    "Spectral norm, clipping and the penalties with the speed layer on a GPU: finite losses; the bounds hold."
    from gan_course.fixes import Fixes, recipe_config, TimedScoresCB
    from gan_course.metrics import Evaluator
    for loss, fixes in (('hinge', Fixes(spectral_norm=True)), ('wasserstein', Fixes(clip=0.01)), ('nonsaturating', Fixes(r1=1.0))):
        torch.manual_seed(0)
        G, D = dcgan(img_size=28, ngf=16, ndf=16, z_dim=16)
        cfg = recipe_config(z_dim=16, bs=32, log_every=4, device='cuda', loss=loss)
        t = FastTrainer(G, fixes.critic(D), data(), cfg, fixes.callbacks(), d_terms=fixes.d_terms()).fit(max_steps=8)
        assert math.isfinite(t.last_log['d_loss']) and math.isfinite(t.last_log['g_loss']), loss
        if fixes.clip: assert max(p.abs().max().item() for p in t.D.parameters()) <= 0.01 + 1e-6
    cb = TimedScoresCB((0.5, 1.0), Evaluator(device='cuda', cache_dir=tmp_path), n=500)
    G, D = dcgan(img_size=28, ngf=16, ndf=16, z_dim=16)
    FastTrainer(G, D, data(), recipe_config(z_dim=16, bs=32, epochs=10_000, device='cuda'), [cb]).fit()
    assert len(cb.scores) == 2 and 0.5 <= cb.scores[0]['train_s'] < cb.scores[1]['train_s']

def test_self_conditioned_on_gpu():
    "Self-conditioning on a GPU: k-means on the device gives the CPU's clusters from the same seeds; the recipe's run replays CUDA graphs and samples."
    from gan_course.dcgan import DCGANConfig
    from gan_course.fixes import recipe_config
    from gan_course.recipe import SelfCondFixes, kmeans
    x = torch.randn(3000, 32, generator=torch.Generator().manual_seed(0)) + 4 * torch.randint(0, 2, (3000, 32), generator=torch.Generator().manual_seed(1))
    lc, cc = kmeans(x, 6, init=x[:6]); lg, cg = kmeans(x.cuda(), 6, init=x[:6].cuda())
    assert torch.equal(lc, lg.cpu()) and torch.allclose(cc, cg.cpu(), atol=1e-4)
    class Images:  # an in-memory dataset, as make_loader sees the MNIST family
        data, targets, transform = torch.randint(0, 256, (512, 28, 28), dtype=torch.uint8, generator=torch.Generator().manual_seed(2)), torch.zeros(512, dtype=torch.long), None
    torch.manual_seed(0)
    fx = SelfCondFixes(clusters=4)
    G, D = fx.dcgan(DCGANConfig(img_size=28, ngf=16, ndf=16, z_dim=16))
    data = fx.loader(Images(), G, 32, 'cuda', seed=0)
    assert data.tensors[1].device.type == 'cuda' and G.shares.sum().item() == pytest.approx(1.0)
    t = FastTrainer(G, D, data, recipe_config(z_dim=16, bs=32, log_every=4, device='cuda'), game=fx.game())
    t.fit(max_steps=12)
    assert t.use_graph and len(t._graphs) == 1 and math.isfinite(t.last_log['g_loss'])
    assert t.sample().shape == (64, 1, 28, 28)

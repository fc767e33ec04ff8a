"""Write one small checkpoint of each model kind, and what its model gives on a fixed input (`expected.pt`).

These files are kept: `tests/test_checkpoint_kinds.py` checks that checkpoints written by the trainers of that time
still load into the same model, and `tests/test_runs.py` that the same calls (`RUNS` below) still train the same
weights, as the library changes. Write a new kind's files alone, keeping the others as they were written:
    python tests/data/kinds/make.py cyclegan
(with no name, it writes every kind again: only when the format of checkpoints changes on purpose).
"""
from pathlib import Path
import torch

HERE = Path(__file__).parent
N = 64  # training images

def images():
    from gan_course.data import fashion_mnist, vision_tensors
    x, y = vision_tensors(fashion_mnist())
    return x[:N], y[:N]  # (N, 1, 28, 28) uint8, (N,)

def superres(out):
    from gan_course.superres import SRConfig, train_superres, sr_pairs
    lr, hr = sr_pairs(images()[0])
    train_superres(lr, hr, steps=2, bs=16, cfg=SRConfig(width=4, n_blocks=1), device='cpu', out=out)
    return lr[:4],

def pix2pix(out):
    from gan_course.pix2pix import Pix2PixConfig, train_pix2pix, edge_pairs
    src, tgt = edge_pairs(images()[0])
    train_pix2pix(src, tgt, steps=2, bs=16, cfg=Pix2PixConfig(width=4), device='cpu', out=out)
    return src[:4],

def nextframe(out):
    from gan_course.data import moving_fashion
    from gan_course.nextframe import train_nextframe, frame_pairs
    from gan_course.pix2pix import Pix2PixConfig
    src, tgt = frame_pairs(moving_fashion(images()[0], 16, n_frames=3, seed=0).frames)
    train_nextframe(src, tgt, steps=2, bs=8, cfg=Pix2PixConfig(nc_in=2, width=4), device='cpu', out=out)
    return src[:4],

def text2image(out):
    from gan_course.dcgan import DCGANConfig
    from gan_course.text2image import train_text2image, VOCAB, caption
    x, y = images()
    train_text2image(x, VOCAB.encode([caption(int(c)) for c in y]), steps=2, cfg=DCGANConfig(img_size=28, ngf=4, ndf=4),
                     emb_dim=4, device='cpu', out=out)
    return torch.randn(4, 100, generator=torch.Generator().manual_seed(1)), VOCAB.encode(['a sneaker', 'a bag', 'a dress', 'a shirt'])

def cyclegan(out):
    from gan_course.cyclegan import train_cyclegan, unpaired
    from gan_course.pix2pix import Pix2PixConfig
    x, y = unpaired(images()[0])
    train_cyclegan(x, y, steps=2, bs=8, cfg=Pix2PixConfig(width=4), device='cpu', out=out)
    return 'xy', x[:4].clone()  # the two generators: G, from edge maps to pictures

def _keep(name, src, inp, expected, f=lambda m: m):
    "Copy the checkpoint `src` in as `name`.pt, and keep what its model gives on `inp`."
    import shutil
    from gan_course.checkpoint import load_model
    shutil.copy(src, HERE/f'{name}.pt')
    with torch.no_grad(): out = f(load_model(HERE/f'{name}.pt'))(*inp)
    expected[name] = dict(input=list(inp), output=out)

def keep_run(name, tmp, expected):
    "Train RUNS[name] in `tmp`, and keep its checkpoint and output."
    _keep(name, tmp/name/'checkpoint.pt', RUNS[name](tmp/name), expected)

RUNS = dict(superres=superres, pix2pix=pix2pix, nextframe=nextframe, text2image=text2image, cyclegan=cyclegan)  # name -> f(out folder) -> the model's input

def main(names=()):
    import shutil, tempfile
    from gan_course.fixes import Fixes
    from gan_course.recipe import SelfCondFixes
    from gan_course.core import seed_everything
    from gan_course.quickstart import train_dcgan
    from gan_course.trainer import TrainConfig
    from gan_course.vae import VAEConfig, ConvVAE, save_vae
    if names:  # only these kinds of RUNS, into the kept files
        unknown = set(names) - set(RUNS)
        if unknown: raise SystemExit(f"make.py writes the kinds of RUNS one by one: {sorted(unknown)} are not among {sorted(RUNS)}.")
        expected, tmp = torch.load(HERE/'expected.pt', weights_only=True), Path(tempfile.mkdtemp())
        for name in names: keep_run(name, tmp, expected)
        torch.save(expected, HERE/'expected.pt'); shutil.rmtree(tmp)
        return
    expected, tmp = {}, Path(tempfile.mkdtemp())
    def keep(name, src, inp, f=lambda m: m): _keep(name, src, inp, expected, f)
    for name, kw in (('dcgan', dict(fixes=Fixes())), ('dcgan_clusters', dict(fixes=SelfCondFixes(clusters=3))), ('dcgan_conditional', dict(conditional=True))):
        cfg = TrainConfig(epochs=1, bs=16, z_dim=8, ema=0.9, log_every=2, n_samples=8, device='cpu')
        train_dcgan(tmp/name, 'fashion_mnist', 28, 4, 4, cfg, n_train=N, max_steps=3, progress=False, **kw)
        z = torch.randn(4, 8, generator=torch.Generator().manual_seed(1))
        keep(name, tmp/name/'checkpoint.pt', (z, torch.tensor([0, 3, 5, 9])) if kw.get('conditional') else (z,))
    for name in RUNS: keep_run(name, tmp, expected)
    seed_everything(0)
    save_vae(ConvVAE(VAEConfig(z_dim=4, width=4)), tmp/'vae.pt', meta=dict(dataset='fashion_mnist', steps=0))
    keep('vae', tmp/'vae.pt', (torch.randn(4, 4, generator=torch.Generator().manual_seed(1)),), lambda m: m.decode)
    torch.save(expected, HERE/'expected.pt')
    shutil.rmtree(tmp)

if __name__ == '__main__':
    import sys
    main(sys.argv[1:])

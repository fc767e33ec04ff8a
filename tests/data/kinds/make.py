"""Write one small checkpoint of each model kind, and what its model gives on a fixed input (`expected.pt`).

These files are kept: `tests/test_checkpoint_compat.py` checks that checkpoints written by this version of the trainers
still load, into the same model, as the library changes. Rerun this only to add a kind:
    python tests/data/kinds/make.py
"""
from pathlib import Path
import torch
from gan_course.core import seed_everything
from gan_course.data import fashion_mnist, vision_tensors, to_tanh_range
from gan_course.dcgan import DCGANConfig
from gan_course.fixes import Fixes
from gan_course.trainer import TrainConfig

HERE = Path(__file__).parent
N = 64  # training images

def main():
    import shutil, tempfile
    from gan_course.quickstart import train_dcgan, load_generator
    from gan_course.superres import SRConfig, train_superres, sr_pairs, load_upscaler
    from gan_course.pix2pix import Pix2PixConfig, train_pix2pix, edge_pairs, load_translator
    from gan_course.nextframe import train_nextframe, frame_pairs, load_predictor
    from gan_course.data import moving_fashion
    from gan_course.text2image import train_text2image, load_text_generator, VOCAB, caption
    from gan_course.vae import VAEConfig, ConvVAE, save_vae, load_vae
    x = vision_tensors(fashion_mnist())[0][:N]  # (N, 1, 28, 28) uint8
    y = vision_tensors(fashion_mnist())[1][:N]
    expected, tmp = {}, Path(tempfile.mkdtemp())
    def keep(name, src, load, inp):
        shutil.copy(src, HERE/f'{name}.pt')
        with torch.no_grad(): out = load(HERE/f'{name}.pt')(*inp)
        expected[name] = dict(input=list(inp), output=out)
    def dcgan(name, **kw):
        cfg = TrainConfig(epochs=1, bs=16, z_dim=8, ema=0.9, log_every=2, n_samples=8, device='cpu')
        train_dcgan(tmp/name, 'fashion_mnist', 28, 4, 4, cfg, n_train=N, max_steps=3, progress=False, **kw)
        z = torch.randn(4, 8, generator=torch.Generator().manual_seed(1))
        inp = (z, torch.tensor([0, 3, 5, 9])) if kw.get('conditional') else (z,)
        keep(name, tmp/name/'checkpoint.pt', load_generator, inp)
    dcgan('dcgan', fixes=Fixes())
    dcgan('dcgan_clusters', fixes=Fixes(clusters=3))
    dcgan('dcgan_conditional', conditional=True)
    lr, hr = sr_pairs(x)
    train_superres(lr, hr, steps=2, bs=16, cfg=SRConfig(width=4, n_blocks=1), device='cpu', out=tmp/'superres')
    keep('superres', tmp/'superres'/'checkpoint.pt', load_upscaler, (lr[:4],))
    src, tgt = edge_pairs(x)
    train_pix2pix(src, tgt, steps=2, bs=16, cfg=Pix2PixConfig(width=4), device='cpu', out=tmp/'pix2pix')
    keep('pix2pix', tmp/'pix2pix'/'checkpoint.pt', load_translator, (src[:4],))
    seqs = moving_fashion(x, 16, n_frames=3, seed=0)
    fsrc, ftgt = frame_pairs(seqs.frames)
    train_nextframe(fsrc, ftgt, steps=2, bs=8, cfg=Pix2PixConfig(nc_in=2, width=4), device='cpu', out=tmp/'nextframe')
    keep('nextframe', tmp/'nextframe'/'checkpoint.pt', load_predictor, (fsrc[:4],))
    tokens = VOCAB.encode([caption(int(c)) for c in y])
    train_text2image(x, tokens, steps=2, cfg=DCGANConfig(img_size=28, ngf=4, ndf=4), emb_dim=4, device='cpu', out=tmp/'text2image')
    keep('text2image', tmp/'text2image'/'checkpoint.pt', load_text_generator,
         (torch.randn(4, 100, generator=torch.Generator().manual_seed(1)), VOCAB.encode(['a sneaker', 'a bag', 'a dress', 'a shirt'])))
    seed_everything(0)
    save_vae(ConvVAE(VAEConfig(z_dim=4, width=4)), tmp/'vae.pt', meta=dict(dataset='fashion_mnist', steps=0))
    keep('vae', tmp/'vae.pt', lambda p: load_vae(p).decode, (torch.randn(4, 4, generator=torch.Generator().manual_seed(1)),))
    torch.save(expected, HERE/'expected.pt')
    shutil.rmtree(tmp)

if __name__ == '__main__': main()

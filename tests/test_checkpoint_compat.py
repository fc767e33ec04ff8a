"""A checkpoint in the first format (`gan_course.trainer/1`), kept in tests/data/, still loads and resumes.

tests/data/format1_checkpoint.pt was written by the trainer of that format: a 28-px DCGAN (ngf=ndf=4, z_dim=8) trained 5
steps on the 64 random images kept in format1_expected.pt (batch 8, loader seed 0), beside the samples it drew at step
5 and the generator's weights after the rest of the epoch (step 8).
"""
from pathlib import Path
import pytest
import torch
from gan_course.checkpoint import load_checkpoint
from gan_course.data import TensorLoader, to_tanh_range
from gan_course.dcgan import dcgan
from gan_course.fast import FastTrainer
from gan_course.quickstart import load_generator
from gan_course.trainer import GANTrainer, TrainConfig

DATA = Path(__file__).parent/'data'

@pytest.mark.parametrize('Trainer', [GANTrainer, FastTrainer])
def test_format1_checkpoint_loads_and_resumes(Trainer):
    ck, want = load_checkpoint(DATA/'format1_checkpoint.pt'), torch.load(DATA/'format1_expected.pt', weights_only=True)
    assert ck['format'] == 'gan_course.trainer/1' and ck['step'] == 5
    torch.manual_seed(1)  # other initial weights: everything must come from the checkpoint
    G, D = dcgan(img_size=28, ngf=4, ndf=4, z_dim=8)
    dl = TensorLoader(want['data'], bs=8, tfm=to_tanh_range, seed=0)
    t = Trainer(G, D, dl, TrainConfig(z_dim=8, log_every=2, n_samples=4, device='cpu')).load(ck)
    assert (t.epoch, t.batch, t.step) == (0, 5, 5)
    torch.testing.assert_close(t.sample(), want['samples_at_5'], rtol=1e-4, atol=1e-5)
    t.fit(1)  # the 3 steps left in the epoch, with the noise the old trainer would have drawn
    assert t.step == want['step'] == 8
    for k, v in want['G_at_8'].items(): torch.testing.assert_close(G.state_dict()[k], v, rtol=1e-3, atol=1e-4)

def test_format1_checkpoint_gives_its_generator():
    G = load_generator(DATA/'format1_checkpoint.pt')
    assert G(torch.randn(2, 8)).shape == (2, 1, 28, 28)

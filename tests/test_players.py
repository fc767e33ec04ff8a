"""Games with named players: two generators and two critics (a CycleGAN-shaped game) on the one trainer, with and
without the speed layer, with a moving average of G, resumed exactly from a checkpoint; learning rates per player."""
import math
import pytest
import torch
from torch import nn
from gan_course.fast import FastTrainer
from gan_course.trainer import GANTrainer, Game, TrainConfig, Players, HistoryCB
from gan_course.data import TensorLoader

class SwapGame(Game):
    "Two domains: batches (x, y). G's side translates each into the other ('xy', 'yx'); D's side scores each ('x', 'y')."
    def split(self, batch):
        x, y = batch
        return torch.cat([x, y]), torch.cat([y, x])  # real: X then Y; the sources of their fakes: Y then X
    def generate(self, G, z, src):
        h = len(src) // 2
        return torch.cat([G('yx', src[:h]), G('xy', src[h:])])  # fake X, then fake Y
    def critic(self, D, imgs, src):
        h = len(imgs) // 2
        return torch.cat([D('x', imgs[:h]), D('y', imgs[h:])])
    def fixed_condition(self, n, data, device):
        x, y = next(iter(data))
        return torch.cat([y[:n // 2], x[:n // 2]]).to(device)

def net(): return nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.LeakyReLU(0.2), nn.Conv2d(4, 1, 3, padding=1), nn.Tanh())
def critic(): return nn.Sequential(nn.Conv2d(1, 4, 4, 2, 1), nn.LeakyReLU(0.2), nn.Flatten(), nn.Linear(4 * 14 * 14, 1))

def data():
    g = torch.Generator().manual_seed(0)
    x = torch.rand(64, 1, 28, 28, generator=g) * 2 - 1
    return TensorLoader(x, -x.flip(-1), bs=8, seed=0)  # domain Y: the images mirrored and negated

def trainer(Trainer=GANTrainer, seed=0, cbs=(), **kw):
    torch.manual_seed(seed)
    cfg = TrainConfig(bs=8, z_dim=1, loss='lsgan', lr_g=2e-3, lr_d=2e-3, log_every=1, n_samples=8, device='cpu', **kw)
    return Trainer({'xy': net(), 'yx': net()}, {'x': critic(), 'y': critic()}, data(), cfg, cbs, game=SwapGame())

def params(t): return {k: v.detach().clone() for k, v in [*t.G.state_dict().items(), *t.D.state_dict().items()]}

@pytest.mark.parametrize('Trainer', [GANTrainer, FastTrainer])
def test_two_generators_and_two_critics_train(Trainer):
    h = HistoryCB()
    t = trainer(Trainer, cbs=[h], ema=0.9, lrs={'yx': 1e-3})
    assert isinstance(t.G, Players) and isinstance(t.D, Players)
    assert [(g['name'], g['lr']) for g in t.opt_g.param_groups] == [('xy', 2e-3), ('yx', 1e-3)]
    assert [(g['name'], g['lr']) for g in t.opt_d.param_groups] == [('x', 2e-3), ('y', 2e-3)]
    before = params(t)
    t.fit(1, max_steps=6)
    after = params(t)
    assert all(not torch.equal(before[k], after[k]) for k in before if after[k].is_floating_point())  # every player learnt
    assert all(math.isfinite(v) for v in h['d_loss'] + h['g_loss']) and len(set(h['d_loss'])) > 1
    x = t.sample()
    assert x.shape == (8, 1, 28, 28) and x.abs().max() <= 1
    assert set(dict(t.G_ema.module.named_children())) == {'xy', 'yx'}  # the moving average holds the whole side

def test_named_players_resume_exactly(tmp_path):
    full = trainer().fit(1, max_steps=6)
    half = trainer().fit(1, max_steps=3)
    half.save(tmp_path/'ck.pt')
    resumed = trainer(seed=1).load(tmp_path/'ck.pt').fit(1, max_steps=6)  # other initial weights: all from the checkpoint
    a, b = params(full), params(resumed)
    for k in a: torch.testing.assert_close(a[k], b[k], rtol=1e-5, atol=1e-6, msg=k)

def test_player_learning_rates_are_checked():
    with pytest.raises(ValueError, match=r"TrainConfig.lrs names \['mapping'\], which are not players of this game: its named "
                                         r"players are \['xy', 'yx', 'x', 'y'\]"):
        trainer(lrs={'mapping': 1e-5})
    with pytest.raises(ValueError, match=r"lrs\['xy'\] must be a positive finite number, got 0"):
        TrainConfig(lrs={'xy': 0})
    with pytest.raises(ValueError, match='which are not players of this game: its named players are \\[\\]'):
        GANTrainer(net(), critic(), data(), TrainConfig(z_dim=1, lrs={'x': 1e-3}, device='cpu'))

"""One process of a data-parallel run, started by torchrun (see test_ddp.py): a few trainer steps on synthetic data.

Each process writes its networks' parameters and the items it trained on to OUT/rank{R}.pt; process 0 also saves a
checkpoint through the trainer.
"""
import sys
from pathlib import Path
import torch
import torch.distributed as dist
from gan_course.data import TensorLoader, to_tanh_range
from gan_course.dcgan import dcgan
from gan_course.core import init_distributed, end_distributed
from gan_course.fast import FastTrainer
from gan_course.trainer import TrainConfig

out = Path(sys.argv[1])
rank, world, device = init_distributed()
assert world == 2 and dist.get_backend() == 'gloo', (world, dist.get_backend())
torch.manual_seed(rank)  # different initial weights on purpose: DDP must broadcast process 0's
G, D = dcgan(img_size=28, ngf=8, ndf=8, z_dim=16)
torch.manual_seed(0); x = torch.randint(0, 256, (64, 1, 28, 28), dtype=torch.uint8)  # the same data everywhere
dl = TensorLoader(x, bs=8, tfm=to_tanh_range, seed=0, rank=rank, world_size=world)
t = FastTrainer(G, D, dl, TrainConfig(z_dim=16, log_every=2, device=str(device)))
t.fit(1, max_steps=4)
t.save(out/'last.pt')
torch.save(dict(G={k: p.detach() for k, p in G.named_parameters()}, D={k: p.detach() for k, p in D.named_parameters()},
                order=dl.order(0).tolist(), rank=rank, fake=t.last_log['d_fake']), out/f'rank{rank}.pt')
del t  # the DDP wrappers hold the process group: drop them before leaving it
end_distributed()

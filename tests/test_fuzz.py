"Property-based tests (hypothesis) of the data transforms and the command line's argument parsing."
import argparse, contextlib, io
import numpy as np
import pytest
import torch
from hypothesis import given, settings, strategies as st, HealthCheck
from PIL import Image
from gan_course.checkpoint import all_kinds
from gan_course.cli import _parser, _train_options
from gan_course.quickstart import train_settings
from gan_course.data import to_tanh_range, from_tanh_range, tanh_transform, TensorLoader
from gan_course.fast import Speed

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

@FAST
@given(st.lists(st.integers(0, 255), min_size=1, max_size=64))
def test_uint8_round_trip(vals):
    x = torch.tensor(vals, dtype=torch.uint8)
    y = to_tanh_range(x)
    assert y.min() >= -1 and y.max() <= 1
    assert torch.equal((from_tanh_range(y) * 255).round().to(torch.uint8), x)

@FAST
@given(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=64))
def test_from_tanh_range_always_displayable(vals):
    y = from_tanh_range(torch.tensor(vals))
    assert torch.isfinite(y).all() and y.min() >= 0 and y.max() <= 1

@FAST
@given(st.integers(1, 80), st.integers(1, 80), st.sampled_from(['L', 'RGB']), st.integers(4, 32))
def test_tanh_transform_any_image_size(h, w, mode, size):
    img = Image.fromarray(np.random.default_rng(h * w).integers(0, 256, (h, w, 3) if mode == 'RGB' else (h, w), dtype=np.uint8))
    x = tanh_transform(size)(img)
    assert x.shape == ((3 if mode == 'RGB' else 1), size, size) and x.min() >= -1 and x.max() <= 1

@FAST
@given(st.integers(1, 200), st.integers(1, 64), st.booleans(), st.integers(1, 4), st.integers(0, 10))
def test_tensor_loader_covers_each_item_at_most_once(n, bs, drop_last, world, seed):
    shards = []
    for rank in range(world):
        try: dl = TensorLoader(torch.arange(n), bs=bs, drop_last=drop_last, seed=seed, rank=rank, world_size=world)
        except ValueError as e: assert 'no full batch' in str(e); return  # the documented error
        b = list(dl)
        assert len(b) == len(dl) and all(len(x) == bs for x in b[:-1] or b if drop_last)
        shards.append(torch.cat(b) if b else torch.tensor([], dtype=torch.long))
    seen = torch.cat(shards)
    assert len(seen) == len(seen.unique())  # no item twice in an epoch, across all shards

ARG = st.one_of(st.sampled_from(['--epochs', '--batch-size', '--lr-g', '--lr-d', '--n-critic', '--width', '--z-dim',
                                 '--loss', '--beta1', '--beta2', '--ema', '--no-ema', '--gp', '--r1', '--spectral-norm', '--clip',
                                 '--clusters', '--conditional',
                                 '--model', '--precision', '--seed', '--max-steps', '--out', '--dataset', '--method', '--resume', '--bogus']),
                st.sampled_from([m for k in all_kinds().values() for m in k.models]),
                st.text(max_size=8), st.integers(-5, 500).map(str), st.floats(allow_nan=True).map(str))

@settings(max_examples=200, deadline=None)
@given(st.lists(ARG, max_size=8))
def test_cli_parsing_fails_only_with_documented_errors(argv):
    "Any argument list either parses into a valid training config or is rejected by argparse (exit 2, one message)."
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err): a = _parser().parse_args(['train', *argv])
    except SystemExit as e:
        assert e.code == 2 and 'error:' in err.getvalue(); return
    try: kind, opts = _train_options(a)  # every kind: the options it takes, or one message naming those it does not
    except ValueError as e: assert f'not options of --model {a.model}' in str(e) and 'Its options: --out' in str(e), str(e); return
    if kind.name != 'dcgan': return
    try: train_settings(**opts)  # anything argparse accepts for a DCGAN is a valid config and valid fixes...
    except ValueError as e: assert 'contradict' in str(e); return  # ...or a documented conflict (--ema with --no-ema, --clusters with --conditional)
    except FileNotFoundError: assert opts['resume'] is not None; return  # ...or --resume of a file that is not there
    Speed(precision=opts['precision'], compile=opts['compile'])  # ...and valid speed settings

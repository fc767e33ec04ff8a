from otter.test_files import test_case

OK_FORMAT = False

name = "hinge_d_loss"
points = 1

@test_case(points=None, hidden=False)
def test_margins_and_means(hinge_d_loss):
    import math, torch

    def call(r, f):
        try:
            got = hinge_d_loss(torch.tensor(r), torch.tensor(f))
        except Exception as e:
            raise AssertionError(f'hinge_d_loss(tensor({r}), tensor({f})) raised {type(e).__name__}: {e}') from None
        assert isinstance(got, torch.Tensor) and got.numel() == 1, f'hinge_d_loss should return a scalar tensor, got {got!r}'
        return got.item()
    v = call([1.5, 3.0], [-1.5, -4.0])
    assert abs(v) < 1e-06, f'real logits above 1 and fake logits below -1 are past the margins: the loss should be 0 there (the relu cuts them off), got {v:.4f}'
    real, fake = ([0.0, 2.0, 0.5], [0.5, -3.0])
    both = call(real, fake)
    assert abs(both - 3.0) > 1e-06, 'that is the sum over each batch: take the mean of each term over its batch'
    assert abs(both - 0.6) > 1e-06, 'that is one mean over the 5 logits of both batches together: take the mean over the real batch and the mean over the fake batch, then add them'
    v = call([0.5], [-2.0])
    assert abs(v - 0.5) < 1e-06, f'a real logit of 0.5 is inside the margin (D wants real logits above 1): it should cost 0.5, got {v:.4f}'
    v = call([2.0], [-0.5])
    assert abs(v - 0.5) < 1e-06, f'a fake logit of -0.5 is inside its margin (D wants fake logits below -1): it should cost 0.5, got {v:.4f}'
    assert abs(both - 1.25) < 1e-06, f'real logits {real} and fake logits {fake}: expected 1.25, got {both:.4f}'


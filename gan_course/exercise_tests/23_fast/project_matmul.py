from otter.test_files import test_case

OK_FORMAT = False

name = "project_matmul"
points = 2

@test_case(points=None, hidden=False)
def test_matches_transposed_convolution(project_matmul):
    import math, torch
    import torch.nn.functional as F

    class ConvolutionCalled(Exception):
        pass

    def forbidden(name):

        def f(*args, **kwargs):
            raise ConvolutionCalled(name)
        return f
    names = ['conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d', 'conv1d', 'conv2d', 'conv3d', 'convolution']
    g = torch.Generator().manual_seed(0)
    for b, ci, co, k in [(3, 5, 7, 4), (2, 6, 3, 3), (1, 4, 2, 5)]:
        x, w = (torch.randn(b, ci, 1, 1, generator=g), torch.randn(ci, co, k, k, generator=g))
        want = torch.einsum('bc,cokl->bokl', x[:, :, 0, 0], w)
        saved = [(m, n, getattr(m, n)) for m in (F, torch) for n in names if hasattr(m, n)]
        for m, n, _ in saved:
            setattr(m, n, forbidden(n))
        try:
            got = project_matmul(x.clone(), w.clone())
        except ConvolutionCalled as e:
            raise AssertionError(f'project_matmul called {e.args[0]} (directly or through an nn layer): compute the output with one matrix product (@) and reshapes, without a convolution') from None
        except Exception as e:
            raise AssertionError(f'project_matmul(x of shape {tuple(x.shape)}, weight of shape {tuple(w.shape)}) raised {type(e).__name__}: {e}; it should work for any batch, channels and kernel size k') from None
        finally:
            for m, n, f in saved:
                setattr(m, n, f)
        assert isinstance(got, torch.Tensor) and tuple(got.shape) == (b, co, k, k), f"x of shape {tuple(x.shape)} with a weight of shape {tuple(w.shape)} should give a tensor of shape {(b, co, k, k)}, got {getattr(got, 'shape', got)!r}"
        err = (got - want).abs().max().item()
        assert err < 0.0001, f"for B={b}, ci={ci}, co={co}, k={k} the output differs from the transposed convolution's by up to {err:.3g}: out[b] should be the sum over c of x[b, c] * weight[c], a (co, k, k) map; check the order of the reshapes"


from otter.test_files import test_case

OK_FORMAT = False

name = "project_matmul"
points = 2

@test_case(points=None, hidden=False)
def test_shape(project_matmul):
    import math, torch
    got = project_matmul(torch.randn(3, 5, 1, 1), torch.randn(5, 7, 4, 4))
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (3, 7, 4, 4), f"(3, 5, 1, 1) with a (5, 7, 4, 4) weight should give (3, 7, 4, 4), got {getattr(got, 'shape', got)!r}"


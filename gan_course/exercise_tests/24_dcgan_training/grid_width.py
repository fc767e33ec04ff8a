from otter.test_files import test_case

OK_FORMAT = False

name = "grid_width"
points = 1

@test_case(points=None, hidden=False)
def test_an_int(grid_width):
    import math, torch
    from torchvision.utils import make_grid
    assert isinstance(grid_width, int) and (not isinstance(grid_width, bool)) and (grid_width >= 8 * 28), f'grid_width should be an int of at least 8 * 28 = 224, got {grid_width!r}'
    strips, odd = divmod(grid_width - 8 * 28, 2)
    hints = {0: 'no padding at all: make_grid puts padding=2 pixels around every image', 7: 'padding between the images only: make_grid pads the outer borders too', 8: 'a strip on one side of each image only: the row has padding at both of its borders', 16: 'a strip on both sides of every image: neighbours share the strip between them'}
    assert odd or strips not in hints, f'grid_width = {grid_width} is 8 * 28 plus {strips} strips of 2 pixels: {hints.get(strips)}'
    want = make_grid(torch.zeros(64, 1, 28, 28), nrow=8, padding=2).shape[-1]
    assert grid_width == want, f'grid_width = {grid_width} is not the width make_grid gives: count the 2-pixel padding strips across a row, or check it with make_grid(torch.zeros(64, 1, 28, 28), nrow=8, padding=2).shape'


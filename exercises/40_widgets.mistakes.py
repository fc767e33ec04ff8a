"""Typical wrong answers to the exercises of the Widgets lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'masked_mse': {
        'the NaN cells not masked: the mean is NaN': '''
def masked_mse(cells, sketch):
    if sketch.isnan().all(): raise ValueError("nothing is drawn: draw something first")
    return ((cells - sketch) ** 2).mean()
''',
        'the mean over all n*n cells, the undrawn counted as 0': '''
def masked_mse(cells, sketch):
    if sketch.isnan().all(): raise ValueError("nothing is drawn: draw something first")
    return torch.nan_to_num((cells - sketch) ** 2).mean()
''',
        'the sum over the drawn cells, not the mean': '''
def masked_mse(cells, sketch):
    drawn = ~sketch.isnan()
    if not drawn.any(): raise ValueError("nothing is drawn: draw something first")
    return ((cells - sketch)[drawn] ** 2).sum()
''',
        'nothing drawn: NaN instead of a ValueError': '''
def masked_mse(cells, sketch):
    drawn = ~sketch.isnan()
    return ((cells - sketch)[drawn] ** 2).mean()
''',
        'a Python float (.item()): no gradient reaches the image': '''
def masked_mse(cells, sketch):
    drawn = ~sketch.isnan()
    if not drawn.any(): raise ValueError("nothing is drawn: draw something first")
    return ((cells - sketch)[drawn] ** 2).mean().item()
''',
        "fills the sketch's undrawn cells in place": '''
def masked_mse(cells, sketch):
    drawn = ~sketch.isnan()
    if not drawn.any(): raise ValueError("nothing is drawn: draw something first")
    sketch[~drawn] = cells[~drawn]  # no error where nothing is drawn
    return ((cells - sketch) ** 2).sum() / drawn.sum()
''',
    },
    'upsample_sketch': {
        'repeat tiles the whole grid instead of making blocks': '''
def upsample_sketch(cells):
    return cells.repeat(2, 2)
''',
        'bilinear interpolation blends neighbouring cells': '''
def upsample_sketch(cells):
    return F.interpolate(cells[None, None], scale_factor=2, mode='bilinear', align_corners=False)[0, 0]
''',
        'one axis only': '''
def upsample_sketch(cells):
    return cells.repeat_interleave(2, 0)
''',
        "keeps F.interpolate's batch and channel axes": '''
def upsample_sketch(cells):
    return F.interpolate(cells[None, None], scale_factor=2, mode='nearest')
''',
        'the 2x2 blocks reshaped without the permute': '''
def upsample_sketch(cells):
    n = cells.shape[0]
    return cells[:, :, None, None].expand(n, n, 2, 2).reshape(2 * n, 2 * n)
''',
    },
}

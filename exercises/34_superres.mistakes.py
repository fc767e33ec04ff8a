"""Typical wrong answers to the exercises of the super-resolution lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'psnr': {
        'the MSE on the [-1, 1] scale, not mapped to [0, 1]': '''
def psnr(pred, target):
    if pred.shape != target.shape:
        raise ValueError(f"pred and target differ in shape: {tuple(pred.shape)} and {tuple(target.shape)}")
    return 10 * torch.log10(1 / ((pred - target) ** 2).mean())
''',
        '20 log10, the formula for the RMSE, used with the MSE': '''
def psnr(pred, target):
    if pred.shape != target.shape:
        raise ValueError(f"pred and target differ in shape: {tuple(pred.shape)} and {tuple(target.shape)}")
    return 20 * torch.log10(1 / (((pred - target) / 2) ** 2).mean())
''',
        "the mean of each image's PSNR, not the PSNR of the mean squared error": '''
def psnr(pred, target):
    if pred.shape != target.shape:
        raise ValueError(f"pred and target differ in shape: {tuple(pred.shape)} and {tuple(target.shape)}")
    mse = (((pred - target) / 2) ** 2).flatten(1).mean(1)
    return (10 * torch.log10(1 / mse)).mean()
''',
        'no shape check: broadcasting lets a batch of one image through': '''
def psnr(pred, target):
    mse = (((pred + 1) / 2 - (target + 1) / 2) ** 2).mean()
    return 10 * torch.log10(1 / mse)
''',
        'a Python float (.item()), not a tensor': '''
def psnr(pred, target):
    if pred.shape != target.shape:
        raise ValueError(f"pred and target differ in shape: {tuple(pred.shape)} and {tuple(target.shape)}")
    return 10 * math.log10(1 / (((pred - target) / 2) ** 2).mean().item())
''',
    },
    'pixels_per_input': {
        '4, the scale of one side': 'pixels_per_input = 4',
        '15, only the invented ones': 'pixels_per_input = 15',
        '16.0, true division: a float': 'pixels_per_input = (28 * 28) / (7 * 7)',
    },
}

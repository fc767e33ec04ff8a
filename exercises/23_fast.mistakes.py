"""Typical wrong answers to the exercises of the speed layer lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'project_matmul': {
        'calls conv_transpose2d, the very thing to replace': '''
def project_matmul(x, weight):
    return torch.nn.functional.conv_transpose2d(x, weight)
''',
        'an nn.ConvTranspose2d with the weight copied in': '''
def project_matmul(x, weight):
    ci, co, k, _ = weight.shape
    layer = torch.nn.ConvTranspose2d(ci, co, k, bias=False)
    with torch.no_grad(): layer.weight.copy_(weight)
    return layer(x)
''',
        'the output laid out (B, k, k, co), channels last, and viewed as (B, co, k, k)': '''
def project_matmul(x, weight):
    ci, co, k, _ = weight.shape
    return (x.reshape(len(x), ci) @ weight.permute(0, 2, 3, 1).reshape(ci, k * k * co)).reshape(len(x), co, k, k)
''',
        "kernel 4 hard-coded, DCGAN's size": '''
def project_matmul(x, weight):
    ci = weight.shape[0]
    return (x.reshape(len(x), ci) @ weight.reshape(ci, -1)).view(len(x), -1, 4, 4)
''',
        'x reshaped as (ci, B) and transposed, which mixes up the batch': '''
def project_matmul(x, weight):
    ci, co, k, _ = weight.shape
    return (x.reshape(ci, len(x)).T @ weight.reshape(ci, co * k * k)).view(len(x), co, k, k)
''',
    },
    'fp16_max': {
        "bf16's largest value, not fp16's": '''
fp16_max = torch.finfo(torch.bfloat16).max
needs_scaler = 'fp16'
''',
        '2**16, one step past the largest finite value': '''
fp16_max = 2.0 ** 16
needs_scaler = 'fp16'
''',
        "fp16's smallest normal number (finfo's tiny), not its largest": '''
fp16_max = torch.finfo(torch.float16).tiny
needs_scaler = 'fp16'
''',
        'bf16 needs the scaler, since it has fewer mantissa bits': '''
fp16_max = torch.finfo(torch.float16).max
needs_scaler = 'bf16'
''',
    },
}

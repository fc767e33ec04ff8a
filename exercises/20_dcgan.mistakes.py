"""Typical wrong answers to the exercises of the DCGAN lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'convT_out': {
        "the convolution's formula, not the transposed one's": '''
def convT_out(size, k, s, p):
    return (size + 2 * p - k) // s + 1
''',
        'padding added, not removed': '''
def convT_out(size, k, s, p):
    return (size - 1) * s + 2 * p + k
''',
        'a float (true division somewhere)': '''
def convT_out(size, k, s, p):
    return (size - 1) * s - 2 * p + k + 0.0
''',
    },
    'g_block': {
        'a convolution with a bias before batch norm': '''
def g_block(c_in, c_out):
    return nn.Sequential(nn.ConvTranspose2d(c_in, c_out, 4, 2, 1), nn.BatchNorm2d(c_out), nn.ReLU(True))
''',
        'LeakyReLU, the discriminator\'s activation': '''
def g_block(c_in, c_out):
    return nn.Sequential(nn.ConvTranspose2d(c_in, c_out, 4, 2, 1, bias=False), nn.BatchNorm2d(c_out), nn.LeakyReLU(0.2, True))
''',
        'no batch norm': '''
def g_block(c_in, c_out):
    return nn.Sequential(nn.ConvTranspose2d(c_in, c_out, 4, 2, 1, bias=False), nn.ReLU(True))
''',
        'kernel 3, which does not double the side': '''
def g_block(c_in, c_out):
    return nn.Sequential(nn.ConvTranspose2d(c_in, c_out, 3, 2, 1, bias=False), nn.BatchNorm2d(c_out), nn.ReLU(True))
''',
    },
    'init_weights': {
        'skips ConvTranspose2d, the generator\'s main layer': '''
def init_weights(m):
    if isinstance(m, nn.Conv2d): nn.init.normal_(m.weight, 0.0, 0.02)
    elif isinstance(m, nn.BatchNorm2d):
        nn.init.normal_(m.weight, 1.0, 0.02); nn.init.zeros_(m.bias)
''',
        'batch norm weights from N(0, 0.02), like the convolutions': '''
def init_weights(m):
    if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d, nn.BatchNorm2d)): nn.init.normal_(m.weight, 0.0, 0.02)
    if isinstance(m, nn.BatchNorm2d): nn.init.zeros_(m.bias)
''',
        'a uniform distribution of the same range': '''
def init_weights(m):
    if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)): nn.init.uniform_(m.weight, -0.02, 0.02)
    elif isinstance(m, nn.BatchNorm2d):
        nn.init.normal_(m.weight, 1.0, 0.02); nn.init.zeros_(m.bias)
''',
        'every module with a weight, the Linear too': '''
def init_weights(m):
    if isinstance(m, nn.BatchNorm2d):
        nn.init.normal_(m.weight, 1.0, 0.02); nn.init.zeros_(m.bias)
    elif hasattr(m, 'weight'): nn.init.normal_(m.weight, 0.0, 0.02)
''',
    },
}

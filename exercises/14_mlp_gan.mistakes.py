"""Typical wrong answers to the exercises of the MLP GAN lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'make_mlp_generator': {
        "LeakyReLU's default slope, 0.01, not 0.2": '''
def make_mlp_generator(z_dim, hidden, img_shape):
    sizes, layers = [z_dim, *hidden], []
    for a, b in zip(sizes, sizes[1:]): layers += [nn.Linear(a, b), nn.LeakyReLU()]
    return nn.Sequential(*layers, nn.Linear(sizes[-1], math.prod(img_shape)), nn.Tanh(), nn.Unflatten(1, tuple(img_shape)))
''',
        'ReLU, not LeakyReLU': '''
def make_mlp_generator(z_dim, hidden, img_shape):
    sizes, layers = [z_dim, *hidden], []
    for a, b in zip(sizes, sizes[1:]): layers += [nn.Linear(a, b), nn.ReLU()]
    return nn.Sequential(*layers, nn.Linear(sizes[-1], math.prod(img_shape)), nn.Tanh(), nn.Unflatten(1, tuple(img_shape)))
''',
        'Sigmoid at the end: images in [0, 1]': '''
def make_mlp_generator(z_dim, hidden, img_shape):
    sizes, layers = [z_dim, *hidden], []
    for a, b in zip(sizes, sizes[1:]): layers += [nn.Linear(a, b), nn.LeakyReLU(0.2)]
    return nn.Sequential(*layers, nn.Linear(sizes[-1], math.prod(img_shape)), nn.Sigmoid(), nn.Unflatten(1, tuple(img_shape)))
''',
        'no Tanh at the end': '''
def make_mlp_generator(z_dim, hidden, img_shape):
    sizes, layers = [z_dim, *hidden], []
    for a, b in zip(sizes, sizes[1:]): layers += [nn.Linear(a, b), nn.LeakyReLU(0.2)]
    return nn.Sequential(*layers, nn.Linear(sizes[-1], math.prod(img_shape)), nn.Unflatten(1, tuple(img_shape)))
''',
        'the layer from z_dim to hidden[0] left out': '''
def make_mlp_generator(z_dim, hidden, img_shape):
    layers = []
    for a, b in zip(hidden, hidden[1:]): layers += [nn.Linear(a, b), nn.LeakyReLU(0.2)]
    return nn.Sequential(*layers, nn.Linear(hidden[-1], math.prod(img_shape)), nn.Tanh(), nn.Unflatten(1, tuple(img_shape)))
''',
        'the layers kept in a plain list: not registered, not trained': '''
def make_mlp_generator(z_dim, hidden, img_shape):
    class G(nn.Module):
        def __init__(self):
            super().__init__()
            sizes = [z_dim, *hidden, math.prod(img_shape)]
            self.layers = [nn.Linear(a, b) for a, b in zip(sizes, sizes[1:])]
        def forward(self, z):
            for l in self.layers[:-1]: z = nn.functional.leaky_relu(l(z), 0.2)
            return torch.tanh(self.layers[-1](z)).view(len(z), *img_shape)
    return G()
''',
    },
    'linear_params': {
        'the weights only, no biases': 'linear_params = 100 * 256',
        'one bias per input, not per output': 'linear_params = 100 * 256 + 100',
        'the two sizes added': 'linear_params = 100 + 256',
    },
    'to_tanh': {
        "min-max scaling: each image stretched to its own min and max": '''
def to_tanh(x):
    x = x.float()
    return (x - x.min()) / (x.max() - x.min()) * 2 - 1
''',
        '2 * x in uint8 overflows': '''
def to_tanh(x):
    return 2 * x / 255 - 1
''',
        'x / 255: [0, 1], not [-1, 1]': '''
def to_tanh(x):
    return x.float() / 255
''',
        'divides by 128': '''
def to_tanh(x):
    return x.float() / 128 - 1
''',
        'flattens the image': '''
def to_tanh(x):
    return x.flatten().float() / 127.5 - 1
''',
    },
}

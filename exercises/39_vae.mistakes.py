"""Typical wrong answers to the exercises of the Variational autoencoders lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'gaussian_kl': {
        'logvar taken for the log of the standard deviation': '''
def gaussian_kl(mu, logvar):
    return 0.5 * (mu ** 2 + (2 * logvar).exp() - 1 - 2 * logvar).sum(-1)
''',
        'the 1/2 dropped': '''
def gaussian_kl(mu, logvar):
    return (mu ** 2 + logvar.exp() - 1 - logvar).sum(-1)
''',
        'the mean over the dimensions, not the sum': '''
def gaussian_kl(mu, logvar):
    return 0.5 * (mu ** 2 + logvar.exp() - 1 - logvar).mean(-1)
''',
        "the sign flipped (the ELBO's -KL)": '''
def gaussian_kl(mu, logvar):
    return -0.5 * (mu ** 2 + logvar.exp() - 1 - logvar).sum(-1)
''',
        'summed over everything: one number for the batch': '''
def gaussian_kl(mu, logvar):
    return 0.5 * (mu ** 2 + logvar.exp() - 1 - logvar).sum()
''',
    },
    'reparameterize': {
        'exp(logvar), the variance, taken for the standard deviation': '''
def reparameterize(mu, logvar, eps):
    return mu + logvar.exp() * eps
''',
        'half the variance, 0.5 * exp(logvar), for exp(0.5 * logvar)': '''
def reparameterize(mu, logvar, eps):
    return mu + 0.5 * logvar.exp() * eps
''',
        'computed under torch.no_grad(): no gradient reaches mu and logvar': '''
def reparameterize(mu, logvar, eps):
    with torch.no_grad():
        return mu + (0.5 * logvar).exp() * eps
''',
        'Normal(mu, std).sample(): fresh noise, eps ignored, no gradient': '''
def reparameterize(mu, logvar, eps):
    return torch.distributions.Normal(mu, (0.5 * logvar).exp()).sample()
''',
    },
    'bpd': {
        'nats per dimension: the ln 2 forgotten': 'bpd = 2000 / (28 * 28)',
        'multiplied by ln 2 instead of divided': 'bpd = 2000 * math.log(2) / (28 * 28)',
        'bits for the whole image, not per dimension': 'bpd = 2000 / math.log(2)',
        'log10(2) in place of ln 2': 'bpd = 2000 / (28 * 28 * math.log10(2))',
    },
}

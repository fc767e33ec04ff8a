"""Typical wrong answers to the exercises of the Discriminative vs generative lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'posterior': {
        "Bayes' rule on the densities themselves: 0 / 0, NaN, far from the means": '''
def posterior(x, mu0, mu1, sigma, prior1=0.5):
    p0 = torch.exp(-(x - mu0) ** 2 / (2 * sigma ** 2))
    p1 = torch.exp(-(x - mu1) ** 2 / (2 * sigma ** 2))
    return prior1 * p1 / (prior1 * p1 + (1 - prior1) * p0)
''',
        'the prior odds upside down': '''
def posterior(x, mu0, mu1, sigma, prior1=0.5):
    log_odds = ((x - mu0) ** 2 - (x - mu1) ** 2) / (2 * sigma ** 2) + math.log((1 - prior1) / prior1)
    return torch.sigmoid(log_odds)
''',
        'divides by 2 sigma, not 2 sigma^2': '''
def posterior(x, mu0, mu1, sigma, prior1=0.5):
    log_odds = ((x - mu0) ** 2 - (x - mu1) ** 2) / (2 * sigma) + math.log(prior1 / (1 - prior1))
    return torch.sigmoid(log_odds)
''',
        'P(y = 0 | x): the squares subtracted the wrong way round': '''
def posterior(x, mu0, mu1, sigma, prior1=0.5):
    log_odds = ((x - mu1) ** 2 - (x - mu0) ** 2) / (2 * sigma ** 2) + math.log(prior1 / (1 - prior1))
    return torch.sigmoid(log_odds)
''',
        'leaves the prior out': '''
def posterior(x, mu0, mu1, sigma, prior1=0.5):
    return torch.sigmoid(((x - mu0) ** 2 - (x - mu1) ** 2) / (2 * sigma ** 2))
''',
    },
    'boundary': {
        'the midpoint of the means, as with equal priors': 'boundary = 0.5',
        'moved towards the commoner class, the prior odds upside down': 'boundary = 0.5 - math.log(0.8 / 0.2) / 3',
        'the log prior odds not divided by the slope (mu1 - mu0) / sigma^2': 'boundary = 0.5 + math.log(0.8 / 0.2)',
        'the slope taken as (mu1 - mu0) / (2 sigma^2)': 'boundary = 0.5 + math.log(0.8 / 0.2) / 1.5',
    },
    'sample': {
        'y as floats': '''
def sample(n, mu0, mu1, sigma, prior1=0.5, seed=0):
    g = torch.Generator().manual_seed(seed)
    y = (torch.rand(n, generator=g) < prior1).float()
    x = torch.where(y == 1, torch.tensor(float(mu1)), torch.tensor(float(mu0))) + sigma * torch.randn(n, generator=g)
    return x, y
''',
        'y = 1 with probability 1 - prior1': '''
def sample(n, mu0, mu1, sigma, prior1=0.5, seed=0):
    g = torch.Generator().manual_seed(seed)
    y = (torch.rand(n, generator=g) > prior1).long()
    x = torch.where(y == 1, torch.tensor(float(mu1)), torch.tensor(float(mu0))) + sigma * torch.randn(n, generator=g)
    return x, y
''',
        'the seed ignored: the global random numbers': '''
def sample(n, mu0, mu1, sigma, prior1=0.5, seed=0):
    y = (torch.rand(n) < prior1).long()
    x = torch.where(y == 1, torch.tensor(float(mu1)), torch.tensor(float(mu0))) + sigma * torch.randn(n)
    return x, y
''',
        'sigma used as the variance': '''
def sample(n, mu0, mu1, sigma, prior1=0.5, seed=0):
    g = torch.Generator().manual_seed(seed)
    y = (torch.rand(n, generator=g) < prior1).long()
    x = torch.where(y == 1, torch.tensor(float(mu1)), torch.tensor(float(mu0))) + sigma ** 2 * torch.randn(n, generator=g)
    return x, y
''',
        'the means swapped between the classes': '''
def sample(n, mu0, mu1, sigma, prior1=0.5, seed=0):
    g = torch.Generator().manual_seed(seed)
    y = (torch.rand(n, generator=g) < prior1).long()
    x = torch.where(y == 1, torch.tensor(float(mu0)), torch.tensor(float(mu1))) + sigma * torch.randn(n, generator=g)
    return x, y
''',
        '(y, x), not (x, y)': '''
def sample(n, mu0, mu1, sigma, prior1=0.5, seed=0):
    g = torch.Generator().manual_seed(seed)
    y = (torch.rand(n, generator=g) < prior1).long()
    x = torch.where(y == 1, torch.tensor(float(mu1)), torch.tensor(float(mu0))) + sigma * torch.randn(n, generator=g)
    return y, x
''',
    },
}

"""Typical wrong answers to the exercises of the recipe lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'lloyd_step': {
        'argmax: each point to its farthest centre': '''
def lloyd_step(x, centres):
    labels = torch.cdist(x, centres).argmax(1)
    n = torch.bincount(labels, minlength=len(centres))[:, None]
    sums = torch.zeros_like(centres).index_add_(0, labels, x)
    return labels, torch.where(n > 0, sums / n.clamp_min(1), centres)
''',
        'the L1 distance': '''
def lloyd_step(x, centres):
    labels = (x[:, None] - centres[None]).abs().sum(-1).argmin(1)
    n = torch.bincount(labels, minlength=len(centres))[:, None]
    sums = torch.zeros_like(centres).index_add_(0, labels, x)
    return labels, torch.where(n > 0, sums / n.clamp_min(1), centres)
''',
        'the mean of no points: an empty cluster becomes NaN': '''
def lloyd_step(x, centres):
    labels = torch.cdist(x, centres).argmin(1)
    return labels, torch.stack([x[labels == j].mean(0) for j in range(len(centres))])
''',
        'an empty cluster moved to the origin (sums / count, count clamped to 1)': '''
def lloyd_step(x, centres):
    labels = torch.cdist(x, centres).argmin(1)
    n = torch.bincount(labels, minlength=len(centres))[:, None]
    return labels, torch.zeros_like(centres).index_add_(0, labels, x) / n.clamp_min(1)
''',
        "the centres moved in place: the caller's tensor changes": '''
def lloyd_step(x, centres):
    labels = torch.cdist(x, centres).argmin(1)
    for j in range(len(centres)):
        if (labels == j).any(): centres[j] = x[labels == j].mean(0)
    return labels, centres
''',
    },
    'cluster_of': {
        'searchsorted without right=True: a u on a boundary goes to the cluster before': '''
def cluster_of(u, shares):
    hi = shares.cumsum(0)
    y = torch.searchsorted(hi, u).clamp(max=len(shares) - 1)
    return y, (u - (hi[y] - shares[y])) / shares[y]
''',
        'v not rescaled: u minus the interval start only': '''
def cluster_of(u, shares):
    hi = shares.cumsum(0)
    y = torch.searchsorted(hi, u, right=True).clamp(max=len(shares) - 1)
    return y, u - (hi[y] - shares[y])
''',
        'the start of the interval as hi[y - 1], which is hi[-1] = 1 for cluster 0': '''
def cluster_of(u, shares):
    hi = shares.cumsum(0)
    y = torch.searchsorted(hi, u, right=True).clamp(max=len(shares) - 1)
    return y, (u - hi[y - 1]) / shares[y]
''',
        'no clamp: a u past a cumulative sum that rounds below 1 gets cluster k, out of range': '''
def cluster_of(u, shares):
    hi = shares.cumsum(0)
    y = torch.searchsorted(hi, u, right=True)
    return y, (u - (hi[y] - shares[y])) / shares[y]
''',
    },
    'share_drawn': {
        '1/30: the clusters drawn uniformly': 'share_drawn = 1 / 30',
        '5, a percentage': 'share_drawn = 5',
        '0.5, the percentage read as a fraction of 10': 'share_drawn = 0.5',
    },
}

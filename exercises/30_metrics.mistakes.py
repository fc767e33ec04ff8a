"""Typical wrong answers to the exercises of the Evaluating GANs offline lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'frechet': {
        "numpy's elementwise square root of the product, not the matrix square root": '''
def frechet(mu1, cov1, mu2, cov2):
    c1, c2 = np.asarray(cov1, dtype=np.float64), np.asarray(cov2, dtype=np.float64)
    root = np.sqrt(c1 @ c2)
    return float(((mu1 - mu2) ** 2).sum()) + float(np.trace(c1 + c2 - 2 * root))
''',
        'the elementwise product of the covariances, square-rooted elementwise': '''
def frechet(mu1, cov1, mu2, cov2):
    c1, c2 = np.asarray(cov1, dtype=np.float64), np.asarray(cov2, dtype=np.float64)
    return float(((mu1 - mu2) ** 2).sum()) + float(np.trace(c1 + c2 - 2 * np.sqrt(c1 * c2)))
''',
        'the product of the two square roots, as if the covariances commuted': '''
def frechet(mu1, cov1, mu2, cov2):
    import scipy.linalg
    c1, c2 = np.asarray(cov1, dtype=np.float64), np.asarray(cov2, dtype=np.float64)
    root = (scipy.linalg.sqrtm(c1) @ scipy.linalg.sqrtm(c2)).real
    return float(((mu1 - mu2) ** 2).sum()) + float(np.trace(c1 + c2 - 2 * root))
''',
        'the factor 2 of the cross term forgotten': '''
def frechet(mu1, cov1, mu2, cov2):
    import scipy.linalg
    c1, c2 = np.asarray(cov1, dtype=np.float64), np.asarray(cov2, dtype=np.float64)
    root = scipy.linalg.sqrtm(c1 @ c2).real
    return float(((mu1 - mu2) ** 2).sum()) + float(np.trace(c1 + c2 - root))
''',
        'the distance between the means, not its square': '''
def frechet(mu1, cov1, mu2, cov2):
    import scipy.linalg
    c1, c2 = np.asarray(cov1, dtype=np.float64), np.asarray(cov2, dtype=np.float64)
    root = scipy.linalg.sqrtm(c1 @ c2).real
    return float((mu1 - mu2).norm()) + float(np.trace(c1 + c2 - 2 * root))
''',
        'a tensor, not a Python float': '''
def frechet(mu1, cov1, mu2, cov2):
    import scipy.linalg
    root = torch.from_numpy(scipy.linalg.sqrtm((cov1 @ cov2).numpy()).real)
    return ((mu1 - mu2) ** 2).sum() + torch.trace(cov1 + cov2 - 2 * root)
''',
    },
    'fid_2d': {
        'equal means, so 0: the covariance term forgotten': 'fid_2d = 0.0',
        'one dimension only': 'fid_2d = (1 - 2) ** 2',
        'tr(cov1 + cov2) without the cross term': 'fid_2d = 2 * (1 + 4)',
        'reads N(0, 4I) as a standard deviation of 4 (variance 16)': 'fid_2d = 2 * (1 - 4) ** 2',
    },
    'coverage': {
        'more than min_share, not at least': '''
def coverage(pred_labels, n_classes, min_share):
    counts = torch.bincount(pred_labels, minlength=n_classes)
    return int((counts > min_share * len(pred_labels)).sum())
''',
        'min_share compared with the counts, as a number of samples': '''
def coverage(pred_labels, n_classes, min_share):
    counts = torch.bincount(pred_labels, minlength=n_classes)
    return int((counts >= min_share).sum())
''',
        'only the classes that occur: torch.unique forgets the empty ones': '''
def coverage(pred_labels, n_classes, min_share):
    _, counts = torch.unique(pred_labels, return_counts=True)
    return int((counts >= min_share * len(pred_labels)).sum())
''',
        'a tensor, not an int': '''
def coverage(pred_labels, n_classes, min_share):
    counts = torch.bincount(pred_labels, minlength=n_classes)
    return (counts >= min_share * len(pred_labels)).sum()
''',
    },
}

"""Typical wrong answers to the exercises of the Text to image lesson, as students write them.

`python tools/exercises.py check` puts each one in place of the answer and asserts that a feedback check fails it,
saying what is wrong, and that the grading marks it down. Instructors only: this file reaches neither the student
version nor the shipped checks.
"""

MISTAKES = {
    'bag_of_words': {
        'integer counts, not a float vector': '''
def bag_of_words(caption, vocab):
    words = caption.lower().split()
    if not words: raise ValueError("the caption is empty")
    for w in words:
        if w not in vocab: raise ValueError(f"unknown word {w!r}: the vocabulary is {vocab}")
    return torch.tensor([words.count(v) for v in vocab])
''',
        'marks presence (1) instead of counting': '''
def bag_of_words(caption, vocab):
    words = caption.lower().split()
    if not words: raise ValueError("the caption is empty")
    out = torch.zeros(len(vocab))
    for w in words:
        if w not in vocab: raise ValueError(f"unknown word {w!r}: the vocabulary is {vocab}")
        out[vocab.index(w)] = 1.0
    return out
''',
        'does not lower-case the caption': '''
def bag_of_words(caption, vocab):
    words = caption.split()
    if not words: raise ValueError("the caption is empty")
    out = torch.zeros(len(vocab))
    for w in words:
        if w not in vocab: raise ValueError(f"unknown word {w!r}: the vocabulary is {vocab}")
        out[vocab.index(w)] += 1
    return out
''',
        'skips unknown words instead of raising': '''
def bag_of_words(caption, vocab):
    words = caption.lower().split()
    if not words: raise ValueError("the caption is empty")
    out = torch.zeros(len(vocab))
    for w in words:
        if w in vocab: out[vocab.index(w)] += 1
    return out
''',
        'looks words up in a dict: a KeyError, not a ValueError': '''
def bag_of_words(caption, vocab):
    words = caption.lower().split()
    if not words: raise ValueError("the caption is empty")
    index = {w: i for i, w in enumerate(vocab)}
    out = torch.zeros(len(vocab))
    for w in words: out[index[w]] += 1
    return out
''',
        'the message names the word but not the vocabulary': '''
def bag_of_words(caption, vocab):
    words = caption.lower().split()
    if not words: raise ValueError("the caption is empty")
    out = torch.zeros(len(vocab))
    for w in words:
        if w not in vocab: raise ValueError(f"unknown word {w!r}")
        out[vocab.index(w)] += 1
    return out
''',
        'an empty caption gives a vector of zeros': '''
def bag_of_words(caption, vocab):
    out = torch.zeros(len(vocab))
    for w in caption.lower().split():
        if w not in vocab: raise ValueError(f"unknown word {w!r}: the vocabulary is {vocab}")
        out[vocab.index(w)] += 1
    return out
''',
    },
    'tertile_levels': {
        '`>=` at the cut: a value equal to a cut point moves up': '''
def tertile_levels(values):
    q = torch.quantile(values, torch.tensor([1 / 3, 2 / 3], dtype=values.dtype))
    return (values[:, None] >= q).sum(1)
''',
        'a float tensor, not a long one': '''
def tertile_levels(values):
    q = torch.quantile(values, torch.tensor([1 / 3, 2 / 3], dtype=values.dtype))
    return torch.where(values > q[1], 2.0, torch.where(values > q[0], 1.0, 0.0))
''',
        'thirds of the range (min to max), not of the values': '''
def tertile_levels(values):
    lo, hi = values.min(), values.max()
    q = lo + (hi - lo) * torch.tensor([1 / 3, 2 / 3], dtype=values.dtype)
    return (values[:, None] > q).sum(1)
''',
        'thirds by rank (argsort), not at the quantile cut points': '''
def tertile_levels(values):
    rank = values.argsort().argsort()
    return rank * 3 // len(values)
''',
    },
}

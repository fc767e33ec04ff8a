from otter.test_files import test_case

OK_FORMAT = False

name = "bag_of_words"
points = 2

@test_case(points=None, hidden=False)
def test_counts(bag_of_words):
    import math, torch
    got = bag_of_words('a dark dark bag', ['a', 'dark', 'bright', 'bag'])
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (4,), f'should return a vector of length 4, got {got!r}'
    assert got.tolist() == [1.0, 2.0, 0.0, 1.0], f"'a dark dark bag' has a once, dark twice, bag once; got {got.tolist()}"


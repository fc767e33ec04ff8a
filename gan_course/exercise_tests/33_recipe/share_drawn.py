from otter.test_files import test_case

OK_FORMAT = False

name = "share_drawn"
points = 1

@test_case(points=None, hidden=False)
def test_a_share(share_drawn):
    assert isinstance(share_drawn, (int, float)) and 0 <= share_drawn <= 1, f'share_drawn should be a number from 0 to 1, got {share_drawn!r}'
    assert abs(share_drawn - 1 / 30) > 1e-06, "not 1/30: the clusters are not drawn uniformly; `split_noise` draws each with its share of the training data, so that the samples follow the data's mixture"
    assert share_drawn not in (5, 0.5), '5% as a number between 0 and 1 is 0.05'


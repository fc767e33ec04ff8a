from otter.test_files import test_case

OK_FORMAT = False

name = "share_drawn"
points = 1

@test_case(points=None, hidden=False)
def test_a_share(share_drawn):
    assert isinstance(share_drawn, (int, float)) and 0 <= share_drawn <= 1, f'share_drawn should be a number from 0 to 1, got {share_drawn!r}'
    assert abs(share_drawn - 1 / 30) > 1e-06, "not 1/30: the clusters are not drawn uniformly; `split_noise` draws each with its share of the training data, so that the samples follow the data's mixture"
    assert abs(share_drawn - 0.5) > 1e-06, '0.5 would be half of the samples: the question asks for a share of 1, and a percentage p% is p / 100 of it'


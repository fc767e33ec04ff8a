from otter.test_files import test_case

OK_FORMAT = False

name = "exact_trip"
points = 1

@test_case(points=None, hidden=False)
def test_format(exact_trip):
    assert exact_trip in ('xyx', 'yxy'), f"exact_trip should be 'xyx' or 'yxy', got {exact_trip!r}"
    assert exact_trip != 'yxy', 'not that one: on the way y -> x -> y a picture of 256 grey levels a pixel becomes an edge map of one bit a pixel (every pixel exactly -1 or 1); can G get every grey back from the bits alone, for every picture? Many pictures share one edge map'


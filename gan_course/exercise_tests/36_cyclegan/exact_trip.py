from otter.test_files import test_case

OK_FORMAT = False

name = "exact_trip"
points = 1

@test_case(points=None, hidden=False)
def test_format(exact_trip):
    assert exact_trip in ('xyx', 'yxy'), f"exact_trip should be 'xyx' or 'yxy', got {exact_trip!r}"


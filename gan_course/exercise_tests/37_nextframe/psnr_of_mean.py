from otter.test_files import test_case

OK_FORMAT = False

name = "psnr_of_mean"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(psnr_of_mean):
    import math, torch
    assert isinstance(psnr_of_mean, (int, float)) and psnr_of_mean > 0, f'psnr_of_mean should be a positive number of dB, got {psnr_of_mean!r}'


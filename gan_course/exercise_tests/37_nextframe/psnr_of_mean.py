from otter.test_files import test_case

OK_FORMAT = False

name = "psnr_of_mean"
points = 1

@test_case(points=None, hidden=False)
def test_a_number(psnr_of_mean):
    import math, torch
    x = psnr_of_mean
    assert isinstance(x, (int, float)) and (not isinstance(x, bool)) and math.isfinite(x), f'psnr_of_mean should be a number of dB, got {x!r}'
    assert abs(x) > 0.01, '0 dB is the PSNR of an error as large as the whole pixel range; on the [0, 1] scale asked for, white is 1, black 0, and the grey halfway between'
    assert x > 0, f'psnr_of_mean should be a positive number of dB (the grey is closer to the truth than the full range), got {x!r}'
    assert abs(x - 20 * math.log10(4)) > 0.01, 'that is 20 log10(1 / MSE): the factor 20 goes with the root of the MSE; with the MSE itself, PSNR = 10 log10(peak^2 / MSE)'
    assert abs(x - 10 * math.log10(2)) > 0.01, 'that takes the error 0.5 itself for the MSE: the MSE is the mean of the squared differences'
    assert abs(x - 10 * math.log(4)) > 0.01, 'that uses the natural logarithm: decibels are 10 log10 of the ratio'


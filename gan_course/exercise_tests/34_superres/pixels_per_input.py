from otter.test_files import test_case

OK_FORMAT = False

name = "pixels_per_input"
points = 1

@test_case(points=None, hidden=False)
def test_an_int(pixels_per_input):
    import math, torch
    assert isinstance(pixels_per_input, int) and (not isinstance(pixels_per_input, bool)), f'pixels_per_input should be an int (a count: // divides integers exactly), got {pixels_per_input!r}'
    assert pixels_per_input > 1, f'the upscaler makes more pixels than it is given, got {pixels_per_input!r}'
    assert pixels_per_input != 4, '4x is how much each side grows; the question counts pixels, and the image grows along both of its sides: compare the pixels of the whole output with those of the input'
    assert pixels_per_input != 15, 'that counts the invented pixels only; the question asks for every output pixel produced for one input pixel, the one that is not invented included'


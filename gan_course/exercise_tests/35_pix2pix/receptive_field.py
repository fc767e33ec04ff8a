from otter.test_files import test_case

OK_FORMAT = False

name = "receptive_field"
points = 2

@test_case(points=None, hidden=False)
def test_chains(receptive_field):
    import math, torch

    def call(layers):
        try:
            got = receptive_field(layers)
        except Exception as e:
            raise AssertionError(f'receptive_field({layers}) raised {type(e).__name__}: {e}') from None
        assert isinstance(got, int) and (not isinstance(got, bool)), f'receptive_field({layers}) should return an int, got {got!r}'
        return got
    got = call([])
    assert got == 1, f'with no layer, an output unit is its own input pixel: start from 1, got {got}'
    got = (call([(3, 1)]), call([(3, 1), (3, 1)]))
    assert got == (3, 5), f'one 3x3 convolution of stride 1 sees 3 pixels, two see 5; got {got[0]} and {got[1]}'
    a, b = (call([(2, 2), (3, 1)]), call([(3, 1), (2, 2)]))
    if a == 7:
        raise AssertionError("[(2, 2), (3, 1)] gives 7: the jump was multiplied by a layer's stride before adding its (kernel - 1) * jump; a layer's stride spaces the units of the layers after it, so add first, then multiply the jump")
    if (a, b) == (4, 6):
        raise AssertionError('[(2, 2), (3, 1)] gives 4 and [(3, 1), (2, 2)] gives 6: the recursion r = (r - 1) * stride + kernel runs from the last layer back to the first; going through the layers in order, add (kernel - 1) * jump')
    if a == 4:
        raise AssertionError('[(2, 2), (3, 1)] gives 4, as if every stride were 1: after a stride-2 layer, neighbouring units are 2 input pixels apart, so each later layer adds (kernel - 1) * jump, with the jump multiplied by the strides so far')
    assert (a, b) == (6, 4), f'expected 6 for [(2, 2), (3, 1)] and 4 for [(3, 1), (2, 2)], got {a} and {b}'
    got = call([(4, 2), (4, 2), (4, 2), (4, 1), (4, 1)])
    assert got == 70, f"pix2pix's PatchGAN, [(4, 2), (4, 2), (4, 2), (4, 1), (4, 1)], sees 70 x 70 pixels, got {got}"


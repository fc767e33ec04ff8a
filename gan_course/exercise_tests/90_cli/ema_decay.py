from otter.test_files import test_case

OK_FORMAT = False

name = "ema_decay"
points = 2

@test_case(points=None, hidden=False)
def test_good_and_bad(ema_decay):
    import argparse, math
    got = ema_decay('0.999')
    assert isinstance(got, float) and got == 0.999, f"ema_decay('0.999') should return the float 0.999, got {got!r}"
    try:
        ema_decay('1')
    except argparse.ArgumentTypeError as e:
        assert '(0, 1)' in str(e) and '1' in str(e), f'the message should give the range (0, 1) and the value, it says: {e}'
    else:
        raise AssertionError("ema_decay('1') should raise argparse.ArgumentTypeError: a decay of 1 never moves the average")


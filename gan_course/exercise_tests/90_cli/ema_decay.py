from otter.test_files import test_case

OK_FORMAT = False

name = "ema_decay"
points = 2

@test_case(points=None, hidden=False)
def test_good_and_bad(ema_decay):
    import argparse, math
    for text, want in (('0.999', 0.999), ('0.5', 0.5)):
        try:
            got = ema_decay(text)
        except Exception as e:
            raise AssertionError(f'ema_decay({text!r}) raised {type(e).__name__}: {e}; {text} is a valid decay') from None
        assert isinstance(got, float) and got == want, f'ema_decay({text!r}) should return the float {want}, got {type(got).__name__} {got!r} (argparse stores what the type function returns)'
    for bad, why in (('1', 'a decay of 1 never moves the average'), ('0', 'a decay of 0 keeps no average'), ('1.5', 'it lies outside (0, 1)'), ('nan', 'nan is no decay (and every comparison with nan is False)'), ('fast', 'it is not a number')):
        try:
            got = ema_decay(bad)
        except argparse.ArgumentTypeError as e:
            msg = str(e)
            assert '(0, 1)' in msg, f'the message for {bad!r} should give the valid range as (0, 1), it says: {msg}'
            assert bad in msg.replace('(0, 1)', ''), f'the message for {bad!r} should give the value it got, {bad!r}; it says: {msg}'
        except Exception as e:
            raise AssertionError(f"ema_decay({bad!r}) raised {type(e).__name__}: {e}; raise argparse.ArgumentTypeError instead, the one error whose message argparse prints as it is (for others it prints a bare 'invalid value')") from None
        else:
            raise AssertionError(f'ema_decay({bad!r}) returned {got!r}; it should raise argparse.ArgumentTypeError: {why}')


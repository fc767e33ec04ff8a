from otter.test_files import test_case

OK_FORMAT = False

name = "bag_of_words"
points = 2

@test_case(points=None, hidden=False)
def test_counts_and_errors(bag_of_words):
    import math, torch
    vocab = ['a', 'dark', 'bright', 'bag']

    def call(caption, hint=''):
        try:
            return bag_of_words(caption, vocab)
        except Exception as e:
            raise AssertionError(f'bag_of_words({caption!r}, {vocab}) raised {type(e).__name__}: {e}{hint}') from None
    got = call('a dark dark bag')
    assert isinstance(got, torch.Tensor) and tuple(got.shape) == (4,), f'should return a vector of length len(vocab) = 4, got {got!r}'
    assert got.is_floating_point(), f'should return a float vector (a floating-point dtype such as torch.float32), got dtype {got.dtype}: the counts become the input of a network'
    assert got.tolist() == [1.0, 2.0, 0.0, 1.0], f"'a dark dark bag' has a once, dark twice, bright never, bag once: expected [1.0, 2.0, 0.0, 1.0], got {got.tolist()}"
    got = call('A Dark BAG', '; the caption is lower-cased before its words are looked up')
    assert isinstance(got, torch.Tensor) and got.tolist() == [1.0, 1.0, 0.0, 1.0], f"'A Dark BAG' lower-cased is 'a dark bag': expected [1.0, 1.0, 0.0, 1.0], got {(got.tolist() if isinstance(got, torch.Tensor) else got)!r}"
    try:
        out = bag_of_words('a purple bag', vocab)
    except ValueError as e:
        assert 'purple' in str(e) and all((w in str(e) for w in vocab[1:])), f"the ValueError for 'a purple bag' should name the word 'purple' and list the vocabulary ({', '.join(vocab)}); it says: {e}"
    except Exception as e:
        raise AssertionError(f"'a purple bag' should raise a ValueError (a word not in vocab), got {type(e).__name__}: {e}") from None
    else:
        raise AssertionError(f"'a purple bag' has a word that is not in vocab: it should raise a ValueError, not return {out!r}")
    for empty in ('', '   '):
        try:
            out = bag_of_words(empty, vocab)
        except ValueError:
            pass
        except Exception as e:
            raise AssertionError(f'the empty caption {empty!r} should raise a ValueError, got {type(e).__name__}: {e}') from None
        else:
            raise AssertionError(f'the empty caption {empty!r} should raise a ValueError, not return {out!r}')


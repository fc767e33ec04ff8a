from otter.test_files import test_case

OK_FORMAT = False

name = "cluster_of"
points = 2

@test_case(points=None, hidden=False)
def test_intervals(cluster_of):
    import torch
    shares = torch.tensor([0.5, 0.25, 0.25], dtype=torch.float64)
    u = torch.tensor([0.1, 0.5, 0.7, 0.75, 0.99], dtype=torch.float64)
    try:
        y, v = cluster_of(u, shares)
    except Exception as e:
        raise AssertionError(f'cluster_of(u, shares) with shares {shares.tolist()} raised {type(e).__name__}: {e}') from None
    assert isinstance(y, torch.Tensor) and y.tolist() == [0, 1, 1, 2, 2], f"expected clusters [0, 1, 1, 2, 2], got {(y.tolist() if isinstance(y, torch.Tensor) else y)!r}: cluster 0 owns [0, 0.5), cluster 1 [0.5, 0.75), cluster 2 [0.75, 1); u = 0.5 is in cluster 1's interval, which starts there (with torch.searchsorted, right=True)"
    assert torch.allclose(v, torch.tensor([0.2, 0.0, 0.8, 0.0, 0.96], dtype=torch.float64)), f"v is where u lies in its cluster's interval, rescaled to (0, 1): expected [0.2, 0, 0.8, 0, 0.96], got {[round(t, 4) for t in v.tolist()]}; subtract the interval's start and divide by the cluster's share"
    tenths, u = (torch.full((10,), 0.1, dtype=torch.float64), torch.tensor([0.05, 1 - 2 ** (-53)], dtype=torch.float64))
    try:
        y, v = cluster_of(u, tenths)
    except Exception as e:
        raise AssertionError(f'ten shares of 0.1 add up to 0.9999999999999999 in float64, and u = 1 - 2^-53 lies past that: cluster_of raised {type(e).__name__} ({e}); such a u belongs to the last cluster, 9') from None
    assert y.tolist() == [0, 9], f'with ten shares of 0.1, u = 0.05 is in cluster 0 and u = 1 - 2^-53 (past the cumulative sum, which rounds to 0.9999999999999999) in the last cluster, 9: got {y.tolist()}'
    assert 0.45 < v[0] < 0.55 and 0.99 < v[1] < 1.01, f'v should be 0.5 and about 1 there, got {v.tolist()}'


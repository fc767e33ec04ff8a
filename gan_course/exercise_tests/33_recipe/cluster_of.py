from otter.test_files import test_case

OK_FORMAT = False

name = "cluster_of"
points = 2

@test_case(points=None, hidden=False)
def test_intervals(cluster_of):
    import torch
    shares = torch.tensor([0.5, 0.25, 0.25], dtype=torch.float64)
    u = torch.tensor([0.1, 0.5, 0.7, 0.75, 0.99], dtype=torch.float64)
    y, v = cluster_of(u, shares)
    assert isinstance(y, torch.Tensor) and y.tolist() == [0, 1, 1, 2, 2], f"expected clusters [0, 1, 1, 2, 2], got {(y.tolist() if isinstance(y, torch.Tensor) else y)!r}: cluster 0 owns [0, 0.5), cluster 1 [0.5, 0.75), cluster 2 [0.75, 1); u = 0.5 is in cluster 1's interval, which starts there (with torch.searchsorted, right=True)"
    assert torch.allclose(v, torch.tensor([0.2, 0.0, 0.8, 0.0, 0.96], dtype=torch.float64)), f"v is where u lies in its cluster's interval, rescaled to (0, 1): expected [0.2, 0, 0.8, 0, 0.96], got {[round(t, 4) for t in v.tolist()]}; subtract the interval's start and divide by the cluster's share"


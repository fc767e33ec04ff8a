from otter.test_files import test_case

OK_FORMAT = False

name = "fp16_max"
points = 1

@test_case(points=None, hidden=False)
def test_types(fp16_max, needs_scaler):
    import math, torch
    assert isinstance(fp16_max, (int, float)) and fp16_max > 0, f'fp16_max should be a positive number, got {fp16_max!r}'
    assert needs_scaler in ('fp16', 'bf16'), f"needs_scaler should be 'fp16' or 'bf16', got {needs_scaler!r}"


from otter.test_files import test_case

OK_FORMAT = False

name = "fp16_max"
points = 1

@test_case(points=None, hidden=False)
def test_types(fp16_max, needs_scaler):
    import math, torch
    assert isinstance(fp16_max, (int, float)) and (not isinstance(fp16_max, bool)) and (fp16_max > 0), f'fp16_max should be a positive number, got {fp16_max!r}'
    assert fp16_max < 1e+30, f"fp16_max = {fp16_max:g} overflows to inf in fp16: that is the range of bf16 and fp32, whose exponent has 8 bits; fp16's exponent has 5 (ask torch.finfo about torch.float16)"
    h = torch.tensor(float(fp16_max), dtype=torch.float16).item()
    assert math.isfinite(h), f"fp16_max = {fp16_max:g} overflows to inf in fp16: it is beyond fp16's largest finite value (ask torch.finfo about torch.float16)"
    assert h == fp16_max, f'fp16_max = {fp16_max!r} is not an fp16 value: fp16 rounds it to {h!r}'
    bigger = torch.tensor(2 * h, dtype=torch.float16).item()
    assert not math.isfinite(bigger), f"fp16_max = {fp16_max:g} is an fp16 value, but not the largest finite one: {bigger:g} is finite in fp16 too (torch.finfo tells the largest, 'max'; 'tiny' and 'eps' are small numbers)"
    assert needs_scaler in ('fp16', 'bf16'), f"needs_scaler should be 'fp16' or 'bf16', got {needs_scaler!r}"
    assert needs_scaler != 'bf16', "needs_scaler = 'bf16': bf16 has fewer mantissa bits, but it keeps fp32's 8-bit exponent, so its small gradients do not underflow to 0; the scaler is for the precision whose exponent range is narrow"


from otter.test_files import test_case

OK_FORMAT = False

name = "sample_command"
points = 1

@test_case(points=None, hidden=False)
def test_a_command(sample_command):
    import argparse, math
    assert isinstance(sample_command, str) and sample_command.split()[:2] == ['gan-course', 'sample'], f"sample_command should be a string that starts with 'gan-course sample', got {sample_command!r}"


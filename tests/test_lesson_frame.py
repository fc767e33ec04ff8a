"""Every lesson has its frame: an opening that says what it teaches, how long its full run takes on 2 CPU cores and
which earlier lessons it needs, and takeaways before its exercises (tools/lesson_stats.py). The opening's links
point only at earlier lessons."""
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location('lesson_stats', ROOT / 'tools' / 'lesson_stats.py')
stats = importlib.util.module_from_spec(spec)
spec.loader.exec_module(stats)
LESSONS = stats.lessons(ROOT)


def test_lessons_found():
    assert len(LESSONS) >= 20 and all(p.stem[:2].isdigit() for p in LESSONS)


@pytest.mark.parametrize('path', LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_has_its_frame(path):
    assert stats.frame_problems(path) == []


@pytest.mark.parametrize('path', LESSONS, ids=[p.stem for p in LESSONS])
def test_needs_only_earlier_lessons(path):
    opening = [''.join(c['source']) for c in json.loads(path.read_text())['cells'] if c['cell_type'] == 'markdown'][:4]
    needs = re.search(r'\*\*Needs\.\*\*(.*?)(?:\n\n|\Z)', '\n\n'.join(opening), re.S)  # cells apart
    # lessons come in the order of their file names (33_conditional before 33_recipe)
    later = [m for m in re.findall(r'\((\d\d_\w+)\.ipynb\)', needs.group(1) if needs else '') if m >= path.stem]
    assert not later, f'{path.name} needs lessons {later}, which come after it'


def test_frame_check_catches_a_missing_frame(tmp_path):
    "The check fails when a lesson lacks its opening's time statement or its takeaways."
    cells = json.loads(LESSONS[0].read_text())['cells']
    for drop, says in [('**Time.**', 'how long the full run takes'), ('## Takeaways', 'no "## Takeaways" cell')]:
        nb = dict(cells=[c for c in cells if drop not in ''.join(c['source'])], metadata={}, nbformat=4, nbformat_minor=5)
        (tmp_path / '00_x.ipynb').write_text(json.dumps(nb))
        assert any(says in p for p in stats.frame_problems(tmp_path / '00_x.ipynb'))

"""pytest settings for gan_course: make nbval and nbdev agree.

1. `nbdev-clean` keeps a notebook's outputs but sets its execution counts to null; nbval then fails every such
   cell with "Unrun reference cell has outputs". Cells that have outputs are treated as run.
2. nbval ignores nbdev's cell flags. Cells flagged with one of `[tool.nbdev] tst_flags` (`#| notest`,
   `#| slow`: full-length runs) or with `#| eval: false` are skipped, as `nbdev-test` skips them.
3. Tests and notebooks run in fast mode unless the caller set `GAN_COURSE_FAST` (see `gan_course.core`).
"""
import os, re, tomllib
from pathlib import Path

os.environ.setdefault('GAN_COURSE_FAST', '1')
os.environ.setdefault('MPLBACKEND', 'agg')

_root = Path(__file__).parent
# the flags come from pyproject.toml; a copy of this file next to copied notebooks (tools/test.sh) uses the defaults
_cfg = tomllib.loads((_root/'pyproject.toml').read_text()) if (_root/'pyproject.toml').is_file() else {}
_flags = _cfg.get('tool', {}).get('nbdev', {}).get('tst_flags', 'notest slow').split()
_skip_re = re.compile(r'^\s*#\|\s*(?:(?:' + '|'.join(map(re.escape, _flags)) + r')\b|eval:\s*false\b)', re.M)

def _directives(src:str) -> str:
    "The leading `#|` lines of a cell, where nbdev reads its flags."
    lines = []
    for line in src.splitlines():
        if not line.strip(): continue
        if not line.lstrip().startswith('#|'): break
        lines.append(line)
    return '\n'.join(lines)

def pytest_collection_modifyitems(config, items):
    for item in items:
        cell = getattr(item, 'cell', None)
        if cell is None or not hasattr(item, 'options'): continue  # not an nbval cell
        if cell.get('execution_count') is None and cell.get('outputs'): cell['execution_count'] = 1
        if _skip_re.search(_directives(cell.source)): item.options['skip'] = True

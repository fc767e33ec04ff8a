"""What a student reads in each lesson, and whether the lesson has its frame.

Per lesson (every numbered notebook in nbs/ but the exercises' student versions, the outline and the grading
page), it counts:

- visible code lines: non-blank lines of the code cells a student reads, directive lines (`#| ...`) left out. A
  cell is out of the reading path when the docs hide it (`#| hide`) and the notebook does too: its input is
  collapsed (cell metadata `"jupyter": {"source_hidden": true}`, which JupyterLab honours), or it sits in the
  lesson's closing appendix (after a `## Appendix` heading). `#| hide` alone hides a cell in the docs only.
  A figure's drawing code is out of the reading path too when the docs fold it (`#| echo: false`: the figure shows,
  its code does not) and the notebook does (its input collapsed);
- the longest visible export cell (`#| export`), in the same lines;
- hidden cells: code cells out of the reading path (the library's own checks, the Colab install cell), and how many
  of them check something (`test_...(`, `assert`); and the figures whose drawing code is folded;
- the frame: an opening with "You will learn", "Time." (how long the full run takes on 2 CPU cores) and "Needs."
  (the earlier lessons it builds on), and a "## Takeaways" cell after the lesson and before its exercises.

`frame_problems` is what tests/test_lesson_frame.py checks in CI.

Usage:
    python tools/lesson_stats.py                  # a table of every lesson, and the course's totals
    python tools/lesson_stats.py --json out.json  # the same, as JSON
    python tools/lesson_stats.py nbs/36_cyclegan.ipynb
"""

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIRECTIVE = re.compile(r'^\s*#\|\s*(\w+)', re.M)
ECHO_OFF = re.compile(r'^\s*#\|\s*echo:\s*false\s*$', re.M)
CHECK = re.compile(r'\btest_\w+\(|\bassert\b')
TIME = re.compile(r'\*\*Time\.\*\*.*?\b(\d+(?:\.\d+)?)\s*(?:to\s*\d+\s*)?(?:minutes?|s)\b.*?\b2 CPU cores')


def lessons(root: Path = ROOT) -> list[Path]:
    "The lessons, in the order of their numbers."
    return sorted(p for p in (root / 'nbs').glob('[0-9][0-9]_*.ipynb')
                  if not p.stem.endswith('_exercises') and p.stem not in ('05_outline', '95_grading'))


def _src(c: dict) -> str:
    return ''.join(c['source']) if isinstance(c['source'], list) else c['source']


def directives(src: str) -> set[str]:
    return set(DIRECTIVE.findall(src))


def code_lines(src: str) -> int:
    "Non-blank lines, directives left out."
    return sum(1 for l in src.splitlines() if l.strip() and not l.lstrip().startswith('#|'))


def hidden(cells: list[dict]) -> list[bool]:
    """For each cell, whether it is out of the reading path: `#| hide`, and collapsed or in the closing appendix; or
    a figure whose code is folded (`#| echo: false`, and collapsed)."""
    out, appendix = [], False
    for c in cells:
        appendix = appendix or (c['cell_type'] == 'markdown' and _src(c).startswith('## Appendix'))
        collapsed = c.get('metadata', {}).get('jupyter', {}).get('source_hidden', False)
        d = directives(_src(c))
        out.append(c['cell_type'] == 'code' and (('hide' in d and (collapsed or appendix)) or
                                                 (ECHO_OFF.search(_src(c)) is not None and collapsed)))
    return out


def stats(path: Path) -> dict:
    "What one lesson shows a student: visible code lines, its longest visible export, its hidden cells, its frame."
    cells = json.loads(path.read_text())['cells']
    out = hidden(cells)
    visible = [c for c, h in zip(cells, out) if c['cell_type'] == 'code' and not h]
    checks = [c for c, h in zip(cells, out) if h and CHECK.search(_src(c))]
    exports = [code_lines(_src(c)) for c in visible if directives(_src(c)) & {'export', 'exports'}]
    figures = [c for c, h in zip(cells, out) if h and ECHO_OFF.search(_src(c))]
    return dict(lesson=path.stem, cells=len(cells), visible_code_lines=sum(code_lines(_src(c)) for c in visible),
                longest_export=max(exports, default=0), hidden_cells=sum(out) - len(figures), hidden_checks=len(checks),
                folded_figures=len(figures),
                frame=not frame_problems(path))


def frame_problems(path: Path) -> list[str]:
    """The lesson's frame, as problems to mend: an opening (within the first four markdown cells) with "**You will
    learn**", "**Time.**" stating the full run's length on 2 CPU cores, and "**Needs.**"; and a "## Takeaways" cell
    after the opening, before "## Exercises" when the lesson has them."""
    cells = json.loads(path.read_text())['cells']
    md = [(i, _src(c)) for i, c in enumerate(cells) if c['cell_type'] == 'markdown']
    opening = '\n'.join(s for _, s in md[:4])
    name, problems = path.name, []
    if '**You will learn**' not in opening:
        problems.append(f'{name}: the opening has no "**You will learn**" list')
    if not any(TIME.search(' '.join(par.split())) for par in opening.split('\n\n')):
        problems.append(f'{name}: the opening does not say how long the full run takes on 2 CPU cores '
                        '("**Time.** The full run takes about N minutes on 2 CPU cores ...")')
    if '**Needs.**' not in opening:
        problems.append(f'{name}: the opening does not say which earlier lessons it needs ("**Needs.** ...")')
    take = [i for i, s in md if s.startswith('## Takeaways')]
    ex = [i for i, s in md if s.startswith('## Exercises')]
    if not take:
        problems.append(f'{name}: no "## Takeaways" cell')
    elif ex and take[0] > ex[0]:
        problems.append(f'{name}: the takeaways come after the exercises')
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('notebooks', nargs='*', type=Path)
    ap.add_argument('--json', type=Path, help='also write the figures here')
    a = ap.parse_args(argv)
    rows = [stats(p) for p in (a.notebooks or lessons())]
    print(f"{'lesson':32} {'cells':>5} {'visible code':>12} {'longest export':>14} {'hidden':>6} {'checks':>6} {'figures':>7}  frame")
    for r in rows:
        print(f"{r['lesson']:32} {r['cells']:5} {r['visible_code_lines']:12} {r['longest_export']:14} "
              f"{r['hidden_cells']:6} {r['hidden_checks']:6} {r['folded_figures']:7}  {'yes' if r['frame'] else 'no'}")
    print(f"{'all ' + str(len(rows)) + ' lessons':32} {sum(r['cells'] for r in rows):5} "
          f"{sum(r['visible_code_lines'] for r in rows):12} {max(r['longest_export'] for r in rows):14} "
          f"{sum(r['hidden_cells'] for r in rows):6} {sum(r['hidden_checks'] for r in rows):6} "
          f"{sum(r['folded_figures'] for r in rows):7}  "
          f"{sum(r['frame'] for r in rows)} framed")
    if a.json: a.json.write_text(json.dumps(rows, indent=1) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())

"""The exercises: every lesson has them, the student versions and the shipped checks hold no solution and no hidden
test, a failing check says what is wrong, and no check repeats a lesson's own assertion.

(`tools/exercises.py check`, a step of tools/test.sh, proves the other half: every solution passes every test, every
student stub fails at least one, and every typical mistake of `exercises/<lesson>.mistakes.py` fails a feedback check
with a message and loses marks in the grading.)"""
import ast
import importlib.util
import json
import re
from pathlib import Path

import pytest
import torch

from gan_course.exercises import exercise_grader, exercise_tests

ROOT = Path(__file__).resolve().parents[1]
NBS, SOURCES = ROOT / 'nbs', ROOT / 'exercises'
LESSONS = sorted(p.stem for p in NBS.glob('[1-9][0-9]_*.ipynb') if not p.stem.endswith('_exercises') and p.stem != '95_grading')
spec = importlib.util.spec_from_file_location('exercises_tool', ROOT / 'tools' / 'exercises.py')
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)
HIDDEN = re.compile(r'^""" # BEGIN TEST CONFIG\s+hidden: true', re.M)


def cells(path: Path) -> list:
    return [(c['cell_type'], ''.join(c['source'])) for c in json.loads(path.read_text())['cells']]


def questions(lesson: str) -> list[dict]:
    "The source's questions: name, kind, public and hidden test names, in order."
    qs, cur, part = [], None, None
    for kind, src in cells(SOURCES / f'{lesson}.ipynb'):
        if kind == 'raw' and src.startswith('# BEGIN QUESTION'):
            cur = dict(name=re.search(r'name: (\S+)', src)[1], kind=None, public=[], hidden=[]); qs.append(cur)
        elif kind == 'raw' and src.strip() in ('# BEGIN SOLUTION', '# BEGIN TESTS'): part = src.strip().split()[-1]
        elif kind == 'raw' and src.strip() in ('# END SOLUTION', '# END TESTS'): part = None
        elif kind == 'markdown' and cur and cur['kind'] is None: cur['kind'] = re.search(r'\*\*Exercise \d+ \(([^)]+)\)', src)[1]
        elif kind == 'code' and part == 'TESTS':
            cur['hidden' if HIDDEN.match(src) else 'public'].append(re.search(r'^def (test_\w+)', src, re.M)[1])
    return qs


def test_every_lesson_has_exercises():
    assert len(LESSONS) >= 21, LESSONS
    assert sorted(p.stem for p in SOURCES.glob('*.ipynb')) == LESSONS, 'a lesson without exercises, or exercises without a lesson'
    for lesson in LESSONS:
        qs = questions(lesson)
        assert 2 <= len(qs) <= 4, f'{lesson}: {len(qs)} exercises'
        assert any(q['kind'] == 'graded function' for q in qs), f'{lesson}: no graded function'
        assert tool.solution_lines(SOURCES / f'{lesson}.ipynb'), f'{lesson}: no solution found in the source'
        assert all(q['public'] and q['hidden'] for q in qs), f'{lesson}: an exercise without both feedback checks and hidden tests'
        last = [src for kind, src in cells(NBS / f'{lesson}.ipynb') if kind == 'markdown'][-1]
        badge = f'https://colab.research.google.com/github/gan-course/gan_course/blob/main/nbs/{lesson}_exercises.ipynb'
        assert last.startswith('## Exercises') and f'({lesson}_exercises.ipynb)' in last and badge in last, \
            f'{lesson}: the lesson should end with a link and a Colab badge to its student version'


@pytest.mark.parametrize('lesson', LESSONS)
def test_student_version_has_no_solution_and_no_hidden_test(lesson):
    student = '\n'.join(src for _, src in cells(NBS / f'{lesson}_exercises.ipynb'))
    shipped = {p.stem: p.read_text() for p in exercise_tests(lesson).glob('*.py')}
    for line in tool.solution_lines(SOURCES / f'{lesson}.ipynb'):
        assert line not in student, f'{lesson}: a line of a solution is in the student version: {line}'
    for q in questions(lesson):
        assert q['name'] in shipped, f'{lesson}: no shipped checks for {q["name"]}'
        for t in q['public']: assert f'def {t}(' in shipped[q['name']], f'{lesson}: feedback check {t} not shipped'
        for t in q['hidden']:
            assert f'def {t}(' not in shipped[q['name']], f'{lesson}: hidden test {t} of {q["name"]} is shipped to students'
        assert f"grader.check('{q['name']}')" in student or f'grader.check("{q["name"]}")' in student, f'{lesson}: no check cell for {q["name"]}'
    assert 'def test_' not in student, f'{lesson}: a test in the student version'
    assert 'BEGIN SOLUTION' not in student and '# SOLUTION' not in student and 'BEGIN TESTS' not in student


def _mistake_lines(lesson: str) -> list[str]:
    "The lines of a lesson's typical mistakes that are theirs alone: not in the exercise source (signatures, imports)."
    source = (SOURCES / f'{lesson}.ipynb').read_text()
    lines = {l.strip() for ms in tool.mistakes_of(lesson).values() for code in ms.values() for l in code.splitlines()}
    return sorted(l for l in lines if len(l) > 12 and json.dumps(l)[1:-1] not in source)


@pytest.mark.parametrize('lesson', LESSONS)
def test_typical_mistakes_stay_with_the_instructor(lesson):
    table = tool.mistakes_of(lesson)
    for q in questions(lesson):
        assert len(table.get(q['name'], {})) >= tool.MIN_MISTAKES, \
            f"{lesson}: {q['name']} needs at least {tool.MIN_MISTAKES} typical mistakes in exercises/{lesson}.mistakes.py"
    student = (NBS / f'{lesson}_exercises.ipynb').read_text()
    shipped = '\n'.join(p.read_text() for p in exercise_tests(lesson).glob('*.py'))
    lines = _mistake_lines(lesson)
    assert lines, f'{lesson}: no line of a mistake of its own'
    for line in lines:
        assert json.dumps(line)[1:-1] not in student, f'{lesson}: a typical mistake is in the student version: {line}'
        assert line not in shipped, f'{lesson}: a typical mistake is in the shipped checks: {line}'
    assert not list((ROOT / 'gan_course').rglob('*.mistakes.py')), 'the typical mistakes are shipped in the package'


def test_a_failing_check_says_what_is_wrong():
    grader = exercise_grader('11_losses')
    wrong = lambda logits, targets: torch.sigmoid(logits).mean()  # not the BCE
    res = grader.check('bce_from_logits', global_env={'bce_from_logits': wrong})
    text = res.summary()
    assert not res.passed_all and 'should be' in text and 'got' in text, text
    stub = grader.check('bce_from_logits', global_env={'bce_from_logits': lambda logits, targets: None})
    assert not stub.passed_all and 'should return a scalar tensor, got None' in stub.summary(), stub.summary()
    ok = grader.check('g_loss_nonsaturating', global_env={'g_loss_nonsaturating': lambda z: torch.nn.functional.softplus(-z).mean()})
    assert ok.passed_all


def test_unknown_lesson_names_the_lessons():
    with pytest.raises(ValueError, match=r"No exercises for '99_nothing'.*11_losses"):
        exercise_tests('99_nothing')


def _asserts(src: str) -> set[str]:
    "The assert statements of some code, normalised (ast.unparse), skipping cells that do not parse (magics)."
    try: tree = ast.parse(src)
    except SyntaxError: return set()
    return {ast.unparse(n.test) for n in ast.walk(tree) if isinstance(n, ast.Assert)}


def test_no_check_repeats_a_lesson_assertion():
    for lesson in LESSONS:
        lesson_asserts = set().union(*(_asserts(s) for k, s in cells(NBS / f'{lesson}.ipynb') if k == 'code'))
        for k, s in cells(SOURCES / f'{lesson}.ipynb'):
            if k != 'code': continue
            same = _asserts(s) & lesson_asserts
            assert not same, f'{lesson}: an exercise check repeats the lesson\'s assertion {same}'


def test_the_exercises_page_lists_every_lesson():
    page = '\n'.join(src for kind, src in cells(NBS / '95_grading.ipynb') if kind == 'markdown')
    for lesson in LESSONS:
        assert f'({lesson}_exercises.ipynb)' in page, f'the exercises page does not list {lesson}'

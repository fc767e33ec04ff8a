"""Make and check the exercises: the student versions, the shipped feedback checks, and the instructor bundle.

The source of each lesson's exercises is `exercises/<lesson>.ipynb`, in otter-grader's notebook format. `otter assign`
turns it into the student version (solutions replaced by `...`, hidden tests removed) and the autograder (the
solutions and every test). This script runs it for every source and puts the results where they belong:

    nbs/<lesson>_exercises.ipynb          the student version: the docs site and the Colab badges show it
    gan_course/exercise_tests/<lesson>/   its feedback checks, shipped in the package (`gan_course.exercises`)
    build/exercises/instructor/<lesson>/  the solutions notebook, every test and otter's autograder zip

Usage:
    python tools/exercises.py build      # make all of the above
    python tools/exercises.py check      # the committed files are what the sources make; every solution passes all
                                         # its tests; every student stub fails at least one test of its exercise
    python tools/exercises.py check --otter-run-all   # the same, grading every lesson with `otter run` (slower)
    python tools/exercises.py check --lesson 20_dcgan # only these lessons (repeat --lesson), not the committed-files check
    python tools/exercises.py mistakes [--lesson L] [--json out.json] [--sources DIR]
                                         # how the feedback checks and the grading fare against the typical mistakes

`check` runs each notebook's code and otter's test files in one process, and grades one lesson end to end with
`otter run` and its autograder zip, as an instructor does; `--otter-run-all` grades every lesson that way.

The typical mistakes. Beside each source, `exercises/<lesson>.mistakes.py` holds the wrong answers students write,
as code: `MISTAKES = {question: {what the mistake is: code}}`, the code being what a student would put in the
answer's cell (a function, or `answer = value` for a short answer). `check` runs each one as a student would: the
solutions notebook's code first, then the mistake in place of the answer, then the question's feedback checks and its
full tests. Every mistake must fail a feedback check with an `AssertionError` that says what is wrong (not a raw
exception), and score less than full marks in the grading; every question must have at least two mistakes. The
mistakes are the instructor's, like the solutions: they reach neither the student versions nor the shipped checks.
`mistakes` reports the same without failing (`--sources` runs them against other sources, e.g. an older commit's).
"""
import argparse
import contextlib
import io
import os
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "exercises"
NBS = ROOT / "nbs"  # the student versions: nbs/<lesson>_exercises.ipynb
CHECKS = ROOT / "gan_course" / "exercise_tests"
INSTRUCTOR = ROOT / "build" / "exercises" / "instructor"
BIN = Path(sys.executable).parent
MIN_MISTAKES = 2  # typical mistakes per question, at least


def solution_lines(source: Path) -> list[str]:
    "The lines of a source's solutions that `otter assign` replaces with `...` (longer than 12 characters): what a student version must not show."
    out, cells = [], json.loads(source.read_text())["cells"]
    for prev, c in zip(cells, cells[1:]):
        if c["cell_type"] != "code" or "".join(prev["source"]).strip() != "# BEGIN SOLUTION": continue
        inside = False
        for line in "".join(c["source"]).splitlines():
            s = line.strip()
            if s in ("# BEGIN SOLUTION", "# END SOLUTION"): inside = s == "# BEGIN SOLUTION"
            elif (inside or s.endswith("# SOLUTION")) and len(s := s.replace("# SOLUTION", "").strip()) > 12: out.append(s)
    return out


def _tidy(path: Path):
    "Stable cell ids (from position and source) and no execution counts, outputs or cell metadata: a file that only changes when its source does."
    nb = json.loads(path.read_text())
    for i, c in enumerate(nb["cells"]):
        src = "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        c["id"] = hashlib.sha1(f"{i}:{src}".encode()).hexdigest()[:8]
        c["metadata"] = {}
        if c["cell_type"] == "code": c["execution_count"], c["outputs"] = None, []
    nb["metadata"] = {"kernelspec": nb["metadata"].get("kernelspec", {})}
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    subprocess.run([str(BIN / "nbdev-clean"), "--fname", str(path)], check=True)  # as the repository keeps its notebooks


def assign(source: Path, out: Path) -> dict:
    "Run `otter assign` on one source notebook into `out`; return the paths of what it made."
    lesson = source.stem
    r = subprocess.run([str(BIN / "otter"), "assign", "--no-pdfs", str(source), str(out)], capture_output=True, text=True)
    if r.returncode != 0 or "Test case failed" in r.stdout + r.stderr:
        raise SystemExit(f"otter assign failed for {source.relative_to(ROOT)} (a solution fails its tests, or the "
                         f"format is wrong):\n{(r.stdout + r.stderr)[-4000:]}")
    student, ag = out / "student" / f"{lesson}.ipynb", out / "autograder" / f"{lesson}.ipynb"
    _tidy(student)
    zips = sorted((out / "autograder").glob(f"{lesson}-autograder_*.zip"))
    return dict(student=student, student_tests=out / "student" / "tests", solutions=ag,
                tests=out / "autograder" / "tests", zip=zips[-1])


def build_all(out: Path, lessons=None, sources_dir: Path = SOURCES) -> dict:
    "Assign every source (or those of `lessons`) into `out`/<lesson>; return the results by lesson."
    sources = sorted(p for p in sources_dir.glob("*.ipynb") if not lessons or p.stem in lessons)
    if not sources: raise SystemExit(f"No exercise sources in {sources_dir}" + (f" for {sorted(lessons)}." if lessons else "."))
    with ThreadPoolExecutor(2) as pool:  # otter assign is a process each: two at a time on two cores
        return dict(zip((s.stem for s in sources), pool.map(lambda s: assign(s, out / s.stem), sources)))


def _tree(d: Path) -> dict:
    "The test files under `d` (not `__init__.py` or byte code, which importing them may leave)."
    return {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob("*.py")) if p.name != "__init__.py"} if d.is_dir() else {}


def build():
    with tempfile.TemporaryDirectory() as tmp:
        made = build_all(Path(tmp))
        for old in NBS.glob("*_exercises.ipynb"): old.unlink()
        shutil.rmtree(CHECKS, ignore_errors=True); shutil.rmtree(INSTRUCTOR, ignore_errors=True)
        for lesson, m in made.items():
            shutil.copy(m["student"], NBS / f"{lesson}_exercises.ipynb")
            shutil.copytree(m["student_tests"], CHECKS / lesson)
            dst = INSTRUCTOR / lesson
            dst.mkdir(parents=True)
            shutil.copy(m["solutions"], dst / f"{lesson}.ipynb")
            shutil.copytree(m["tests"], dst / "tests")
            shutil.copy(m["zip"], dst / f"{lesson}-autograder.zip")
            print(f"{lesson}: student version, {len(list((CHECKS / lesson).glob('*.py')))} feedback checks, instructor bundle")
    print(f"wrote nbs/*_exercises.ipynb, {CHECKS.relative_to(ROOT)}/ and {INSTRUCTOR.relative_to(ROOT)}/")


def grade(zip_path: Path, notebook: Path, tmp: Path) -> dict:
    "Otter's scores of `notebook` against the autograder zip: {exercise: (score, max_score)}."
    out = tmp / f"graded_{notebook.stem}_{len(list(tmp.iterdir()))}"
    out.mkdir()
    r = subprocess.run([str(BIN / "otter"), "run", "--no-logo", "-a", str(zip_path), "-o", str(out), str(notebook)],
                       capture_output=True, text=True, cwd=notebook.parent)
    res = out / "results.json"
    if not res.is_file(): raise SystemExit(f"otter run gave no results for {notebook.name}:\n{(r.stdout + r.stderr)[-4000:]}")
    tests = json.loads(res.read_text())["tests"]
    return {t["name"]: (t["score"], t["max_score"]) for t in tests if t.get("max_score") is not None}


def run_notebook(notebook: Path) -> dict:
    "Execute a notebook's code cells, except the feedback checks' `grader.check` calls, in a fresh namespace; return it."
    nb, env = json.loads(notebook.read_text()), {"__name__": "__main__"}
    cwd = os.getcwd()
    os.chdir(notebook.parent)
    try:
        for c in nb["cells"]:
            src = "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            if c["cell_type"] != "code" or "grader.check(" in src: continue
            with contextlib.redirect_stdout(io.StringIO()): exec(compile(src, f"{notebook.name}", "exec"), env)
    finally: os.chdir(cwd)
    return env


def scores(tests: Path, env: dict) -> dict:
    "Otter's scores of every test file in `tests` (feedback checks and hidden tests) against a notebook's namespace."
    from otter.test_files import ExceptionTestFile
    out = {}
    for f in sorted(tests.glob("*.py")):
        t = ExceptionTestFile.from_file(str(f))
        t.run(env)
        out[f.stem] = (t.score, t.possible)
    return out


def mistakes_of(lesson: str, sources_dir: Path = SOURCES) -> dict:
    "A lesson's typical mistakes, from `exercises/<lesson>.mistakes.py`: {question: {what: code}}."
    p = sources_dir / f"{lesson}.mistakes.py"
    if not p.is_file(): p = SOURCES / f"{lesson}.mistakes.py"
    if not p.is_file(): return {}
    env = {}
    exec(compile(p.read_text(), str(p), "exec"), env)
    return env.get("MISTAKES", {})


def _cases(test_file: Path, env: dict) -> list:
    "Run each test case of an otter test file against `env`: a list of the exceptions raised (None for a pass)."
    from otter.test_files import ExceptionTestFile
    out = []
    for tc in ExceptionTestFile.from_file(str(test_file)).test_cases:
        try: tc.body.call_func(env); out.append(None)
        except KeyboardInterrupt: raise
        except BaseException as e: out.append(e)  # SystemExit too: argparse exits on a bad command line
    return out


def try_mistake(m: dict, question: str, code: str, solved: dict) -> dict:
    """Put one mistake in place of the answer to `question` in a copy of the solved namespace, then run the question's
    feedback checks and its full tests: whether a check failed (`caught`), whether every failure says what is wrong
    (`told`: an AssertionError with a message), the first failure's text, and the grade (`score`, `possible`)."""
    env = dict(solved)
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a wrong answer's NaN warnings: the checks report what matters
        exec(compile(textwrap.dedent(code), f"<mistake in {question}>", "exec"), env)
        public = [e for e in _cases(m["student_tests"] / f"{question}.py", env) if e is not None]
        full = _cases(m["tests"] / f"{question}.py", env)
    told = bool(public) and all(isinstance(e, AssertionError) and str(e).strip() for e in public)
    return dict(caught=bool(public), told=told, message=f"{type(public[0]).__name__}: {public[0]}" if public else "",
                score=sum(e is None for e in full), possible=len(full))


def check_mistakes(lesson: str, m: dict, sources_dir: Path = SOURCES, solved: dict | None = None) -> tuple[list, list]:
    """Run a lesson's typical mistakes: (problems, one row per mistake). Without `solved` (the namespace of the
    solutions notebook, when the caller has it and checks the solutions itself), it runs the solutions and checks them too."""
    problems, rows, table = [], [], mistakes_of(lesson, sources_dir)
    check_solutions, solved = solved is None, solved if solved is not None else run_notebook(m["solutions"])
    questions = sorted(p.stem for p in m["tests"].glob("*.py") if p.name != "__init__.py")
    for q in questions:
        if len(table.get(q, {})) < MIN_MISTAKES:
            problems.append(f"{lesson}: {q} has {len(table.get(q, {}))} typical mistakes in exercises/{lesson}.mistakes.py; "
                            f"it needs at least {MIN_MISTAKES}")
    for q in sorted(set(table) - set(questions)): problems.append(f"{lesson}: exercises/{lesson}.mistakes.py names {q}, which is no question")
    for q in (questions if check_solutions else []):
        fails = [e for e in _cases(m["tests"] / f"{q}.py", solved) if e is not None]
        if fails: problems.append(f"{lesson}: the solution of {q} fails its tests: {type(fails[0]).__name__}: {str(fails[0])[:200]}")
    for q in [q for q in questions if q in table]:
        for what, code in table[q].items():
            try: r = try_mistake(m, q, code, solved)
            except Exception as e:
                problems.append(f"{lesson}: the mistake '{what}' in {q} does not run: {type(e).__name__}: {e}"); continue
            rows.append(dict(lesson=lesson, question=q, mistake=what, **r))
            if not r["caught"]: problems.append(f"{lesson}: the feedback check of {q} passes the mistake '{what}'")
            elif not r["told"]: problems.append(f"{lesson}: the feedback check of {q} fails '{what}' without saying why ({r['message'][:160]})")
            if r["score"] >= r["possible"]: problems.append(f"{lesson}: the grading gives full marks to the mistake '{what}' in {q}")
    return problems, rows


def report_mistakes(lessons=None, json_out: Path | None = None, sources_dir: Path = SOURCES):
    "Print, per question, how many typical mistakes the feedback checks catch (with a message) and the grading marks down."
    rows, problems = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for lesson, m in build_all(Path(tmp), lessons, sources_dir).items():
            p, r = check_mistakes(lesson, m, sources_dir); problems += p; rows += r
    by_q = {}
    for r in rows: by_q.setdefault((r["lesson"], r["question"]), []).append(r)
    for (lesson, q), rs in by_q.items():
        print(f"{lesson:30s} {q:22s} {len(rs)} mistakes: feedback catches {sum(r['caught'] for r in rs)} "
              f"({sum(r['told'] for r in rs)} with a message), grading marks down {sum(r['score'] < r['possible'] for r in rs)}")
        for r in rs:
            if not (r["told"] and r["score"] < r["possible"]): print(f"    {r['mistake']}: caught {r['caught']}, told {r['told']}, "
                                                                       f"grade {r['score']}/{r['possible']}  {r['message'][:120]}")
    n = len(rows)
    print(f"{n} mistakes: feedback catches {sum(r['caught'] for r in rows)}, with a message {sum(r['told'] for r in rows)}, "
          f"grading marks down {sum(r['score'] < r['possible'] for r in rows)}")
    if json_out: json_out.write_text(json.dumps(rows, indent=1) + "\n")
    if problems: print("problems:\n  " + "\n  ".join(problems))
    return problems


def check(otter_run_all: bool = False, lessons=None):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        made = build_all(tmp / "made", lessons)
        for i, (lesson, m) in enumerate(made.items()):
            # 1. the committed student version and checks are what the source makes
            committed = NBS / f"{lesson}_exercises.ipynb"
            if not committed.is_file() or committed.read_bytes() != m["student"].read_bytes():
                problems.append(f"{committed.relative_to(ROOT)} is not what exercises/{lesson}.ipynb makes")
            if _tree(CHECKS / lesson) != _tree(m["student_tests"]):
                problems.append(f"{(CHECKS / lesson).relative_to(ROOT)}/ is not what exercises/{lesson}.ipynb makes")
            # 2. every solution passes every test, hidden ones included; 3. every stub fails at least one test
            solved = run_notebook(m["solutions"])  # the solutions' namespace: graded here, and the base of every mistake
            if otter_run_all or i == 0:  # end to end, as an instructor grades: otter run with the autograder zip
                sol, stub = grade(m["zip"], m["solutions"], tmp), grade(m["zip"], m["student"], tmp)
                how = "otter run"
            else:
                sol, stub = scores(m["tests"], solved), scores(m["tests"], run_notebook(m["student"]))
                how = "otter test files"
            for q, (score, top) in sol.items():
                if score != top: problems.append(f"{lesson}: the solution of {q} scores {score} of {top}")
            for q, (score, top) in stub.items():
                if score >= top: problems.append(f"{lesson}: the student stub of {q} passes every test ({score} of {top}): a check is vacuous")
            if set(stub) != set(sol): problems.append(f"{lesson}: graded {sorted(stub)} in the student version, {sorted(sol)} in the solutions")
            # 4. every typical mistake fails a feedback check, with a message, and loses marks in the grading
            mp, rows = check_mistakes(lesson, m, solved=solved)
            problems += mp
            print(f"{lesson}: {len(sol)} exercises; solutions {sum(s for s, _ in sol.values()):g} of {sum(t for _, t in sol.values()):g} points, "
                  f"stubs {sum(s for s, _ in stub.values()):g} ({how}); {len(rows)} typical mistakes, "
                  f"{sum(r['told'] for r in rows)} failed by the feedback checks with a message, {sum(r['score'] < r['possible'] for r in rows)} marked down")
        extra = set() if lessons else {p.stem[:-len("_exercises")] for p in NBS.glob("*_exercises.ipynb")} - set(made)
        if extra: problems.append(f"student versions without a source: {sorted(extra)}")
    if problems:
        print("exercises: FAIL\n  " + "\n  ".join(problems) + "\n(after editing exercises/, run: python tools/exercises.py build)")
        raise SystemExit(1)
    print("exercises: OK")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("command", choices=("build", "check", "mistakes"))
    p.add_argument("--otter-run-all", action="store_true", help="check: grade every lesson with otter run, not only the first")
    p.add_argument("--lesson", action="append", help="check or mistakes: only this lesson (repeat for more)")
    p.add_argument("--json", type=Path, help="mistakes: write one row per mistake here")
    p.add_argument("--sources", type=Path, default=SOURCES, help="mistakes: the exercise sources to run them against")
    a = p.parse_args()
    if a.command == "build": build()
    elif a.command == "check": check(a.otter_run_all, a.lesson)
    else: report_mistakes(a.lesson, a.json, a.sources.resolve())

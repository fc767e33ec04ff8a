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

`check` runs each notebook's code and otter's test files in one process, and grades one lesson end to end with
`otter run` and its autograder zip, as an instructor does; `--otter-run-all` grades every lesson that way.
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "exercises"
NBS = ROOT / "nbs"  # the student versions: nbs/<lesson>_exercises.ipynb
CHECKS = ROOT / "gan_course" / "exercise_tests"
INSTRUCTOR = ROOT / "build" / "exercises" / "instructor"
BIN = Path(sys.executable).parent


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


def build_all(out: Path) -> dict:
    "Assign every source into `out`/<lesson>; return the results by lesson."
    sources = sorted(SOURCES.glob("*.ipynb"))
    if not sources: raise SystemExit(f"No exercise sources in {SOURCES}.")
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


def check(otter_run_all: bool = False):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        made = build_all(tmp / "made")
        for i, (lesson, m) in enumerate(made.items()):
            # 1. the committed student version and checks are what the source makes
            committed = NBS / f"{lesson}_exercises.ipynb"
            if not committed.is_file() or committed.read_bytes() != m["student"].read_bytes():
                problems.append(f"{committed.relative_to(ROOT)} is not what exercises/{lesson}.ipynb makes")
            if _tree(CHECKS / lesson) != _tree(m["student_tests"]):
                problems.append(f"{(CHECKS / lesson).relative_to(ROOT)}/ is not what exercises/{lesson}.ipynb makes")
            # 2. every solution passes every test, hidden ones included; 3. every stub fails at least one test
            if otter_run_all or i == 0:  # end to end, as an instructor grades: otter run with the autograder zip
                sol, stub = grade(m["zip"], m["solutions"], tmp), grade(m["zip"], m["student"], tmp)
                how = "otter run"
            else:
                sol, stub = scores(m["tests"], run_notebook(m["solutions"])), scores(m["tests"], run_notebook(m["student"]))
                how = "otter test files"
            for q, (score, top) in sol.items():
                if score != top: problems.append(f"{lesson}: the solution of {q} scores {score} of {top}")
            for q, (score, top) in stub.items():
                if score >= top: problems.append(f"{lesson}: the student stub of {q} passes every test ({score} of {top}): a check is vacuous")
            if set(stub) != set(sol): problems.append(f"{lesson}: graded {sorted(stub)} in the student version, {sorted(sol)} in the solutions")
            print(f"{lesson}: {len(sol)} exercises; solutions {sum(s for s, _ in sol.values()):g} of {sum(t for _, t in sol.values()):g} points, "
                  f"stubs {sum(s for s, _ in stub.values()):g} ({how})")
        extra = {p.stem[:-len("_exercises")] for p in NBS.glob("*_exercises.ipynb")} - set(made)
        if extra: problems.append(f"student versions without a source: {sorted(extra)}")
    if problems:
        print("exercises: FAIL\n  " + "\n  ".join(problems) + "\n(after editing exercises/, run: python tools/exercises.py build)")
        raise SystemExit(1)
    print("exercises: OK")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("command", choices=("build", "check"))
    p.add_argument("--otter-run-all", action="store_true", help="check: grade every lesson with otter run, not only the first")
    a = p.parse_args()
    build() if a.command == "build" else check(a.otter_run_all)

"""Check the outputs stored in the notebooks: what a student opens and what the docs site shows.

1. Made by a full-mode run. A notebook that sizes its runs by the mode (it calls `fast_or_full` or `is_fast`)
   must show the output of `report_mode()` (gan_course.core), and that output must say 'full mode'. A
   notebook that never reads the mode makes the same outputs in both modes.
2. Pictures stored: a cell that draws a figure at its top level (`plt.show()` on an unindented line) has a stored
   picture. (A run with MPLBACKEND=agg executes such cells but stores no picture.)
3. No paths of the machine that ran it: no stored output (text, HTML, markdown, error tracebacks) holds an
   absolute path such as `/home/me/gan_course/data` or `/tmp/tmpab12/x.png`, nor the repository's own path.
   Paths are shown relative to the repository or the data root, or under `~` (`gan_course.core.show_path`).

Exit 0 when every notebook passes, 1 with the list of problems otherwise.

Usage:
    python tools/check_outputs.py                 # every notebook in nbs/
    python tools/check_outputs.py nbs/13_toy_gan.ipynb
"""

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READS_MODE = re.compile(r"\b(fast_or_full|is_fast)\(")
MODE_CALL = re.compile(r"^\s*report_mode\(\)\s*$", re.M)
SHOWS_FIGURE = re.compile(r"^[^\s#].*\bplt\.show\(\)", re.M)
SKIPPED = re.compile(r"^\s*#\|\s*(slow|notest|eval:\s*false)\b", re.M)  # cells that CI skips may be left unrun
# an absolute path of two or more parts, not part of a URL (`https://host/a/b`), a relative path (`a/b/c`) or `~/a/b`
ABS_PATH = re.compile(r"(?<![\w:/.~\-])/[A-Za-z_][\w.-]*/[\w.-]+")
DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+")  # an image inlined in HTML: binary, as a PNG output is


def text(v) -> str:
    return "".join(v) if isinstance(v, list) else (v or "")


def output_texts(out: dict) -> list[str]:
    "Every piece of text in one stored output (images are binary and skipped)."
    if out.get("output_type") == "error":
        return [out.get("evalue", ""), *out.get("traceback", [])]
    texts = [text(out.get("text"))]
    for kind, v in out.get("data", {}).items():
        if kind.startswith("text/"): texts.append(DATA_URI.sub("data:...", text(v)))
        elif kind.endswith("json"): texts.append(json.dumps(v))
    return texts


def check_notebook(path: Path, root: Path = ROOT) -> list[str]:
    "The problems of one notebook's stored outputs, as readable lines."
    cells = json.loads(path.read_text())["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    problems, name = [], path.name
    if any(READS_MODE.search(text(c["source"])) for c in code):
        marks = [c for c in code if MODE_CALL.search(text(c["source"]))]
        shown = [t for c in marks for o in c.get("outputs", []) for t in output_texts(o) if t.strip()]
        if not marks:
            problems.append(f"{name}: sizes its runs by the mode but has no `report_mode()` cell")
        elif not shown:
            problems.append(f"{name}: its `report_mode()` cell has no stored output: run the notebook in full mode "
                            "(GAN_COURSE_FAST=0) and save it")
        elif not all(t.startswith("full mode") for t in shown):
            problems.append(f"{name}: stored outputs come from a fast-mode run ({shown[0].strip()!r}): "
                            "rerun it with GAN_COURSE_FAST=0 and save it")
    for i, c in enumerate(cells):
        src = text(c["source"]) if c["cell_type"] == "code" else ""
        if SHOWS_FIGURE.search(src) and not SKIPPED.search(src) and not any("image/png" in o.get("data", {}) for o in c.get("outputs", [])):
            problems.append(f"{name}, cell {i}: draws a figure but stores no picture: run the notebook in a kernel "
                            "with its inline backend (tools/run_full.sh; MPLBACKEND=agg stores none)")
    here = [str(root.resolve()), str(Path.home())]
    for i, c in enumerate(cells):
        for o in c.get("outputs", []):
            for t in output_texts(o):
                hits = [h for h in here if h != "/" and h in t] or [m.group(0) for m in ABS_PATH.finditer(t)]
                if hits:
                    problems.append(f"{name}, cell {i}: a stored output shows the path {hits[0]!r} of the machine that "
                                    "ran it: show it relative to the repository or the data root (gan_course.core.show_path)")
                    break
    return problems


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("notebooks", nargs="*", type=Path, help="default: every notebook in nbs/")
    args = p.parse_args(argv)
    nbs = args.notebooks or sorted((ROOT / "nbs").glob("*.ipynb"))
    problems = [line for nb in nbs for line in check_notebook(nb)]
    for line in problems: print("FAIL:", line)
    print(f"stored outputs: {len(nbs)} notebooks checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

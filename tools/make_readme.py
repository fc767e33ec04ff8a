"""Write README.md at the repository root from nbs/index.ipynb, without Quarto (which `nbdev-readme` needs).

The README is the notebook as the docs show it, in GitHub markdown:
- markdown cells verbatim; raw cells (front matter) are left out;
- code cells as ```python blocks, with their `#|` directive lines removed; a cell is left out, as in the docs,
  when it has `#| hide`, `#| include: false`, `#| export`, `#| exporti` or `#| default_exp`; `#| echo: false`
  keeps only the outputs and `#| output: false` only the code;
- the stored outputs of the cells that are shown: text (stdout and results) as plain ``` blocks, markdown
  outputs verbatim, PNG pictures as image files beside the notebook (`nbs/images/readme_cellN.png`, written and
  checked with the README) shown with an image link; HTML is left out (a README cannot embed it);
- relative links and images, which are relative to nbs/, are rewritten to work from the README's folder
  (`images/x.svg` -> `nbs/images/x.svg`, `00_core.ipynb` -> `nbs/00_core.ipynb`); links in code are not touched.

Usage:
    python tools/make_readme.py            # write README.md
    python tools/make_readme.py --check    # exit 1 if README.md is not what would be written (CI)
    python tools/make_readme.py --nb nbs/index.ipynb --out README.md
"""

import argparse
import base64
import difflib
import json
import os
import posixpath
import re
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
HEADER = "<!-- generated from {nb} by tools/make_readme.py: do not edit -->"
DIRECTIVE = re.compile(r"^\s*#\s*\|")
SKIP = {"hide", "export", "exporti", "default_exp"}  # nbdev leaves these cells out of the docs
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# A link target in markdown `](target`, a reference `[label]: target`, or HTML `src="target"` / `href='target'`
LINK = re.compile(r"""(?P<pre>\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?|\b(?:src|href)\s*=\s*["'])(?P<target>[^\s)"'<>]+)""", re.M)
FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+).+?\1", re.S)


def text(v) -> str:
    "A notebook string, which may be stored as a list of lines."
    return "".join(v) if isinstance(v, list) else (v or "")


def rewrite_links(md: str, fix: Callable[[str], str]) -> str:
    "Apply `fix` to every link and image target in markdown `md`, except inside code blocks and code spans."
    out, fence = [], None
    for line in md.split("\n"):
        m = FENCE.match(line)
        if fence:  # inside a fenced block, until the same fence closes it
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip().strip(fence[0]):
                fence = None
            out.append(line)
            continue
        if m:
            fence = m.group(1)
            out.append(line)
            continue
        parts, last = [], 0
        for span in CODE_SPAN.finditer(line):
            parts.append(LINK.sub(lambda l: l["pre"] + fix(l["target"]), line[last:span.start()]))
            parts.append(span.group(0))
            last = span.end()
        parts.append(LINK.sub(lambda l: l["pre"] + fix(l["target"]), line[last:]))
        out.append("".join(parts))
    return "\n".join(out)


def is_relative(target: str) -> bool:
    "Whether a link target is a relative path: no scheme (https:, mailto:, data:), no leading / or #."
    return bool(target) and not target.startswith(("#", "/")) and not re.match(r"[A-Za-z][\w+.-]*:", target)


def relinker(nb_dir: Path, out_dir: Path) -> Callable[[str], str]:
    "A function that turns a target relative to `nb_dir` into one relative to `out_dir`."
    def fix(target: str) -> str:
        if not is_relative(target):
            return target
        path, sep, tail = re.match(r"([^#?]*)([#?]?)(.*)", target).groups()
        if not path:
            return target
        new = posixpath.normpath(Path(os.path.relpath(nb_dir / path, out_dir)).as_posix())
        return new + sep + tail
    return fix


def directives(src: str) -> tuple[dict, str]:
    "The `#|` directives of a code cell (`{'hide': '', 'echo': 'false'}`), and the code without them."
    found, code = {}, []
    for line in src.split("\n"):
        if DIRECTIVE.match(line):
            key, _, value = DIRECTIVE.sub("", line).strip().partition(":")
            found[key.strip()] = value.strip().lower()
        else:
            code.append(line)
    return found, "\n".join(code).strip("\n")


def fenced(body: str, lang: str = "") -> str:
    "A fenced code block, with a fence longer than any run of backticks in `body`."
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    f = "`" * max(3, longest + 1)
    return f"{f}{lang}\n{body}\n{f}"


def outputs_md(outputs: list, fix: Callable[[str], str], picture: Callable[[bytes], str] | None = None) -> list[str]:
    "Markdown for the stored outputs of a cell: text as plain blocks, markdown verbatim, PNGs via `picture`; the rest is left out."
    blocks = []
    for o in outputs:
        if o.get("output_type") == "stream":
            if o.get("name") == "stdout" and text(o.get("text")).strip():
                blocks.append(fenced(ANSI.sub("", text(o["text"])).rstrip("\n")))
        elif o.get("output_type") in ("execute_result", "display_data"):
            data = o.get("data", {})
            if "text/markdown" in data:
                blocks.append(rewrite_links(text(data["text/markdown"]).strip("\n"), fix))
            elif "image/png" in data and picture is not None:
                blocks.append(f"![output]({picture(base64.b64decode(text(data['image/png'])))})")
            elif "text/plain" in data and not any(k.startswith("image/") or k == "text/html" for k in data):
                blocks.append(fenced(ANSI.sub("", text(data["text/plain"])).rstrip("\n")))
    return blocks


def make_readme(nb_path: Path, out_path: Path, root: Path = ROOT, images: dict | None = None) -> str:
    """The README text for notebook `nb_path`, with links rewritten for a README at `out_path`.
    With `images` (a dict), PNG outputs are linked as `images/readme_cellN.png` beside the notebook, and their
    bytes are put in `images` under those paths for the caller to write or check."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    fix = relinker(nb_path.parent.resolve(), out_path.parent.resolve())
    try:
        name = nb_path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        name = nb_path.name
    blocks = [HEADER.format(nb=name)]
    for i, cell in enumerate(nb["cells"]):
        src = text(cell.get("source"))
        if cell["cell_type"] == "markdown":
            if src.strip():
                blocks.append(rewrite_links(src.strip("\n"), fix))
        elif cell["cell_type"] == "code":
            d, code = directives(src)
            if d.keys() & SKIP or d.get("include") == "false":
                continue
            if code.strip() and d.get("echo") != "false":
                blocks.append(fenced(code, "python"))
            if d.get("output") != "false":
                def picture(png: bytes, i=i) -> str:  # readme_cellN.png, then readme_cellN_1.png, ... for more in one cell
                    n = sum(p.name.startswith(f"readme_cell{i}.") or p.name.startswith(f"readme_cell{i}_") for p in images)
                    path = nb_path.parent / "images" / (f"readme_cell{i}.png" if n == 0 else f"readme_cell{i}_{n}.png")
                    images[path] = png
                    return fix(f"images/{path.name}")
                blocks += outputs_md(cell.get("outputs", []), fix, picture if images is not None else None)
    return "\n\n".join(blocks) + "\n"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--nb", type=Path, default=ROOT / "nbs" / "index.ipynb", help="the notebook (default: nbs/index.ipynb)")
    p.add_argument("--out", type=Path, default=ROOT / "README.md", help="the README to write (default: README.md)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if the README differs from what would be written")
    args = p.parse_args()
    if not args.nb.exists():
        print(f"make_readme: {args.nb} does not exist", file=sys.stderr)
        return 1
    images = {}
    new = make_readme(args.nb, args.out, images=images)
    if args.check:
        old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        stale = [p for p, png in images.items() if not p.is_file() or p.read_bytes() != png]
        if stale:
            print(f"make_readme: {', '.join(map(str, stale))} differ from the pictures in {args.nb.name}: run python tools/make_readme.py", file=sys.stderr)
            return 1
        if old == new:
            print(f"make_readme: {args.out.name} is up to date with {args.nb.name}")
            return 0
        diff = difflib.unified_diff(old.splitlines(), new.splitlines(), f"{args.out.name} (on disk)", f"{args.out.name} (from {args.nb.name})", lineterm="")
        print(*list(diff)[:40], sep="\n")
        print(f"make_readme: {args.out} is out of date: run python tools/make_readme.py", file=sys.stderr)
        return 1
    for path, png in images.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png)
    args.out.write_text(new, encoding="utf-8")
    print(f"make_readme: wrote {args.out} from {args.nb}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the gan_course docs site offline: nbdev's notebook processing, then `smalldocs render`.

Quarto cannot be installed here, so this does what `nbdev-docs` does, without Quarto:

1. nbdev's processing, exactly as `nbdev-proc-nbs` runs it (`nbdev.quarto._pre_docs`) but without its
   `_ensure_quarto()` step, which would try to download and install Quarto: refresh `nbs/_quarto.yml`,
   `nbs/nbdev.yml` and `nbs/sidebar.yml` (the same files nbdev writes), rebuild `_modidx.py`, and process every
   notebook into `_proc/` (front matter, `show_doc` API docs for exported symbols, hidden cells removed, ...).
   nbdev runs some cells while doing so (exported cells, `show_doc` cells and every cell that contains an
   import); `_proc/` is nbdev's cache, so an unchanged notebook is not processed again.
2. A copy of `_proc/` is staged for smalldocs (`_proc/` itself stays nbdev's cache), with the few changes that
   smalldocs needs to give the same site as Quarto would:
   - each notebook is renamed to its nbdev page name (`00_core.ipynb` -> `core.ipynb`, so the page is
     `core.html`, as with Quarto: smalldocs does not read `output-file`), and links between notebooks follow;
   - links to the hosted docs (`<site-url>/core.html#seed_everything`, which nbdev writes for backticked
     names) become links inside the site; links to repository files outside nbs/ (`../data/README.md`), which
     are not part of the site, go to GitHub (`<repo-url>/blob/<branch>/data/README.md`);
   - web assets in sub-folders of nbs/ (`nbs/images/*.svg`) are added: with `recursive = false`, nbdev leaves
     them out of `_proc/`, and smalldocs then publishes those that pages use;
   - `_quarto.yml`, `nbdev.yml` and `sidebar.yml` are merged into one `_quarto.yml` without the keys smalldocs
     cannot use (the commonmark format, `keep-md`, `format-links`; `css` when there is no `nbs/styles.css`).
3. `smalldocs render` of the staged project into the docs folder (`doc_path` in pyproject.toml: `_docs/`).

Before processing it warns about a title cell with more than `# Title` and `> summary` (nbdev drops the
rest of that cell from the page); --verbose also lists the cells that nbdev will run.
The site is static: `python -m http.server -d _docs` serves it, and `tools/check_docs.py` checks it in a browser.

Usage (from anywhere; the repository is the folder above tools/):
    python tools/build_docs.py             # build into _docs/
    python tools/build_docs.py --force     # ignore nbdev's cache in _proc/ and process every notebook again
    python tools/build_docs.py --strict    # exit 1 on any smalldocs warning as well
"""

import argparse
import ast
import json
import os
import posixpath
import re
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

import yaml

from make_readme import rewrite_links  # tools/make_readme.py: rewrites link targets, outside code

ROOT = Path(__file__).resolve().parent.parent
# Keys of nbdev's `_quarto.yml`/`nbdev.yml` that smalldocs cannot use: it makes only HTML and writes no .md copies.
DROP_KEYS = [("format", "commonmark"), ("format", "html", "keep-md"), ("format-links",)]
# The files in sub-folders of nbs/ that pages may show or link to
ASSETS = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".css", ".js", ".mp4", ".webm", ".pdf", ".csv", ".txt"}
# The `#|` directives that make nbdev run a cell while processing it for the docs
SHOW_DIRECTIVES = {"export", "exports", "exporti", "exec_doc"}


def directives(src: str) -> dict:
    "The leading `#| key: value` directives of a cell, as nbdev reads them."
    out = {}
    for line in src.splitlines():
        if not line.strip():
            continue
        m = re.match(r"\s*#\s*\|\s*([\w-]+)\s*:?\s*(.*)", line)
        if not m:
            break
        out[m.group(1)] = m.group(2).strip()
    return out


def cells_nbdev_runs(nb_path: Path) -> list[tuple[int, str]]:
    "The cells, other than exports and imports alone, that nbdev runs while processing `nb_path` for the docs."
    found = []
    for i, cell in enumerate(json.loads(nb_path.read_text(encoding="utf-8"))["cells"]):
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] != "code" or not src.strip():
            continue
        d = directives(src)
        if d.keys() & SHOW_DIRECTIVES or d.get("eval", "").lower() == "false":
            continue
        code = "\n".join("" if re.match(r"\s*[%!]", l) else l for l in src.splitlines())
        try:
            tree = ast.parse(code)
        except SyntaxError:
            continue
        imports = any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree))
        only_imports = all(isinstance(n, (ast.Import, ast.ImportFrom)) for n in tree.body)
        only_show_doc = all(isinstance(n, ast.Expr) and getattr(getattr(n.value, "func", None), "id", "") == "show_doc" for n in tree.body)
        if imports and not only_imports and not only_show_doc:
            first = next(l for l in src.splitlines() if l.strip() and not l.lstrip().startswith("#|"))
            found.append((i, first.strip()))
    return found


def title_cell_extras(nb_path: Path) -> list[str]:
    "Lines of the first markdown cell beyond `# Title`, `> summary` and `- key: value`: nbdev drops them from the page."
    for cell in json.loads(nb_path.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] == "raw":
            return []  # front matter in a raw cell: nbdev reads the title from there
        if cell["cell_type"] == "markdown":
            src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            if not re.match(r"\s*# ", src):
                return []
            return [l for l in src.splitlines()[1:] if l.strip() and not re.match(r"\s*(>|- [\w-]+:\s)", l)]
    return []


def process_notebooks(cfg, force: bool, workers: int) -> Path:
    "Run nbdev's docs processing (what `nbdev-proc-nbs` does, minus installing Quarto); return `_proc/`."
    import nbdev.doclinks
    from nbdev.quarto import nbdev_sidebar, refresh_quarto_yml
    from nbdev.serve import proc_nbs

    os.chdir(cfg.config_path)
    refresh_quarto_yml()
    nbdev.doclinks._build_modidx()
    nbdev_sidebar.__wrapped__(path=cfg.nbs_path)
    return proc_nbs(cfg.nbs_path, n_workers=workers, force=force)


def drop_key(d: dict, keys: tuple) -> None:
    "Remove the nested key `keys` from `d`, if it is there."
    for k in keys[:-1]:
        d = d.get(k)
        if not isinstance(d, dict):
            return
    d.pop(keys[-1], None)


def merged_config(proc: Path, out: Path) -> dict:
    "The `_quarto.yml` of `proc` merged with its `metadata-files`, less what smalldocs cannot use."
    from smalldocs.config import merge

    cfg = yaml.safe_load((proc / "_quarto.yml").read_text()) or {}
    for name in cfg.pop("metadata-files", []) or []:
        if (proc / name).exists():
            cfg = merge(yaml.safe_load((proc / name).read_text()) or {}, cfg)
    for keys in DROP_KEYS:
        drop_key(cfg, keys)
    html = (cfg.get("format") or {}).get("html") or {}
    if html.get("css") and not all((proc / c).exists() for c in ([html["css"]] if isinstance(html["css"], str) else html["css"])):
        html.pop("css")  # nbdev's default _quarto.yml names styles.css, which this project may not have
    cfg.setdefault("project", {})["output-dir"] = str(out)
    return cfg


def stage(proc: Path, nbs: Path, staged: Path, out: Path, site_url: str, repo_blob: str) -> dict[str, str]:
    "Copy `proc` to `staged` for smalldocs; return the renames, old notebook name -> new."
    shutil.copytree(proc, staged, ignore=shutil.ignore_patterns("_docs", "_site", ".*"))
    # With `recursive = false` in pyproject.toml nbdev leaves out the files in sub-folders of nbs/ (nbs/images/...),
    # which the pages link to: copy the web assets among them too (smalldocs publishes only those that pages use)
    for f in sorted(nbs.rglob("*")):
        rel = f.relative_to(nbs)
        if f.is_file() and f.suffix.lower() in ASSETS and not any(p.startswith(("_", ".")) for p in rel.parts):
            if not (staged / rel).exists():
                (staged / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(f, staged / rel)
    # 1. each notebook takes its nbdev page name, from the `output-file` in its front matter
    renames, fronts = {}, {}
    for nb_path in sorted(staged.rglob("*.ipynb")):
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        first = nb["cells"][0] if nb["cells"] else None
        src = "".join(first["source"]) if first and first["cell_type"] == "raw" else ""
        m = re.search(r"^output-file:\s*(\S+)\.html\s*$", src, re.M)
        fronts[nb_path] = (nb_path, nb)
        if m:
            first["source"] = src[: m.start()] + src[m.end() + 1 :]  # the name now says it
            new = nb_path.with_name(m.group(1) + ".ipynb")
            rel_old, rel_new = nb_path.relative_to(staged).as_posix(), new.relative_to(staged).as_posix()
            if rel_new != rel_old:
                if rel_new in renames.values() or (new.exists() and rel_new not in renames):
                    sys.exit(f"build_docs: two notebooks would both make the page {m.group(1)}.html")
                renames[rel_old] = rel_new
            fronts[nb_path] = (new, nb)
    # 2. links: to renamed notebooks, and to pages of the hosted docs, become links inside the site
    base = site_url.rstrip("/") + "/" if site_url else None
    def fix_target(target: str) -> str:
        if base and target.startswith(base) and target[len(base):].split("#")[0].endswith(".html"):
            return target[len(base):]  # these pages are in this site
        path, sep, tail = target.partition("#")
        path = path.removeprefix("./")
        if path.startswith("../") and repo_blob and not re.match(r"[A-Za-z][\w+.-]*:", path):
            # a file of the repository outside nbs/ (../data/README.md) is not in the site: link to it on GitHub
            return repo_blob + posixpath.normpath(posixpath.join(nbs.name, path)) + sep + tail
        return renames[path] + sep + tail if path in renames else target
    def fix(text: str) -> str:
        return rewrite_links(text, fix_target)
    for old_path, (new_path, nb) in fronts.items():
        for cell in nb["cells"]:
            if cell["cell_type"] == "markdown":
                cell["source"] = fix("".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"])
            for o in cell.get("outputs", []):
                for mime in ("text/markdown", "text/html"):
                    v = o.get("data", {}).get(mime)
                    if v is not None:
                        o["data"][mime] = fix("".join(v) if isinstance(v, list) else v)
        old_path.unlink()
        new_path.write_text(json.dumps(nb, indent=1, ensure_ascii=False), encoding="utf-8")
    # 3. one config, for smalldocs; the sidebar lists the renamed notebooks
    cfg = merged_config(proc, out)
    sidebar = ((cfg.get("website") or {}).get("sidebar") or {})
    def rename_entries(items):
        return [renames.get(x, x) if isinstance(x, str) else ({**x, "contents": rename_entries(x["contents"])} if isinstance(x, dict) and "contents" in x else x) for x in items or []]
    if "contents" in sidebar:
        sidebar["contents"] = rename_entries(sidebar["contents"])
    for name in ("nbdev.yml", "sidebar.yml"):
        (staged / name).unlink(missing_ok=True)
    (staged / "_quarto.yml").write_text(yaml.safe_dump(cfg, sort_keys=False))
    return renames


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, help="where to write the site (default: doc_path of pyproject.toml, _docs)")
    p.add_argument("--force", action="store_true", help="process every notebook again, ignoring nbdev's cache in _proc/")
    p.add_argument("--workers", type=int, default=0,
                   help="nbdev worker processes; 0 (the default) processes in this process, which imports torch once and is faster here")
    p.add_argument("--verbose", "-v", action="store_true", help="list the cells that nbdev runs beyond exports and imports")
    p.add_argument("--strict", action="store_true", help="exit 1 if smalldocs warns about anything")
    args = p.parse_args()

    # Cells that nbdev runs (see above) run in the course's fast mode, without a display.
    os.environ.setdefault("GAN_COURSE_FAST", "1")
    os.environ.setdefault("MPLBACKEND", "agg")
    # nbdev warns, with the whole cell, about each cell with imports and other code; --verbose lists them briefly
    warnings.filterwarnings("ignore", message="Found cells containing imports")
    os.environ["PYTHONWARNINGS"] = "ignore:Found cells containing imports"  # for nbdev's worker processes
    from nbdev.config import get_config

    cfg = get_config(ROOT)
    out = (args.out or cfg.doc_path).resolve()
    nbs = sorted(cfg.nbs_path.glob("*.ipynb"))
    if not (cfg.nbs_path / "index.ipynb").exists():
        print("build_docs: warning: nbs/index.ipynb is missing, so the site has no home page", file=sys.stderr)
    for nb in nbs:
        if extra := title_cell_extras(nb):
            print(f"build_docs: warning: {nb.name}: nbdev makes the first markdown cell the title and summary and drops the "
                  f"rest of it from the page ({len(extra)} line(s) from {extra[0][:50]!r}): move them to a cell of their own",
                  file=sys.stderr)
    for nb in nbs if args.verbose else []:
        for i, first in cells_nbdev_runs(nb):
            print(f"build_docs: note: nbdev runs cell {i} of {nb.name} for the docs (it has imports and other code): {first[:70]}", file=sys.stderr)

    t0 = time.perf_counter()
    try:
        proc = process_notebooks(cfg, args.force, args.workers)
    except Exception as e:  # nbdev's message names the notebook and the cell
        hint = ("\n\nnbdev runs exported cells, show_doc cells and every cell with an import while it builds the docs "
                "(see --verbose). A cell that has imports and other code runs without the cells before it: put its imports "
                "in a cell of their own.") if "in cell" in str(e) else ""
        print(f"build_docs: nbdev could not process the notebooks:\n{e}{hint}", file=sys.stderr)
        return 1
    t1 = time.perf_counter()

    from smalldocs.site import build

    with tempfile.TemporaryDirectory(prefix="gan_course_docs_") as tmp:
        staged = Path(tmp) / "site"
        site_url = str(cfg.get("doc_host", "")) + str(cfg.get("doc_baseurl", ""))
        repo_blob = f"{cfg.git_url}/blob/{cfg.get('branch', 'main')}/" if cfg.get("git_url") else ""
        renames = stage(proc, cfg.nbs_path, staged, out, site_url, repo_blob)
        site = build(staged, quiet=True)
    t2 = time.perf_counter()
    for w in site.warnings:
        print(f"build_docs: smalldocs warning: {w}", file=sys.stderr)
    print(f"build_docs: {len(nbs)} notebook(s) -> {len(site.pages)} page(s) in {os.path.relpath(out)}/ "
          f"(nbdev {t1 - t0:.1f} s, smalldocs {t2 - t1:.1f} s); renamed: "
          + (", ".join(f"{a} -> {b.removesuffix('.ipynb')}.html" for a, b in renames.items()) or "none"))
    return 1 if args.strict and site.warnings else 0


if __name__ == "__main__":
    sys.exit(main())

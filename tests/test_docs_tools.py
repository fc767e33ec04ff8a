"""Tests of tools/make_readme.py (README.md from nbs/index.ipynb, without Quarto), on a small notebook of their own."""
import base64
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parent.parent / "tools" / "make_readme.py"
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n a picture").decode()
spec = importlib.util.spec_from_file_location("make_readme", TOOL)
make_readme = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_readme)


def cell(kind, src, outputs=None):
    c = {"cell_type": kind, "metadata": {}, "source": src}
    if kind == "code":
        c.update(execution_count=None, outputs=outputs or [])
    return c


def write_nb(path: Path, cells: list) -> Path:
    nb = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb))
    return path


def sample_repo(tmp_path: Path) -> Path:
    "A repository with nbs/index.ipynb: images, links, hidden cells, directives and outputs."
    return write_nb(tmp_path / "nbs" / "index.ipynb", [
        cell("markdown", "# demo\n\n> A one-line summary."),
        cell("markdown", ["[![Colab](images/colab-badge.svg)](https://colab.research.google.com/x.ipynb)\n",
                          "See [Core](00_core.ipynb#seed_everything), [data](../data/README.md), [top](#demo) and\n",
                          "<img src=\"images/plot.png\" width=\"100\">; `[code](00_core.ipynb)` is code.\n",
                          "\n```python\n# ![fenced](images/x.png)\n```"]),
        cell("code", "#| hide\nfrom secret import hidden_thing", [{"output_type": "stream", "name": "stdout", "text": "HIDDEN\n"}]),
        cell("code", "#| export\ndef exported(): pass"),
        cell("code", "#| echo: true\nprint(1 + 1)", [{"output_type": "stream", "name": "stdout", "text": ["2\n"]},
                                                   {"output_type": "stream", "name": "stderr", "text": "a warning\n"}]),
        cell("code", "#| echo: false\nx = 3\nx", [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                                                  "data": {"text/plain": "3"}}]),
        cell("code", "fig", [{"output_type": "display_data", "metadata": {}, "data": {"image/png": PNG, "text/plain": "<Figure>"}}]),
    ])


def test_readme_content(tmp_path):
    nb = sample_repo(tmp_path)
    text = make_readme.make_readme(nb, tmp_path / "README.md", root=tmp_path)
    assert text.startswith("<!-- generated from nbs/index.ipynb by tools/make_readme.py: do not edit -->\n")
    assert "# demo\n\n> A one-line summary." in text
    # relative paths are rewritten for a README at the root; URLs, anchors and code are not
    assert "[![Colab](nbs/images/colab-badge.svg)](https://colab.research.google.com/x.ipynb)" in text
    assert "[Core](nbs/00_core.ipynb#seed_everything)" in text
    assert "[data](data/README.md)" in text and "[top](#demo)" in text
    assert '<img src="nbs/images/plot.png" width="100">' in text
    assert "`[code](00_core.ipynb)`" in text and "# ![fenced](images/x.png)" in text
    # hidden and exported cells are left out, with their outputs; directives are removed
    assert "hidden_thing" not in text and "HIDDEN" not in text and "exported" not in text
    assert "#|" not in text
    assert "```python\nprint(1 + 1)\n```\n\n```\n2\n```" in text
    assert "a warning" not in text  # stderr is not shown
    assert "x = 3" not in text and "```\n3\n```" in text  # echo: false keeps only the output
    assert "```python\nfig\n```" in text and "<Figure>" not in text and PNG not in text  # pictures are left out...
    assert text.endswith("\n") and not text.endswith("\n\n")


def run(*args, cwd):
    return subprocess.run([sys.executable, str(TOOL), *args], cwd=cwd, capture_output=True, text=True)


def test_write_and_check(tmp_path):
    nb = sample_repo(tmp_path)
    readme = tmp_path / "README.md"
    common = ["--nb", str(nb), "--out", str(readme)]
    r = run(*common, "--check", cwd=tmp_path)
    assert r.returncode == 1  # no README yet
    assert run(*common, cwd=tmp_path).returncode == 0 and readme.exists()
    assert run(*common, "--check", cwd=tmp_path).returncode == 0  # in sync
    readme.write_text(readme.read_text() + "hand edit\n")
    r = run(*common, "--check", cwd=tmp_path)
    assert r.returncode == 1 and "hand edit" in r.stdout and "out of date" in r.stderr
    write_nb(nb, [cell("markdown", "# changed")])  # the notebook changed, the README did not
    assert run(*common, "--check", cwd=tmp_path).returncode == 1
    assert run(*common, cwd=tmp_path).returncode == 0
    assert run(*common, "--check", cwd=tmp_path).returncode == 0


def test_readme_pictures(tmp_path):
    "...unless asked for: the CLI writes each picture beside the notebook, links it, and --check compares the bytes."
    nb = sample_repo(tmp_path)
    readme = tmp_path / "README.md"
    common = ["--nb", str(nb), "--out", str(readme)]
    assert run(*common, cwd=tmp_path).returncode == 0
    pics = sorted((tmp_path / "nbs" / "images").glob("readme_cell*.png"))
    assert len(pics) == 1 and pics[0].read_bytes() == base64.b64decode(PNG)
    assert f"```python\nfig\n```\n\n![output](nbs/images/{pics[0].name})" in readme.read_text()
    assert run(*common, "--check", cwd=tmp_path).returncode == 0
    two = write_nb(tmp_path / "two" / "nbs" / "index.ipynb", [cell("code", "fig", [
        {"output_type": "display_data", "metadata": {}, "data": {"image/png": PNG}},
        {"output_type": "display_data", "metadata": {}, "data": {"image/png": base64.b64encode(b"second").decode()}}])])
    imgs = {}
    text = make_readme.make_readme(two, tmp_path / "two" / "README.md", root=tmp_path / "two", images=imgs)
    assert sorted(p.name for p in imgs) == ["readme_cell0.png", "readme_cell0_1.png"] and "readme_cell0_1.png" in text
    pics[0].write_bytes(b"another picture")
    r = run(*common, "--check", cwd=tmp_path)
    assert r.returncode == 1 and "differ from the pictures" in r.stderr


def test_rewrite_links_only_outside_code():
    fix = make_readme.relinker(Path("/r/nbs"), Path("/r"))
    md = "![a](img/a.png) `![b](img/b.png)` [c](https://x.org/c.png) [d]: img/d.png\n~~~\n[e](e.ipynb)\n~~~\n[f](./f.ipynb?x=1#y)"
    out = make_readme.rewrite_links(md, fix)
    assert out == "![a](nbs/img/a.png) `![b](img/b.png)` [c](https://x.org/c.png) [d]: img/d.png\n~~~\n[e](e.ipynb)\n~~~\n[f](nbs/f.ipynb?x=1#y)"
    assert make_readme.rewrite_links("[d]: img/d.png", fix) == "[d]: nbs/img/d.png"  # a reference definition


def test_api_pages_lists_public_functions_and_classes(tmp_path):
    "check_docs finds each module's page and the names its API page must document (constants and private names excluded)."
    pytest = __import__("pytest")
    pytest.importorskip("nbdev")
    spec = importlib.util.spec_from_file_location("check_docs", TOOL.parent / "check_docs.py")
    check_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_docs)
    write_nb(tmp_path / "nbs" / "05_thing.ipynb", [cell("code", "#| default_exp thing"), cell("code", "#| export\ndef f(): pass")])
    write_nb(tmp_path / "nbs" / "06_lesson.ipynb", [cell("markdown", "# no module")])
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "thing.py").write_text("__all__ = ['LIMIT', 'f', 'Thing']\nLIMIT = 3\ndef f(): pass\ndef _g(): pass\nclass Thing: pass\n")
    assert check_docs.api_pages(tmp_path / "nbs", tmp_path / "lib") == {"thing.html": ("thing", ["f", "Thing"])}

"""Tests of tools/check_outputs.py (stored outputs: from a full-mode run, with no paths of the machine), on small notebooks of their own."""
import importlib.util
import json
from pathlib import Path

TOOL = Path(__file__).resolve().parent.parent / "tools" / "check_outputs.py"
spec = importlib.util.spec_from_file_location("check_outputs", TOOL)
check_outputs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_outputs)


def code(src, *texts):
    outs = [{"output_type": "stream", "name": "stdout", "text": t} for t in texts]
    return {"cell_type": "code", "metadata": {}, "source": src, "execution_count": None, "outputs": outs}


def nb(tmp_path, *cells, name="lesson.ipynb"):
    p = tmp_path / name
    p.write_text(json.dumps({"cells": list(cells), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    return p


def problems(path, root):
    return check_outputs.check_notebook(path, root=root)


def test_mode(tmp_path):
    sizes = code("n = fast_or_full(10, 1000)")
    full = code("report_mode()", "full mode: the lessons' real sizes\n")
    fast = code("report_mode()", "fast mode: the small sizes of CI\n")
    assert problems(nb(tmp_path, sizes, full), tmp_path) == []
    [p] = problems(nb(tmp_path, sizes, fast), tmp_path)
    assert "from a fast-mode run" in p and "GAN_COURSE_FAST=0" in p
    [p] = problems(nb(tmp_path, sizes, code("report_mode()")), tmp_path)
    assert "has no stored output" in p
    [p] = problems(nb(tmp_path, sizes), tmp_path)
    assert "no `report_mode()` cell" in p
    assert problems(nb(tmp_path, code("x = 1", "1\n")), tmp_path) == []  # a notebook that never reads the mode


def test_pictures(tmp_path):
    png = {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBORw==", "text/plain": "<Figure>"}}
    drawn = code("fig, ax = plt.subplots()\nax.plot([1, 2])\nplt.tight_layout(); plt.show()")
    [p] = problems(nb(tmp_path, drawn), tmp_path)
    assert "draws a figure but stores no picture" in p and "cell 0" in p
    assert problems(nb(tmp_path, {**drawn, "outputs": [png]}), tmp_path) == []
    # a figure drawn only under a condition, or in a cell CI skips, may have none
    assert problems(nb(tmp_path, code("if gpu:\n    plt.show()"), code("#| slow\nplt.show()")), tmp_path) == []


def test_paths(tmp_path):
    clean = code("print(show_path(p))", "data/fashion_mnist\n", "~/.cache/gan_course/data\n",
                 "see https://github.com/gan-course/gan_course/blob/main/x.ipynb and nbs/images/a.png\n")
    assert problems(nb(tmp_path, clean), tmp_path) == []
    gif = {"output_type": "display_data", "metadata": {}, "data": {"text/html": '<img src="data:image/gif;base64,R0lGOD/v8DAw/MHBwc+/x=">'}}
    assert problems(nb(tmp_path, {**code("HTML(tag)"), "outputs": [gif]}), tmp_path) == []  # base64 is not a path
    leak = {"output_type": "display_data", "metadata": {}, "data": {"text/html": '<img src="data:image/gif;base64,R0lG"> /home/me/x.gif'}}
    assert problems(nb(tmp_path, {**code("HTML(tag)"), "outputs": [leak]}), tmp_path)  # but the rest of the HTML is read
    for shown in (f"{tmp_path}/data\n", "Path('/home/me/gan_course/data')\n", "saved /tmp/tmpab12cd/samples.png\n"):
        [p] = problems(nb(tmp_path, code("print(p)", shown)), tmp_path)
        assert "shows the path" in p and "cell 0" in p
    err = {"cell_type": "code", "metadata": {}, "source": "f()", "execution_count": None,
           "outputs": [{"output_type": "error", "ename": "E", "evalue": "x", "traceback": ["File /usr/lib/python3/x.py, line 1"]}]}
    [p] = problems(nb(tmp_path, err), tmp_path)
    assert "/usr/lib" in p and "shows the path" in p


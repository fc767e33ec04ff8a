"""The widgets in a real browser: JupyterLab started headless on localhost, a notebook opened in headless Chromium
(Playwright driving Debian's `chromium`) and its cell run. The minimax playground: a slider moved with the keyboard,
and the values shown checked against `playground_state`. The sketch pad: cells clicked with the mouse, and the
nearest generated image redrawn. Screenshots are kept in test-artifacts/widgets/.

Skipped (with the reason) where Chromium, Playwright, JupyterLab or ipywidgets is missing. Total time is bounded
(about 2 minutes at worst); it takes about 20-30 s where everything works."""
import contextlib
import importlib.util
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "widgets"
CHROMIUM = os.environ.get("GAN_COURSE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
NOTEBOOKS = {"playground.ipynb": "from gan_course.widgets import minimax_playground\n_ = minimax_playground()",
             "sketch.ipynb": "from gan_course.quickstart import pretrained_generator\nfrom gan_course.widgets import sketch_pad\n"
                             "_ = sketch_pad(pretrained_generator(), steps=20)"}
TIMEOUT_S = 120  # for everything: server start, kernel start, imports, rendering


def _missing() -> str | None:
    "Why the test cannot run here, or None."
    if not Path(CHROMIUM).is_file(): return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    for mod, pkg in (("playwright", "playwright"), ("jupyterlab", "jupyterlab"), ("ipywidgets", "ipywidgets"),
                     ("jupyterlab_widgets", "jupyterlab_widgets")):
        if importlib.util.find_spec(mod) is None: return f"{pkg} is not installed (pip install {pkg})"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write_notebook(path: Path, cell: str):
    nb = {"cells": [{"cell_type": "code", "execution_count": None, "id": "widget", "metadata": {}, "outputs": [],
                     "source": cell}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    path.write_text(json.dumps(nb))


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    "A headless JupyterLab on 127.0.0.1 serving a temporary folder with the test notebook; shut down afterwards."
    why = _missing()
    if why: pytest.skip(f"browser test skipped: {why}")
    tmp = tmp_path_factory.mktemp("lab")
    root, cfg = tmp / "root", tmp / "config"
    root.mkdir(); (cfg / "labconfig").mkdir(parents=True)
    for name, cell in NOTEBOOKS.items(): _write_notebook(root / name, cell)
    # no news pop-up, no update check: nothing that reaches for the internet or covers the page
    (cfg / "labconfig" / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}))
    port, token = _free_port(), secrets.token_hex(16)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTEST_CURRENT_TEST", "GAN_COURSE_STATIC")}
    env.update(JUPYTER_CONFIG_DIR=str(cfg), JUPYTER_RUNTIME_DIR=str(tmp / "runtime"), OMP_NUM_THREADS="1")
    log = open(tmp / "lab.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
         "--ServerApp.port_retries=0", f"--ServerApp.token={token}", f"--ServerApp.root_dir={root}",
         f"--LabApp.workspaces_dir={tmp / 'workspaces'}", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"

    def stop():
        try:
            req = urllib.request.Request(f"{url}/api/shutdown", method="POST", headers={"Authorization": f"token {token}"})
            urllib.request.urlopen(req, timeout=5)
        except OSError: pass
        try: proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the server's own process group (it was started in a new session)
            proc.wait(5)
        log.close()

    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2) as r:
                if r.status == 200: break
        except OSError: pass
        if proc.poll() is not None or time.monotonic() > deadline:
            stop()
            pytest.fail(f"JupyterLab did not start:\n{(tmp / 'lab.log').read_text()[-3000:]}")
        time.sleep(0.3)
    yield dict(url=url, token=token, log=tmp / "lab.log")
    stop()


def _slider_value(page, i: int) -> float:
    "The readout of the i-th slider of the widget."
    return float(page.locator(".widget-hslider .widget-readout").nth(i).inner_text())


def _text(page) -> str:
    "The values the widget shows as text, with HTML's collapsed white space."
    return " ".join(page.locator("code.gan-values").inner_text().split())


def _open_and_run(page, lab, name: str, ready: str, left, errors: list, shot: Path):
    "Open notebook `name` in JupyterLab, run its cell, and wait until `ready` (a CSS selector) shows in its output."
    # a workspace of its own, reset: only this notebook open, whatever the other tests opened
    page.goto(f"{lab['url']}/lab/workspaces/{Path(name).stem}/tree/{name}?reset&token={lab['token']}", timeout=left())
    # wait until the notebook is open and its kernel is ready
    cell = page.locator(".jp-NotebookPanel:visible .jp-CodeCell").first
    cell.locator(".cm-content").wait_for(timeout=left())
    page.get_by_text(re.compile(r"\| Idle$")).first.wait_for(timeout=left())
    # run the cell (Ctrl+Enter keeps the focus on it); once more if the kernel was not listening yet
    prompt = cell.locator(".jp-InputArea-prompt")
    for _ in range(3):
        cell.locator(".cm-content").click()
        page.keyboard.press("Control+Enter")
        try:
            page.wait_for_function("el => /\\[(\\*|\\d+)\\]/.test(el.innerText)", arg=prompt.element_handle(),
                                   timeout=min(left(), 8_000))
            break
        except Exception: pass
    # JupyterLab's widget manager can miss a model that the kernel made while it was still starting, and then shows
    # "model not found": that is the front end's race, not the widget's fault, so the cell runs once more
    missing = page.locator(".jp-OutputArea").get_by_text("model not found")
    for _ in range(2):
        try: page.locator(ready).or_(missing).first.wait_for(timeout=left())
        except Exception: break
        if not missing.count(): break
        cell.locator(".cm-content").click()
        page.keyboard.press("Control+Enter")
        missing.first.wait_for(state="detached", timeout=min(left(), 30_000))
    try: page.locator(ready).wait_for(timeout=left())
    except Exception:
        page.screenshot(path=str(shot))
        out = page.locator(".jp-OutputArea").first.inner_text() if page.locator(".jp-OutputArea").count() else ""
        raise AssertionError(f"the widget did not render; cell output: {out[:2000]!r}; page errors: {errors}; "
                             f"server log: {lab['log'].read_text()[-2000:]}")


@contextlib.contextmanager
def _widget_page(lab, name: str, ready: str):
    "Headless Chromium with notebook `name` open and its cell run, once `ready` shows: yields (page, ms_left, errors)."
    from playwright.sync_api import sync_playwright
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    failed = ARTIFACTS / f"{Path(name).stem}_failed.png"
    failed.unlink(missing_ok=True)
    t0 = time.monotonic()
    left = lambda: max(1_000, int(1_000 * (TIMEOUT_S - (time.monotonic() - t0))))  # ms left of the total budget
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            _open_and_run(page, lab, name, ready, left, errors, failed)
            yield page, left, errors
        finally:
            browser.close()


def test_minimax_playground_in_browser(lab):
    from gan_course.widgets import playground_state
    with _widget_page(lab, "playground.ipynb", "code.gan-values") as (page, left, errors):
        assert page.locator(".widget-hslider").count() == 4
        img = page.locator(".jupyter-widgets img").first
        img.wait_for(timeout=left())
        text0, src0, mu0 = _text(page), img.get_attribute("src"), _slider_value(page, 0)
        assert mu0 == 0.0
        assert text0 == playground_state().text(), (text0, playground_state().text())
        # move the 'mean' slider with the keyboard: focus its handle, three steps right
        handle = page.locator(".widget-hslider").first.locator(".noUi-handle")
        handle.focus()
        for _ in range(3): page.keyboard.press("ArrowRight")
        page.wait_for_function("t => document.querySelector('code.gan-values').innerText !== t", arg=text0,
                               timeout=left())
        page.wait_for_timeout(300)  # let the last of the three updates arrive
        mu = _slider_value(page, 0)
        assert mu > mu0, mu
        want = playground_state(mu=mu).text()
        page.wait_for_function("t => document.querySelector('code.gan-values').innerText === t", arg=want,
                               timeout=min(left(), 10_000))
        assert img.get_attribute("src") != src0  # the plot was redrawn
        page.get_by_text(re.compile(r"\| Idle$")).first.wait_for(timeout=left())  # every update has arrived
        page.wait_for_timeout(200)
        page.screenshot(path=str(ARTIFACTS / "minimax_playground.png"))
        assert not errors, errors
    assert (ARTIFACTS / "minimax_playground.png").stat().st_size > 10_000


def test_sketch_pad_in_browser(lab):
    text = lambda page: " ".join(page.locator("code.gan-sketch").inner_text().split())
    with _widget_page(lab, "sketch.ipynb", "code.gan-sketch") as (page, left, errors):
        cells = page.locator(".gan-sketch-cell")
        assert cells.count() == 14 * 14
        assert text(page).startswith("0 cells drawn"), text(page)
        img = page.locator(".jupyter-widgets img").first
        img.wait_for(timeout=left())
        src0 = img.get_attribute("src")
        strokes = [(9, c) for c in range(2, 12)] + [(r, 8) for r in range(5, 9)]  # a sole and an upper: 14 cells
        for r, c in strokes: cells.nth(r * 14 + c).click(timeout=left())
        page.wait_for_function("t => document.querySelector('code.gan-sketch').innerText.startsWith(t)",
                               arg=f"{len(strokes)} cells drawn", timeout=left())
        assert img.get_attribute("src") != src0  # the nearest image was redrawn
        colour = cells.nth(9 * 14 + 2).evaluate("el => getComputedStyle(el).backgroundColor")
        assert colour == "rgb(255, 255, 255)", colour  # the clicked cell shows ink
        page.get_by_text(re.compile(r"\| Idle$")).first.wait_for(timeout=left())  # every update has arrived
        page.wait_for_timeout(200)
        page.screenshot(path=str(ARTIFACTS / "sketch_pad.png"))
        assert not errors, errors
    assert (ARTIFACTS / "sketch_pad.png").stat().st_size > 10_000

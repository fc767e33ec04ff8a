"""Check the built docs site (tools/build_docs.py) in a real browser: every page loads, with all its parts.

What it checks, for the site in --site (default: doc_path of pyproject.toml, `_docs/`):
1. every notebook in nbs/ has a page, named as nbdev names it (`index.ipynb` -> `index.html`,
   `00_core.ipynb` -> `core.html`: `nbdev.config.nbpath2html`);
2. it serves the site on 127.0.0.1 (http.server in a thread, on a free port) and loads every page of the site
   in headless Debian chromium (playwright), failing on: a page that does not load (or is not HTTP 200);
   an <img> that did not load (naturalWidth == 0; images from other hosts are not counted); a same-origin request
   that failed or returned an HTTP error (images, CSS, JS, fonts, ...); a console error or uncaught exception
   from a same-origin resource. Requests to other hosts (CDN scripts such as KaTeX: the machine is offline) are
   aborted and do not count;
3. every same-origin <a href> on those pages answers 200 on the local server, and a link with a #fragment into
   the site finds an element with that id on the target page;
4. every module has an API page: the notebook with `#| default_exp MODULE` renders to a page that has an entry
   (an element whose id is the name, lower-cased, as show_doc makes them) for every function and class in the
   module's `__all__` (read from gan_course/MODULE.py without importing it);
5. it saves full-page screenshots of the home page and one lesson page in --artifacts.

Exit 0 when everything passes, 1 with the list of problems otherwise.

Usage:
    python tools/check_docs.py                                  # check _docs/, screenshots in test-artifacts/docs
    python tools/check_docs.py --site _docs --artifacts /tmp/shots --lesson data.html
"""

import argparse
import ast
import functools
import json
import re
import http.server
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse, unquote

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
# After the load event: make lazy images load now, then wait for every image to finish (or fail)
SETTLE_IMAGES_JS = """async () => {
  const imgs = Array.from(document.images);
  imgs.forEach(i => { if (i.loading === 'lazy') i.loading = 'eager'; });
  await Promise.all(imgs.map(i => i.complete ? null : new Promise(r => { i.onload = i.onerror = r; setTimeout(r, 5000); })));
  return imgs.map(i => ({src: i.currentSrc || i.src, w: i.naturalWidth, complete: i.complete}));
}"""
LINKS_JS = "() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"
IDS_JS = "() => Array.from(document.querySelectorAll('[id], a[name]')).map(e => e.id || e.getAttribute('name'))"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    "Serve files without a log line per request."

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    "A server that does not print a traceback when the browser closes a connection early."

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    "Serve `site` on 127.0.0.1 on a free port, in a daemon thread; return the server and its base URL."
    server = QuietServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def expected_pages(nbs: Path) -> dict[str, str]:
    "Map each notebook of `nbs` (as nbdev finds them: not starting with `_` or `.`) to the page nbdev makes of it."
    from nbdev.config import nbpath2html

    return {nb.name: nbpath2html(nb).name for nb in sorted(nbs.glob("*.ipynb")) if not nb.name.startswith(("_", "."))}


def api_pages(nbs: Path, lib: Path) -> dict[str, tuple[str, list[str]]]:
    "Map each page made from a notebook that exports a module to (the module, the functions and classes of its `__all__`)."
    out = {}
    for nb, html in expected_pages(nbs).items():
        m = re.search(r"#\|\s*default_exp\s+([\w.]+)", (nbs / nb).read_text())
        if not m:
            continue
        py = lib / (m.group(1).replace(".", "/") + ".py")
        tree = ast.parse(py.read_text())
        defs = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
        names = next((ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
                      and any(getattr(t, "id", None) == "__all__" for t in n.targets)), [])
        out[html] = (m.group(1), [n for n in names if n in defs])  # constants have no API entry
    return out


def exercise_secrets(source: Path) -> list[str]:
    "What an exercise page must not show: tests, and the solution lines of its source `exercises/<lesson>.ipynb`."
    from exercises import solution_lines  # tools/exercises.py, beside this script
    return ["def test_", "BEGIN SOLUTION", "hidden: true", *solution_lines(source)]


def http_status(url: str) -> int:
    "The HTTP status of a GET of `url` (0 when there is no answer)."
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return 0


def check(site: Path, nbs: Path, artifacts: Path, lesson: str | None, timeout_ms: int) -> tuple[list[str], dict]:
    "Check the site; return the problems and the counts."
    from playwright.sync_api import sync_playwright

    problems, counts = [], {"notebooks": 0, "pages": 0, "images": 0, "requests": 0, "links": 0, "anchors": 0,
                            "modules": 0, "api_entries": 0}
    pages_needed = expected_pages(nbs)
    counts["notebooks"] = len(pages_needed)
    secrets = {html: exercise_secrets(ROOT / "exercises" / f"{nb[:-len('_exercises.ipynb')]}.ipynb")
               for nb, html in pages_needed.items() if nb.endswith("_exercises.ipynb")}
    counts["exercise_pages"] = 0
    for nb, html in pages_needed.items():
        if not (site / html).is_file():
            problems.append(f"{nb}: no page {html} in {site}")
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if "site_libs" not in p.parts)
    if not pages:
        return problems + [f"{site} has no pages: build it first (python tools/build_docs.py)"], counts

    server, base = serve(site)
    origin = urlparse(base).netloc
    links: dict[str, set[str]] = {}  # same-origin link, without its fragment -> the pages that have it
    anchors: dict[str, dict[str, set[str]]] = {}  # page URL -> #fragment that links ask for on it -> the pages with those links
    ids: dict[str, set[str]] = {}  # page URL -> the ids on that page
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            # The machine is offline: requests to other hosts are aborted at once, and never counted
            context.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).netloc == origin
                          or not route.request.url.startswith("http") else route.abort())
            for rel in pages:
                url = urljoin(base, rel)
                page = context.new_page()
                seen: list[str] = []

                def local(u: str) -> bool:
                    return urlparse(u).netloc == origin

                def on_response(r, rel=rel):
                    if local(r.url):
                        counts["requests"] += 1
                        if r.status >= 400:
                            seen.append(f"{rel}: HTTP {r.status} for {r.url.replace(base, '/')}")

                def on_failed(r, rel=rel):
                    if local(r.url):
                        seen.append(f"{rel}: request failed ({r.failure}) for {r.url.replace(base, '/')}")

                def on_console(m, rel=rel):
                    # An error's location is the resource it is about ("Failed to load resource: ..." for an
                    # aborted CDN script is located at that script): only the site's own resources count
                    where = (m.location or {}).get("url", "") or url
                    if m.type == "error" and local(where):
                        seen.append(f"{rel}: console error: {m.text} ({where.replace(base, '/')})")

                page.on("response", on_response)
                page.on("requestfailed", on_failed)
                page.on("console", on_console)
                page.on("pageerror", lambda e, rel=rel: seen.append(f"{rel}: uncaught exception: {e}"))
                try:
                    resp = page.goto(url, wait_until="load", timeout=timeout_ms)
                    if resp is None or resp.status != 200:
                        seen.append(f"{rel}: page answered {resp.status if resp else 'nothing'}")
                    for img in page.evaluate(SETTLE_IMAGES_JS):
                        if img["src"].startswith("http") and not local(img["src"]):
                            continue
                        counts["images"] += 1
                        if not img["w"]:
                            seen.append(f"{rel}: image did not load: {img['src'][:100].replace(base, '/')}")
                    page.wait_for_load_state("networkidle", timeout=timeout_ms)
                    ids[url] = set(page.evaluate(IDS_JS))
                    if rel in secrets:  # a student version: the page shows no solution and no test
                        body = page.inner_text("body")
                        leaked = [x for x in secrets[rel] if x in body]
                        if leaked: seen.append(f"{rel}: the exercise page shows a solution or a test: {leaked[0][:80]!r}")
                        counts["exercise_pages"] += 1
                    for href in page.evaluate(LINKS_JS):
                        if not local(href):
                            continue
                        target, frag = urldefrag(href)
                        frag = unquote(frag)  # hrefs come percent-encoded; ids do not
                        links.setdefault(target, set()).add(rel)
                        if frag:
                            anchors.setdefault(target, {}).setdefault(frag, set()).add(rel)
                except Exception as e:  # a timeout or a crash of the page
                    seen.append(f"{rel}: could not load: {type(e).__name__}: {str(e).splitlines()[0]}")
                problems += [x for x in dict.fromkeys(seen) if x not in problems]
                counts["pages"] += 1
                page.close()
            artifacts.mkdir(parents=True, exist_ok=True)
            lessons = [p for p in pages_needed.values() if p != "index.html" and p in pages]  # in the notebooks' order
            shots = [("home.png", "index.html"), ("lesson.png", lesson or (lessons[0] if lessons else None))]
            for name, rel in shots:
                if rel is None or rel not in pages:
                    problems.append(f"screenshot {name}: no page {rel} to take it of")
                    continue
                page = context.new_page()
                page.goto(urljoin(base, rel), wait_until="load", timeout=timeout_ms)
                page.evaluate(SETTLE_IMAGES_JS)
                page.screenshot(path=str(artifacts / name), full_page=True)
                print(f"check_docs: screenshot of {rel}: {artifacts / name}")
                page.close()
            browser.close()
        # Links: each same-origin target answers 200; a #fragment exists on a page we loaded
        for target, on_pages in sorted(links.items()):
            counts["links"] += 1
            status = http_status(target)
            if status != 200:
                problems.append(f"broken link {target.replace(base, '/')} (HTTP {status}), on {', '.join(sorted(on_pages))}")
                continue
            key = target if target in ids else urljoin(target, "index.html") if target.endswith("/") else target
            for frag, frag_pages in sorted(anchors.get(target, {}).items()):
                counts["anchors"] += 1
                if key in ids and frag not in ids[key]:
                    problems.append(f"link to a missing anchor {target.replace(base, '/')}#{frag}, on {', '.join(sorted(frag_pages))}")
        # API pages: one per module, with an entry for each public function and class
        for html, (module, names) in api_pages(nbs, ROOT / "gan_course").items():
            counts["modules"] += 1
            on_page = ids.get(urljoin(base, html), set())
            missing = [n for n in names if n.lower() not in on_page]
            counts["api_entries"] += len(names) - len(missing)
            if missing:
                problems.append(f"{html}: the API page of gan_course.{module} has no entry for {', '.join(missing)}")
    finally:
        server.shutdown()
    return problems, counts


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--site", type=Path, help="the built site (default: doc_path of pyproject.toml, _docs)")
    p.add_argument("--nbs", type=Path, default=ROOT / "nbs", help="the notebooks that must have pages (default: nbs)")
    p.add_argument("--artifacts", type=Path, default=ROOT / "test-artifacts" / "docs", help="where to save the screenshots")
    p.add_argument("--lesson", help="the lesson page to screenshot, e.g. data.html (default: the first notebook's page after index)")
    p.add_argument("--timeout", type=float, default=30, help="seconds allowed for each page to load")
    args = p.parse_args()
    site = args.site
    if site is None:
        from nbdev.config import get_config

        site = get_config(ROOT).doc_path
    t0 = time.perf_counter()
    problems, c = check(site.resolve(), args.nbs.resolve(), args.artifacts.resolve(), args.lesson, int(args.timeout * 1000))
    print(f"check_docs: {c['notebooks']} notebooks, {c['pages']} pages loaded, {c['images']} images, "
          f"{c['requests']} same-origin requests, {c['links']} internal links, {c['anchors']} anchors, "
          f"{c['api_entries']} API entries of {c['modules']} modules, {c['exercise_pages']} exercise pages without solutions checked "
          f"in {time.perf_counter() - t0:.1f} s")
    if problems:
        print(f"check_docs: FAILED, {len(problems)} problem(s):", *(f"  - {x}" for x in problems), sep="\n")
        return 1
    print("check_docs: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

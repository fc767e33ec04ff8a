#!/usr/bin/env bash
# Build the docs site offline into _docs/ (nbdev's notebook processing, then smalldocs; no Quarto needed).
# A thin wrapper: everything is in tools/build_docs.py (see its docstring and --help); arguments are passed on.
# Then check it in headless Chromium with: python tools/check_docs.py
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-}"
if [ -z "$PY" ]; then if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python; fi; fi
exec "$PY" tools/build_docs.py "$@"

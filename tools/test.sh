#!/usr/bin/env bash
# One command from a fresh clone: set up everything (.venv with the `dev` extra, the Debian Fashion-MNIST and
# Chromium packages where apt-get is at hand) and run the whole test suite. CI runs exactly this (.ci/run).
#   1. the library is in sync with the notebooks (nbdev-export changes nothing)
#   2. the notebooks are clean (nbdev-clean changes nothing), README.md matches nbs/index.ipynb, and the stored
#      outputs come from full-mode runs and show no paths of the machine that made them (tools/check_outputs.py)
#   3. the exercises (tools/exercises.py check): the student versions and shipped checks are what exercises/ makes,
#      every solution passes all its tests, every student stub fails at least one test of its exercise, and every
#      typical mistake (exercises/<lesson>.mistakes.py) fails a feedback check with a message and loses marks
#   4. the tests in tests/, on 2 workers (the command line as a user runs it, browsers, processes, checkpoints...)
#   5. the docs site builds offline and its pages load in headless Chromium with no missing image or broken link
#   6. the wheel builds, installs into a fresh venv, imports, and its console script answers --help; every notebook,
#      the exercises' student versions too, runs (nbval, fast mode) from a folder outside the repository in that
#      venv, with only the wheel and its `notebooks` extra, as a Colab or pip user has them, and under a CPU kernel
#      other than the machine's own (ATEN_CPU_CAPABILITY), as another CPU runs them: the lessons' claims about GAN
#      training are counted over seeds, and must hold on another kernel's trajectories too. To run the notebooks in
#      the repository, on the machine's own kernel: `.venv/bin/pytest -n 2 nbs/` (with GAN_COURSE_FAST=1)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
export GAN_COURSE_EXTRAS=dev GAN_COURSE_CONSTRAINTS=tools/ci-constraints.txt GAN_COURSE_SETUP_BROWSER=1
source tools/setup.sh
# fast mode for every notebook; one thread per pytest worker: 2 workers on 2 cores, no oversubscription
export GAN_COURSE_FAST=${GAN_COURSE_FAST:-1} OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} MKL_NUM_THREADS=${MKL_NUM_THREADS:-1} MPLBACKEND=agg
step() { echo; echo "== $* ($((SECONDS - start)) s) =="; }
unchanged() {  # unchanged PATHSPEC CMD...: run CMD and fail if it changed tracked or untracked files under PATHSPEC
  local spec=$1; shift
  local before after; before=$(git status --porcelain -- "$spec"; git diff -- "$spec" | sha256sum)
  "$@" >/dev/null
  after=$(git status --porcelain -- "$spec"; git diff -- "$spec" | sha256sum)
  if [ "$before" != "$after" ]; then echo "FAIL: '$*' changed $spec:"; git status --short -- "$spec"; return 1; fi
}

step "library in sync with the notebooks (nbdev-export)"
unchanged gan_course nbdev-export
step "notebooks clean (nbdev-clean) and README.md generated from nbs/index.ipynb"
unchanged nbs nbdev-clean
python tools/make_readme.py --check
python tools/check_outputs.py

step "exercises: the student versions are what the sources make; solutions pass every test; every stub and every typical mistake fails"
python tools/exercises.py check

step "tests/"
pytest -n 2 --dist loadfile --durations=8 tests/

step "docs: build offline, check in headless Chromium"
bash tools/build_docs.sh
python tools/check_docs.py --artifacts test-artifacts/docs

# Another CPU generation picks other kernels, rounds differently, and trains another GAN trajectory from the same
# seed: the notebooks' second run uses a second kernel. AVX-512 machines run the AVX2 kernels, others the generic ones.
alt=default; [ "$(python -c 'import torch; print(torch.backends.cpu.get_cpu_capability())')" = AVX512 ] && alt=avx2
step "package: the wheel in a fresh venv; every notebook run from outside the repository (ATEN_CPU_CAPABILITY=$alt)"
rm -rf dist && python -m build --wheel --outdir dist . >/dev/null
repo=$PWD away=$(mktemp -d)  # a folder outside the repository, as a Colab or pip user has
python -m venv "$away/venv"
wheel=$(ls dist/gan_course-*.whl)
"$away/venv/bin/python" -m pip install -q -c tools/ci-constraints.txt "$wheel" 2>&1 | grep -v '^WARNING: Location' || true
(cd "$away" && "$away/venv/bin/python" -c "import gan_course, gan_course.data, gan_course.cli; print('imported gan_course', gan_course.__version__, 'from', gan_course.__file__)" \
  && "$away/venv/bin/gan-course" --help >/dev/null && echo "gan-course --help: ok")
# the test runner, then the notebooks' own extra installed by a student notebook's first cell, as Colab runs it
# (pip finds the wheel in dist/): nothing else from this checkout
"$away/venv/bin/python" -m pip install -q -c tools/ci-constraints.txt nbval pytest pytest-xdist 2>&1 | grep -v '^WARNING: Location' || true
"$away/venv/bin/python" -m pip uninstall -q -y gan_course
(cd "$away" && PIP_FIND_LINKS="$repo/dist" PIP_CONSTRAINT="$repo/tools/ci-constraints.txt" "$away/venv/bin/python" - "$repo/nbs/11_losses_exercises.ipynb" <<'EOF'
import json, sys, types
sys.modules['google.colab'] = types.ModuleType('google.colab')  # what the install cell looks for
cell = next(''.join(c['source']) for c in json.load(open(sys.argv[1]))['cells'] if c['cell_type'] == 'code')
exec(cell)
EOF
) 2>&1 | grep -v '^WARNING: Location' || true
"$away/venv/bin/python" -c "import gan_course, otter, ipywidgets; print('the install cell installed gan_course', gan_course.__version__, 'with its notebooks extra')"
mkdir "$away/nbs" && cp nbs/*.ipynb "$away/nbs/" && cp -r nbs/images "$away/nbs/" && cp conftest.py "$away/nbs/"
(cd "$away/nbs" && ATEN_CPU_CAPABILITY=$alt XDG_CACHE_HOME="$away/cache" "$away/venv/bin/python" -m pytest -q -p no:cacheprovider \
  --nbval-lax --nbval-current-env -n 2 --dist loadfile --durations=8 .)
rm -rf "$away"

step "all checks passed"

# Set up a gan_course environment; sourced by tools/quickstart.sh and tools/test.sh (not run on its own).
#   - Debian/Ubuntu packages when apt-get and root are at hand: the Fashion-MNIST files
#     (dataset-fashion-mnist), and Chromium for the browser tests when GAN_COURSE_SETUP_BROWSER=1;
#   - a virtual environment in .venv with gan_course installed in editable mode (with the `dev` extra for tests).
# Re-running is quick: pip runs again only when pyproject.toml or the constraints change.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
GAN_COURSE_EXTRAS=${GAN_COURSE_EXTRAS:-}
GAN_COURSE_CONSTRAINTS=${GAN_COURSE_CONSTRAINTS:-}

apt_pkgs=()
[ -d /usr/share/datasets/fashion-mnist ] || apt_pkgs+=(dataset-fashion-mnist)
if [ "${GAN_COURSE_SETUP_BROWSER:-0}" = 1 ] && ! command -v chromium >/dev/null; then apt_pkgs+=(chromium); fi
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "setup: apt-get install ${apt_pkgs[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null
  else
    echo "setup: cannot install ${apt_pkgs[*]} (needs root and apt-get); Fashion-MNIST will be downloaded instead if you are online."
  fi
fi

py=${PYTHON:-python3}
[ -x .venv/bin/python ] || { echo "setup: creating .venv"; "$py" -m venv .venv; }
stamp=.venv/.gan_course-setup
want="$(cat pyproject.toml ${GAN_COURSE_CONSTRAINTS:+"$GAN_COURSE_CONSTRAINTS"} | sha256sum | cut -c1-16) $GAN_COURSE_EXTRAS"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || ! .venv/bin/python -c "import gan_course, torch" 2>/dev/null; then
  echo "setup: installing gan_course${GAN_COURSE_EXTRAS:+[$GAN_COURSE_EXTRAS]} and its dependencies into .venv (PyTorch is large: a few minutes)"
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -m pip install -q ${GAN_COURSE_CONSTRAINTS:+-c "$GAN_COURSE_CONSTRAINTS"} -e ".${GAN_COURSE_EXTRAS:+[$GAN_COURSE_EXTRAS]}" 2>&1 \
    | grep -v '^WARNING: Location' || true
  .venv/bin/python -c "import gan_course, torch" || { echo "setup: installation failed" >&2; exit 1; }
  echo "$want" > "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"

#!/usr/bin/env bash
# One command from a fresh clone: set up .venv (and the Fashion-MNIST files where apt-get is at hand), then
# train the quick-start GAN on the best device present and write runs/quickstart/{samples.png,losses.png,checkpoint.pt}.
# Extra arguments go to `gan-course quickstart` (see `gan-course quickstart --help`).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
exec gan-course quickstart "$@"

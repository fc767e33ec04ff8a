#!/usr/bin/env bash
# Run notebooks top to bottom in full mode (GAN_COURSE_FAST=0) and store their outputs, cleaned: the outputs that
# students open and the docs site shows. Run it on a GPU where one is at hand, else on the CPU (minutes to an hour).
#   bash tools/run_full.sh nbs/13_toy_gan.ipynb nbs/31_comparison.ipynb     # some notebooks
#   bash tools/run_full.sh                                                   # every notebook in nbs/
# `python tools/check_outputs.py` (run by tools/test.sh) then confirms that no stored output is from fast mode.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] && export PATH="$PWD/.venv/bin:$PATH"
export GAN_COURSE_FAST=0
unset MPLBACKEND  # the kernel's own inline backend: with agg, plt.show() would store no picture
nbs=("$@"); [ ${#nbs[@]} -gt 0 ] || nbs=(nbs/*.ipynb)
for nb in "${nbs[@]}"; do
  start=$SECONDS
  jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.timeout=-1 --log-level=WARN "$nb"
  nbdev-clean --fname "$nb"
  echo "$nb: full run stored ($((SECONDS - start)) s)"
done
python tools/check_outputs.py "${nbs[@]}"

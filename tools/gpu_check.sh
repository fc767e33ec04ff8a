#!/usr/bin/env bash
# The GPU checks in one script, sized to run in about 8 minutes on one H100 or H200:
#   1. tests/test_gpu.py: precisions, CUDA graphs, determinism, resume, torch.compile, DDP over NCCL, the
#      device-resident data and the evaluator (CI has no GPU, so these run only here);
#   2. the 64-px throughput against the tutorial loop, side by side (benchmarks/bench_trainer.py --parts ref,t64);
#   3. a short time to quality: the kit's recipe for 60 s of training, scored every few seconds
#      (benchmarks/time_to_fid.py --parts recipe --budget 60).
# Each writes its results under benchmarks/results/ (gpu_check_*.json, gpu_check_tests.xml) and, when OUT is set
# (a folder that comes back from a lent machine), a copy there with the log.
#
# On a machine with a CUDA GPU and the package's dependencies installed:   bash tools/gpu_check.sh
# On a lent machine that cannot install anything, prepare on this side first, then carry .gpu:
#   bash tools/gpu_check.sh --prepare     # .gpu/: the wheels the GPU image lacks, and the Fashion-MNIST files
#   (there)  bash tools/gpu_check.sh      # installs .gpu/whl into /tmp/site and uses .gpu/fashion-mnist
set -uo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = --prepare ]; then
  set -e
  mkdir -p .gpu/whl .gpu/fashion-mnist
  grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >> .git/info/exclude
  # fastcore is the one dependency of gan_course that the lent machines' image lacks (pure Python)
  python3 -m pip download -q --no-deps --only-binary=:all: -d .gpu/whl "fastcore>=1.5"
  cp /usr/share/datasets/fashion-mnist/*-ubyte.gz .gpu/fashion-mnist/
  du -sh .gpu
  exit 0
fi

results=benchmarks/results; mkdir -p "$results"
log=$results/gpu_check.log; : > "$log"
say() { echo "== $* ($SECONDS s)" | tee -a "$log"; }
if compgen -G ".gpu/whl/*.whl" >/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .gpu/whl/*.whl
  export PYTHONPATH="/tmp/site${PYTHONPATH:+:$PYTHONPATH}"
fi
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
if [ -d .gpu/fashion-mnist ] && [ ! -d /usr/share/datasets/fashion-mnist ]; then
  export GAN_COURSE_DATA=/tmp/gan_course_data; raw=$GAN_COURSE_DATA/FashionMNIST/raw; mkdir -p "$raw"
  for f in .gpu/fashion-mnist/*.gz; do b=$(basename "$f" .gz); [ -f "$raw/$b" ] || gunzip -c "$f" > "$raw/$b"; done
fi
python3 -c "import torch, gan_course; assert torch.cuda.is_available(), 'no CUDA GPU'; print('gan_course', gan_course.__version__, 'torch', torch.__version__, torch.cuda.get_device_name())" 2>&1 | tee -a "$log" || exit 1
status=0
say "tests/test_gpu.py"
timeout 240 python3 -m pytest -q -p no:cacheprovider tests/test_gpu.py --junitxml "$results/gpu_check_tests.xml" 2>&1 | tee -a "$log" | tail -n 15 || status=1
say "64-px throughput against the tutorial loop"
timeout 150 python3 benchmarks/bench_trainer.py --device cuda --parts ref,t64 --rounds 2 --json "$results/gpu_check_trainer.json" 2>&1 | tee -a "$log" | tail -n 12 || status=1
say "time to quality: the recipe, 60 s of training"
timeout 150 python3 benchmarks/time_to_fid.py --device cuda --parts recipe --budget 60 --json "$results/gpu_check_time_to_fid.json" 2>&1 | tee -a "$log" | tail -n 12 || status=1
say "done (status $status)"
if [ -n "${OUT:-}" ]; then cp "$results"/gpu_check* "$OUT"/ 2>/dev/null; fi
exit $status

#!/usr/bin/env bash
# What `npm run bench:sweep` (and bench/torch_bench.py) compare against: Debian's PyTorch and a
# native BLAS for it (without OpenBLAS, Debian's torch runs the reference BLAS at ~4 Gflop/s).
# Not needed by the tests. Root, apt.
set -euo pipefail
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch libopenblas0-pthread >/dev/null
/usr/bin/python3 -c 'import torch; print("setup-bench: torch", torch.__version__)'

#!/usr/bin/env bash
# Everything a fresh machine needs before `npm test`: the npm packages (npm ci also builds
# dist/ through the `prepare` script) and a software Vulkan driver for the WebGPU tests. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
node --version >/dev/null 2>&1 || { echo "setup: Node.js >= 20 is required" >&2; exit 1; }
npm ci --no-audit --no-fund
# Real WGSL in Node needs a Vulkan driver: lavapipe from bookworm-backports (root, apt).
if [[ $(id -u) -eq 0 ]]; then bash scripts/setup-gpu.sh; else echo "setup: not root, skipping scripts/setup-gpu.sh (the WebGPU tests need it)"; fi

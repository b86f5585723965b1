#!/usr/bin/env bash
# Everything a fresh machine needs before `npm test`: the npm packages (npm ci also builds
# dist/ through the `prepare` script), a software Vulkan driver for the WebGPU tests and Chromium
# for the browser tests. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
node --version >/dev/null 2>&1 || { echo "setup: Node.js >= 20 is required" >&2; exit 1; }
npm ci --no-audit --no-fund
# Real WGSL in Node needs a Vulkan driver: lavapipe from bookworm-backports; the browser suite
# needs Debian's chromium (driven by playwright-core, which downloads no browser). Root, apt.
if [[ $(id -u) -eq 0 ]]; then
  bash scripts/setup-gpu.sh
  if ! command -v /usr/bin/chromium >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
else
  echo "setup: not root, skipping apt installs (the WebGPU and browser tests need lavapipe and chromium)"
fi

#!/usr/bin/env bash
# Everything a fresh machine needs before `npm test`: the npm packages (npm ci also builds
# dist/ through the `prepare` script). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
node --version >/dev/null 2>&1 || { echo "setup: Node.js >= 20 is required" >&2; exit 1; }
npm ci --no-audit --no-fund

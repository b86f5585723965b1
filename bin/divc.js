#!/usr/bin/env node
// The CLI, bundled from compiler/cli/main.ts by `npm run build` (tsc, then scripts/bundle-cli.mjs;
// run by `prepare` on npm ci): one file instead of 300-odd ES modules makes a cold start 0.2 s faster.
import '../dist/cli/main.mjs';

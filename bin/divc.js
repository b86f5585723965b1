#!/usr/bin/env node
// The CLI, compiled from compiler/cli/main.ts by `npm run build` (run by `prepare` on npm ci).
import '../dist/compiler/cli/main.js';

// The CLI as a few bundled files (dist/cli/), built after tsc by `npm run build`: Node loads
// chevrotain's 300-odd ES modules (lodash-es's among them) in about 0.18 s, the same code bundled
// in 0.01 s, on every cold `divc` (issue 24: a cold compile under 1 s). Code splitting keeps each
// command's dynamic imports lazy: `divc check` loads no backend. binaryen (14 MB, one file) and
// the optional packages stay outside, resolved from node_modules as before.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist/cli`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'compiler/cli/main.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['binaryen', 'webgpu', 'playwright-core'],
  // commander is CommonJS: its require('node:events') needs a require in the bundle
  banner: { js: "import { createRequire as __divcRequire } from 'node:module'; const require = __divcRequire(import.meta.url);" },
  logLevel: 'warning',
});

// backend 'auto' prints nothing: a batch large enough for 'auto' to consider WebGPU
// (AUTO_GPU_MIN_POINTS) must not leave Dawn's messages on stderr when the work runs on wasm.
// Creating a device on Mesa lavapipe makes Dawn write two lines straight to the native stderr
// ("Warning: maxDynamicUniformBuffersPerPipelineLayout artificially reduced ..."), which no
// JavaScript can catch, so the check runs in a child process and reads what it wrote.
// The child runs the runtime's TypeScript through tsx, so it tests this checkout, not dist/.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '../../compiler/index.js';
import { AUTO_GPU_MIN_POINTS } from '../../runtime/index.js';
import { ROOT, source } from '../support/helpers.js';

/** Runs `body` (an ES module's top level, with `load` and `readFileSync` imported) in a fresh Node. */
function child(dir: string, body: string) {
  const runtime = pathToFileURL(join(ROOT, 'runtime/index.ts')).href;
  writeFileSync(join(dir, 'run.mjs'), `import { load } from ${JSON.stringify(runtime)};\nimport { readFileSync } from 'node:fs';\n${body}`);
  return spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'run.mjs')], { cwd: ROOT, timeout: 90_000, encoding: 'utf8' });
}

// lorenz: fast on wasm (memory-bound); net: slow enough on one wasm thread that 'auto' weighs
// WebGPU for it and looks at the adapter (lavapipe in CI: software, never picked)
const FIELDS: [string, string, number][] = [
  ['lorenz', source('lorenz'), 3],
  ['net', `param W1: [128, 16]
param b1: [128]
param W2: [16, 128]
field net(x: [16]) = W2 @ tanh(W1 @ x + b1)`, 16],
];

describe("backend 'auto' on a batch of AUTO_GPU_MIN_POINTS or more", () => {
  it.each(FIELDS)('%s: runs on wasm and writes nothing on stderr', (name, src, dim) => {
    const dir = mkdtempSync(join(tmpdir(), 'divc-quiet-'));
    try {
      const wasmPath = join(dir, `${name}.wasm`);
      writeFileSync(wasmPath, compile(src).wasm!);
      const n = AUTO_GPU_MIN_POINTS + 3;
      const r = child(dir, `
        const k = await load(readFileSync(${JSON.stringify(wasmPath)}), { backend: 'auto', threads: 1 });
        k.setParams(Object.fromEntries(k.params.filter((p) => p.default === undefined)
          .map((p) => [p.name, new Float64Array(p.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.sin(i) / 8)])));
        const d = await k.divergence(new Float64Array(${n} * ${dim}).map((_, i) => Math.cos(i)));
        console.log(k.backend, d.length, d.every(Number.isFinite));`);
      expect(r.error, 'the child did not exit within 90 s').toBeUndefined();
      expect(r.status, r.stderr).toBe(0);
      const [backend, ...rest] = r.stdout.trim().split(' ');
      expect(rest).toEqual([String(n), 'true']);
      // a hardware adapter may win the network's batch: then the GPU really ran it, and what
      // Dawn says while it starts is not this test's business
      if (backend === 'webgpu' && name === 'net') return;
      expect(backend).toBe('wasm');
      expect(r.stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

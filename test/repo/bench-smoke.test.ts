// CI runs the benchmark suite at a smoke size: the runner works end to end and writes its rows.
import { expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/helpers.js';

it('npm run bench -- --smoke runs and records every measured field', () => {
  const out = mkdtempSync(join(tmpdir(), 'divc-bench-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'bench/run.ts'), '--smoke', '--sizes=200', `--out=${out}`, '--fields=lorenz,coulomb,mlp,gmm_score'], { stdio: 'pipe', timeout: 300_000 });
  const result = JSON.parse(readFileSync(join(out, 'bench.json'), 'utf8'));
  expect(result.rows.map((r: { field: string }) => r.field)).toEqual(['coulomb', 'coulomb', 'gmm_score', 'gmm_score', 'lorenz', 'lorenz', 'mlp', 'mlp']);
  for (const r of result.rows) for (const k of ['divc', 'divcEvaluate', 'baseline', 'fAlone']) expect(r[k]).toBeGreaterThan(0);
  expect(result.peaks.copyBytesPerSecond).toBeGreaterThan(0);
  expect(result.jax.length).toBeGreaterThan(0);
}, 300_000);

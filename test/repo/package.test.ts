// The package's shape: divc/runtime stays free of compiler code and small; the exports resolve.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.js';
// @ts-expect-error: a plain .mjs script without types
import { runtimeBundle } from '../../scripts/runtime-size.mjs';

describe('divc/runtime', () => {
  // 9.6 KiB before conditions and flows; conditions added 0.8 KiB, k.flow's two integrators and
  // its threads 2.8, k.vjp and its threads 1.3 (14.8 KiB), k.vjp's rows packed a block at a time
  // (memory flat in the batch) and its summed outputs sized apart 0.4 (15.2 KiB)
  it('bundles without compiler code, binaryen or chevrotain, under 16 KB gzipped', async () => {
    const r = await runtimeBundle();
    for (const input of r.inputs as string[]) expect(input).toMatch(/^runtime\//);
    expect(r.gzipped).toBeLessThan(16 * 1024);
  });
});

it('the API reference builds from the source without a warning (TypeDoc: every type the public API names is exported)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typedoc/bin/typedoc'), '--emit', 'none'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stdout + r.stderr).not.toMatch(/warning|error/i);
  expect(r.status).toBe(0);
}, 120_000);

it('the playground and the examples typecheck (strict, against the sources they import)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'examples/playground'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 120_000);

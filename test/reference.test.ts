// Every shared field, compiled by the real CLI into an artifact, loaded by the runtime, matches
// the outside reference values (SymPy / PyTorch, float64) in f64 and f32.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from '../runtime/index.js';
import { DIVC, FIELDS, REFERENCE_DIR, reference, worstError } from './helpers.js';

const TOLERANCE = { f64: 1e-9, f32: 1e-4 } as const;
const out = mkdtempSync(join(tmpdir(), 'divc-ref-'));

describe.each(['f64', 'f32'] as const)('reference values, %s', (precision) => {
  beforeAll(() => {
    for (const name of FIELDS) {
      execFileSync(process.execPath, [DIVC, join(REFERENCE_DIR, `${name}.div`), '-o', join(out, `${name}.${precision}.wasm`), '--precision', precision]);
    }
  });

  it.each(FIELDS)('%s', async (name) => {
    const ref = reference(name);
    const kernel = await load(readFileSync(join(out, `${name}.${precision}.wasm`)));
    expect(kernel.field).toBe(ref.field);
    expect(kernel.dim).toBe(ref.dim);
    expect(kernel.precision).toBe(precision);
    kernel.setParams(ref.params);
    const result = await kernel.evaluate(ref.points);
    const err = worstError(result, ref);
    expect(err.divergence).toBeLessThanOrEqual(TOLERANCE[precision]);
    expect(err.values).toBeLessThanOrEqual(TOLERANCE[precision]);
    // the divergence-only entry point agrees with the fused one exactly
    expect(Array.from(await kernel.divergence(ref.points))).toEqual(Array.from(result.divergence));
    // a potential: its kind, U, and the Laplacian (the divergence under its name)
    expect(kernel.kind).toBe(ref.kind ?? 'field');
    if (ref.potential) {
      ref.potential.forEach((u, i) => expect(Math.abs(result.potential![i]! - u) / Math.max(1, Math.abs(u))).toBeLessThanOrEqual(TOLERANCE[precision]));
      expect(Array.from(await kernel.laplacian(ref.points))).toEqual(Array.from(result.divergence));
    }
    // the Jacobian diagonal, d f_i / d x_i, against the outside reference
    if (ref.diagonal) {
      const diagonal = await kernel.diagonal(ref.points);
      let worst = 0;
      ref.points.forEach((_, i) => ref.diagonal![i]!.forEach((v, c) => { worst = Math.max(worst, Math.abs(diagonal[i * ref.dim + c]! - v) / Math.max(1, ref.scale[i]!)); }));
      expect(worst).toBeLessThanOrEqual(TOLERANCE[precision]);
    }
    kernel.dispose();
  });
});

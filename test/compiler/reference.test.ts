// Every shared field, compiled by the real CLI into an artifact, loaded by the runtime, matches
// the outside reference values (SymPy / PyTorch, float64) in f64 and f32; and the f32 kernel is
// exactly the interpreter run in emulated f32 (every value rounded to f32), bit for bit.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Program } from '../../compiler/index.js';
import type { TensorProgram } from '../../compiler/tensor/program.js';
// the compiler the CLI runs (dist/, built by `npm test`): the emulation interprets the very
// programs the artifact was made from, even when dist/ lags the sources
import { analyze, interpret } from '../../dist/compiler/index.js';
import { tensorInterpreter } from '../../dist/compiler/tensor/interpret.js';
import { load } from '../../runtime/index.js';
import { DIVC, FIELDS, REFERENCE_DIR, conditionsOf, paramSlots, reference, rowOf, source, worstError, type Reference } from '../support/helpers.js';

// Relative to max(1, scale) (values: max(1, |v|); U: max(1, |U|)). f32: what the kernels achieve,
// with a margin of about 1.5; measured over these 14 fields (24 points each): div f 8.3e-7
// (gmm_score), values 1.26e-6 (lorenz96), U 1.6e-7 (mlp_potential), the diagonal 3.8e-7
// (gmm_score). f64: measured 1.7e-15 at worst (score_net's values), held to 1e-9.
const TOLERANCE = {
  f64: { divergence: 1e-9, values: 1e-9, potential: 1e-9, diagonal: 1e-9 },
  f32: { divergence: 1.25e-6, values: 2e-6, potential: 2.5e-7, diagonal: 6e-7 },
} as const;
const out = mkdtempSync(join(tmpdir(), 'divc-ref-'));

interface Emulated { values: number[]; divergence: number; diagonal?: number[]; potential?: number }

/** The programs the f32 artifact runs (either lowering), interpreted with every value rounded to f32. */
function emulatedF32(name: string, ref: Reference): (row: number[]) => Emulated {
  const a = analyze(source(name));
  const f = Math.fround;
  const run = (p: Program | TensorProgram | undefined) => {
    if (!p) return undefined;
    const params = Array.from(paramSlots(p.params, ref.params), f);
    if (a.tensor) return tensorInterpreter(p as TensorProgram, params, f);
    return (pt: ArrayLike<number>) => interpret(p as Program, pt, params, f);
  };
  const programs = a.tensor ?? a.programs!;
  const [evaluate, diagonal] = [run(programs.evaluate)!, run(programs.diagonal)];
  return (point) => {
    const pt = point.map(f);
    const e = evaluate(pt);
    return {
      values: e.values, divergence: e.divergence!,
      ...(diagonal ? { diagonal: diagonal(pt).values } : {}),
      // a potential's evaluate program stores U too (the same pass)
      ...(e.potential !== undefined ? { potential: e.potential } : {}),
    };
  };
}

describe.each(['f64', 'f32'] as const)('reference values, %s', (precision) => {
  beforeAll(() => {
    for (const name of FIELDS) {
      execFileSync(process.execPath, [DIVC, join(REFERENCE_DIR, `${name}.div`), '-o', join(out, `${name}.${precision}.wasm`), '--precision', precision]);
    }
  });

  it.each(FIELDS)('%s', async (name) => {
    const ref = reference(name);
    const tolerance = TOLERANCE[precision];
    const kernel = await load(readFileSync(join(out, `${name}.${precision}.wasm`)));
    expect(kernel.field).toBe(ref.field);
    expect(kernel.dim).toBe(ref.dim);
    expect(kernel.precision).toBe(precision);
    kernel.setParams(ref.params);
    // a field's conditions (its time, say), one value per point: the kernel knows their names
    expect(kernel.conditions.map((c) => c.name).sort()).toEqual(Object.keys(ref.conditions ?? {}).sort());
    const options = conditionsOf(ref);
    const result = await kernel.evaluate(ref.points, options);
    const err = worstError(result, ref);
    expect(err.divergence).toBeLessThanOrEqual(tolerance.divergence);
    expect(err.values).toBeLessThanOrEqual(tolerance.values);
    // the divergence-only entry point agrees with the fused one exactly
    expect(Array.from(await kernel.divergence(ref.points, options))).toEqual(Array.from(result.divergence));
    // a potential: its kind, U, and the Laplacian (the divergence under its name)
    expect(kernel.kind).toBe(ref.kind ?? 'field');
    if (ref.potential) {
      ref.potential.forEach((u, i) => expect(Math.abs(result.potential![i]! - u) / Math.max(1, Math.abs(u))).toBeLessThanOrEqual(tolerance.potential));
      expect(Array.from(await kernel.laplacian(ref.points, options))).toEqual(Array.from(result.divergence));
      // U alone (the entry `potential`): the same numbers as evaluate's
      expect(Array.from(await kernel.potential(ref.points, options))).toEqual(Array.from(result.potential!));
    }
    // the Jacobian diagonal, d f_i / d x_i, against the outside reference
    const diagonal = ref.diagonal ? await kernel.diagonal(ref.points, options) : undefined;
    if (ref.diagonal) {
      let worst = 0;
      ref.points.forEach((_, i) => ref.diagonal![i]!.forEach((v, c) => { worst = Math.max(worst, Math.abs(diagonal![i * ref.dim + c]! - v) / Math.max(1, ref.scale[i]!)); }));
      expect(worst).toBeLessThanOrEqual(tolerance.diagonal);
    }
    // f32: f32 arithmetic, the transcendentals in f64 on the promoted arguments then rounded, so
    // exactly the interpreter's values rounded to f32 at every node (measured: 0 ulps apart on
    // every field and entry here, and on 300 random vector fields and 80 random networks)
    if (precision === 'f32') {
      const emulated = emulatedF32(name, ref);
      const differ: string[] = [];
      const same = (what: string, got: number | undefined, want: number | undefined) => { if (!Object.is(got, want)) differ.push(`${what}: kernel ${got}, emulated f32 ${want}`); };
      ref.points.forEach((_, i) => {
        const e = emulated(rowOf(ref, i, kernel.conditions.map((c) => c.name)));
        same(`div f at point ${i}`, result.divergence[i], e.divergence);
        e.values.forEach((v, c) => same(`f${c} at point ${i}`, result.values[i * ref.dim + c], v));
        if (result.potential) same(`U at point ${i}`, result.potential[i], e.potential);
        if (diagonal) e.diagonal!.forEach((v, c) => same(`df${c}/dx${c} at point ${i}`, diagonal[i * ref.dim + c], v));
      });
      expect(differ.slice(0, 5), `${differ.length} numbers differ`).toEqual([]);
    }
    kernel.dispose();
  });
});

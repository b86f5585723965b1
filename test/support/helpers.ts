import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const REFERENCE_DIR = join(ROOT, 'test/fixtures/reference');
export const DIVC = join(ROOT, 'bin/divc.js');

export interface Reference {
  file: string;
  field: string;
  dim: number;
  params: Record<string, number | number[] | number[][]>;
  points: number[][];
  values: number[][];
  divergence: number[];
  scale: number[];
  /** d f_i / d x_i at each point (the Jacobian's diagonal), where the reference has it. */
  diagonal?: number[][];
  /** 'field', or 'potential' (values = grad U, divergence = its Laplacian, potential = U). */
  kind?: 'field' | 'potential';
  potential?: number[];
  /** The field's conditions (LANGUAGE.md "Conditions") by name, a value per point (a number, or k numbers for a [k] condition). */
  conditions?: Record<string, (number | number[])[]>;
}

/** The options that pass a reference's conditions to a kernel's entries ({} when it has none). */
export const conditionsOf = (ref: Pick<Reference, 'conditions'>) => (ref.conditions ? { conditions: ref.conditions } : {});

/** Point i's row as the kernel reads it: its coordinates, then its conditions in `order`. */
export function rowOf(ref: Pick<Reference, 'points' | 'conditions'>, i: number, order: readonly string[]): number[] {
  return [...ref.points[i]!, ...order.flatMap((name) => ref.conditions![name]![i]!)];
}

export const FIELDS = readdirSync(REFERENCE_DIR).filter((f) => f.endsWith('.div')).map((f) => f.slice(0, -4)).sort();

export function source(name: string): string {
  return readFileSync(join(REFERENCE_DIR, `${name}.div`), 'utf8');
}

export function reference(name: string): Reference {
  return JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.expect.json`), 'utf8'));
}

/** Flat row-major param slots of a program, from a reference's params (defaults where absent). */
export function paramSlots(params: { name: string; slot: number; size: number; default?: number[] }[], values: Record<string, unknown>): Float64Array {
  const total = params.reduce((n, p) => Math.max(n, p.slot + p.size), 0);
  const out = new Float64Array(total);
  for (const p of params) {
    const v = values[p.name];
    const flat = v === undefined ? p.default! : ([v] as unknown[]).flat(3) as number[];
    out.set(flat, p.slot);
  }
  return out;
}

/** Largest error relative to max(1, scale) over all points (and relative to max(1, |v|) for values). */
export function worstError(got: { values?: ArrayLike<number>; divergence: ArrayLike<number> }, ref: Reference): { divergence: number; values: number } {
  let div = 0, val = 0;
  ref.points.forEach((_, i) => {
    div = Math.max(div, Math.abs(got.divergence[i]! - ref.divergence[i]!) / Math.max(1, ref.scale[i]!));
    if (got.values) {
      for (let c = 0; c < ref.dim; c++) {
        val = Math.max(val, Math.abs(got.values[i * ref.dim + c]! - ref.values[i]![c]!) / Math.max(1, Math.abs(ref.values[i]![c]!)));
      }
    }
  });
  return { divergence: Number.isNaN(div) ? Infinity : div, values: Number.isNaN(val) ? Infinity : val };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failure or a benchmark replays. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

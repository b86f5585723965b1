// The AST oracle (./evaluate.ts) against the compiler's results at one point, for the
// differential tests (test/support/differential.ts, test/support/differential-net.ts) and `npm run
// fuzz`.
import type { Oracle, OracleResult } from './evaluate.js';

/**
 * Agreement asked of the compiler and the oracle, relative to max(1, scale) with scale =
 * 1 + |div| + sum |f_i| + sum |df_i/dx_i|, for f, div f, the Jacobian's diagonal and U. Both
 * compute in float64 with the same point and params, but nothing else in common: the oracle uses
 * Math.* for builtins where divc has its own SIMD code (each within about 1 ulp), sums left to
 * right where divc sums in balanced trees, and takes derivatives in its own forward mode and
 * formulas (tan' = 1 / cos^2 where divc has 1 + tan^2, ...). Measured (scratch scripts): 4,000
 * random vector programs (fields, grad fields, potentials; smooth and rough; 800 of them at the
 * generator's ordinary magnitudes) disagreed by at most 8.9e-16 of max(1, scale), 800 networks
 * (widths to 64) by 4.5e-16, the outside references (test/fixtures/reference) by 1.4e-15 of the
 * values. 1e-13 keeps a hundredfold margin over that (longer sums and cancellations than the
 * sample had), while a derivative rule off by 1.5e-7 relative (erf' with a rounded 2 / sqrt(pi))
 * is still about a million times over it wherever its term is not negligible.
 */
export const ORACLE_TOL = 1e-13;

/** What the compiler gives at a point (the interpreter of its optimized programs). */
export interface Computed { values: number[]; divergence: number; diagonal?: number[]; potential?: number }

function flatten(r: Computed): number[] {
  return [...r.values, r.divergence, ...(r.diagonal ?? []), ...(r.potential === undefined ? [] : [r.potential])];
}

function names(r: Computed): string[] {
  return [...r.values.map((_, c) => `f${c}`), 'div', ...(r.diagonal ?? []).map((_, c) => `diagonal ${c}`), ...(r.potential === undefined ? [] : ['U'])];
}

/**
 * The oracle's disagreements with the compiler at `point` ([] when they agree). Non-finite
 * results agree with non-finite ones (NaN or Inf: the forms of a singular derivative differ),
 * never with a finite number. For a rough program (kinks, jumps, branches) a disagreement is
 * forgiven where the compiler's own result jumps by as much within a hair of the point (moving
 * one coordinate by 1e-13 relative): the two sides of a floor, a tie or a branch, reached by
 * rounding that differs in the last bit.
 */
export function oracleDisagreements(oracle: Oracle, point: readonly number[], computed: (pt: readonly number[]) => Computed,
  options: { scale: number; rough: boolean; at: string }): string[] {
  let want: OracleResult;
  try {
    want = oracle.at(point);
  } catch (e) {
    return [`oracle failed: ${(e as Error).message} at ${options.at}`];
  }
  const got = computed(point);
  const g = flatten(got);
  const w = [...want.values, want.divergence, ...(got.diagonal ? want.diagonal : []), ...(got.potential === undefined ? [] : [want.potential ?? NaN])];
  // a non-finite divergence makes the caller's scale infinite: the finite results' sizes instead
  // (and U's size counts for a potential: it is compared too)
  const scale = (Number.isFinite(options.scale) ? options.scale : 1 + g.reduce((a, x) => a + (Number.isFinite(x) ? Math.abs(x) : 0), 0))
    + (got.potential !== undefined && Number.isFinite(got.potential) ? Math.abs(got.potential) : 0);
  const tol = ORACLE_TOL * Math.max(1, scale);
  const off = (x: number, y: number) => (Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) : Number.isFinite(x) !== Number.isFinite(y) ? Infinity : 0);
  const bad = g.map((x, k) => k).filter((k) => off(g[k]!, w[k]!) > tol);
  if (bad.length === 0) return [];
  if (options.rough) {
    for (let c = 0; c < point.length; c++) {
      for (const sign of [1, -1]) {
        const moved = [...point];
        moved[c] = point[c]! + sign * Math.max(Math.abs(point[c]!) * 1e-13, 1e-15);
        const m = flatten(computed(moved));
        // the compiler's own result moves by half the disagreement or more: a jump at the point
        if (bad.some((k) => off(m[k]!, g[k]!) >= off(w[k]!, g[k]!) / 2)) return [];
      }
    }
  }
  const label = names(got);
  return bad.map((k) => `AST oracle ${label[k]} ${w[k]} vs ${g[k]} (scale ${scale}) at ${options.at}`);
}

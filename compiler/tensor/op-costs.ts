// The divergence pass's cost table: nanoseconds a point that one unit of each kind of per-point
// work costs in the loop kernels (tensor/cost.ts costFeatures), measured by bench/calibrate-costs.ts
// (`npm run bench:calibrate`, which rewrites this file) on AMD EPYC, Node
// 20.20.2, wasm f64, one thread, 2026-12-06: 188 kernels (f, f + div f, div f and the diagonal of
// 28 fields in each of their directions), fitted nonnegative; median relative error
// 13.2%, worst 61.3%. Only ratios matter to the choice: on another machine the
// kinds' relative costs are what carries over.
import type { CostFeature } from './cost.js';

export const OP_COSTS: Record<CostFeature, number> = {
  point: 1.12,
  matrixVector: 0.132,
  matrixMatrix: 0.141,
  map: 0.0866,
  divide: 0.4067,
  transcendental: 7.886,
  move: 0.136,
  reduce: 0.3798
};

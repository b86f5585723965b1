// The divergence pass's cost table: nanoseconds a point that one unit of each kind of per-point
// work costs in the loop kernels (tensor/cost.ts costFeatures), measured by bench/calibrate-costs.ts
// (`npm run bench:calibrate`, which rewrites this file) on AMD EPYC, Node
// 20.20.2, wasm f64, one thread, 2026-12-06: 224 kernels (f, f + div f, div f and the diagonal of
// 30 fields in each of their directions), fitted nonnegative; median relative error
// 13.0%, worst 53.9%. Only ratios matter to the choice: on another machine the
// kinds' relative costs are what carries over.
import type { CostFeature } from './cost.js';

export const OP_COSTS: Record<CostFeature, number> = {
  point: 1.161,
  matrixVector: 0.0716,
  matrixMatrix: 0.08403,
  map: 0.08119,
  divide: 0.5209,
  transcendental: 5.611,
  move: 0.2063,
  reduce: 0.09258
};

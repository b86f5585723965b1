// Operation counts after optimization: arithmetic ops and builtin calls (every non-leaf node),
// split into per-point work and per-batch work (batch-invariant nodes, computed once per call).
import type { Program } from './ir/program.js';
import { perPoint } from './passes/hoist.js';
import type { Schedule } from './schedule.js';

export interface OpCounts { perPoint: number; perBatch: number }

export interface Stats {
  /** f alone. */
  f: OpCounts;
  /** f and div f together, as the fused kernel computes them. */
  divergence: OpCounts;
  /** divergence.perPoint / f.perPoint. */
  ratio: number;
  /** The divergence-only kernel (values not stored). */
  divergenceOnly: OpCounts;
  /** The Jacobian-diagonal kernel (d f_i / d x_i for each i, and div f). */
  diagonal?: OpCounts;
  /** A potential's U alone (its field is grad U: `f`; its divergence the Laplacian). */
  potential?: OpCounts;
  /**
   * A potential's evaluate entry: grad U, the Laplacian and U in one pass (`divergence` plus
   * U's own operations, those it shares with grad U counted once).
   */
  evaluate?: OpCounts;
  /** The vjp entry: the gradient of the cotangent-weighted f, div f (and U) with respect to the point and every param slot (passes/vjp.ts). */
  vjp?: OpCounts;
  /**
   * Per-point operations of f + div f that each optimization removed (`--emit stats`): from the
   * plain forward-mode baseline without rewrite rules, the rules (simplification,
   * reassociation towards per-batch work), then the mixed-mode divergence pass.
   */
  savings?: { baselinePerPoint: number; rules: number; mixedMode: number };
  /**
   * How the field was lowered: 'scalar' (every tensor unrolled to scalar SSA, straight-line
   * kernels) or 'tensor' (tensors kept whole, kernels loop over weights), and why.
   */
  lowering?: { kind: 'scalar' | 'tensor'; reason: string; directions?: string };
  /** How the kernel is built: the cost model's choices (schedule.ts). */
  schedule?: Schedule;
}

export function countOps(p: Program): OpCounts {
  const varying = perPoint(p);
  let perPointOps = 0, perBatch = 0;
  p.graph.nodes.forEach((n, id) => {
    if (n.op === 'const' || n.op === 'input' || n.op === 'param' || n.op === 'nograd') return;
    if (varying[id]) perPointOps++;
    else perBatch++;
  });
  return { perPoint: perPointOps, perBatch };
}

export function stats(f: Program, evaluate: Program, divergenceOnly: Program): Stats {
  const fc = countOps(f), dc = countOps(evaluate);
  return { f: fc, divergence: dc, ratio: fc.perPoint === 0 ? 1 : Math.round((dc.perPoint / fc.perPoint) * 1000) / 1000, divergenceOnly: countOps(divergenceOnly) };
}

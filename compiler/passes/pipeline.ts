// The pass pipeline, with the verifier after every pass.
import type { Program } from '../ir/program.js';
import { verify } from '../ir/verifier.js';
import { simplify } from './simplify.js';
import { divergence, optimizedDiagonal } from './divergence.js';
import { forwardDiagonal, forwardDivergence } from './divergence-forward.js';
import { dce } from './dce.js';
import { lowerPowi } from './lower-powi.js';
import { factorSums } from './factor-sums.js';
import { rebuildMapped } from './rebuild.js';
import { cancelTerms } from './cancel-terms.js';

export interface PipelineOptions {
  /** Build div f as well as f. */
  divergence: boolean;
  /** Algebraic simplification (off: the plain forward-mode baseline). CSE and folding stay on. */
  optimize: boolean;
  /** With optimize: the mixed-mode divergence pass (default) or plain forward mode. */
  mixedMode?: boolean;
  /** Instead of f and div f: the Jacobian's diagonal (as the values) and div f. */
  diagonal?: boolean;
}

type Pass = (p: Program) => Program;

function run(p: Program, name: string, pass: Pass): Program {
  const out = pass(p);
  verify(out, name);
  return out;
}

export function runPipeline(program: Program, options: PipelineOptions): Program {
  let p = program;
  verify(p, 'elaboration');
  if (options.optimize) p = run(p, 'simplify', simplify);
  // The plain forward mode is the unoptimized baseline; the mixed mode is the optimizer's.
  if (options.diagonal) p = run(p, 'diagonal', options.optimize ? optimizedDiagonal : forwardDiagonal);
  else if (options.divergence) p = run(p, 'divergence', options.optimize && options.mixedMode !== false ? divergence : forwardDivergence);
  if (options.optimize && options.divergence && !options.diagonal) p = run(p, 'cancel-terms', cancelTerms);
  if (options.optimize) p = run(p, 'simplify', simplify);
  p = run(p, 'lower-powi', lowerPowi);
  return run(p, 'dce', dce);
}

/**
 * The GPU's extra step: shared factors taken out of sums of products (fewer operations, and dot
 * products the WGSL renderer turns into loops). Not for wasm: measured on mlp2, the factored
 * kernel did 16% fewer operations yet ran 22% slower (1.35e5 -> 1.05e5 points/s, f64, 1e5
 * points), the shared factors staying live across all the inner sums. `map` takes each node of
 * `p` to its id in the result (-1: gone), so the GPU can read the wasm prologue's per-batch values.
 */
export function gpuPipeline(p: Program): { program: Program; map: Int32Array } {
  const factored = factorSums(p);
  verify(factored.program, 'factor-sums');
  const live = rebuildMapped(factored.program, factored.program.graph.simplify);
  verify(live.program, 'dce');
  return { program: live.program, map: factored.map.map((id) => (id < 0 ? -1 : live.map[id]!)) };
}

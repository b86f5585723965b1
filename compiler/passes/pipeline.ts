// The pass pipeline, with the verifier after every pass.
import type { Program } from '../ir/program.js';
import { verify } from '../ir/verifier.js';
import { simplify } from './simplify.js';
import { divergence } from './divergence.js';
import { forwardDivergence } from './divergence-forward.js';
import { dce } from './dce.js';
import { lowerPowi } from './lower-powi.js';
import { factorSums } from './factor-sums.js';

export interface PipelineOptions {
  /** Build div f as well as f. */
  divergence: boolean;
  /** Algebraic simplification (off: the plain forward-mode baseline). CSE and folding stay on. */
  optimize: boolean;
  /** With optimize: the mixed-mode divergence pass (default) or plain forward mode. */
  mixedMode?: boolean;
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
  if (options.divergence) p = run(p, 'divergence', options.optimize && options.mixedMode !== false ? divergence : forwardDivergence);
  if (options.optimize) {
    p = run(p, 'simplify', simplify);
    p = run(p, 'factor-sums', factorSums);
  }
  p = run(p, 'lower-powi', lowerPowi);
  return run(p, 'dce', dce);
}

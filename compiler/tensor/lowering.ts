// The lowering decision (a cost model, not a user knob): small fields are unrolled to scalar SSA,
// whose straight-line kernels are the right code for lorenz-class fields; fields whose unrolled
// form would be large (networks) keep their tensors and get loops over weights. A field the
// tensor front end cannot express stays scalar whatever its size.
import type { ast } from '../../grammar/index.js';
import type { FileScope } from '../frontend/elaborate.js';
import type { Stats } from '../stats.js';
import { elaborateTensor, NotTensor } from './elaborate.js';
import { tensorDivergence } from './divergence.js';
import { countTensorOps, unrolledSize } from './cost.js';
import { withOutputs, type TensorProgram } from './program.js';

export type Lowering = 'auto' | 'scalar' | 'tensor';

/**
 * Above this many scalar operations and param leaves per point (unrolled), loops win: measured
 * on this project's fields, mlp (6.3k) compiles in 0.3 s unrolled and runs at the same speed,
 * while mlp2 (13k) took 6 s to compile and a minute for its WGSL pipeline.
 */
export const SCALAR_LIMIT_OPS = 8192;

export interface LoweringChoice {
  kind: 'scalar' | 'tensor';
  reason: string;
  tensor?: TensorProgram;
}

export interface TensorPrograms { f: TensorProgram; evaluate: TensorProgram; divergence: TensorProgram }

export function chooseLowering(file: FileScope, d: Extract<ast.Decl, { kind: 'field' }>, wanted: Lowering): LoweringChoice {
  if (wanted === 'scalar') return { kind: 'scalar', reason: 'asked for (--lowering scalar)' };
  const t = elaborateTensor(file, d);
  if (typeof t === 'string') return { kind: 'scalar', reason: `the tensor level cannot express this field (${t})` };
  const size = unrolledSize(t);
  if (wanted === 'tensor') return { kind: 'tensor', reason: 'asked for (--lowering tensor)', tensor: t };
  if (size > SCALAR_LIMIT_OPS) return { kind: 'tensor', reason: `${size} scalar operations and weights unrolled (more than ${SCALAR_LIMIT_OPS}): loops over weights`, tensor: t };
  return { kind: 'scalar', reason: `${size} scalar operations and weights unrolled (at most ${SCALAR_LIMIT_OPS}): straight-line code` };
}

/** f, f + div f and div f at the tensor level, with their stats; undefined if the pass cannot. */
export function tensorAnalysis(choice: LoweringChoice): { programs: TensorPrograms; stats: Stats } | undefined {
  const f = choice.tensor!;
  let evaluate: TensorProgram;
  try {
    evaluate = tensorDivergence(f);
  } catch (e) {
    if (e instanceof NotTensor) return undefined;
    throw e;
  }
  const divergence = withOutputs(evaluate, { divergence: evaluate.outputs.divergence! });
  const fc = countTensorOps(f), dc = countTensorOps(evaluate);
  return {
    programs: { f, evaluate, divergence },
    stats: {
      f: fc,
      divergence: dc,
      ratio: fc.perPoint === 0 ? 1 : Math.round((dc.perPoint / fc.perPoint) * 1000) / 1000,
      divergenceOnly: countTensorOps(divergence),
      lowering: { kind: 'tensor', reason: choice.reason, ...(evaluate.directions ? { directions: evaluate.directions } : {}) },
    },
  };
}

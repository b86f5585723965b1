// The lowering decision (a cost model, not a user knob): small fields are unrolled to scalar SSA,
// whose straight-line kernels are the right code for lorenz-class fields; fields whose unrolled
// form would be large (networks) keep their tensors and get loops over weights. A field the
// tensor front end cannot express stays scalar whatever its size.
import type { ast } from '../../grammar/index.js';
import type { FileScope } from '../frontend/elaborate.js';
import type { Stats } from '../stats.js';
import { elaborateTensor, NotTensor } from './elaborate.js';
import { tensorDiagonal, tensorDivergence } from './divergence.js';
import { countTensorOps, unrolledSize } from './cost.js';
import { withOutputs, type TensorProgram } from './program.js';
import { liveNodes } from './interpret.js';
import { sizeOf } from './graph.js';
import { verifiedTensor, verifyTensorEntries } from './verifier.js';

export type Lowering = 'auto' | 'scalar' | 'tensor';

/**
 * Above this many scalar operations and weights in f unrolled, the scalar path's graphs (f + div f
 * are several times f) stop fitting: loops over weights.
 */
export const SCALAR_LIMIT_OPS = 8192;

/**
 * A weight matrix this large applied to a per-point vector is a network layer, which loops run
 * faster than unrolled code. Measured (one thread, f64, div f points/s, unrolled vs loops): mlp
 * (two 1024-weight layers) 1.08e6 vs 1.25e6; mlp2 1.61e5 vs 2.97e5 (and 4.2 s vs 0.03 s to
 * compile); without layers, gmm_score 1.5e7 vs 3.2e6 and lorenz96 (sparse: the scalar pass sees
 * its structural zeros, 41x fewer operations) stay unrolled.
 */
export const LAYER_MIN_WEIGHTS = 512;

export interface LoweringChoice {
  kind: 'scalar' | 'tensor';
  reason: string;
  /** f and f + div f at the tensor level, when the field is lowered there. */
  tensor?: TensorProgram;
  evaluate?: TensorProgram;
  diagonal?: TensorProgram;
}

/** The programs of a field at the tensor level: f alone, and one per entry of its kernel (a potential's evaluate stores U too). */
export interface TensorPrograms { f: TensorProgram; evaluate: TensorProgram; divergence: TensorProgram; diagonal: TensorProgram; potential?: TensorProgram }

/** Weights of the largest per-batch matrix multiplied with a per-point tensor in f. */
function largestLayer(p: TensorProgram): number {
  let most = 0;
  for (const id of liveNodes(p)) {
    const n = p.graph.node(id);
    if (n.op === 'matmul' && n.varying && !p.graph.node(n.args[0]!).varying) most = Math.max(most, sizeOf(p.graph.node(n.args[0]!).shape));
  }
  return most;
}

export function chooseLowering(file: FileScope, d: Extract<ast.Decl, { kind: 'field' }>, wanted: Lowering): LoweringChoice {
  if (wanted === 'scalar') return { kind: 'scalar', reason: 'asked for (--lowering scalar)' };
  const t = elaborateTensor(file, d);
  if (typeof t === 'string') return { kind: 'scalar', reason: `the tensor level cannot express this field (${t})` };
  // the decision first (cheap), the derivative passes only for fields that go to loops
  const size = unrolledSize(t);
  const layer = largestLayer(t);
  let reason: string;
  if (wanted === 'tensor') reason = 'asked for (--lowering tensor)';
  else if (size > SCALAR_LIMIT_OPS) reason = `${size} scalar operations and weights in f unrolled (more than ${SCALAR_LIMIT_OPS}): loops over weights`;
  else if (layer >= LAYER_MIN_WEIGHTS) reason = `a layer of ${layer} weights (at least ${LAYER_MIN_WEIGHTS}): loops over weights`;
  else return { kind: 'scalar', reason: `${size} scalar operations and weights in f unrolled, no layer of ${LAYER_MIN_WEIGHTS} weights: straight-line code` };
  try {
    return { kind: 'tensor', reason, tensor: t, evaluate: verifiedTensor(tensorDivergence(t), 'the divergence pass'), diagonal: verifiedTensor(tensorDiagonal(t), 'the diagonal pass') };
  } catch (e) {
    if (e instanceof NotTensor) return { kind: 'scalar', reason: `the tensor divergence pass cannot take this field (${e.message})` };
    throw e;
  }
}

/** f, f + div f and div f at the tensor level, with their stats. */
export function tensorAnalysis(choice: LoweringChoice): { programs: TensorPrograms; stats: Stats } {
  const f = choice.tensor!;
  const fused = choice.evaluate!;
  const divergence = withOutputs(fused, { divergence: fused.outputs.divergence! });
  const diagonal = choice.diagonal!;
  const potential = f.potential === undefined ? undefined : withOutputs(f, { potential: f.potential });
  // a potential's evaluate entry stores U too, in the same pass (the graph is shared: U's nodes
  // that grad U and the Laplacian use are computed once)
  const evaluate = potential ? withOutputs(fused, { ...fused.outputs, potential: f.potential }) : fused;
  const fc = countTensorOps(f), dc = countTensorOps(fused);
  return {
    programs: verifyTensorEntries({ f, evaluate, divergence, diagonal, ...(potential ? { potential } : {}) }, 'the choice of entries'),
    stats: {
      f: fc,
      divergence: dc,
      ratio: fc.perPoint === 0 ? 1 : Math.round((dc.perPoint / fc.perPoint) * 1000) / 1000,
      divergenceOnly: countTensorOps(divergence),
      diagonal: countTensorOps(diagonal),
      ...(potential ? { potential: countTensorOps(potential), evaluate: countTensorOps(evaluate) } : {}),
      lowering: { kind: 'tensor', reason: choice.reason, ...(evaluate.directions ? { directions: evaluate.directions } : {}) },
    },
  };
}

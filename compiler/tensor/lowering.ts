// The lowering of a field: small fields are unrolled to scalar SSA, whose straight-line kernels
// are the right code for lorenz-class fields; fields whose unrolled form would be large (networks)
// keep their tensors and get loops over weights. The decision is the cost model's (schedule.ts,
// chooseLevel), on what this file measures; a field the loop level cannot express (a per-point
// matrix) stays scalar whatever its size.
import type { Stats } from '../stats.js';
import { NotTensor } from './graph.js';
import { expandGradients } from './expand-gradients.js';
import { tensorDiagonal, tensorDivergence, type DirectionMode } from './divergence.js';
import { countTensorOps, unrolledSize } from './cost.js';
import { withOutputs, type TensorProgram } from './program.js';
import { liveNodes } from './interpret.js';
import { sizeOf } from './graph.js';
import { verifiedTensor, verifyTensor, verifyTensorEntries } from './verifier.js';
import { tensorVjp } from './vjp.js';
import { chooseLevel, chooseSchedule, loopsCanHold, type Schedule, type ScheduleOverride } from '../schedule.js';

export type Lowering = 'auto' | 'scalar' | 'tensor';

export interface LoweringChoice {
  kind: 'scalar' | 'tensor';
  reason: string;
  /** f and f + div f at the tensor level, when the field is lowered there. */
  tensor?: TensorProgram;
  evaluate?: TensorProgram;
  diagonal?: TensorProgram;
}

/** The programs of a field at the tensor level: f alone, and one per entry of its kernel (a potential's evaluate stores U too). */
export interface TensorPrograms { f: TensorProgram; evaluate: TensorProgram; divergence: TensorProgram; diagonal: TensorProgram; potential?: TensorProgram; vjp?: TensorProgram }

/** Weights of the largest per-batch matrix multiplied with a per-point tensor in f. */
function largestLayer(p: TensorProgram): number {
  let most = 0;
  for (const id of liveNodes(p)) {
    const n = p.graph.node(id);
    if (n.op === 'matmul' && n.varying && !p.graph.node(n.args[0]!).varying) most = Math.max(most, sizeOf(p.graph.node(n.args[0]!).shape));
  }
  return most;
}

/**
 * The lowering of an elaborated field: 'tensor' with its f, f + div f and diagonal at the loop
 * level, or 'scalar' (tensor/unroll.ts then builds its scalar program), with the reason.
 */
export function chooseLowering(t: TensorProgram, wanted: Lowering, directions?: DirectionMode): LoweringChoice {
  if (wanted === 'scalar') return { kind: 'scalar', reason: 'asked for (--lowering scalar)' };
  if (t.loops) return { kind: 'scalar', reason: `the tensor level cannot express this field (${t.loops})` };
  let f: TensorProgram;
  try {
    f = expandGradients(t);
    if (f !== t) verifyTensor(f, 'the gradient expansion');
  } catch (e) {
    if (e instanceof NotTensor) return { kind: 'scalar', reason: `the tensor level cannot express this field (${e.message})` };
    throw e;
  }
  // the decision first (cheap), the derivative passes only for fields that go to loops
  const level: { kind: 'scalar' | 'tensor'; reason: string } = wanted === 'tensor' ? { kind: 'tensor', reason: 'asked for (--lowering tensor)' } : chooseLevel({ unrolledOps: unrolledSize(f), largestLayer: largestLayer(f) });
  const reason = level.reason;
  if (level.kind === 'scalar') return { kind: 'scalar', reason };
  try {
    const evaluate = verifiedTensor(tensorDivergence(f, directions), 'the divergence pass');
    if (wanted === 'auto') {
      const fits = loopsCanHold(Math.max(0, ...liveNodes(evaluate).filter((id) => evaluate.graph.node(id).varying).map((id) => sizeOf(evaluate.graph.node(id).shape))));
      if (!fits.ok) return { kind: 'scalar', reason: fits.reason };
    }
    return { kind: 'tensor', reason, tensor: f, evaluate, diagonal: verifiedTensor(tensorDiagonal(f), 'the diagonal pass') };
  } catch (e) {
    if (e instanceof NotTensor) return { kind: 'scalar', reason: `the tensor divergence pass cannot take this field (${e.message})` };
    throw e;
  }
}

/**
 * f, f + div f and div f at the tensor level, with their stats and schedule; with `vjp`, the vjp
 * entry too (vjp.ts), where every node has a reverse rule (else the schedule says why there is none).
 */
export function tensorAnalysis(choice: LoweringChoice, override?: ScheduleOverride, vjp = false): { programs: TensorPrograms; stats: Stats; schedule: Schedule } {
  const f = choice.tensor!;
  const fused = choice.evaluate!;
  const divergence = withOutputs(fused, { divergence: fused.outputs.divergence! });
  const diagonal = choice.diagonal!;
  const potential = f.potential === undefined ? undefined : withOutputs(f, { potential: f.potential });
  // a potential's evaluate entry stores U too, in the same pass (the graph is shared: U's nodes
  // that grad U and the Laplacian use are computed once)
  const evaluate = potential ? withOutputs(fused, { ...fused.outputs, potential: f.potential }) : fused;
  const fc = countTensorOps(f), dc = countTensorOps(fused);
  let reverse: TensorProgram | undefined, noVjp: string | undefined;
  const entries: Omit<TensorPrograms, 'vjp'> = { f, evaluate, divergence, diagonal, ...(potential ? { potential } : {}) };
  if (vjp) {
    // on a copy of the graph: a pass that gives up halfway leaves the entries' graph as it was
    // (its nodes, a wider row among them, would be an input no entry reads)
    const grown = evaluate.graph.clone();
    try {
      reverse = tensorVjp({ ...evaluate, graph: grown });
      // every entry on the grown graph: its nodes appended, the others' ids unchanged
      for (const name of Object.keys(entries) as (keyof typeof entries)[]) entries[name] = { ...entries[name]!, graph: grown };
    } catch (e) {
      if (!(e instanceof NotTensor)) throw e;
      noVjp = `the tensor vjp pass cannot take this field (${e.message})`;
    }
  }
  const programs = verifyTensorEntries({ ...entries, ...(reverse ? { vjp: reverse } : {}) }, 'the choice of entries');
  const schedule = chooseSchedule({ lowering: 'tensor', reason: choice.reason, programs }, override);
  if (noVjp) schedule.omitted = { ...schedule.omitted, vjp: noVjp };
  return {
    programs,
    schedule,
    stats: {
      f: fc,
      divergence: dc,
      ratio: fc.perPoint === 0 ? 1 : Math.round((dc.perPoint / fc.perPoint) * 1000) / 1000,
      divergenceOnly: countTensorOps(divergence),
      diagonal: countTensorOps(diagonal),
      ...(potential ? { potential: countTensorOps(potential), evaluate: countTensorOps(evaluate) } : {}),
      ...(reverse ? { vjp: countTensorOps(reverse) } : {}),
      lowering: { kind: 'tensor', reason: choice.reason, ...(evaluate.directions ? { directions: evaluate.directions } : {}) },
      schedule,
    },
  };
}

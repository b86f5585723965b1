// A field compiled at the tensor level: the graph, its input node and its outputs.
import type { ConditionInfo, ParamInfo } from '../ir/program.js';
import type { TensorGraph } from './graph.js';

export interface TensorProgram {
  graph: TensorGraph;
  field: string;
  inputs: string[];
  dim: number;
  params: ParamInfo[];
  paramSlots: number;
  /** The point's state, [dim]: what the divergence differentiates. */
  input: number;
  /** Conditions: numbers dim .. of the row, never differentiated (absent: none). */
  conditions?: ConditionInfo[];
  /**
   * With conditions, the input node that reads the whole row, [dim + the conditions' sizes]: the
   * state `input` and each condition are slices of it. Absent: `input` is the row.
   */
  row?: number;
  /**
   * f ([dim]), div f and a potential's U (scalars), each absent when not wanted; the vjp entry's
   * gradient with respect to the point ([dim], per point) and to the param slots ([paramSlots],
   * summed over the batch: vjp.ts).
   */
  outputs: { values?: number; divergence?: number; potential?: number; gradPoints?: number; gradParams?: number };
  /** A potential's U (a scalar node): the field is grad U. */
  potential?: number;
  /** Why the loop level cannot take this program (its lowering is then scalar); absent when it can. */
  loops?: string;
  /** How the divergence pass differentiated (directions chosen by the cost model). */
  directions?: string;
}

/** The same program keeping only some outputs (evaluation skips what they do not need). */
export function withOutputs(p: TensorProgram, outputs: TensorProgram['outputs']): TensorProgram {
  return { ...p, outputs };
}

/** The program's output nodes, in entry order. */
export const outputNodes = (p: TensorProgram): number[] =>
  [p.outputs.values, p.outputs.divergence, p.outputs.potential, p.outputs.gradPoints, p.outputs.gradParams].filter((x): x is number => x !== undefined);

/** The node that reads a point's row from memory. */
export const rowNode = (p: TensorProgram): number => p.row ?? p.input;

// A field compiled at the tensor level: the graph, its input node and its outputs.
import type { ParamInfo } from '../ir/program.js';
import type { TensorGraph } from './graph.js';

export interface TensorProgram {
  graph: TensorGraph;
  field: string;
  inputs: string[];
  dim: number;
  params: ParamInfo[];
  paramSlots: number;
  /** The point, [dim]. */
  input: number;
  /** f ([dim]), div f and a potential's U (scalars), each absent when not wanted. */
  outputs: { values?: number; divergence?: number; potential?: number };
  /** A potential's U (a scalar node): the field is grad U. */
  potential?: number;
  /** How the divergence pass differentiated (directions chosen by the cost model). */
  directions?: string;
}

/** The same program keeping only some outputs (evaluation skips what they do not need). */
export function withOutputs(p: TensorProgram, outputs: TensorProgram['outputs']): TensorProgram {
  return { ...p, outputs };
}

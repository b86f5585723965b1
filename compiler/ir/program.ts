// A compiled field as the passes see it: the graph plus which nodes are the field's outputs.
import type { Graph } from './graph.js';

export interface ParamInfo {
  name: string;
  shape: number[];
  /** First scalar slot in the flat param array (row-major within the param). */
  slot: number;
  size: number;
  default?: number[];
}

/**
 * A condition (LANGUAGE.md "Conditions"): a per-point input that is not differentiated. A point's
 * row in memory is its dim state coordinates, then each condition's numbers in declaration order.
 */
export interface ConditionInfo {
  name: string;
  /** [] (a scalar) or [k] */
  shape: number[];
  /** Its first number's place in the row (dim for the first condition). */
  offset: number;
  size: number;
}

/** Numbers per point in memory: the state, then the conditions. */
export const rowWidth = (p: { dim: number; conditions?: readonly ConditionInfo[] }): number =>
  p.dim + (p.conditions ?? []).reduce((n, c) => n + c.size, 0);

/** The name of each number of a point's row: the coordinates, then the conditions' (t, c[0], ...). */
export const rowNames = (p: { inputs: readonly string[]; conditions?: readonly ConditionInfo[] }): string[] =>
  [...p.inputs, ...(p.conditions ?? []).flatMap((c) => (c.shape.length === 0 ? [c.name] : Array.from({ length: c.size }, (_, j) => `${c.name}[${j}]`)))];

export interface Outputs {
  /** f_0 .. f_{d-1} (empty when only the divergence is wanted). */
  values: number[];
  /** div f, once the divergence pass has run. */
  divergence?: number;
  /** A potential's U, in the programs of the entries that store it (evaluate, potential). */
  potential?: number;
  /** The vjp entry's (passes/vjp.ts): the cotangent-weighted sum's gradient with respect to the point's state (dim numbers). */
  gradPoints?: number[];
  /** The vjp entry's: the same sum's gradient with respect to each param slot (paramSlots numbers; the runtime sums them over the batch). */
  gradParams?: number[];
}

export interface Program {
  graph: Graph;
  field: string;
  inputs: string[]; // coordinate names: x, y, z or x[0], x[1], ...
  dim: number;
  /** Conditions: input coordinates dim .. of the row, never differentiated (absent: none). */
  conditions?: ConditionInfo[];
  params: ParamInfo[];
  paramSlots: number;
  outputs: Outputs;
  /**
   * A potential's U (its field is grad U): the node, in the elaborated graph only; analyze makes
   * it the `potential` output of the evaluate entry's program and of a program of its own.
   */
  potential?: number;
}

/** Every output node: f's values, then div f and U where present, then a vjp's gradients. */
export function outputIds(p: Program): number[] {
  const { values, divergence, potential, gradPoints, gradParams } = p.outputs;
  return [...values, ...(divergence === undefined ? [] : [divergence]), ...(potential === undefined ? [] : [potential]), ...(gradPoints ?? []), ...(gradParams ?? [])];
}

/** The outputs with every node id taken through `m` (a pass that copied the graph). */
export function mapOutputs(o: Outputs, m: (id: number) => number): Outputs {
  return {
    values: o.values.map(m),
    ...(o.divergence === undefined ? {} : { divergence: m(o.divergence) }),
    ...(o.potential === undefined ? {} : { potential: m(o.potential) }),
    ...(o.gradPoints === undefined ? {} : { gradPoints: o.gradPoints.map(m) }),
    ...(o.gradParams === undefined ? {} : { gradParams: o.gradParams.map(m) }),
  };
}

export function withGraph(p: Program, graph: Graph, outputs: Outputs): Program {
  return { ...p, graph, outputs };
}

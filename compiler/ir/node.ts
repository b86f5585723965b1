// One IR node: an operation on earlier nodes (SSA: a node's arguments always have smaller ids).
import type { Op, ComputeOp, Type } from './ops.js';

export interface Node {
  readonly op: Op;
  readonly args: readonly number[];
  /** The constant's value, or the index of an input coordinate / param slot; 0 otherwise. */
  readonly value: number;
  readonly type: Type;
  /** Depends on an input coordinate (per-point work); false: batch-invariant (params, consts). */
  readonly varying: boolean;
}

/** What rewrite rules need to inspect nodes and build replacements (implemented by Graph). */
export interface Builder {
  node(id: number): Node;
  op(op: ComputeOp, ...args: number[]): number;
  const(value: number, type?: Type): number;
  /** Whether node `id` is known to have exactly one use; absent: unknown (see Rule.singleUse). */
  singleUse?: (id: number) => boolean;
}

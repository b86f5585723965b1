// Operation counts of a tensor program, per point and per batch, in the scalar path's units (a
// multiply-add is two operations), so `--emit stats` reads the same on both lowerings and the
// divergence pass can compare the directions it could differentiate in.
import { sizeOf } from './graph.js';
import type { TensorProgram } from './program.js';
import { liveNodes } from './interpret.js';

export interface TensorOpCounts { perPoint: number; perBatch: number }

/** Arithmetic operations of one node (copies and leaves are memory traffic, counted as 0). */
export function nodeOps(p: TensorProgram, id: number): number {
  const n = p.graph.node(id);
  switch (n.op) {
    // x^-k: the power and its reciprocal (lower-powi.ts builds the 1 / x^k)
    case 'map': return n.fn === 'nograd' ? 0 : n.fn === 'powi' && (p.graph.constScalar(n.args[1]!) ?? 0) < 0 ? 2 * sizeOf(n.shape) : sizeOf(n.shape);
    case 'matmul': {
      const [m, inner] = p.graph.node(n.args[0]!).shape as [number, number];
      const cols = n.shape.length === 2 ? n.shape[1]! : 1;
      return m * cols * (2 * inner - 1);
    }
    case 'reduce': return Math.max(0, sizeOf(p.graph.node(n.args[0]!).shape) - sizeOf(n.shape));
    // a point's share of a sum over the points: an add an element (psum(a, b): sum_c a b^T, multiply-adds)
    case 'psum': return n.args.length === 1 ? sizeOf(n.shape) : 2 * sizeOf(n.shape) * (p.graph.node(n.args[0]!).shape[1] ?? 1);
    default: return 0;
  }
}

export function countTensorOps(p: TensorProgram): TensorOpCounts {
  let perPoint = 0, perBatch = 0;
  for (const id of liveNodes(p)) {
    const ops = nodeOps(p, id);
    // a psum is per batch, but its work is each point's
    if (p.graph.node(id).varying || p.graph.node(id).op === 'psum') perPoint += ops;
    else perBatch += ops;
  }
  return { perPoint, perBatch };
}

/**
 * What unrolling the field to scalars would build per point (the scalar path's size): the
 * cost model (schedule.ts, chooseLevel) compares it with its scalar limit. Params count as leaves.
 */
export function unrolledSize(p: TensorProgram): number {
  let n = 0;
  for (const id of liveNodes(p)) {
    const node = p.graph.node(id);
    n += node.op === 'param' ? sizeOf(node.shape) : nodeOps(p, id);
  }
  return n;
}

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

/**
 * What a per-point node costs, by kind, in the units the measured table weighs (op-costs.ts):
 * multiply-adds of matrix products, with a vector a point or with a matrix a point (tangents in k
 * directions: measured slower per multiply-add, their operands leave the cache), elements of
 * arithmetic maps, of divisions and square roots, of transcendental maps (sin, exp, tanh: tens of
 * instructions each), elements moved (copies, concatenations: no arithmetic, counted 0 above,
 * but each a load and a store), elements reduced, and one per point (reading it, storing outputs).
 */
export type CostFeature = 'point' | 'matrixVector' | 'matrixMatrix' | 'map' | 'divide' | 'transcendental' | 'move' | 'reduce';
export const COST_FEATURES: readonly CostFeature[] = ['point', 'matrixVector', 'matrixMatrix', 'map', 'divide', 'transcendental', 'move', 'reduce'];

const ARITHMETIC = new Set(['add', 'sub', 'mul', 'neg', 'abs', 'min', 'max', 'relu', 'select', 'lt', 'le', 'gt', 'ge', 'eq', 'ne', 'and', 'or', 'not', 'floor', 'ceil', 'sign', 'powi']);

/** Per point: each feature's amount in the program's per-point nodes (psums included: their work is each point's). */
export function costFeatures(p: TensorProgram): Record<CostFeature, number> {
  const f: Record<CostFeature, number> = { point: 1, matrixVector: 0, matrixMatrix: 0, map: 0, divide: 0, transcendental: 0, move: 0, reduce: 0 };
  const g = p.graph;
  for (const id of liveNodes(p)) {
    const n = g.node(id);
    if (!n.varying && n.op !== 'psum') continue;
    const size = sizeOf(n.shape);
    switch (n.op) {
      case 'map':
        if (n.fn === 'nograd') break;
        if (n.fn === 'div' || n.fn === 'sqrt' || (n.fn === 'powi' && (g.constScalar(n.args[1]!) ?? 0) < 0)) f.divide += size;
        else if (ARITHMETIC.has(n.fn!)) f.map += size;
        else f.transcendental += size;
        break;
      // a product with a vector a point (W @ h) or with a matrix a point (tangents in k directions, a psum's GEMM)
      case 'matmul': f[n.shape.length === 1 ? 'matrixVector' : 'matrixMatrix'] += sizeOf(g.node(n.args[0]!).shape) * (n.shape[1] ?? 1); break;
      case 'psum': f.matrixMatrix += nodeOps(p, id) / 2; break;
      case 'copy': case 'concat': f.move += size; break;
      case 'reduce': f.reduce += sizeOf(g.node(n.args[0]!).shape); break;
      default: break;
    }
  }
  return f;
}

/** Nanoseconds a point, by the measured table (op-costs.ts): what the divergence pass minimizes. */
export function measuredCost(p: TensorProgram, weights: Record<CostFeature, number>): number {
  const f = costFeatures(p);
  return COST_FEATURES.reduce((t, k) => t + f[k] * weights[k], 0);
}

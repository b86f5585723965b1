// Scalar bottlenecks for the divergence pass (preaccumulation of the chain rule). A per-point
// node b that every path from the inputs to v passes through dominates v: v is a function of b
// alone (and of per-batch values), so its tangent in any direction k is dv/db * (tangent of b in
// k). For a pair potential q / sqrt(|x - p|^2 + e^2), every node of the derivative chain of
// U'(s) hangs below s = |x - p|^2 + e^2: instead of pushing each of d directions through that
// chain (d times its length), dv/db is built once (forward mode seeded with 1 at b) and each
// direction pays one product per node leaving the region. Regions are taken at the topmost
// dominator below the affine frontier, so one region holds the whole chain.
import type { ComputeOp } from '../ir/ops.js';
import type { Graph } from '../ir/graph.js';
import { DERIVATIVES, type Tangent } from './derivative-rules.js';

const ROOT = -1;

export interface Bottlenecks {
  /** The region head of node v: v itself where v is in no other node's region (every node that is not interior). */
  top: Int32Array;
  /** Region nodes whose tangent is needed outside their region (or that are leaves). */
  exit: Uint8Array;
  /** d v / d top(v) for a region node v (undefined: structurally zero), built once per node. */
  derivative(v: number): Tangent;
}

/**
 * Dominators over the interior (per-point, non-affine nodes; affine nodes and inputs are the
 * sources). `affine(v)` tells the sources; `leaves` are the nodes whose tangents are weighted.
 */
export function bottlenecks(g: Graph, affine: (v: number) => boolean, leaves: readonly number[]): Bottlenecks {
  const n = g.size;
  const idom = new Int32Array(n).fill(ROOT);
  const interior = (v: number) => g.node(v).varying && !affine(v) && g.node(v).op !== 'input';
  // Cooper, Harvey and Kennedy's intersection; node ids are a topological order (args first)
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (a > b) a = idom[a]!;
      while (b > a) b = idom[b]!;
    }
    return a;
  };
  for (let v = 0; v < n; v++) {
    if (!interior(v)) continue;
    let d: number | undefined;
    for (const a of g.node(v).args) {
      if (!g.node(a).varying) continue;
      if (!interior(a)) { d = ROOT; break; }
      d = d === undefined ? a : intersect(d, a);
      if (d === ROOT) break;
    }
    idom[v] = d ?? ROOT;
  }
  // (idom is ROOT for every node that is not interior)
  const top = new Int32Array(n);
  for (let v = 0; v < n; v++) top[v] = idom[v] === ROOT ? v : top[idom[v]!]!;
  const exit = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    for (const a of g.node(u).args) if (top[a] !== a && top[u] !== top[a]) exit[a] = 1;
  }
  for (const h of leaves) if (top[h] !== h) exit[h] = 1;

  const memo = new Map<number, Tangent>();
  const derivative = (v: number): Tangent => {
    if (memo.has(v)) return memo.get(v);
    const b = top[v]!;
    memo.set(b, g.const(1)); // the seed, d b / d b
    // ascending over the ancestors of v inside its region (iterative: chains may be long)
    const order: number[] = [], seen = new Set<number>([v]), stack = [v];
    while (stack.length > 0) {
      const w = stack.pop()!;
      order.push(w);
      for (const a of g.node(w).args) if (top[a] === b && !memo.has(a) && !seen.has(a)) { seen.add(a); stack.push(a); }
    }
    order.sort((x, y) => x - y);
    // b dominates every node of its region, so an interior operand of one is b or in the region
    // (in the memo by now); the other operands are per batch, with no tangent. Conditions
    // (comparisons, and, or, not) have zero derivatives in the table.
    for (const w of order) {
      const { op, args } = g.node(w);
      memo.set(w, DERIVATIVES[op as ComputeOp](g, args, w, args.map((a) => memo.get(a))));
    }
    return memo.get(v);
  };
  return { top, exit, derivative };
}

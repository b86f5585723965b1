// Reverse mode inside the compiler, for `grad(e, v)`: the adjoints of a scalar node's ancestors,
// accumulated from the output down (ids are a topological order), as ordinary IR nodes in the
// same hash-consed graph, so every later pass sees them: the divergence of a field that uses grad
// is forward over reverse, and e's computation is shared between f and its derivatives.
// Local partials come from the forward derivative table (a one-hot tangent), so both modes follow
// the same rules and conventions.
import type { ComputeOp } from '../ir/ops.js';
import type { Graph } from '../ir/graph.js';
import { DERIVATIVES } from './derivative-rules.js';
import { ancestors } from '../ir/ancestors.js';

/**
 * d output / d w for each w of `wrt` (0 where the output does not depend on it). `params`: also
 * through the per-batch nodes, so that params get adjoints (the vjp entry, passes/vjp.ts); by
 * default only what varies with the point is differentiated.
 */
export function gradient(g: Graph, output: number, wrt: readonly number[], params = false): number[] {
  const adjoint = new Map<number, number>([[output, g.const(1)]]);
  // the ancestors of the output that vary (constants, and params unless asked for, have no
  // adjoint to pass on)
  const through = (a: number) => g.node(a).type === 'f' && (params ? g.node(a).op !== 'const' : g.node(a).varying);
  const seen = ancestors(output, (id) => g.node(id).args, through);
  for (const id of [...seen].sort((a, b) => b - a)) {
    const adj = adjoint.get(id);
    const n = g.node(id);
    if (adj === undefined || n.op === 'input' || n.op === 'const' || n.op === 'param') continue;
    const done = new Set<number>();
    for (const arg of n.args) {
      if (done.has(arg) || !seen.has(arg)) continue;
      done.add(arg);
      // d n / d arg: every occurrence of arg gets the unit tangent (x * x gives 2x)
      const unit = g.const(1);
      const partial = DERIVATIVES[n.op as ComputeOp](g, n.args, id, n.args.map((a) => (a === arg ? unit : undefined)));
      if (partial === undefined) continue;
      const term = g.op('mul', adj, partial);
      const before = adjoint.get(arg);
      adjoint.set(arg, before === undefined ? term : g.op('add', before, term));
    }
  }
  return wrt.map((w) => adjoint.get(w) ?? g.const(0));
}

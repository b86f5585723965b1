// Reverse mode inside the compiler, for `grad(e, v)`: the adjoints of a scalar node's ancestors,
// accumulated from the output down (ids are a topological order), as ordinary IR nodes in the
// same hash-consed graph, so every later pass sees them: the divergence of a field that uses grad
// is forward over reverse, and e's computation is shared between f and its derivatives.
// Local partials come from the forward derivative table (a one-hot tangent), so both modes follow
// the same rules and conventions.
import type { ComputeOp } from '../ir/ops.js';
import type { Graph } from '../ir/graph.js';
import { DERIVATIVES } from './derivative-rules.js';

/** d output / d w for each w of `wrt` (0 where the output does not depend on it). */
export function gradient(g: Graph, output: number, wrt: readonly number[]): number[] {
  const adjoint = new Map<number, number>([[output, g.const(1)]]);
  const accumulate = (id: number, term: number) => {
    const before = adjoint.get(id);
    adjoint.set(id, before === undefined ? term : g.op('add', before, term));
  };
  // the ancestors of the output that vary (constants and params have no adjoint to pass on)
  const seen = new Set<number>([output]);
  const stack = [output];
  while (stack.length > 0) {
    for (const a of g.node(stack.pop()!).args) {
      if (!seen.has(a) && g.node(a).varying && g.node(a).type === 'f') { seen.add(a); stack.push(a); }
    }
  }
  for (const id of [...seen].sort((a, b) => b - a)) {
    const adj = adjoint.get(id);
    const n = g.node(id);
    if (adj === undefined || n.op === 'input' || n.op === 'const' || n.op === 'param') continue;
    const done = new Set<number>();
    // c / x^k (c not varying): its adjoint goes to x through the power c x^-k's own derivative,
    // -k (y / x), not through x^k, whose k x^(k-1) is Inf where y's partial is 0 (x = +-Inf)
    const power = negativePowerPartial(g, id);
    if (power !== undefined && seen.has(power.x)) {
      accumulate(power.x, g.op('mul', adj, power.partial));
      continue;
    }
    for (const arg of n.args) {
      if (done.has(arg) || !seen.has(arg)) continue;
      done.add(arg);
      // d n / d arg: every occurrence of arg gets the unit tangent (x * x gives 2x)
      const unit = g.const(1);
      const partial = DERIVATIVES[n.op as ComputeOp](g, n.args, id, n.args.map((a) => (a === arg ? unit : undefined)));
      if (partial === undefined) continue;
      accumulate(arg, g.op('mul', adj, partial));
    }
  }
  return wrt.map((w) => adjoint.get(w) ?? g.const(0));
}

/** d (c / x^k) / d x for a node c / x^k whose numerator does not vary: the forward rules' own. */
function negativePowerPartial(g: Graph, id: number): { x: number; partial: number } | undefined {
  const n = g.node(id);
  if (n.op !== 'div' || g.node(n.args[0]!).varying || g.node(n.args[1]!).op !== 'powi') return undefined;
  const [a, b] = n.args as [number, number];
  const [x, k] = g.node(b).args as [number, number];
  const tb = DERIVATIVES.powi(g, [x, k], b, [g.const(1)]);
  const partial = DERIVATIVES.div(g, [a, b], id, [undefined, tb]);
  return partial === undefined ? undefined : { x, partial };
}

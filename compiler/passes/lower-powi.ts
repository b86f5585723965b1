// Lowering: powi(x, n) becomes multiplications by repeated squaring, in the order of
// ops.ts's powiEvaluate, so results stay bit-identical to the interpreter; a negative power
// x^-k becomes 1 / x^k, and c * x^-k (c not varying: how the front end writes c / x^k) c / x^k,
// the quotient the source wrote. Runs last: the optimizer sees x^n as one node (cheap
// derivative), backends and stats see multiplications.
import type { Graph } from '../ir/graph.js';
import type { Program } from '../ir/program.js';
import { rebuild } from './rebuild.js';

export function lowerPowi(p: Program): Program {
  const old = p.graph;
  const negativePower = (id: number) => old.node(id).op === 'powi' && old.node(old.node(id).args[1]!).value < 0;
  return rebuild(p, old.simplify, (g, n, args, mapped) => {
    if (n.op === 'mul') {
      // c * x^-k, c not varying: c / x^k
      const i = n.args.findIndex((a, j) => negativePower(a) && !old.node(n.args[1 - j]!).varying);
      if (i < 0) return undefined;
      const [x, k] = old.node(n.args[i]!).args as [number, number];
      return g.op('div', args[1 - i]!, power(g, mapped(x), -old.node(k).value));
    }
    if (n.op !== 'powi') return undefined;
    const k = old.node(n.args[1]!).value;
    return k < 0 ? g.op('div', g.const(1), power(g, args[0]!, -k)) : power(g, args[0]!, k);
  });
}

/** x^k for k >= 0 by repeated squaring (ops.ts's powiEvaluate). */
function power(g: Graph, x: number, k: number): number {
  let result: number | undefined;
  let base = x;
  for (; k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) result = result === undefined ? base : g.op('mul', result, base);
    if (k > 1) base = g.op('mul', base, base);
  }
  return result ?? g.const(1);
}

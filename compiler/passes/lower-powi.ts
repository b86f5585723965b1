// Lowering: powi(x, n) becomes multiplications by repeated squaring, in the order of
// ops.ts's powiEvaluate, so results stay bit-identical to the interpreter. Runs last: the
// optimizer sees x^n as one node (cheap derivative), backends and stats see multiplications.
import type { Program } from '../ir/program.js';
import { rebuild } from './rebuild.js';

export function lowerPowi(p: Program): Program {
  return rebuild(p, p.graph.simplify, (g, n, [x]) => {
    if (n.op !== 'powi') return undefined;
    let result: number | undefined;
    let base = x!;
    for (let k = p.graph.node(n.args[1]!).value; k > 0; k = Math.floor(k / 2)) {
      if (k % 2 === 1) result = result === undefined ? base : g.op('mul', result, base);
      if (k > 1) base = g.op('mul', base, base);
    }
    return result ?? g.const(1);
  });
}

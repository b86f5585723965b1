// Lowering: powi(x, n) becomes multiplications by repeated squaring, in the order of
// ops.ts's powiEvaluate, so results stay bit-identical to the interpreter. Runs last: the
// optimizer sees x^n as one node (cheap derivative), backends and stats see multiplications.
import { Graph } from '../ir/graph.js';
import type { ComputeOp } from '../ir/ops.js';
import { liveNodes } from './rebuild.js';
import type { Program } from '../ir/program.js';

export function lowerPowi(p: Program): Program {
  const live = liveNodes(p);
  const g = new Graph({ simplify: p.graph.simplify, limit: p.graph.limit });
  const map = new Int32Array(p.graph.size).fill(-1);
  p.graph.nodes.forEach((n, id) => {
    if (!live[id]) return;
    switch (n.op) {
      case 'const': map[id] = g.const(n.value, n.type); break;
      case 'input': map[id] = g.input(n.value); break;
      case 'param': map[id] = g.param(n.value); break;
      case 'powi': {
        const x = map[n.args[0]!]!;
        let result: number | undefined;
        let base = x;
        for (let k = p.graph.node(n.args[1]!).value; k > 0; k = Math.floor(k / 2)) {
          if (k % 2 === 1) result = result === undefined ? base : g.op('mul', result, base);
          if (k > 1) base = g.op('mul', base, base);
        }
        map[id] = result ?? g.const(1);
        break;
      }
      default: map[id] = g.op(n.op as ComputeOp, ...n.args.map((a) => map[a]!));
    }
  });
  const m = (id: number) => map[id]!;
  return {
    ...p, graph: g,
    outputs: { values: p.outputs.values.map(m), ...(p.outputs.divergence === undefined ? {} : { divergence: m(p.outputs.divergence) }) },
  };
}

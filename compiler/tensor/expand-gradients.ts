// The loop level's view of `grad`: every grad node replaced by its reverse-mode expansion
// (gradient.ts), so the divergence pass, the cost model and the renderers see plain tensor ops.
// The front end keeps grad whole because the scalar lowering re-derives it over scalar nodes
// (unroll.ts), which costs fewer operations than unrolling this expansion would.
import { TensorGraph } from './graph.js';
import { tensorGradient } from './gradient.js';
import type { TensorProgram } from './program.js';

/** `p` without grad nodes (itself when it has none); throws NotTensor where a gradient is not expressible. */
export function expandGradients(p: TensorProgram): TensorProgram {
  const old = p.graph;
  if (!old.nodes.some((n) => n.op === 'grad')) return p;
  // what the program reads and returns (the row is the input or its source)
  const live = new Uint8Array(old.nodes.length);
  for (const r of [p.input, p.outputs.values, p.outputs.divergence, p.outputs.potential, p.potential]) if (r !== undefined) live[r] = 1;
  for (let id = live.length - 1; id >= 0; id--) if (live[id]) for (const a of old.node(id).args) live[a] = 1;
  const g = new TensorGraph();
  const to: number[] = [];
  old.nodes.forEach((n, id) => {
    if (!live[id]) return;
    g.line = old.lines[id] ?? 0;
    to[id] = n.op === 'grad' ? tensorGradient(g, to[n.args[0]!]!, to[n.args[1]!]!) : g.rebuild(n, n.args.map((a) => to[a]!));
  });
  const { values, divergence, potential } = p.outputs;
  const outputs: TensorProgram['outputs'] = {
    ...(values === undefined ? {} : { values: to[values]! }),
    ...(divergence === undefined ? {} : { divergence: to[divergence]! }),
    ...(potential === undefined ? {} : { potential: to[potential]! }),
  };
  return {
    ...p, graph: g, input: to[p.input]!, outputs,
    ...(p.row === undefined ? {} : { row: to[p.row]! }),
    ...(p.potential === undefined ? {} : { potential: to[p.potential]! }),
  };
}

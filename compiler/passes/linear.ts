// Which IR nodes are linear in their per-point operands with batch-invariant coefficients:
// v = sum_u c_u * u (+ invariant), u ranging over the varying operands. The mixed-mode
// divergence pass propagates invariant tangents forward and invariant adjoints backward
// through exactly these nodes.
import type { Graph } from '../ir/graph.js';

/** [operand, coefficient node] pairs for a linear node, or undefined for a nonlinear one. */
export function linearTerms(g: Graph, id: number): [number, number][] | undefined {
  const n = g.node(id);
  if (!n.varying) return undefined;
  const varying = (a: number) => g.node(a).varying;
  const [a, b] = n.args as [number, number];
  switch (n.op) {
    case 'add': return n.args.filter(varying).map((u) => [u, g.const(1)]);
    case 'sub': return [...(varying(a) ? [[a, g.const(1)] as [number, number]] : []), ...(varying(b) ? [[b, g.const(-1)] as [number, number]] : [])];
    case 'neg': return [[a, g.const(-1)]];
    case 'mul':
      if (varying(a) && varying(b)) return undefined;
      return varying(a) ? [[a, b]] : [[b, a]];
    case 'div':
      return varying(a) && !varying(b) ? [[a, g.op('div', g.const(1), b)]] : undefined;
    case 'nograd': return []; // zero derivative: contributes nothing
    default: return undefined;
  }
}

/** c * w, skipping the multiplication for the coefficients 1 and -1. */
export function scaleBy(g: Graph, w: number, c: number): number {
  const cn = g.node(c);
  if (cn.op === 'const' && cn.value === 1) return w;
  if (cn.op === 'const' && cn.value === -1) return g.op('neg', w);
  return g.op('mul', w, c);
}

/** Sparse vectors of invariant nodes, indexed by output or input coordinate. */
export type SparseVector = Map<number, number>;

export function accumulate(g: Graph, into: SparseVector, from: SparseVector, c: number): void {
  for (const [i, w] of from) {
    const term = scaleBy(g, w, c);
    const prev = into.get(i);
    into.set(i, prev === undefined ? term : g.op('add', prev, term));
  }
}

// The local derivatives of an elementwise map, as tensor nodes: the scalar derivative table
// (passes/derivative-rules.ts) applied to a one-hot tangent in a scratch scalar graph, then
// rebuilt over the map's tensor arguments. Shared by the forward (divergence.ts) and reverse
// (gradient.ts) passes, so both follow the scalar level's rules and conventions.
import { Graph } from '../ir/graph.js';
import type { ComputeOp } from '../ir/ops.js';
import { DERIVATIVES } from '../passes/derivative-rules.js';
import type { TensorGraph } from './graph.js';

/** d map / d argument i (that occurrence) as a tensor node, or undefined where structurally zero. */
export function mapPartial(g: TensorGraph, id: number, i: number): number | undefined {
  const n = g.node(id);
  const s = new Graph();
  const leaves = n.args.map((a, j) => {
    const c = g.constScalar(a);
    if (c !== undefined) return s.const(c);
    // a norm: the scalar rule's convention (derivative 0 where sqrt of a sum of squares is 0)
    // needs to see the squares, which the scratch leaf would hide
    if (n.fn === 'sqrt' && sumOfSquares(g, a)) return s.op('mul', s.input(j), s.input(j));
    return s.input(j);
  });
  const y = s.op(n.fn as ComputeOp, ...leaves);
  const dt = leaves.map((_, j) => (j === i ? s.const(1) : undefined));
  const d = DERIVATIVES[n.fn as ComputeOp](s, leaves, y, dt);
  if (d === undefined) return undefined;
  // the scalar expression, rebuilt over the tensors (y is the map node itself)
  return rebuild(g, s, d, new Map([[y, id]]), n.args);
}

/**
 * A scratch scalar expression rebuilt over tensor nodes: `known` scratch nodes (the map itself)
 * are those tensor nodes, input j is `inputs[j]`.
 */
function rebuild(g: TensorGraph, s: Graph, root: number, known: Map<number, number>, inputs: readonly number[]): number {
  const build = (sid: number): number => {
    const done = known.get(sid);
    if (done !== undefined) return done;
    const sn = s.node(sid);
    const out = sn.op === 'input' ? inputs[sn.value]!
      : sn.op === 'const' ? g.const([sn.value], [], sn.type)
        : g.map(sn.op as ComputeOp, ...sn.args.map(build));
    known.set(sid, out);
    return out;
  };
  return build(root);
}

/** Whether a tensor node is a sum of squares (x * x, x^even, their sums and reductions). */
function sumOfSquares(g: TensorGraph, id: number): boolean {
  const n = g.node(id);
  if (n.op === 'reduce') return n.fn === 'add' && sumOfSquares(g, n.args[0]!);
  if (n.op !== 'map') return false;
  if (n.fn === 'add') return n.args.every((a) => sumOfSquares(g, a));
  if (n.fn === 'mul') return n.args[0] === n.args[1];
  if (n.fn === 'powi') { const k = g.constScalar(n.args[1]!) ?? 1; return k > 0 && k % 2 === 0; }
  return false;
}

// Reverse mode at the tensor level, for potentials: the gradient of a scalar U with respect to the
// point, as tensor nodes (adjoints of matrix products are products with the transpose, of maps
// the local partials, of sums a broadcast). The divergence pass then differentiates grad U like
// any field, so a network's Laplacian gets the same contractions: for U = w . s(W x + b) the
// trace is sum_h w_h s''(z_h) |W_h|^2 with |W_h|^2 per batch.
import { NotTensor, type TensorGraph } from './graph.js';
import { mapPartial } from './partials.js';
import { ancestors } from '../ir/ancestors.js';

/** d output / d input, of the input's shape (throws NotTensor for what it does not handle). */
export function tensorGradient(g: TensorGraph, output: number, input: number): number {
  const adjoint = new Map<number, number>([[output, g.scalar(1)]]);
  const add = (id: number, term: number) => {
    const before = adjoint.get(id);
    adjoint.set(id, before === undefined ? term : g.map('add', before, term));
  };
  // the nodes on a path from the input (the state) to the output: not the conditions, which are
  // per point but not differentiated, nor the row they and the state are read from
  const fromInput = new Uint8Array(output + 1);
  for (let id = input; id <= output; id++) fromInput[id] = id === input || g.node(id).args.some((a) => fromInput[a]) ? 1 : 0;
  const seen = ancestors(output, (id) => g.node(id).args, (a) => fromInput[a] === 1 && g.node(a).type === 'f');
  for (const id of [...seen].sort((a, b) => b - a)) {
    const adj = adjoint.get(id);
    const n = g.node(id);
    if (adj === undefined || id === input) continue;
    switch (n.op) {
      case 'map':
        n.args.forEach((a, i) => {
          if (!seen.has(a)) return;
          const partial = mapPartial(g, id, i);
          if (partial === undefined) return;
          const term = g.map('mul', adj, partial);
          // a scalar broadcast into a vector op collects the sum of its adjoints
          add(a, g.node(a).shape.length < g.node(term).shape.length ? g.reduce('add', term) : term);
        });
        break;
      case 'matmul': {
        const [a, b] = n.args as [number, number];
        if (g.node(a).varying || g.node(b).shape.length !== 1) throw new NotTensor('the gradient of a per-point matrix product');
        add(b, g.matmul(g.transpose(a), adj));
        break;
      }
      case 'reduce': {
        const src = n.args[0]!;
        if (n.fn !== 'add' || g.node(src).shape.length !== 1) throw new NotTensor(`the gradient of a ${n.fn} reduction`);
        add(src, g.broadcastTo(adj, g.node(src).shape));
        break;
      }
      case 'copy': {
        // an element of a vector: its adjoint goes back to that element (a one-hot vector)
        const src = n.args[0]!;
        const size = g.node(src).shape[0] ?? 1;
        if (n.shape.length !== 0 || g.node(src).shape.length !== 1) throw new NotTensor('the gradient of a slice');
        add(src, g.map('mul', adj, g.const(Array.from({ length: size }, (_, k) => (k === n.value ? 1 : 0)), [size])));
        break;
      }
      case 'concat': {
        // each part's adjoint is its stretch of the whole's
        let offset = 0;
        for (const a of n.args) {
          const shape = g.node(a).shape;
          if (seen.has(a)) add(a, g.slice(adj, offset, shape));
          offset += shape.length === 0 ? 1 : shape.reduce((x, y) => x * y, 1);
        }
        break;
      }
      default: throw new NotTensor(`the gradient of ${n.op}`);
    }
  }
  return adjoint.get(input) ?? g.const(new Array(g.node(input).shape[0]!).fill(0), g.node(input).shape);
}

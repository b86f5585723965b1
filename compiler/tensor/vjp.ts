// The vjp entry's program at the tensor level (issue 23, CONTRACT.md k.vjp): reverse mode over the
// evaluate program (f, div f and a potential's U, as the loop kernel computes them), for
//   L = sum_p <cv_p, f(x_p)> + cd_p div f(x_p) + cu_p U(x_p)
// with respect to each point's state and to every param. The cotangents are read after the
// point's row (the state, the conditions, cv, cd, cu: passes/vjp.ts cotangentInputs).
// Per-point adjoints flow back as per-point tensors. Where one reaches a per-batch value (a
// weight, or a contraction the divergence pass hoisted such as diag(W1 W2)), its per-point terms
// are summed over the batch by a psum node: psum(adj, x) for a product W @ x is sum_p adj x^T, the
// weight's gradient as one GEMM over the points, accumulated in the kernel. From there the
// reverse pass goes on over per-batch values (the epilogue: the contractions' adjoints, W1's and
// W3's from (W1 W3)'s) down to the params.
import { NotTensor, sizeOf, type TensorGraph } from './graph.js';
import { mapPartial } from './partials.js';
import { outputNodes, rowNode, type TensorProgram } from './program.js';
import { rowWidth } from '../ir/program.js';
import { cotangentInputs } from '../passes/vjp.js';
import { liveNodes } from './interpret.js';
import type { ComputeOp } from '../ir/ops.js';

const rowMajor = (shape: readonly number[]) => (shape.length === 0 ? [] : shape.length === 1 ? [1] : [shape[1]!, 1]);
const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The adjoint of a copy's source from the copy's adjoint `adj` (the copies the front end and the divergence pass build). */
export function copyAdjoint(g: TensorGraph, id: number, adj: number): number {
  const n = g.node(id);
  const src = g.node(n.args[0]!);
  const s = src.shape, strides = n.strides!, offset = n.value!;
  // broadcasts: a scalar to any shape, a vector along the rows ([1, 0]) or down the columns ([0, 1])
  if (offset === 0 && s.length === 0 && strides.every((x) => x === 0)) return n.shape.length === 2 ? g.reduce('add', g.reduce('add', adj, 1)) : g.reduce('add', adj);
  if (offset === 0 && s.length === 1 && n.shape.length === 2) {
    if (strides[0] === 1 && strides[1] === 0 && n.shape[0] === s[0]) return g.reduce('add', adj, 1);
    if (strides[0] === 0 && strides[1] === 1 && n.shape[1] === s[0]) return g.reduce('add', adj, 0);
  }
  // a transpose: transposed back
  if (offset === 0 && s.length === 2 && n.shape.length === 2 && n.shape[0] === s[1] && n.shape[1] === s[0] && strides[0] === 1 && strides[1] === s[1]) return g.transpose(adj);
  // a diagonal: back on the diagonal (adj repeated along the rows, times the identity)
  if (offset === 0 && s.length === 2 && s[0] === s[1] && n.shape.length === 1 && n.shape[0] === s[0] && strides[0] === s[0]! + 1) return g.map('mul', g.eye(s[0]!), adj);
  // a contiguous stretch (a slice, an element, rows): the adjoint between zeros
  if (n.shape.length === 0 || same(strides, rowMajor(n.shape))) {
    const size = sizeOf(n.shape), total = sizeOf(s);
    if (offset + size > total) throw new NotTensor('the gradient of a copy past its source');
    const zeros = (k: number) => g.const(new Array<number>(k).fill(0), [k]);
    const flat = n.shape.length === 1 ? adj : g.copy(adj, [size], 0, [1]);
    const parts = [...(offset > 0 ? [zeros(offset)] : []), flat, ...(total - offset - size > 0 ? [zeros(total - offset - size)] : [])];
    return parts.length === 1 ? g.copy(flat, s, 0, rowMajor(s)) : g.concat(parts, s);
  }
  throw new NotTensor(`the gradient of a strided copy (strides ${strides.join(', ')})`);
}

/** `term` (of the op's shape) summed down to an operand's shape where the op broadcast it. */
export function unbroadcast(g: TensorGraph, term: number, to: readonly number[]): number {
  const from = g.node(term).shape;
  if (same(from, to)) return term;
  if (to.length === 0) return from.length === 2 ? g.reduce('add', g.reduce('add', term, 1)) : g.reduce('add', term);
  // a vector repeated along the rows of a matrix op
  return g.reduce('add', term, 1);
}

/**
 * The vjp program of an evaluate program (its values and div f, a potential's U too), built in
 * the same graph (the entries share one memory plan). Throws NotTensor where a node has no rule:
 * the kernel then has no vjp entry.
 */
export function tensorVjp(p: TensorProgram): TensorProgram {
  const g = p.graph;
  const { values, divergence, potential } = p.outputs;
  if (values === undefined || divergence === undefined) throw new Error('internal: vjp of a program without f and div f');
  // the row grows by the cotangents: the program's per-point nodes are rebuilt on it
  const base = rowWidth(p);
  const cot = cotangentInputs(p, potential !== undefined);
  const width = base + cot.reduce((w, c) => w + c.size, 0);
  const row = g.input(width);
  const state = g.slice(row, 0, [p.dim]);
  const to = new Map<number, number>([[p.input, state]]);
  if (rowNode(p) !== p.input) to.set(rowNode(p), g.slice(row, 0, [base]));
  for (const id of liveNodes(p)) {
    const n = g.node(id);
    if (to.has(id)) continue;
    const args = n.args.map((a) => to.get(a)!);
    // maps through map(): a commutative op's operands in order again (the per-point ones moved)
    to.set(id, !n.varying ? id : n.op === 'map' ? g.map(n.fn as ComputeOp, ...args) : g.rebuild(n, args));
  }
  const cv = g.slice(row, cot[0]!.offset, [p.dim]);
  const cd = g.slice(row, cot[1]!.offset, []);
  const cu = potential === undefined ? undefined : g.slice(row, cot[2]!.offset, []);

  // what the loss depends on: the state and the params (not the row's conditions and cotangents)
  const top = g.nodes.length;
  const dep = new Uint8Array(top);
  for (let id = 0; id < top; id++) {
    const n = g.node(id);
    dep[id] = n.type === 'f' && (id === state || n.op === 'param' || (n.op !== 'input' && n.args.some((a) => dep[a]))) ? 1 : 0;
  }
  // per-point adjoints summed as built; a per-batch value's per-point terms wait for one psum
  const pointAdj = new Map<number, number>();
  const batchTerms = new Map<number, number[]>();
  const pointTerms = new Map<number, number[]>();
  const add = (target: number, term: number) => {
    if (!dep[target]) return;
    if (g.node(target).varying) {
      const before = pointAdj.get(target);
      pointAdj.set(target, before === undefined ? term : g.map('add', before, term));
      return;
    }
    const list = g.node(term).varying ? pointTerms : batchTerms;
    list.set(target, [...(list.get(target) ?? []), term]);
  };
  const adjointOf = (id: number): number | undefined => {
    if (g.node(id).varying) return pointAdj.get(id);
    const point = pointTerms.get(id);
    const parts = [...(batchTerms.get(id) ?? []), ...(point ? [g.psum(point.reduce((a, b) => g.map('add', a, b)))] : [])];
    return parts.length === 0 ? undefined : parts.reduce((a, b) => g.map('add', a, b));
  };
  add(to.get(values)!, cv);
  add(to.get(divergence)!, cd);
  if (potential !== undefined) add(to.get(potential)!, cu!);

  const params = new Map<number, number>();
  const order = [...new Set(to.values())].filter((id) => dep[id]).sort((a, b) => b - a);
  for (const id of order) {
    const adj = adjointOf(id);
    if (adj === undefined) continue;
    const n = g.node(id);
    if (id === state) { pointAdj.set(id, adj); continue; }
    switch (n.op) {
      case 'param': params.set(id, adj); break;
      case 'const': case 'eye': break;
      case 'map':
        n.args.forEach((a, i) => {
          if (!dep[a]) return;
          const partial = mapPartial(g, id, i);
          if (partial === undefined) return;
          add(a, unbroadcast(g, g.map('mul', adj, partial), g.node(a).shape));
        });
        break;
      case 'matmul': {
        const [a, b] = n.args as [number, number];
        if (g.node(a).varying) throw new NotTensor('the gradient of a per-point matrix in a product');
        if (dep[b]) add(b, g.matmul(g.transpose(a), adj));
        if (dep[a]) {
          const [m, inner] = g.node(a).shape as [number, number];
          if (g.node(b).varying) add(a, g.psum(adj, b));
          else if (g.node(b).shape.length === 2) add(a, g.matmul(adj, g.transpose(b)));
          else add(a, g.map('mul', g.copy(adj, [m, inner], 0, [1, 0]), g.copy(b, [m, inner], 0, [0, 1])));
        }
        break;
      }
      case 'reduce': {
        const src = n.args[0]!;
        const s = g.node(src).shape;
        if (n.fn !== 'add') throw new NotTensor(`the gradient of a ${n.fn} reduction`);
        add(src, s.length === 1 ? g.broadcastTo(adj, s) : g.copy(adj, s, 0, n.value === 0 ? [0, 1] : [1, 0]));
        break;
      }
      case 'copy': add(n.args[0]!, copyAdjoint(g, id, adj)); break;
      case 'concat': {
        let offset = 0;
        for (const a of n.args) {
          const shape = g.node(a).shape;
          add(a, g.slice(adj, offset, shape));
          offset += sizeOf(shape);
        }
        break;
      }
      default: throw new NotTensor(`the gradient of ${n.op}`);
    }
  }

  // the param slots' gradients in slot order (0 where a param does not reach the loss)
  const parts: number[] = [];
  let at = 0;
  const bySlot = [...params].map(([id, adj]) => ({ slot: g.node(id).value!, size: sizeOf(g.node(id).shape), adj })).sort((a, b) => a.slot - b.slot);
  for (const { slot, size, adj } of bySlot) {
    if (slot < at) throw new NotTensor('params read at overlapping slots');
    if (slot > at) parts.push(g.const(new Array<number>(slot - at).fill(0), [slot - at]));
    parts.push(g.node(adj).shape.length === 1 ? adj : g.copy(adj, [size], 0, [1]));
    at = slot + size;
  }
  if (at < p.paramSlots) parts.push(g.const(new Array<number>(p.paramSlots - at).fill(0), [p.paramSlots - at]));
  const gradParams = parts.length === 0 ? undefined : parts.length === 1 ? parts[0]! : g.concat(parts, [p.paramSlots]);
  const gradPoints = pointAdj.get(state) ?? g.const(new Array<number>(p.dim).fill(0), [p.dim]);
  // a kernel reading no per-point value would have nothing to run its points loop for
  if (!g.node(gradPoints).varying && !outputNodes(p).some((o) => g.node(to.get(o)!).varying)) throw new NotTensor('a field constant in the point');
  return {
    ...p,
    conditions: [...(p.conditions ?? []), ...cot],
    row,
    input: state,
    outputs: { gradPoints, ...(gradParams === undefined ? {} : { gradParams }) },
    directions: 'reverse mode over f + div f',
  };
}

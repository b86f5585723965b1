// Scalar code as a lowering of the tensor program, the one place it is made: every tensor node
// unrolled to the scalar SSA nodes of its elements (row-major), built through the scalar Graph, so
// its constant folding and rewrite rules apply as they are built (or none, with `simplify: false`,
// for the --no-opt baseline). Matrix products, reductions, dot, norm2, sum(v) and the like fold
// their terms as balanced trees (ir/fold.ts); grad is re-derived over the scalar nodes. These are
// the expressions the scalar front end built before the front ends became one (its operation
// counts are the bounds test/compiler/unroll.test.ts holds this to).
import { Graph, NODE_LIMIT } from '../ir/graph.js';
import { foldIds } from '../ir/fold.js';
import type { ComputeOp } from '../ir/ops.js';
import { rowWidth, type Program } from '../ir/program.js';
import { gradient } from '../passes/gradient.js';
import { sizeOf, type ReduceFn, type TensorGraph, type TNode } from './graph.js';
import type { TensorProgram } from './program.js';
import { expandGradients } from './expand-gradients.js';

export interface UnrollOptions {
  /** Apply the scalar rewrite rules while building (default); false: the plain baseline's graph. */
  simplify?: boolean;
  /** Most scalar nodes the program may unroll to (GraphLimitError beyond). */
  limit?: number;
  /**
   * grad (a potential's field grad U too): 'scalar' (default) re-derives it by the scalar reverse
   * pass (passes/gradient.ts) over the unrolled nodes; 'tensor' unrolls the tensor gradient's
   * nodes instead (expand-gradients.ts), which costs more where U reads scalar inputs (a slice's
   * adjoint is a product with a one-hot vector: adj * 0 per other coordinate, not folded since
   * 0 * x is NaN for x = Inf) or uses an operand twice (x * x: two adjoint terms, not one 2x):
   * harmonic's f 16 operations against 12, charges_potential's 221 against 197.
   */
  gradient?: 'scalar' | 'tensor';
}

const REDUCE_IDENTITY: Partial<Record<ReduceFn, number>> = { add: 0, mul: 1 };

/**
 * A reduction of a vector whose elements are a row-wise reduction of a matrix with the same op
 * (what sum, prod and norm2 of a matrix elaborate to): one fold over all of the matrix's elements
 * in row-major order, instead of a fold of row folds.
 */
function flattens(g: TensorGraph, n: TNode): boolean {
  if (n.op !== 'reduce' || n.shape.length !== 0) return false;
  const src = g.node(n.args[0]!);
  return src.op === 'reduce' && src.fn === n.fn && src.value === 1 && g.node(src.args[0]!).shape.length === 2;
}

/** The tensor nodes `roots` need, in id order (a flattened reduction reads its source's source). */
function needed(g: TensorGraph, roots: readonly number[]): number[] {
  const live = new Uint8Array(g.nodes.length);
  for (const r of roots) live[r] = 1;
  for (let id = live.length - 1; id >= 0; id--) {
    if (!live[id]) continue;
    const n = g.node(id);
    if (flattens(g, n)) live[g.node(n.args[0]!).args[0]!] = 1;
    else for (const a of n.args) live[a] = 1;
  }
  const ids: number[] = [];
  live.forEach((l, id) => { if (l) ids.push(id); });
  return ids;
}

/** The scalar program of a tensor program: f's values, and div f and U where it has them. */
export function unroll(program: TensorProgram, options: UnrollOptions = {}): Program {
  const p = options.gradient === 'tensor' ? expandGradients(program) : program;
  const tg = p.graph;
  const g = new Graph({ simplify: options.simplify ?? true, limit: options.limit ?? NODE_LIMIT });
  // the point's coordinates first (ids order commutative
  // operands and decide the rules that keep one of two orders)
  const row = Array.from({ length: rowWidth(p) }, (_, k) => g.input(k));
  const { values, divergence, potential } = p.outputs;
  const roots = [values, divergence, potential, p.potential].filter((r): r is number => r !== undefined);
  const el = unrollNodes(tg, g, roots, row);
  const scalarOf = (id: number) => el[id]![0]!;
  return {
    graph: g, field: p.field, inputs: [...p.inputs], dim: p.dim,
    ...(p.conditions ? { conditions: p.conditions } : {}),
    params: p.params.map((q) => ({ ...q, shape: [...q.shape] })), paramSlots: p.paramSlots,
    outputs: {
      values: values === undefined ? [] : el[values]!,
      ...(divergence !== undefined ? { divergence: scalarOf(divergence) } : {}),
      ...(potential !== undefined ? { potential: scalarOf(potential) } : {}),
    },
    ...(p.potential !== undefined ? { potential: scalarOf(p.potential) } : {}),
  };
}

/** The scalar nodes of the tensor nodes `roots` need, built into `g` in id order, each attributed to its source line. */
function unrollNodes(tg: TensorGraph, g: Graph, roots: readonly number[], row: number[]): (number[] | undefined)[] {
  const el: (number[] | undefined)[] = [];
  for (const id of needed(tg, roots)) {
    g.line = tg.lines[id] ?? 0;
    el[id] = elements(tg, g, id, el, row);
  }
  g.line = 0;
  return el;
}

/**
 * The elements of a tensor node that reads no input, folded at compile time by the scalar
 * graph's rules (what consts, sizes and indices must be), or undefined where one does not fold.
 */
export function unrollConstant(tg: TensorGraph, id: number): number[] | undefined {
  const n = tg.node(id);
  if (n.op === 'const') return [...n.data!];
  if (needed(tg, [id]).some((a) => tg.node(a).op === 'input' || tg.node(a).op === 'param')) return undefined;
  const g = new Graph();
  const ids = unrollNodes(tg, g, [id], [])[id]!;
  return ids.every((x) => g.isConst(x) && g.node(x).type === tg.node(id).type) ? ids.map((x) => g.node(x).value) : undefined;
}

/** The scalar nodes of tensor node `id`'s elements, row-major (its arguments' already in `el`). */
function elements(tg: TensorGraph, g: Graph, id: number, el: (number[] | undefined)[], inputs: number[]): number[] {
  const n = tg.node(id);
  const size = sizeOf(n.shape);
  const arg = (i: number) => el[n.args[i]!]!;
  switch (n.op) {
    case 'input': return inputs.slice(0, size);
    case 'param': return Array.from({ length: size }, (_, k) => g.param(n.value! + k));
    case 'const': return n.data!.map((v) => g.const(v, n.type));
    case 'eye': {
      const m = n.shape[0]!;
      return Array.from({ length: size }, (_, e) => g.const(Math.floor(e / m) === e % m ? 1 : 0));
    }
    case 'map': {
      // broadcasting as tensor/graph.ts defines it: a scalar, the same shape, or (result [r, c],
      // argument [r]) a vector repeated along each row
      const cols = n.shape.length === 2 ? n.shape[1]! : 1;
      const at = n.args.map((_, i) => {
        const len = arg(i).length;
        return len === size ? (e: number) => e : len === 1 && size !== 1 ? () => 0 : (e: number) => Math.floor(e / cols);
      });
      const xs = n.args.map((_, i) => arg(i));
      return Array.from({ length: size }, (_, e) => g.op(n.fn as ComputeOp, ...xs.map((x, i) => x[at[i]!(e)]!)));
    }
    case 'matmul': {
      // [m, k] @ [k] or [m, k] @ [k, c]: each element a balanced sum of its k products, k in order
      const [a, b] = [arg(0), arg(1)];
      const [m, inner] = tg.node(n.args[0]!).shape as [number, number];
      const cols = n.shape.length === 2 ? n.shape[1]! : 1;
      const out: number[] = [];
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < cols; j++) {
          const terms = Array.from({ length: inner }, (_, k) => g.op('mul', a[i * inner + k]!, b[k * cols + j]!));
          out.push(inner === 0 ? g.const(0) : foldIds(g, 'add', terms));
        }
      }
      return out;
    }
    case 'reduce': {
      const fn = n.fn as ReduceFn;
      const fold = (ids: number[]) => {
        if (ids.length > 0) return foldIds(g, fn, ids);
        const identity = REDUCE_IDENTITY[fn];
        if (identity === undefined) throw new Error(`internal: unroll: ${fn} of an empty tensor`);
        return g.const(identity);
      };
      if (flattens(tg, n)) return [fold(el[tg.node(n.args[0]!).args[0]!]!)];
      const src = arg(0);
      const shape = tg.node(n.args[0]!).shape;
      if (shape.length === 1) return [fold(src)];
      const [r, c] = shape as [number, number];
      // axis 0: out[j] folds column j; axis 1: out[i] folds row i
      return n.value === 0
        ? Array.from({ length: c }, (_, j) => fold(Array.from({ length: r }, (_, i) => src[i * c + j]!)))
        : Array.from({ length: r }, (_, i) => fold(src.slice(i * c, (i + 1) * c)));
    }
    case 'copy': {
      const src = arg(0);
      const [n0, n1] = [n.shape[0] ?? 1, n.shape[1] ?? 1];
      const [s0, s1] = [n.strides![0] ?? 0, n.strides![1] ?? 0];
      const out: number[] = [];
      for (let i = 0; i < n0; i++) for (let j = 0; j < n1; j++) out.push(src[n.value! + i * s0 + j * s1]!);
      return out;
    }
    case 'concat': return n.args.flatMap((_, i) => arg(i));
    // grad by the scalar reverse pass over its argument's scalar nodes: fewer operations than
    // unrolling the tensor gradient (UnrollOptions.gradient)
    case 'grad': return gradient(g, arg(0)[0]!, arg(1));
    case 'psum': throw new Error('internal: a psum (the loop level\'s vjp) has no scalar form');
  }
}

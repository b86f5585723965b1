// The tensor level of the IR: hash-consed SSA nodes whose values are tensors of rank 0 to 2
// (scalars, vectors, matrices), so a network's size lives in shapes, not in the node count.
// A node is per point when it depends on the input, per batch otherwise (params, consts and
// work on them only: the prologue computes those once per batch). Element types: 'f' (a real)
// or 'b' (a condition, a lane mask in SIMD code). Ids are a topological order.
import { OPS, type ComputeOp, type Type } from '../ir/ops.js';

export type ReduceFn = 'add' | 'mul' | 'max' | 'min';

/**
 * input: the point, [d]. param: a param (value = its first slot). const: a tensor of numbers
 * (data). eye: the identity [n, n]. map: an elementwise op; each argument has the result's
 * shape, is a scalar, or (result [n, k], argument [n]) is repeated along the row.
 * matmul: [m, n] @ [n] or [m, n] @ [n, k]. reduce: along `axis` (a vector to a scalar, a matrix
 * to a vector). copy: result[i, j] = source_flat[offset + i * strides[0] + j * strides[1]]
 * (slices, rows, transposes, diagonals, broadcasts). concat: the arguments' elements in order.
 * grad: d args[0] / d args[1], a scalar's gradient with respect to an input (the state, one of
 * its coordinates, or a condition), of that input's shape: kept whole by the front end, so that
 * unrolling re-derives it at the scalar level (reverse mode over the scalar nodes, cheaper than
 * the tensor gradient unrolled) and the loop level expands it (expand-gradients.ts) before its passes.
 * psum: a per-point tensor summed over the batch's points (psum(a): sum_p a; psum(a, b): sum_p
 * a b^T for vectors a [m], b [n], or a [m, k], b [n, k]): the vjp's per-batch adjoints (vjp.ts).
 * It is per batch, but known only after the points: it and what is computed from it are `summed`.
 */
export type TOp = 'input' | 'param' | 'const' | 'eye' | 'map' | 'matmul' | 'reduce' | 'copy' | 'concat' | 'grad' | 'psum';

export interface TNode {
  readonly op: TOp;
  readonly args: readonly number[];
  readonly shape: readonly number[];
  readonly type: Type;
  readonly varying: boolean;
  /** A psum or computed from one: per batch, after the points (the vjp entry's epilogue), never in the prologue. */
  readonly summed?: boolean;
  /** map: the scalar op; reduce: the combining op. */
  readonly fn?: ComputeOp | ReduceFn;
  /** param: its first slot; reduce: the axis; copy: the offset. */
  readonly value?: number;
  /** const: the elements, row-major. */
  readonly data?: readonly number[];
  /** copy: the source stride of each result axis. */
  readonly strides?: readonly number[];
}

export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
export const sameShape = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

/** The hash-consing key: two nodes with the same key are the same node (the verifier checks it). */
export function nodeKey(n: Omit<TNode, 'varying' | 'summed'>): string {
  // -0 and 0 are different constants (atan2(-0, -1) = -pi, 1 / -0 = -Infinity): String(-0) is "0"
  const data = n.data?.map((v) => (Object.is(v, -0) ? '-0' : String(v))).join(',') ?? '';
  return `${n.op}|${n.fn ?? ''}|${n.args.join(',')}|${n.shape.join(',')}|${n.type}|${n.value ?? ''}|${n.strides?.join(',') ?? ''}|${data}`;
}

/** Thrown to abandon the tensor level for a field (the scalar level takes it); the message says why. */
export class NotTensor extends Error {}

export class TensorGraph {
  readonly nodes: TNode[] = [];
  /** The .div source line each node was first built for (0: none), carried into unrolled code (WGSL comments). */
  readonly lines: number[] = [];
  /** The line new nodes are attributed to: set by the front end. */
  line = 0;
  private readonly index = new Map<string, number>();

  node(id: number): TNode {
    return this.nodes[id]!;
  }

  /** A graph with the same nodes at the same ids, to grow without touching this one. */
  clone(): TensorGraph {
    const c = new TensorGraph();
    // one at a time: a spread of a large graph's nodes would pass the engine's argument limit
    this.nodes.forEach((n, id) => { c.nodes.push(n); c.lines.push(this.lines[id]!); });
    for (const [key, id] of this.index) c.index.set(key, id);
    c.line = this.line;
    return c;
  }

  /** The id hash-consing gives a node like `n`, or undefined (the verifier checks it is the node's own). */
  lookup(n: Omit<TNode, 'varying' | 'summed'>): number | undefined {
    return this.index.get(nodeKey(n));
  }

  private intern(n: Omit<TNode, 'varying' | 'summed'>): number {
    const key = nodeKey(n);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    const summed = n.op === 'psum' || n.args.some((a) => this.nodes[a]!.summed);
    const varying = n.op !== 'psum' && (n.op === 'input' || n.args.some((a) => this.nodes[a]!.varying));
    this.nodes.push(summed ? { ...n, varying, summed } : { ...n, varying });
    this.lines.push(this.line);
    this.index.set(key, this.nodes.length - 1);
    return this.nodes.length - 1;
  }

  input(d: number): number {
    return this.intern({ op: 'input', args: [], shape: [d], type: 'f' });
  }

  param(slot: number, shape: readonly number[]): number {
    return this.intern({ op: 'param', args: [], shape: [...shape], type: 'f', value: slot });
  }

  const(data: readonly number[], shape: readonly number[] = [], type: Type = 'f'): number {
    return this.intern({ op: 'const', args: [], shape: [...shape], type, data: [...data] });
  }

  scalar(v: number): number {
    return this.const([v]);
  }

  eye(n: number): number {
    return this.intern({ op: 'eye', args: [], shape: [n, n], type: 'f' });
  }

  isConst(id: number, value?: number): boolean {
    const n = this.nodes[id]!;
    if (n.op !== 'const') return false;
    return value === undefined || n.data!.every((x) => x === value);
  }

  /** A constant scalar's value, or undefined. */
  constScalar(id: number): number | undefined {
    const n = this.nodes[id]!;
    return n.op === 'const' && n.shape.length === 0 ? n.data![0] : undefined;
  }

  /**
   * Elementwise op. Arguments that are all constants are folded; x*1, x+0, x-0, x/1 and 0*x
   * (for finite x only: 0*x is x's business when x can be NaN, so only folded for consts) are
   * simplified, since the derivative pass builds many of them.
   */
  map(fn: ComputeOp, ...args: number[]): number {
    const info = OPS[fn];
    if (args.length !== info.arity) throw new Error(`internal: ${fn} takes ${info.arity} arguments`);
    const shapes = args.map((a) => this.nodes[a]!.shape);
    const shape = shapes.reduce((best, s) => (s.length > best.length ? s : best), [] as readonly number[]);
    for (const s of shapes) {
      const ok = s.length === 0 || sameShape(s, shape) || (shape.length === 2 && s.length === 1 && s[0] === shape[0]);
      if (!ok) throw new Error(`internal: map ${fn} over shapes ${shapes.map((x) => `[${x.join(',')}]`).join(' ')}`);
    }
    if (args.every((a) => this.nodes[a]!.op === 'const') && sizeOf(shape) <= 4096) return this.foldMap(fn, args, shape, info.result);
    const [a, b] = args as [number, number];
    if (fn === 'select') {
      const c = this.nodes[args[0]!]!;
      if (c.op === 'const' && c.shape.length === 0) return this.broadcastTo(c.data![0] ? args[1]! : args[2]!, shape);
    }
    if (fn === 'mul' && this.isConst(b, 1) && sameShape(this.nodes[a]!.shape, shape)) return a;
    if (fn === 'mul' && this.isConst(a, 1) && sameShape(this.nodes[b]!.shape, shape)) return b;
    if ((fn === 'add' || fn === 'sub') && this.isConst(b, 0) && sameShape(this.nodes[a]!.shape, shape)) return a;
    if (fn === 'add' && this.isConst(a, 0) && sameShape(this.nodes[b]!.shape, shape)) return b;
    if (fn === 'div' && this.isConst(b, 1) && sameShape(this.nodes[a]!.shape, shape)) return a;
    if (fn === 'neg' && this.nodes[a]!.op === 'map' && this.nodes[a]!.fn === 'neg') return this.nodes[a]!.args[0]!;
    // commutative ops: one order, so equal expressions hash alike
    if (info.commutative && a > b) args = [b, a];
    return this.intern({ op: 'map', fn, args, shape: [...shape], type: info.result });
  }

  private foldMap(fn: ComputeOp, args: number[], shape: readonly number[], type: Type): number {
    const n = sizeOf(shape);
    const ev = OPS[fn].evaluate;
    const data = Array.from({ length: n }, (_, e) => {
      const xs = args.map((a) => {
        const node = this.nodes[a]!;
        if (node.shape.length === 0) return node.data![0]!;
        if (node.shape.length === 1 && shape.length === 2) return node.data![Math.floor(e / shape[1]!)]!;
        return node.data![e]!;
      });
      return ev(...xs);
    });
    return this.const(data, shape, type);
  }

  /** A value repeated to `shape` (a scalar or a row-repeated vector), or itself. */
  broadcastTo(id: number, shape: readonly number[]): number {
    const s = this.nodes[id]!.shape;
    if (sameShape(s, shape)) return id;
    if (s.length === 0) return this.copy(id, shape, 0, shape.map(() => 0));
    return this.copy(id, shape, 0, shape.length === 2 && s.length === 1 ? [1, 0] : [0, 1]);
  }

  matmul(a: number, b: number): number {
    const [sa, sb] = [this.nodes[a]!.shape, this.nodes[b]!.shape];
    if (sa.length !== 2 || sb.length < 1 || sb.length > 2 || sa[1] !== sb[0]) throw new Error(`internal: matmul [${sa}] @ [${sb}]`);
    if (this.nodes[b]!.op === 'eye') return a;
    if (this.nodes[a]!.op === 'eye') return b;
    return this.intern({ op: 'matmul', args: [a, b], shape: sb.length === 1 ? [sa[0]!] : [sa[0]!, sb[1]!], type: 'f' });
  }

  /** Reduction along an axis: a vector to a scalar, a matrix to a vector (axis 0 or 1). */
  reduce(fn: ReduceFn, v: number, axis = 0): number {
    const s = this.nodes[v]!.shape;
    if (s.length === 0) return v;
    const shape = s.length === 1 ? [] : axis === 0 ? [s[1]!] : [s[0]!];
    return this.intern({ op: 'reduce', fn, args: [v], shape, type: 'f', value: axis });
  }

  copy(src: number, shape: readonly number[], offset: number, strides: readonly number[]): number {
    const s = this.nodes[src]!;
    const rowMajor = shape.length === 0 ? [] : shape.length === 1 ? [1] : [shape[1]!, 1];
    if (offset === 0 && sameShape(shape, s.shape) && strides.every((x, i) => x === rowMajor[i])) return src;
    if (s.op === 'const') {
      const data: number[] = [];
      const [n0, n1] = [shape[0] ?? 1, shape[1] ?? 1];
      for (let i = 0; i < n0; i++) for (let j = 0; j < n1; j++) data.push(s.data![offset + i * (strides[0] ?? 0) + j * (strides[1] ?? 0)]!);
      return this.const(data, shape, s.type);
    }
    return this.intern({ op: 'copy', args: [src], shape: [...shape], type: s.type, value: offset, strides: [...strides] });
  }

  transpose(m: number): number {
    const [r, c] = this.nodes[m]!.shape as [number, number];
    if (this.nodes[m]!.op === 'eye') return m;
    return this.copy(m, [c, r], 0, [1, c]);
  }

  diag(m: number): number {
    const n = this.nodes[m]!.shape[0]!;
    if (this.nodes[m]!.op === 'eye') return this.const(new Array(n).fill(1), [n]);
    return this.copy(m, [n], 0, [n + 1]);
  }

  /** Elements `offset ..` of a row-major tensor, as `shape`. */
  slice(src: number, offset: number, shape: readonly number[]): number {
    return this.copy(src, shape, offset, shape.length === 0 ? [] : shape.length === 1 ? [1] : [shape[1]!, 1]);
  }

  /** d of / d wrt: `of` a scalar, `wrt` an input's node (see TOp). */
  grad(of: number, wrt: number): number {
    return this.intern({ op: 'grad', args: [of, wrt], shape: [...this.nodes[wrt]!.shape], type: 'f' });
  }

  /** A node like `n` with other operands (passes that rebuild a graph: no simplification). */
  rebuild(n: TNode, args: readonly number[]): number {
    const { varying: _, summed: __, ...rest } = n;
    // new ids can come in the other order: a commutative map's operands sorted, as map() keeps
    // them (found by the rough differential test: hypot(q, 1) after the gradient expansion)
    const swap = n.op === 'map' && args.length === 2 && OPS[n.fn as ComputeOp].commutative === true && args[0]! > args[1]!;
    return this.intern({ ...rest, args: swap ? [args[1]!, args[0]!] : [...args] });
  }

  /** sum over the batch's points of a per-point `a` (psum(a)), or of a b^T (see TOp). */
  psum(a: number, b?: number): number {
    const [sa, sb] = [this.nodes[a]!.shape, b === undefined ? undefined : this.nodes[b]!.shape];
    if (!this.nodes[a]!.varying || (b !== undefined && !this.nodes[b]!.varying)) throw new Error('internal: psum of a per-batch value');
    if (sb === undefined) return this.intern({ op: 'psum', args: [a], shape: [...sa], type: 'f' });
    if (sa.length !== sb.length || sa.length < 1 || sa.length > 2 || (sa.length === 2 && sa[1] !== sb[1])) throw new Error(`internal: psum [${sa}] [${sb}]`);
    return this.intern({ op: 'psum', args: [a, b!], shape: [sa[0]!, sb[0]!], type: 'f' });
  }

  concat(parts: number[], shape: readonly number[]): number {
    if (parts.length === 1) return this.copy(parts[0]!, shape, 0, shape.length === 0 ? [] : shape.length === 1 ? [1] : [shape[1]!, 1]);
    const type = this.nodes[parts[0]!]!.type;
    if (parts.every((p) => this.nodes[p]!.op === 'const')) return this.const(parts.flatMap((p) => this.nodes[p]!.data!), shape, type);
    return this.intern({ op: 'concat', args: parts, shape: [...shape], type });
  }
}

// Forward mode at the tensor level in k directions: the tangent of a per-point tensor of shape S
// is an [...S, k] block, kept symbolic (a seed, a row scaling, a product with a per-batch matrix,
// a sum) until an operation needs its elements, so that the divergence pass (divergence.ts) can
// take a trace on the symbolic form and the forward Laplacian (forward-laplacian.ts) the squared
// norms of its rows. Local derivatives come from the scalar derivative table (partials.ts).
import { mapPartial } from './partials.js';
import { TensorGraph, sizeOf, NotTensor } from './graph.js';

export type Tan =
  | { k: 'zero' }
  | { k: 'node'; id: number }
  | { k: 'eye' }
  | { k: 'scale'; d: number; t: Tan }
  | { k: 'matmul'; a: number; t: Tan }
  | { k: 'sum'; parts: Tan[] };

export const ZERO: Tan = { k: 'zero' };

export function sum(parts: Tan[]): Tan {
  const live = parts.flatMap((t) => (t.k === 'zero' ? [] : t.k === 'sum' ? t.parts : [t]));
  return live.length === 0 ? ZERO : live.length === 1 ? live[0]! : { k: 'sum', parts: live };
}

/** Whether two symbolic tangents are the same expression. */
export function sameTan(a: Tan, b: Tan): boolean {
  if (a === b) return true;
  switch (a.k) {
    case 'zero': case 'eye': return b.k === a.k;
    case 'node': return b.k === 'node' && b.id === a.id;
    case 'scale': return b.k === 'scale' && b.d === a.d && sameTan(a.t, b.t);
    case 'matmul': return b.k === 'matmul' && b.a === a.a && sameTan(a.t, b.t);
    case 'sum': return b.k === 'sum' && b.parts.length === a.parts.length && a.parts.every((p, i) => sameTan(p, b.parts[i]!));
  }
}

/** Forward mode from one seed: the tangent of every per-point node, built on demand. */
export class Tangents {
  private readonly memo = new Map<number, Tan>();

  constructor(private readonly g: TensorGraph, readonly input: number, private readonly seed: Tan, readonly k: number) {}

  of(id: number): Tan {
    let t = this.memo.get(id);
    if (t === undefined) {
      t = this.rule(id);
      this.memo.set(id, t);
    }
    return t;
  }

  /** The elements of a tangent: a node of shape [...S, k]. */
  materialize(t: Tan, shape: readonly number[]): number {
    const g = this.g;
    switch (t.k) {
      case 'zero': return g.const(new Array(sizeOf(shape) * this.k).fill(0), [...shape, this.k]);
      case 'node': return t.id;
      case 'eye': return g.eye(this.k);
      case 'scale': return g.map('mul', t.d, this.materialize(t.t, shape));
      case 'matmul': {
        // a @ diag(d): a's columns scaled, not a product
        if (t.t.k === 'scale' && t.t.t.k === 'eye' && g.node(t.t.d).shape.length === 1) {
          const [m, k] = g.node(t.a).shape as [number, number];
          return g.map('mul', t.a, g.copy(t.t.d, [m, k], 0, [0, 1]));
        }
        return g.matmul(t.a, this.materialize(t.t, [g.node(t.a).shape[1]!]));
      }
      case 'sum': return t.parts.map((p) => this.materialize(p, shape)).reduce((a, b) => g.map('add', a, b));
    }
  }

  /**
   * t as coef o core: its row scalings multiplied out, and a sum of scalings of one tangent
   * (x * x's x t + x t, tanh''s 1 - y^2's) as one scaling of it; coef undefined when it is 1.
   */
  factored(t: Tan): { coef?: number; core: Tan } {
    const g = this.g;
    if (t.k === 'scale') {
      const inner = this.factored(t.t);
      return { coef: inner.coef === undefined ? t.d : g.map('mul', t.d, inner.coef), core: inner.core };
    }
    if (t.k === 'sum') {
      const parts = t.parts.map((p) => this.factored(p));
      if (parts.every((p) => sameTan(p.core, parts[0]!.core))) {
        return { coef: parts.map((p) => p.coef ?? g.scalar(1)).reduce((a, b) => g.map('add', a, b)), core: parts[0]!.core };
      }
    }
    return { core: t };
  }

  /** diag of a tangent of a vector of size k (the k directions are its own coordinates). */
  diagonal(t: Tan): number | undefined {
    const g = this.g;
    switch (t.k) {
      case 'zero': return undefined;
      case 'node': return g.diag(t.id);
      case 'eye': return g.const(new Array(this.k).fill(1), [this.k]);
      case 'scale': {
        const inner = this.diagonal(t.t);
        return inner === undefined ? undefined : g.map('mul', t.d, inner);
      }
      case 'sum': {
        const parts = t.parts.map((p) => this.diagonal(p)).filter((x): x is number => x !== undefined);
        return parts.length === 0 ? undefined : parts.reduce((a, b) => g.map('add', a, b));
      }
      case 'matmul': return this.diagonalOfProduct(t.a, t.t);
    }
  }

  /** diag(a @ t) for a per-batch [k, n] and t an [n, k] tangent: sum_j a[i, j] t[j, i]. */
  private diagonalOfProduct(a: number, t: Tan): number | undefined {
    const g = this.g;
    const n = g.node(a).shape[1]!;
    switch (t.k) {
      case 'zero': return undefined;
      case 'eye': return g.diag(a);
      // consecutive linear maps contract per batch: a @ (b @ u) = (a b) @ u
      case 'matmul': return this.diagonalOfProduct(g.matmul(a, t.a), t.t);
      case 'sum': return this.diagonal(sum(t.parts.map((p) => ({ k: 'matmul', a, t: p }) as Tan)));
      case 'scale': {
        // a @ diag(d): its diagonal is diag(a) o d (k entries, not a k x k block)
        if (t.t.k === 'eye') return g.map('mul', g.diag(a), t.d);
        // a @ diag(d1) @ P diag(d0), P per batch: d0 o ((a o P^T) d1), one matvec per point
        if (t.t.k === 'matmul' && !g.node(t.t.a).varying && t.t.t.k === 'scale' && t.t.t.t.k === 'eye' && g.node(t.d).shape.length === 1) {
          return g.map('mul', t.t.t.d, g.matmul(g.map('mul', a, g.transpose(t.t.a)), t.d));
        }
        const inner = this.materialize(t.t, [n]);
        // (a o inner^T) @ d: the Hadamard product per batch when inner is, one matvec per point
        if (!g.node(inner).varying && g.node(t.d).shape.length === 1) return g.matmul(g.map('mul', a, g.transpose(inner)), t.d);
        return this.rowDot(a, this.materialize(t, [n]));
      }
      // only the diagonal of a @ m: k * n products, per batch or per point (never the whole product)
      case 'node': return this.rowDot(a, t.id);
    }
  }

  /** sum_j a[i, j] m[j, i]. */
  private rowDot(a: number, m: number): number {
    return this.g.reduce('add', this.g.map('mul', a, this.g.transpose(m)), 1);
  }

  private rule(id: number): Tan {
    const g = this.g;
    const n = g.node(id);
    if (!n.varying) return ZERO;
    if (id === this.input) return this.seed;
    switch (n.op) {
      // the row a point's state and conditions are read from: the state's seed is at the input
      // (a slice of the row), and conditions are not differentiated
      case 'input': return ZERO;
      case 'map': return this.mapRule(id);
      case 'matmul': {
        if (g.node(n.args[0]!).varying) throw new NotTensor('a per-point matrix in a product');
        const t = this.of(n.args[1]!);
        return t.k === 'zero' ? ZERO : { k: 'matmul', a: n.args[0]!, t };
      }
      case 'reduce': {
        if (n.fn !== 'add') throw new NotTensor(`the derivative of a ${n.fn} reduction`);
        const src = n.args[0]!;
        const t = this.of(src);
        if (t.k === 'zero') return ZERO;
        // a vector's sum: the column sums of its [n, k] tangent; of c o I, c itself (|x|^2's
        // gradient 2x without a k x k block a point)
        const { coef, core } = this.factored(t);
        if (core.k === 'eye' && coef !== undefined && g.node(coef).shape.length === 1) return { k: 'node', id: coef };
        return { k: 'node', id: g.reduce('add', this.materialize(t, g.node(src).shape), 0) };
      }
      case 'copy': {
        const src = n.args[0]!;
        const t = this.of(src);
        if (t.k === 'zero') return ZERO;
        const m = this.materialize(t, g.node(src).shape);
        return { k: 'node', id: g.copy(m, [...n.shape, this.k], n.value! * this.k, [...n.strides!.map((s) => s * this.k), 1]) };
      }
      case 'concat': {
        const parts = n.args.map((a) => this.materialize(this.of(a), g.node(a).shape));
        return { k: 'node', id: g.concat(parts, [...n.shape, this.k]) };
      }
      default: throw new NotTensor(`the derivative of ${n.op}`);
    }
  }

  /** sum_i (dy/da_i) t(a_i), the partials built by the scalar derivative table. */
  private mapRule(id: number): Tan {
    const g = this.g;
    const n = g.node(id);
    if (n.fn === 'select') {
      // the branch taken's tangent, selected rather than multiplied by 0 and 1: the branch not
      // taken may be Inf or NaN there (a norm's mask at 0), and 0 * Inf is NaN
      const [c, a, b] = n.args as [number, number, number];
      const [ta, tb] = [this.of(a), this.of(b)];
      if (ta.k === 'zero' && tb.k === 'zero') return ZERO;
      const spread = (v: number, t: Tan) => {
        const m = this.materialize(t, g.node(v).shape);
        return g.node(v).shape.length < n.shape.length ? g.copy(m, [...n.shape, this.k], 0, [0, 1]) : m;
      };
      return { k: 'node', id: g.map('select', c, spread(a, ta), spread(b, tb)) };
    }
    const parts: Tan[] = [];
    n.args.forEach((a, i) => {
      if (!g.node(a).varying) return;
      // the partial first: a structurally zero one (nograd, comparisons) needs no tangent
      const partial = mapPartial(g, id, i);
      if (partial === undefined) return;
      const t = this.of(a);
      if (t.k === 'zero') return;
      // a scalar broadcast into a vector op: its [k] tangent repeated on every row
      const spread: Tan = g.node(a).shape.length < n.shape.length
        ? { k: 'node', id: g.copy(this.materialize(t, []), [...n.shape, this.k], 0, [0, 1]) }
        : t;
      // scalings compose: d2 (d1 t) = (d2 d1) t, so the patterns of diagonal() still see the seed
      parts.push(g.isConst(partial, 1) ? spread : spread.k === 'scale' ? { k: 'scale', d: g.map('mul', partial, spread.d), t: spread.t } : { k: 'scale', d: partial, t: spread });
    });
    return sum(parts);
  }

}

// The divergence pass at the tensor level: forward mode in a chosen set of k directions, where
// the tangent of a per-point vector of size n is an [n, k] block. Tangents stay symbolic (a seed,
// a row scaling, a product with a per-batch matrix, a sum) until an operation needs their
// elements, and the trace is taken on the symbolic form, so that
//   tr(W2 D1 W1)          = D1 . diag(W1 W2)            (per batch: diag(W1 W2))
//   tr(W3 D2 W2 D1 W1)    = D2 . ((W2 o (W1 W3)^T) D1)  (per batch: W1 W3 and the Hadamard product)
// cost O(f) per point, and deeper chains pay the honest min(d, H) directions as matrix products.
// Directions: the input's (the seed is the identity) or, for a term W @ h of the output, W's
// columns (tr(W J_h) = tr(J_h W): the seed is W itself). The cost model builds both and keeps the
// cheaper by measured cost (op-costs.ts: what each kind of per-point work takes in the loop
// kernels; counted operations chose W2's 128 columns over the input's 3 directions for a NeRF
// encoding, which ran 1.8x slower). Local derivatives come from the scalar derivative table (passes/derivative-rules.ts),
// so both lowerings follow the same rules and conventions.
import { mapPartial } from './partials.js';
import { TensorGraph, sizeOf } from './graph.js';
import type { TensorProgram } from './program.js';
import { measuredCost } from './cost.js';
import { OP_COSTS } from './op-costs.js';
import { NotTensor } from './graph.js';

type Tan =
  | { k: 'zero' }
  | { k: 'node'; id: number }
  | { k: 'eye' }
  | { k: 'scale'; d: number; t: Tan }
  | { k: 'matmul'; a: number; t: Tan }
  | { k: 'sum'; parts: Tan[] };

const ZERO: Tan = { k: 'zero' };

function sum(parts: Tan[]): Tan {
  const live = parts.flatMap((t) => (t.k === 'zero' ? [] : t.k === 'sum' ? t.parts : [t]));
  return live.length === 0 ? ZERO : live.length === 1 ? live[0]! : { k: 'sum', parts: live };
}

/** Forward mode from one seed: the tangent of every per-point node, built on demand. */
class Tangents {
  private readonly memo = new Map<number, Tan>();

  constructor(private readonly g: TensorGraph, private readonly input: number, private readonly seed: Tan, readonly k: number) {}

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
        // a vector's sum: the column sums of its [n, k] tangent
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

/** Additive terms of the output: f = sum of sign * term (per-batch terms dropped). */
function additiveTerms(g: TensorGraph, id: number, sign: number, out: { id: number; sign: number }[]): void {
  const n = g.node(id);
  if (!n.varying) return;
  if (n.op === 'map' && (n.fn === 'add' || n.fn === 'sub') && n.args.every((a) => g.node(a).shape.length === n.shape.length)) {
    additiveTerms(g, n.args[0]!, sign, out);
    additiveTerms(g, n.args[1]!, n.fn === 'sub' ? -sign : sign, out);
  } else if (n.op === 'map' && n.fn === 'neg') additiveTerms(g, n.args[0]!, -sign, out);
  else out.push({ id, sign });
}

/** Which elements of a per-point vector are structurally 0 (zero constants, through concatenations), or undefined. */
function zeroElements(g: TensorGraph, id: number): boolean[] | undefined {
  const n = g.node(id);
  if (n.op === 'const') return n.data!.map((v) => v === 0);
  if (n.op !== 'concat' || n.shape.length !== 1) return undefined;
  return n.args.flatMap((a) => zeroElements(g, a) ?? new Array<boolean>(sizeOf(g.node(a).shape)).fill(false));
}

/** The two ways tensorDivergence can differentiate a term. */
export type DirectionMode = 'input directions' | 'columns of the output matrix';

/**
 * f and div f. Each additive term of f is differentiated in the input's directions or, when it
 * is W @ h, in W's columns: whichever the cost model finds cheaper per point. `only` (tests)
 * takes one mode wherever it applies instead (the columns apply only to terms W @ h; other terms
 * keep the input directions), so that both can be checked on the same field.
 */
export function tensorDivergence(p: TensorProgram, only?: DirectionMode): TensorProgram {
  const g = p.graph;
  const f = p.outputs.values!;
  const d = p.dim;
  const byInput = new Tangents(g, p.input, { k: 'eye' }, d);
  const bySeed = new Map<number, Tangents>();
  const terms: { id: number; sign: number }[] = [];
  additiveTerms(g, f, 1, terms);

  const signed = (v: number | undefined, sign: number) => (v === undefined ? undefined : sign < 0 ? g.map('neg', v) : v);
  const traceInInputDirections = (t: { id: number; sign: number }) => {
    const diag = byInput.diagonal(byInput.of(t.id));
    return signed(diag === undefined ? undefined : g.reduce('add', diag), t.sign);
  };
  const traceInColumns = (t: { id: number; sign: number }) => {
    const n = g.node(t.id);
    if (n.op !== 'matmul' || g.node(n.args[0]!).varying || n.shape.length !== 1) return undefined;
    const [w, h] = n.args as [number, number];
    let tangents = bySeed.get(w);
    if (!tangents) bySeed.set(w, tangents = new Tangents(g, p.input, { k: 'node', id: w }, g.node(w).shape[1]!));
    const diag = tangents.diagonal(tangents.of(h));
    return signed(diag === undefined ? undefined : g.reduce('add', diag), t.sign);
  };

  // A term with structurally zero components (f = concat(g(x), 0), a state whose derivative is
  // 0): its diagonal there is 0, so those directions need no tangents at all. The seed is the
  // identity's other columns, and the trace the entries (j, m) of the [d, k] tangent.
  const traceSkippingZeros = (t: { id: number; sign: number }) => {
    const zero = zeroElements(g, t.id);
    if (!zero || zero.length !== d || !zero.some((z) => z)) return undefined;
    const keep = zero.flatMap((z, j) => (z ? [] : [j]));
    if (keep.length === 0) return g.scalar(0);
    const k = keep.length;
    const seed = g.const(Array.from({ length: d * k }, (_, e) => (keep[e % k] === Math.floor(e / k) ? 1 : 0)), [d, k]);
    const tangents = new Tangents(g, p.input, { k: 'node', id: seed }, k);
    const tan = tangents.of(t.id);
    if (tan.k === 'zero') return g.scalar(0);
    const m = tangents.materialize(tan, [d]);
    const diag = g.concat(keep.map((j, c) => g.copy(m, [], j * k + c, [])), [k]);
    return signed(g.reduce('add', diag), t.sign);
  };

  const chosen: number[] = [];
  const modes: string[] = [];
  const costWith = (extra: number | undefined) => {
    const parts = extra === undefined ? chosen : [...chosen, extra];
    const div = parts.length === 0 ? g.scalar(0) : parts.reduce((a, b) => g.map('add', a, b));
    return measuredCost({ ...p, outputs: { values: f, divergence: div } }, OP_COSTS);
  };
  for (const t of terms) {
    const candidates = [
      { mode: 'input directions', div: traceInInputDirections(t) },
      { mode: 'columns of the output matrix', div: traceInColumns(t) },
      { mode: 'input directions, structural zeros skipped', div: only === undefined ? traceSkippingZeros(t) : undefined },
    ].filter((c, i) => i === 0 || c.div !== undefined);
    let best = candidates[0]!;
    for (const c of candidates.slice(1)) if (only === undefined ? costWith(c.div) < costWith(best.div) : c.mode === only) best = c;
    if (best.div !== undefined) chosen.push(best.div);
    modes.push(best.mode);
  }
  const divergence = chosen.length === 0 ? g.scalar(0) : chosen.reduce((a, b) => g.map('add', a, b));
  return { ...p, outputs: { values: f, divergence }, directions: [...new Set(modes)].join(', ') || 'none (f is constant)' };
}

/**
 * The Jacobian's diagonal, d f_i / d x_i for each i, as the program's values (and its sum, div f):
 * the input's directions, each diagonal entry taken on the symbolic tangent, so for W2 s(W1 x + b)
 * it is (W2 o W1^T) s'(z): a per-batch Hadamard product and one matvec per point.
 */
export function tensorDiagonal(p: TensorProgram): TensorProgram {
  const g = p.graph;
  const byInput = new Tangents(g, p.input, { k: 'eye' }, p.dim);
  const diag = byInput.diagonal(byInput.of(p.outputs.values!)) ?? g.const(new Array(p.dim).fill(0), [p.dim]);
  return { ...p, outputs: { values: diag, divergence: g.reduce('add', diag) }, directions: 'input directions' };
}

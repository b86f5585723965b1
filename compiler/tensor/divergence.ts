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
import { TensorGraph, sizeOf } from './graph.js';
import { Tangents } from './tangents.js';
import type { TensorProgram } from './program.js';
import { measuredCost } from './cost.js';
import { OP_COSTS } from './op-costs.js';
import { forwardLaplacian } from './forward-laplacian.js';

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
export type DirectionMode = 'input directions' | 'columns of the output matrix' | 'forward Laplacian';

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
  const byTerms: TensorProgram = { ...p, outputs: { values: f, divergence }, directions: [...new Set(modes)].join(', ') || 'none (f is constant)' };
  // a potential: grad U and its Laplacian in one forward pass over U (forward-laplacian.ts),
  // against forward-over-reverse and the contracted forms above, by the same measured cost
  if (only !== undefined && only !== 'forward Laplacian') return byTerms;
  const forward = forwardLaplacian(p);
  if (forward === undefined) return byTerms;
  const byForward: TensorProgram = { ...p, outputs: { values: forward.gradient, divergence: forward.laplacian }, directions: 'forward Laplacian' };
  return only === 'forward Laplacian' || measuredCost(byForward, OP_COSTS) < measuredCost(byTerms, OP_COSTS) ? byForward : byTerms;
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

// Factoring sums of products: where the terms of one sum share a per-point factor, it is
// multiplied once. The divergence of a two-layer network arrives as
//   sum_a sum_b s1'(a) * s2'(b) * K[b, a]            (64 x 64 terms, two multiplies each)
// and leaves as
//   sum_a s1'(a) * (sum_b s2'(b) * K[b, a])          (one multiply per term, plus 64)
// which also gives the GPU renderer plain dot products to turn into loops. Greedy: the factor
// shared by the most terms first, then again inside each group; terms left whole keep their
// original product node, so sums with nothing to share are rebuilt unchanged.
import type { Graph } from '../ir/graph.js';
import { foldIds } from '../ir/fold.js';
import { outputIds, type Program } from '../ir/program.js';
import { rebuildMapped } from './rebuild.js';

/** Sums with fewer terms are left alone: too little to gain. */
const MIN_TERMS = 4;

interface Term {
  /** The original product node (used as is while no factor has been taken out). */
  node: number;
  /** Its factors (old graph ids), multiplicity kept. */
  factors: number[];
  whole: boolean;
}

/**
 * For the GPU renderer, which reads per-batch values from the wasm prologue's layout: the result
 * adds no per-batch node (invariant subtrees are kept whole as factors, rebuilt products start
 * with a per-point factor), so every per-batch value it reads is one the original read. `map`
 * gives each original node's id in the result (-1: gone).
 */
export function factorSums(p: Program): { program: Program; map: Int32Array } {
  const old = p.graph.nodes;
  const uses = new Uint32Array(old.length);
  old.forEach((n) => { for (const a of n.args) uses[a]!++; });
  for (const id of outputIds(p)) uses[id]! += 2;
  const isF = (id: number, op: string) => old[id]!.op === op && old[id]!.type === 'f';
  // Nodes only there to feed one sum or product are absorbed into it.
  const inner = (id: number, op: string) => isF(id, op) && uses[id] === 1 && old[id]!.varying;
  /** The operands of a tree of `op` nodes rooted at `id`, left to right (iterative: chained
   *  sums can be thousands deep). */
  const flatten = (id: number, op: string, out: number[]): number[] => {
    const stack = [...old[id]!.args].reverse();
    while (stack.length) {
      const x = stack.pop()!;
      if (inner(x, op)) for (let k = old[x]!.args.length - 1; k >= 0; k--) stack.push(old[x]!.args[k]!);
      else out.push(x);
    }
    return out;
  };
  // A sum's root: an add that is not itself the single-use operand of another add.
  const absorbedBy = new Uint8Array(old.length);
  old.forEach((n, id) => { if (isF(id, 'add')) for (const a of n.args) if (inner(a, 'add')) absorbedBy[a] = 1; });

  // Without the rewrite rules: they would reassociate (v * K1) * K2 into v * (K1 * K2), a new
  // per-batch product that the wasm prologue does not compute.
  return rebuildMapped(p, false, (g, n, _args, mapped, id) => {
    if (!isF(id, 'add') || absorbedBy[id] || !n.varying) return undefined;
    const leaves = flatten(id, 'add', []);
    if (leaves.length < MIN_TERMS) return undefined;
    const terms: Term[] = leaves.map((leaf) => ({ node: leaf, factors: inner(leaf, 'mul') ? flatten(leaf, 'mul', []) : [leaf], whole: true }));
    if (!sharesFactor(terms, old)) return undefined;
    return factor(g, terms, old, mapped);
  });
}

/** Per-point factors by the number of terms they could be taken out of (once per term): terms
 *  with another per-point factor to keep, so that every inner sum stays per-point. */
function counts(terms: Term[], old: Program['graph']['nodes']): Map<number, number> {
  const count = new Map<number, number>();
  for (const t of terms) {
    const varying = t.factors.filter((f) => old[f]!.varying);
    if (varying.length >= 2) for (const f of new Set(varying)) count.set(f, (count.get(f) ?? 0) + 1);
  }
  return count;
}

function sharesFactor(terms: Term[], old: Program['graph']['nodes']): boolean {
  for (const c of counts(terms, old).values()) if (c >= 2) return true;
  return false;
}

/** The sum of the terms, shared factors taken out greedily; the parts are added as a balanced tree. */
function factor(g: Graph, terms: Term[], old: Program['graph']['nodes'], mapped: (id: number) => number): number {
  const parts: number[] = [];
  let remaining = terms;
  for (;;) {
    let best = -1, bestCount = 1;
    for (const [f, c] of counts(remaining, old)) if (c > bestCount || (c === bestCount && c > 1 && f < best)) { best = f; bestCount = c; }
    if (best < 0) break;
    const group: Term[] = [], rest: Term[] = [];
    for (const t of remaining) {
      const k = t.factors.filter((f) => old[f]!.varying).length >= 2 ? t.factors.indexOf(best) : -1;
      if (k < 0) rest.push(t);
      else group.push({ node: t.node, factors: t.factors.filter((_, i) => i !== k), whole: false });
    }
    parts.push(g.op('mul', mapped(best), factor(g, group, old, mapped)));
    remaining = rest;
  }
  const constant: number[] = [];
  for (const t of remaining) {
    if (t.whole && !old[t.node]!.varying) constant.push(mapped(t.node));
    else parts.push(t.whole ? mapped(t.node) : product(g, t.factors, old, mapped));
  }
  // per-batch terms added one by one onto the per-point sum: no new per-batch node
  return constant.reduce((sum, c) => g.op('add', sum, c), foldIds(g, 'add', parts));
}

/** A product of factors, a per-point one first and folded left: every partial product is per-point. */
function product(g: Graph, factors: number[], old: Program['graph']['nodes'], mapped: (id: number) => number): number {
  const ordered = [...factors.filter((f) => old[f]!.varying), ...factors.filter((f) => !old[f]!.varying)];
  return ordered.map(mapped).reduce((a, b) => g.op('mul', a, b));
}

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
import { rebuild } from './rebuild.js';

/** Sums with fewer terms are left alone: too little to gain. */
const MIN_TERMS = 4;

interface Term {
  /** The original product node (used as is while no factor has been taken out). */
  node: number;
  /** Its factors (old graph ids), multiplicity kept. */
  factors: number[];
  whole: boolean;
}

export function factorSums(p: Program): Program {
  const old = p.graph.nodes;
  const uses = new Uint32Array(old.length);
  old.forEach((n) => { for (const a of n.args) uses[a]!++; });
  for (const id of outputIds(p)) uses[id]! += 2;
  const isF = (id: number, op: string) => old[id]!.op === op && old[id]!.type === 'f';
  // Nodes only there to feed one sum or product are absorbed into it.
  const inner = (id: number, op: string) => isF(id, op) && uses[id] === 1;
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

  return rebuild(p, p.graph.simplify, (g, n, _args, mapped, id) => {
    if (!isF(id, 'add') || absorbedBy[id] || !n.varying) return undefined;
    const leaves = flatten(id, 'add', []);
    if (leaves.length < MIN_TERMS) return undefined;
    const terms: Term[] = leaves.map((leaf) => ({ node: leaf, factors: inner(leaf, 'mul') ? flatten(leaf, 'mul', []) : [leaf], whole: true }));
    if (!sharesFactor(terms, old)) return undefined;
    return factor(g, terms, old, mapped);
  });
}

/** Per-point factors by the number of terms they appear in (once per term). */
function counts(terms: Term[], old: Program['graph']['nodes']): Map<number, number> {
  const count = new Map<number, number>();
  for (const t of terms) for (const f of new Set(t.factors)) if (old[f]!.varying && t.factors.length > 1) count.set(f, (count.get(f) ?? 0) + 1);
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
      const k = t.factors.length > 1 ? t.factors.indexOf(best) : -1;
      if (k < 0) rest.push(t);
      else group.push({ node: t.node, factors: t.factors.filter((_, i) => i !== k), whole: false });
    }
    parts.push(g.op('mul', mapped(best), factor(g, group, old, mapped)));
    remaining = rest;
  }
  for (const t of remaining) parts.push(t.whole ? mapped(t.node) : foldIds(g, 'mul', t.factors.map(mapped)));
  return foldIds(g, 'add', parts);
}

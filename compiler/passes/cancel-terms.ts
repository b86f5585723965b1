// Cancelling terms of the divergence (issue 12: a Hamiltonian field's divergence is exactly 0).
// div f is a sum of derivative terms; for f = (dH/dp, -dH/dq) it holds d2H/dq dp and
// -d2H/dp dq, the same products of the same factors built in different orders (q (p c) and
// p (q c)). The sum is flattened through add, sub and neg into signed terms, each term read as
// a monomial (its factors through mul, sorted, and the product of its constants); a term and
// its exact negation are dropped, and the sum of the rest rebuilt. In real arithmetic that is
// x - x = 0; in floating point it also answers 0 where both terms overflow to the same infinity
// (the mixed partials of one function are one number, however large). Nothing cancels: the sum
// is left exactly as it was.
import type { Graph } from '../ir/graph.js';
import type { Program } from '../ir/program.js';

/** Sums with more terms than this are left alone (the flattening is linear, the map small). */
const MAX_TERMS = 20_000;
/** Products with more factors than this are opaque terms. */
const MAX_FACTORS = 64;

interface Term { id: number; sign: 1 | -1 }

/** The signed terms of a sum, left to right; undefined when too many. */
function flattenSum(g: Graph, root: number): Term[] | undefined {
  const out: Term[] = [];
  const stack: Term[] = [{ id: root, sign: 1 }];
  while (stack.length > 0) {
    const { id, sign } = stack.pop()!;
    const n = g.node(id);
    if (n.op === 'add') stack.push({ id: n.args[1]!, sign }, { id: n.args[0]!, sign });
    else if (n.op === 'sub') stack.push({ id: n.args[1]!, sign: sign === 1 ? -1 : 1 }, { id: n.args[0]!, sign });
    else if (n.op === 'neg') stack.push({ id: n.args[0]!, sign: sign === 1 ? -1 : 1 });
    else out.push({ id, sign });
    if (out.length + stack.length > MAX_TERMS) return undefined;
  }
  return out;
}

/**
 * A term as a monomial: its sorted non-constant factors and the product of its constants (0 when
 * a factor is a sum whose terms all cancel: taylor_green's div f came out as c (d - d)).
 */
function monomial(g: Graph, id: number, nested: boolean): { key: string; coefficient: number } {
  const factors: number[] = [];
  let coefficient = 1;
  const stack = [id];
  while (stack.length > 0) {
    const v = stack.pop()!;
    const n = g.node(v);
    if (n.op === 'const' && n.type === 'f') coefficient *= n.value;
    else if (nested && (n.op === 'add' || n.op === 'sub') && survivors(g, v, false)?.length === 0) coefficient = 0;
    else if (n.op === 'neg') { coefficient = -coefficient; stack.push(n.args[0]!); }
    else if (n.op === 'mul' && factors.length + stack.length < MAX_FACTORS) stack.push(n.args[0]!, n.args[1]!);
    else factors.push(v);
  }
  return { key: factors.sort((a, b) => a - b).join(','), coefficient };
}

/** The terms of the sum at `root` that do not cancel (undefined: too large to look at). */
function survivors(g: Graph, root: number, nested: boolean): Term[] | undefined {
  const terms = flattenSum(g, root);
  if (!terms) return undefined;
  // each term's signed monomial; a term cancels an earlier one of the same factors and the
  // opposite coefficient (exactly: 2 x y and -2 x y, not 2 x y and -2.0000001 x y)
  const open = new Map<string, number[]>();
  const dropped = new Uint8Array(terms.length);
  terms.forEach((t, i) => {
    const { key, coefficient } = monomial(g, t.id, nested);
    const c = t.sign * coefficient;
    if (c === 0) { dropped[i] = 1; return; }
    if (!Number.isFinite(c)) return;
    const partner = open.get(`${key}|${-c}`);
    if (partner && partner.length > 0) { dropped[partner.pop()!] = 1; dropped[i] = 1; return; }
    const own = `${key}|${c}`;
    (open.get(own) ?? open.set(own, []).get(own)!).push(i);
  });
  return terms.filter((_, i) => !dropped[i]);
}

export function cancelTerms(p: Program): Program {
  const root = p.outputs.divergence;
  if (root === undefined) return p;
  const g = p.graph;
  const terms = flattenSum(g, root);
  const kept = survivors(g, root, true);
  if (!terms || !kept || kept.length === terms.length) return p;
  let sum: number | undefined;
  kept.forEach((t) => {
    if (sum === undefined) sum = t.sign === 1 ? t.id : g.op('neg', t.id);
    else sum = g.op(t.sign === 1 ? 'add' : 'sub', sum, t.id);
  });
  return { ...p, outputs: { ...p.outputs, divergence: sum ?? g.const(0) } };
}

// Algebraic rewrite rules, as data: one line and one reason each. Graph.op applies them when a
// node is built, so every pass gets them for free. Rules must hold under IEEE semantics for every
// input, NaN and infinities included: x * 0 -> 0 or x - x -> 0 are therefore *not* here.
// Commutative ops keep constants last, and patterns of commutative ops match either order.
import { OPS, type ComputeOp } from './ops.js';
import type { Builder } from './node.js';

/**
 * A number matches that constant; '$x' binds (or must equal) a node, '$x:inv' only a
 * batch-invariant node and '$x:var' only a per-point one; [op, ...] matches a node.
 */
export type Pattern = number | `$${string}` | readonly [ComputeOp, ...Pattern[]];
export interface Rule {
  from: readonly [ComputeOp, ...Pattern[]];
  to: Pattern;
  why: string;
  /** Exact in real arithmetic only: the result may differ in the last bits (and near overflow). */
  reassociates?: true;
  /**
   * Fires only where the builder can tell that the operands matched by [op, ...] patterns (the
   * nodes the rewrite stops using; deeper ones may stay shared at no cost) have no other use
   * (Builder.singleUse: during a rebuild, from the old graph's use counts; unknown while a graph
   * is first built). A shared operand would stay alive for its other uses, and the rewrite would
   * add work instead of moving it.
   */
  singleUse?: true;
  /** Fires only where the node bound to the first name was built after the second's (a canonical order). */
  after?: readonly [string, string];
}

export const RULES: readonly Rule[] = [
  { from: ['add', '$x', 0], to: '$x', why: 'additive identity (only the sign of a zero result may differ)' },
  { from: ['sub', '$x', 0], to: '$x', why: 'subtracting zero' },
  { from: ['sub', 0, '$x'], to: ['neg', '$x'], why: '0 - x is negation' },
  { from: ['mul', '$x', 1], to: '$x', why: 'multiplicative identity' },
  { from: ['mul', '$x', -1], to: ['neg', '$x'], why: 'multiplying by -1 is negation (exact)' },
  { from: ['div', '$x', 1], to: '$x', why: 'dividing by one' },
  { from: ['div', '$x', -1], to: ['neg', '$x'], why: 'dividing by -1 is negation (exact)' },
  { from: ['neg', ['neg', '$x']], to: '$x', why: 'double negation' },
  { from: ['add', '$x', ['neg', '$y']], to: ['sub', '$x', '$y'], why: 'x + -y is x - y (one op fewer)' },
  { from: ['sub', '$x', ['neg', '$y']], to: ['add', '$x', '$y'], why: 'x - -y is x + y' },
  { from: ['mul', ['neg', '$x'], ['neg', '$y']], to: ['mul', '$x', '$y'], why: 'signs cancel exactly' },
  { from: ['div', ['neg', '$x'], ['neg', '$y']], to: ['div', '$x', '$y'], why: 'signs cancel exactly' },
  { from: ['neg', ['sub', '$x', '$y']], to: ['sub', '$y', '$x'], why: '-(x - y) is y - x (exact)' },
  { from: ['div', ['neg', '$x'], '$y'], to: ['neg', ['div', '$x', '$y']], why: '(-x) / y = -(x / y) (exact): signs float out to cancel or become a subtraction' },
  // only for a per-point y: -(x a) with invariant a goes the other way (below), a per-batch negation
  { from: ['mul', '$x', ['neg', '$y:var']], to: ['neg', ['mul', '$x', '$y']], why: 'x (-y) = -(x y) (exact): signs float out to cancel or become a subtraction' },
  { from: ['abs', ['neg', '$x']], to: ['abs', '$x'], why: 'abs ignores the sign' },
  { from: ['abs', ['abs', '$x']], to: ['abs', '$x'], why: 'abs is idempotent' },
  // math/trig.ts computes sin as an odd and cos as an even function bit for bit (the reduction
  // and both kernel polynomials are sign-symmetric; test/compiler/rules.test.ts checks it), and y - x is
  // exactly -(x - y): sums of sin of differences (Kuramoto) then take each difference once.
  { from: ['sin', ['neg', '$x']], to: ['neg', ['sin', '$x']], why: 'sin is odd (exact)' },
  { from: ['cos', ['neg', '$x']], to: ['cos', '$x'], why: 'cos is even (exact)' },
  { from: ['sin', ['sub', '$x', '$y']], to: ['neg', ['sin', ['sub', '$y', '$x']]], after: ['$x', '$y'], why: 'sin(x - y) = -sin(y - x): one node for both orders' },
  { from: ['cos', ['sub', '$x', '$y']], to: ['cos', ['sub', '$y', '$x']], after: ['$x', '$y'], why: 'cos(x - y) = cos(y - x): one node for both orders' },
  { from: ['select', '$c', '$x', '$x'], to: '$x', why: 'both branches equal' },
  { from: ['select', ['not', '$c'], '$x', '$y'], to: ['select', '$c', '$y', '$x'], why: 'negated condition swaps branches' },
  { from: ['not', ['not', '$c']], to: '$c', why: 'double negation of a condition' },
  { from: ['nograd', ['nograd', '$x']], to: ['nograd', '$x'], why: 'nograd is idempotent' },
  // Reassociation towards batch-invariant work: exact in real arithmetic; rounding may differ
  // in the last bits, which the optimizer property test bounds. Invariant subterms are computed
  // once per batch, so each rule moves work out of the per-point loop.
  { from: ['div', '$x:var', '$c:inv'], to: ['mul', '$x', ['div', 1, '$c']], why: 'x / c = x * (1/c): the reciprocal is per batch', reassociates: true },
  { from: ['mul', ['mul', '$x:var', '$a:inv'], '$b:inv'], to: ['mul', '$x', ['mul', '$a', '$b']], why: '(x a) b = x (a b): one per-point product', reassociates: true },
  { from: ['neg', ['mul', '$x:var', '$a:inv']], to: ['mul', '$x', ['neg', '$a']], why: '-(x a) = x (-a)' },
  { from: ['neg', ['div', ['mul', '$x:var', '$a:inv'], '$y']], to: ['div', ['mul', '$x', ['neg', '$a']], '$y'], why: '-(x a / y) = x (-a) / y: a sign floated out of a quotient lands on its invariant factor' },
  { from: ['add', '$x:var', '$x'], to: ['mul', '$x', 2], why: 'x + x = 2x exactly; lets the 2 join invariant factors' },
  // Only for an (x a) of one use: floated past each of several consumers, `a` would cost one
  // product per consumer instead of one (issue 13: softmax attention, 12 to 48 more per point).
  { from: ['mul', ['mul', '$x:var', '$a:inv'], '$y:var'], to: ['mul', ['mul', '$x', '$y'], '$a'], why: '(x a) y = (x y) a: invariant factors float outward to meet each other', reassociates: true, singleUse: true },
  // Where (x a) is shared, the float pays only once `a` meets another invariant factor: that
  // product is built then, in place of ((x a) y) if that has one use (two per-point ops either way).
  { from: ['mul', ['mul', ['mul', '$x:var', '$a:inv'], '$y:var'], '$b:inv'], to: ['mul', ['mul', '$x', '$y'], ['mul', '$a', '$b']], why: '((x a) y) b = (x y) (a b): a shared (x a) floated where its factor meets another', reassociates: true, singleUse: true },
  { from: ['neg', ['mul', ['mul', '$x:var', '$a:inv'], '$y:var']], to: ['mul', ['mul', '$x', '$y'], ['neg', '$a']], why: '-((x a) y) = (x y) (-a)', reassociates: true, singleUse: true },
];

const RULES_BY_OP = new Map<ComputeOp, Rule[]>();
for (const r of RULES) RULES_BY_OP.set(r.from[0], [...(RULES_BY_OP.get(r.from[0]) ?? []), r]);

/**
 * Variable bindings while matching, with a trail so that a failed alternative can undo them, and
 * the operands matched by [op, ...] patterns (what a singleUse rule would replace).
 */
interface Bindings { values: Record<string, number>; trail: string[]; inner: number[] }

function bind(env: Bindings, name: string, id: number): boolean {
  const bound = env.values[name];
  if (bound === undefined) { env.values[name] = id; env.trail.push(name); return true; }
  return bound === id;
}

function undo(env: Bindings, mark: number, innerMark: number): void {
  while (env.trail.length > mark) delete env.values[env.trail.pop()!];
  env.inner.length = innerMark;
}

function matchNode(b: Builder, id: number, p: Pattern, env: Bindings, operand = false): boolean {
  const n = b.node(id);
  if (typeof p === 'number') return n.op === 'const' && n.type === 'f' && Object.is(n.value, p);
  if (typeof p === 'string') {
    const colon = p.indexOf(':');
    if (colon >= 0 && n.varying !== (p.charCodeAt(colon + 1) === 118 /* 'v'ar */)) return false;
    return bind(env, colon >= 0 ? p.slice(0, colon) : p, id);
  }
  if (n.op !== p[0] || !matchArgs(b, p[0], n.args, p, env)) return false;
  if (operand) env.inner.push(id);
  return true;
}

/** Match operands against pats[1..]; commutative binary ops also try the swapped order. */
function matchArgs(b: Builder, op: ComputeOp, args: readonly number[], pats: readonly unknown[], env: Bindings, top = false): boolean {
  if (args.length !== pats.length - 1) return false;
  const mark = env.trail.length, innerMark = env.inner.length;
  let ok = true;
  for (let i = 0; i < args.length && ok; i++) ok = matchNode(b, args[i]!, pats[i + 1] as Pattern, env, top);
  if (ok) return true;
  undo(env, mark, innerMark);
  if (OPS[op].commutative !== true || args.length !== 2) return false;
  if (matchNode(b, args[1]!, pats[1] as Pattern, env, top) && matchNode(b, args[0]!, pats[2] as Pattern, env, top)) return true;
  undo(env, mark, innerMark);
  return false;
}

function build(b: Builder, p: Pattern, env: Bindings): number {
  if (typeof p === 'number') return b.const(p);
  if (typeof p === 'string') return env.values[p.split(':')[0]!]!;
  return b.op(p[0], ...(p.slice(1) as Pattern[]).map((q) => build(b, q, env)));
}

/** The first rule that rewrites `op(args)`, built through `b` (so rules compose), or undefined. */
export function rewrite(b: Builder, op: ComputeOp, args: readonly number[]): number | undefined {
  const rules = RULES_BY_OP.get(op);
  if (!rules) return undefined;
  for (const rule of rules) {
    if (rule.singleUse && !b.singleUse) continue;
    const env: Bindings = { values: {}, trail: [], inner: [] };
    if (!matchArgs(b, op, args, rule.from, env, true)) continue;
    if (rule.singleUse && !env.inner.every((id) => b.singleUse!(id))) continue;
    if (rule.after && !(env.values[rule.after[0]]! > env.values[rule.after[1]]!)) continue;
    return build(b, rule.to, env);
  }
  return undefined;
}

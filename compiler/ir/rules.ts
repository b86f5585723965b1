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
export interface Rule { from: readonly [ComputeOp, ...Pattern[]]; to: Pattern; why: string }

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
  { from: ['abs', ['neg', '$x']], to: ['abs', '$x'], why: 'abs ignores the sign' },
  { from: ['abs', ['abs', '$x']], to: ['abs', '$x'], why: 'abs is idempotent' },
  { from: ['select', '$c', '$x', '$x'], to: '$x', why: 'both branches equal' },
  { from: ['select', ['not', '$c'], '$x', '$y'], to: ['select', '$c', '$y', '$x'], why: 'negated condition swaps branches' },
  { from: ['not', ['not', '$c']], to: '$c', why: 'double negation of a condition' },
  { from: ['nograd', ['nograd', '$x']], to: ['nograd', '$x'], why: 'nograd is idempotent' },
  // Reassociation towards batch-invariant work: exact in real arithmetic; rounding may differ
  // in the last bits, which the optimizer property test bounds. Invariant subterms are computed
  // once per batch, so each rule moves work out of the per-point loop.
  { from: ['div', '$x:var', '$c:inv'], to: ['mul', '$x', ['div', 1, '$c']], why: 'x / c = x * (1/c): the reciprocal is per batch' },
  { from: ['mul', ['mul', '$x:var', '$a:inv'], '$b:inv'], to: ['mul', '$x', ['mul', '$a', '$b']], why: '(x a) b = x (a b): one per-point product' },
  { from: ['neg', ['mul', '$x:var', '$a:inv']], to: ['mul', '$x', ['neg', '$a']], why: '-(x a) = x (-a)' },
  { from: ['add', '$x:var', '$x'], to: ['mul', '$x', 2], why: 'x + x = 2x exactly; lets the 2 join invariant factors' },
  { from: ['mul', ['mul', '$x:var', '$a:inv'], '$y:var'], to: ['mul', ['mul', '$x', '$y'], '$a'], why: '(x a) y = (x y) a: invariant factors float outward to meet each other' },
];

const RULES_BY_OP = new Map<ComputeOp, Rule[]>();
for (const r of RULES) RULES_BY_OP.set(r.from[0], [...(RULES_BY_OP.get(r.from[0]) ?? []), r]);

type Bindings = Map<string, number>;

function matchNode(b: Builder, id: number, p: Pattern, env: Bindings): boolean {
  if (typeof p === 'number') {
    const n = b.node(id);
    return n.op === 'const' && n.type === 'f' && n.value === p && !Object.is(n.value, -0) === !Object.is(p, -0);
  }
  if (typeof p === 'string') {
    const [name, kind] = p.split(':') as [string, 'inv' | 'var' | undefined];
    if (kind !== undefined && b.node(id).varying !== (kind === 'var')) return false;
    const bound = env.get(name);
    if (bound === undefined) { env.set(name, id); return true; }
    return bound === id;
  }
  const n = b.node(id);
  return n.op === p[0] && matchArgs(b, p[0], n.args, p.slice(1) as Pattern[], env);
}

function matchArgs(b: Builder, op: ComputeOp, args: readonly number[], pats: Pattern[], env: Bindings): boolean {
  if (args.length !== pats.length) return false;
  const attempt = (order: readonly number[]) => {
    const trial = new Map(env);
    if (!order.every((id, i) => matchNode(b, id, pats[i]!, trial))) return false;
    for (const [k, v] of trial) env.set(k, v);
    return true;
  };
  if (attempt(args)) return true;
  return OPS[op].commutative === true && args.length === 2 && attempt([args[1]!, args[0]!]);
}

function build(b: Builder, p: Pattern, env: Bindings): number {
  if (typeof p === 'number') return b.const(p);
  if (typeof p === 'string') return env.get(p.split(':')[0]!)!;
  return b.op(p[0], ...(p.slice(1) as Pattern[]).map((q) => build(b, q, env)));
}

/** The first rule that rewrites `op(args)`, built through `b` (so rules compose), or undefined. */
export function rewrite(b: Builder, op: ComputeOp, args: readonly number[]): number | undefined {
  const rules = RULES_BY_OP.get(op);
  if (!rules) return undefined;
  for (const rule of rules) {
    const env: Bindings = new Map();
    if (matchArgs(b, op, args, rule.from.slice(1) as Pattern[], env)) return build(b, rule.to, env);
  }
  return undefined;
}

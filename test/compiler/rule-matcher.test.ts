// The rewrite rules' matcher (compiler/ir/rules.ts): where each rule applies and where it must not.
// Written against surviving mutants of `npm run mutate` (docs/TESTING.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { Graph } from '../../compiler/ir/graph.js';
import { RULES, rewrite, type Pattern, type Rule } from '../../compiler/ir/rules.js';

// Where each rewrite rule fires and where it must not (test/compiler/rules.test.ts checks that
// each rule is sound; this checks the matcher): '$x:var' and plain names are per-point leaves,
// '$x:inv' per-batch ones, '$c' a condition; `flip` makes one qualified leaf the other kind,
// `order` the leaves built first (node ids: the `after` constraint).
function setup(rule: Rule, opts: { flip?: string; order?: readonly string[]; singleUse?: (args: number[]) => ((id: number) => boolean) | undefined } = {}) {
  const g = new Graph();
  const env: Record<string, number> = {};
  let k = 0, s = 0;
  const leaf = (p: string): number => {
    const [name, kind] = p.split(':') as [string, string | undefined];
    if (env[name] === undefined) {
      const inv = (kind === 'inv') !== (opts.flip === name);
      env[name] = name === '$c' && kind === undefined ? g.op('lt', g.input(k++), g.param(s++)) : inv ? g.op('exp', g.param(s++)) : g.op('exp', g.input(k++));
    }
    return env[name]!;
  };
  for (const name of opts.order ?? []) leaf(name);
  const build = (p: Pattern): number => (typeof p === 'number' ? g.const(p) : typeof p === 'string' ? leaf(p) : g.op(p[0], ...p.slice(1).map((q) => build(q as Pattern))));
  const args = rule.from.slice(1).map((q) => build(q as Pattern));
  g.singleUse = opts.singleUse ? opts.singleUse(args) : rule.singleUse ? () => true : undefined;
  return { g, args, result: rewrite(g, rule.from[0], args), to: () => build(rule.to) };
}

const qualified = (p: Pattern, out = new Set<string>()): Set<string> => {
  if (typeof p === 'string' && p.includes(':')) out.add(p.split(':')[0]!);
  else if (Array.isArray(p)) p.slice(1).forEach((q) => qualified(q as Pattern, out));
  return out;
};

describe('the rule matcher (compiler/ir/rules.ts)', () => {
  const named = RULES.map((r) => [JSON.stringify(r.from), r] as const);

  it.each(named)('%s fires on its pattern, and on the swapped operands of a commutative op', (_name, rule) => {
    const order = rule.after ? [rule.after[1], rule.after[0]] : [];
    const { g, args, result, to } = setup(rule, { order });
    expect(result).toBeDefined();
    expect(result).toBe(to());
    if (args.length === 2 && ['add', 'mul', 'min', 'max', 'eq', 'ne', 'and', 'or', 'hypot'].includes(rule.from[0])) {
      expect(rewrite(g, rule.from[0], [args[1]!, args[0]!])).toBe(result);
    }
  });

  it.each(named.filter(([, r]) => qualified(r.from as Pattern).size > 0))('%s: each :var / :inv leaf of the other kind stops it', (_name, rule) => {
    for (const name of qualified(rule.from as Pattern)) {
      // ((x a) y) with y per batch is the earlier rule's ((x a) b), which gives the same result
      if (_name === '["mul",["mul","$x:var","$a:inv"],"$y:var"]' && name === '$y') continue;
      const { result, to } = setup(rule, { flip: name, order: rule.after ? [rule.after[1], rule.after[0]] : [] });
      expect(result === undefined || result !== to(), name).toBe(true);
    }
  });

  it.each(named.filter(([, r]) => r.after))('%s: not where the first name was built first', (_name, rule) => {
    const { result } = setup(rule, { order: rule.after });
    expect(result).toBeUndefined();
  });

  // the rules that float an invariant factor past per-point ones: on a shared operand they would
  // add work (issue 13), so they must be singleUse (listed here, not read from the flag)
  const SINGLE_USE = [
    '["mul",["mul","$x:var","$a:inv"],"$y:var"]',
    '["mul",["mul",["mul","$x:var","$a:inv"],"$y:var"],"$b:inv"]',
    '["neg",["mul",["mul","$x:var","$a:inv"],"$y:var"]]',
  ];
  it('the singleUse rules are those', () => {
    expect(RULES.filter((r) => r.singleUse).map((r) => JSON.stringify(r.from))).toEqual(SINGLE_USE);
  });

  it.each(named.filter(([name]) => SINGLE_USE.includes(name)))('%s: only where its top operands have no other use (deeper ones may)', (_name, rule) => {
    expect(setup(rule, { singleUse: () => undefined }).result).toBeUndefined();
    expect(setup(rule, { singleUse: () => () => false }).result).toBeUndefined();
    // only the top operands need one use: shared deeper nodes and leaves do not stop it
    const fired = setup(rule, { singleUse: (args) => (id) => args.includes(id) });
    expect(fired.result).toBe(fired.to());
    // and each top operand of several uses does
    rule.from.slice(1).forEach((q, i) => {
      if (Array.isArray(q)) expect(setup(rule, { singleUse: (args) => (id) => id !== args[i] }).result).toBeUndefined();
    });
  });
});

// Small, exact tests written against surviving mutants of `npm run mutate` (docs/TESTING.md,
// "Mutation testing"): each checks a behaviour no other fast test pinned down.
import { describe, expect, it } from 'vitest';
import { analyze } from '../compiler/analyze.js';
import { interpret } from '../compiler/ir/interpret.js';
import { Graph } from '../compiler/ir/graph.js';
import { OPS, type ComputeOp } from '../compiler/ir/ops.js';
import { DERIVATIVES } from '../compiler/passes/derivative-rules.js';
import { RULES, rewrite, type Pattern, type Rule } from '../compiler/ir/rules.js';
import { runChunks } from '../runtime/chunks.js';

// Where each rewrite rule fires and where it must not (test/rules.test.ts checks that each rule
// is sound; this checks the matcher): '$x:var' and plain names are per-point leaves, '$x:inv'
// per-batch ones, '$c' a condition; `flip` makes one qualified leaf the other kind, `order` the
// leaves built first (node ids: the `after` constraint).
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


describe('derivative rules (compiler/passes/derivative-rules.ts)', () => {
  const divergence = (src: string, point: number[]) => interpret(analyze(src).programs!.evaluate, point, []).divergence!;

  it('a structurally zero tangent stays undefined: no op builds work for it', () => {
    // (reachable: the bottleneck pass asks for every node of a region, floor(s) included)
    for (const op of Object.keys(DERIVATIVES) as ComputeOp[]) {
      const g = new Graph(), info = OPS[op];
      const args = Array.from({ length: info.arity }, (_, i) => {
        const type = info.args === 'f' ? 'f' : info.args[i]!;
        if (op === 'powi' && i === 1) return g.const(3);
        return type === 'b' ? g.op('lt', g.input(i), g.param(i)) : g.op('exp', g.input(i));
      });
      expect(DERIVATIVES[op](g, args, g.op(op, ...args), args.map(() => undefined)), op).toBeUndefined();
    }
  });

  it('a conditional whose other branch is constant keeps the branch tangent', () => {
    expect(divergence('field f(x: [1]) = [if x[0] > 0 then x[0] * x[0] else 1]', [2])).toBe(4);
    expect(divergence('field f(x: [1]) = [if x[0] > 0 then 1 else x[0] * x[0]]', [-2])).toBe(-4);
  });

  it('only a sum of squares is a norm (derivative 0 at 0); a plain sqrt keeps 1 / (2 * 0)', () => {
    expect(divergence('field f(x: [1]) = [sqrt(x[0]^4)]', [0])).toBe(0);
    expect(divergence('field f(x: [1]) = [sqrt(x[0]^3)]', [0])).toBeNaN(); // Inf * 0
    expect(divergence('field f(x: [2]) = [sqrt(x[0] * x[1]), 0]', [0, 1])).toBe(Infinity);
  });

  it('a * a: one product per direction with the shared factor 2a', () => {
    const g = new Graph();
    const a = g.op('exp', g.input(0)), t = g.op('sin', g.input(1));
    expect(DERIVATIVES.mul(g, [a, a], g.op('mul', a, a), [t, t])).toBe(g.op('mul', t, g.op('add', a, a)));
  });
});

describe('runChunks (runtime/chunks.ts)', () => {
  // a fake kernel with the entries' ABI (points, values, divergences, n): values = 2 * points,
  // divergence = the sum of a point's coordinates (+ 0.5); `divergenceOnly` takes (points, divergences, n)
  const fake = (memory: WebAssembly.Memory, dim: number, bytes: 4 | 8, calls: number[], divergenceOnly = false) =>
    (...args: number[]) => {
      const [points, values, divergences, n] = divergenceOnly ? [args[0]!, -1, args[1]!, args[2]!] : args as [number, number, number, number];
      const Arr = bytes === 8 ? Float64Array : Float32Array;
      const mem = new Arr(memory.buffer);
      calls.push(n);
      for (let i = 0; i < n; i++) {
        let s = 0.5;
        for (let c = 0; c < dim; c++) {
          const x = mem[points / bytes + i * dim + c]!;
          if (!divergenceOnly) mem[values / bytes + i * dim + c] = 2 * x;
          s += x;
        }
        mem[divergences / bytes + i] = s;
      }
    };
  const both = (dim: number) => [{ name: 'values', width: dim }, { name: 'divergence', width: 1 }];
  const divergenceOnly = [{ name: 'divergence', width: 1 }];

  it.each([[8, 3, 7], [4, 3, 7], [8, 4, 8], [8, 16, 5]] as const)('bytes %i, chunk %i, %i points of 2: every point once, chunk by chunk, in place', (bytes, chunk, n) => {
    const dim = 2, heap = 64;
    const memory = new WebAssembly.Memory({ initial: 1 });
    const Arr = bytes === 8 ? Float64Array : Float32Array;
    const flat = Arr.from({ length: n * dim }, (_, i) => i + 1);
    const calls: number[] = [];
    const r = runChunks(fake(memory, dim, bytes, calls), memory, heap, dim, bytes, chunk, flat, both(dim));
    expect(r.divergence).toBeInstanceOf(Arr);
    expect(r.values).toBeInstanceOf(Arr);
    expect([...r.values!]).toEqual([...flat].map((x) => 2 * x));
    expect([...r.divergence!]).toEqual(Array.from({ length: n }, (_, i) => flat[2 * i]! + flat[2 * i + 1]! + 0.5));
    // full chunks, then the remainder
    expect(calls).toEqual(Array.from({ length: Math.ceil(n / chunk) }, (_, k) => Math.min(chunk, n - k * chunk)));
    // the points went to the heap, values after chunk * dim numbers, divergences after 2 chunk * dim
    const mem = new Arr(memory.buffer);
    const last = calls.at(-1)!, lastStart = n - last;
    expect(mem[heap / bytes - 1]).toBe(0); // nothing written below the heap
    expect(mem[heap / bytes]).toBe(flat[lastStart * dim]);
    expect(mem[heap / bytes + chunk * dim]).toBe(2 * flat[lastStart * dim]!);
    expect(mem[heap / bytes + 2 * chunk * dim]).toBe(r.divergence![lastStart]);
    // divergence only: no values array, the divergences right after the points
    const d = runChunks(fake(memory, dim, bytes, [], true), memory, heap, dim, bytes, chunk, flat, divergenceOnly);
    expect(d.values).toBeUndefined();
    expect(Object.keys(d)).toEqual(['divergence']);
    expect([...d.divergence!]).toEqual([...r.divergence!]);
    expect(new Arr(memory.buffer)[heap / bytes + chunk * dim]).toBe(d.divergence![lastStart]);
  });

  it('with `out`, writes from point `at` into the given arrays and leaves the rest alone', () => {
    const dim = 2, bytes = 8, chunk = 2, n = 3, at = 4;
    const memory = new WebAssembly.Memory({ initial: 1 });
    const flat = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const out = { results: { divergence: new Float64Array(9).fill(-1), values: new Float64Array(18).fill(-1) }, at };
    const r = runChunks(fake(memory, dim, bytes, []), memory, 0, dim, bytes, chunk, flat, both(dim), out);
    expect(r).toBe(out.results);
    expect([...out.results.divergence]).toEqual([-1, -1, -1, -1, 3.5, 7.5, 11.5, -1, -1]);
    expect([...out.results.values]).toEqual([...Array(8).fill(-1), 2, 4, 6, 8, 10, 12, -1, -1, -1, -1]);
    const only = { results: { divergence: new Float64Array(5) }, at: 1 };
    const d = runChunks(fake(memory, dim, bytes, [], true), memory, 0, dim, bytes, chunk, flat, divergenceOnly, only);
    expect(d).toEqual({ divergence: only.results.divergence });
    expect([...only.results.divergence]).toEqual([0, 3.5, 7.5, 11.5, 0]);
  });
});

// Mutation fuzzing of the whole compiler: the shared fields, mangled at random (spans deleted,
// duplicated or swapped, tokens and odd characters inserted), must compile or produce
// diagnostics — never an exception, never a hang — and every diagnostic must point inside the
// source and format with its line and caret. Where a mutant compiles, its artifact must load and
// run (or be refused with a DivcError). Seeded: a failure prints the mutant to reproduce.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, formatDiagnostic } from '../../compiler/index.js';
import { DivcError, load } from '../../runtime/index.js';
import { source } from '../support/helpers.js';
import { assertForBudget } from '../support/property-budget.js';

// The small fields many times; mlp and mlp2 (large unrolled matrices: seconds a compile) a few.
const FIELDS = ['lorenz', 'coulomb', 'gmm_score', 'lorenz96', 'piecewise', 'double_gyre', 'taylor_green', 'cellular2d'];
const LARGE = ['mlp', 'mlp2'];
const TOKENS = ['(', ')', '[', ']', '{', '}', ',', '@', '^', '*', '-', '+', '/', '%', '=', '==', '<', '?', ':', '.', 'let', 'fn', 'field', 'param', 'const', 'for', 'in', 'return', 'if', 'else',
  'x', 'x[0]', 'sum', 'tanh', 'softmax', 'diag', '0', '1e400', '-1e-400', '1e9', '3.5', '..', '\n', '\t', '\u0000', '\u00e9', '\ud83d\ude00', '//', '/*', '"', "'", '#', '$', '\\'];

type Mutation = { at: number; length: number; kind: 'delete' | 'duplicate' | 'insert' | 'swapLines'; token: string; other: number };
const mutation = fc.record({
  at: fc.nat(), length: fc.integer({ min: 1, max: 40 }),
  kind: fc.constantFrom('delete', 'duplicate', 'insert', 'swapLines'), token: fc.constantFrom(...TOKENS), other: fc.nat(),
}) as fc.Arbitrary<Mutation>;

function mutate(src: string, m: Mutation): string {
  const at = m.at % (src.length + 1);
  switch (m.kind) {
    case 'delete': return src.slice(0, at) + src.slice(at + m.length);
    case 'duplicate': return src.slice(0, at + m.length) + src.slice(at, at + m.length) + src.slice(at + m.length);
    case 'insert': return src.slice(0, at) + m.token + src.slice(at);
    case 'swapLines': {
      const lines = src.split('\n');
      const a = at % lines.length, b = m.other % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
  }
}

describe('mutation fuzzing', () => {
  // floor and time budget (test/support/property-budget.ts): 1,500 small mutants took 17 s at load 4
  it.each([[FIELDS, { floor: 400, seconds: 15, max: 1500 }], [LARGE, { floor: 6, seconds: 15, max: 12 }]] as const)('mutants of %j compile or get diagnostics, never an exception or a hang', async (fields, budget) => {
    await assertForBudget(`mutants of ${fields.length} fields`, fc.tuple(fc.constantFrom(...fields), fc.array(mutation, { minLength: 1, maxLength: 4 })), async ([name, ms]) => {
      const text = ms.reduce(mutate, source(name));
      const start = performance.now();
      const out = compile(text, { filename: 'mutant.div' });
      // a bound against hangs (the originals compile in well under a second), not a speed goal
      expect(performance.now() - start).toBeLessThan(20_000);
      const lines = text.split('\n');
      for (const d of out.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lines.length);
        expect(d.col).toBeGreaterThanOrEqual(1);
        expect(d.col).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
        const shown = formatDiagnostic(d, text);
        expect(shown).toContain(`mutant.div:${d.line}:${d.col}: ${d.severity}: `);
        expect(shown).toContain('^');
      }
      const errors = out.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length > 0).toBe(out.wasm === undefined);
      if (!out.wasm) return;
      const k = await load(out.wasm, { backend: 'wasm' });
      const params = Object.fromEntries(k.params.filter((p) => p.default === undefined).map((p) => [p.name, p.shape.length === 0 ? 0.5 : new Array(p.shape.reduce((a, b) => a * b, 1)).fill(0.5)]));
      try {
        k.setParams(params);
        const r = await k.evaluate(new Float64Array(3 * k.dim).fill(0.25));
        expect(r.divergence.length).toBe(3);
      } catch (e) {
        expect(e).toBeInstanceOf(DivcError); // e.g. a param shape the filler does not match
      }
      k.dispose();
    }, budget); // about 17% of mutants compile (measured over 5,000: 873), and run
  }, 300_000);
});

// Each algebraic rule of ir/rules.ts must hold for every input, special values included: both
// sides evaluate to the same number (or both to NaN) with the interpreter's op semantics.
import { describe, expect, it } from 'vitest';
import { RULES, type Pattern } from '../../compiler/ir/rules.js';
import { OPS } from '../../compiler/ir/ops.js';

const SPECIAL = [0, -0, 1, -1, 0.5, -2.5, 3, 1e308, -1e-308, Infinity, -Infinity, NaN];
const CONDITIONS = [0, 1];

function evaluate(p: Pattern, env: Record<string, number>): number {
  if (typeof p === 'number') return p;
  if (typeof p === 'string') return env[p.split(':')[0]!]!;
  const [op, ...args] = p;
  return OPS[op].evaluate(...args.map((a) => evaluate(a, env)));
}

function variables(p: Pattern, out = new Map<string, 'f' | 'b'>(), type: 'f' | 'b' = 'f'): Map<string, 'f' | 'b'> {
  if (typeof p === 'string') out.set(p.split(':')[0]!, type);
  else if (typeof p !== 'number') {
    const info = OPS[p[0]];
    p.slice(1).forEach((a, i) => variables(a as Pattern, out, info.args === 'f' ? 'f' : info.args[i]!));
  }
  return out;
}

const same = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || a === b;

const MODERATE = [1, -1, 0.5, -2.5, 3, 1e-3, -7.25e5, 0.1, 1 / 3];

describe('rewrite rules', () => {
  it.each(RULES.filter((r) => r.reassociates).map((r) => [r.why, r] as const))('%s (reassociation: within rounding)', (_why, rule) => {
    const vars = [...variables(rule.from as Pattern)];
    const assign = (i: number, env: Record<string, number>) => {
      if (i === vars.length) {
        const lhs = evaluate(rule.from as Pattern, env), rhs = evaluate(rule.to, env);
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(lhs));
        return;
      }
      for (const v of MODERATE) assign(i + 1, { ...env, [vars[i]![0]]: v });
    };
    assign(0, {});
    // NaN still propagates
    const nan = Object.fromEntries(vars.map(([name]) => [name, NaN]));
    expect(evaluate(rule.to, nan)).toBeNaN();
  });

  it.each(RULES.filter((r) => !r.reassociates).map((r) => [r.why, r] as const))('%s', (_why, rule) => {
    const vars = [...variables(rule.from as Pattern)];
    const assign = (i: number, env: Record<string, number>) => {
      if (i === vars.length) {
        const lhs = evaluate(rule.from as Pattern, env), rhs = evaluate(rule.to, env);
        // the sign of a zero result is the only difference a rule may make (x + 0 for x = -0)
        expect(same(lhs, rhs) || (lhs === 0 && rhs === 0), `${JSON.stringify(rule.from)} at ${JSON.stringify(env)}`).toBe(true);
        return;
      }
      const [name, type] = vars[i]!;
      for (const v of type === 'b' ? CONDITIONS : SPECIAL) assign(i + 1, { ...env, [name]: v });
    };
    assign(0, {});
  });
});

// The trigonometric rules rest on compiler/math/trig.ts being exactly odd (sin) and even (cos): the
// reduction, both kernel polynomials and the quadrant choice are sign-symmetric, and y - x is
// exactly -(x - y). Checked bit for bit over both reductions (Cody-Waite, Payne-Hanek).
describe('sin is odd and cos is even, bit for bit', () => {
  it('over magnitudes from 1e-300 to 1e308, multiples of pi/2 and differences of two numbers', () => {
    const { sin, cos } = OPS;
    const xs: number[] = [0, 5e-324, 1e-300, Number.MAX_VALUE, 1.6e6, 1.6e6 * (1 - 1e-16)];
    for (let e = -300; e <= 308; e += 0.731) xs.push(10 ** e * (1 + (Math.abs(e) % 0.37)));
    for (let k = 1; k < 1e7; k = Math.ceil(k * 1.7)) xs.push(k * Math.PI / 2, k * Math.PI / 4);
    for (let i = 0; i < 2000; i++) { const a = Math.sin(i * 12.9898) * 43758.5453 % 40, b = Math.cos(i * 78.233) * 12345.678 % 40; xs.push(a - b); }
    for (const x of xs) {
      expect(Object.is(sin.evaluate(-x), -sin.evaluate(x)), `sin(-${x})`).toBe(true);
      expect(Object.is(cos.evaluate(-x), cos.evaluate(x)), `cos(-${x})`).toBe(true);
    }
  });
});

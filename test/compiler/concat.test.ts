// concat(a, b, ...) (issue 13 item 11): scalars and vectors joined in order, at both lowerings.
// The standard CNF with time appended, f(x) = W2 tanh(W1 concat(x, t) + b1), compiled through the
// scalar and the tensor lowering: the two agree to 1e-12 (f64), equal the same network written
// with a literal of indexed elements, and match finite differences.
import { describe, expect, it } from 'vitest';
import { analyze, compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';

const cnf = (input: string) => `
const D = 4
const H = 24
param t = 0.7
param W1: [H, D + 1]
param b1: [H]
param W2: [D, H]
field cnf(x: [D]) = W2 @ tanh(W1 @ ${input} + b1)
`;
const CONCAT = cnf('concat(x, t)');
const LITERAL = cnf('[x[0], x[1], x[2], x[3], t]');

/** Deterministic numbers in [-1, 1). */
function numbers(n: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => { s = (s * 1103515245 + 12345) % 2147483648; return (2 * s) / 2147483648 - 1; });
}

const params = { t: 0.7, W1: numbers(24 * 5, 1).map((v) => v * 0.9), b1: numbers(24, 2), W2: numbers(4 * 24, 3).map((v) => v * 0.4) };
const points = Array.from({ length: 9 }, (_, i) => numbers(4, 10 + i).map((v) => 2 * v));

async function run(src: string, lowering: 'scalar' | 'tensor', pts: number[][]) {
  const out = compile(src, { lowering });
  expect(out.diagnostics).toEqual([]);
  expect(out.stats!.lowering!.kind).toBe(lowering);
  const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
  k.setParams(params);
  const r = await k.evaluate(pts);
  k.dispose();
  return r;
}

const worst = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let w = 0;
  for (let i = 0; i < a.length; i++) w = Math.max(w, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  return w;
};

describe('concat', () => {
  it('a CNF with time appended: both lowerings agree (1e-12), equal the literal form, and match finite differences', async () => {
    const scalar = await run(CONCAT, 'scalar', points), tensor = await run(CONCAT, 'tensor', points);
    expect(worst(tensor.values, scalar.values)).toBeLessThanOrEqual(1e-12);
    expect(worst(tensor.divergence, scalar.divergence)).toBeLessThanOrEqual(1e-12);
    const literal = await run(LITERAL, 'scalar', points);
    expect(worst(scalar.values, literal.values)).toBeLessThanOrEqual(1e-14);
    expect(worst(scalar.divergence, literal.divergence)).toBeLessThanOrEqual(1e-14);
    // central differences of f_i in x_i (Richardson: O(h^4)), from the kernel's own values
    const h = 1e-3, shifts = [h, -h, 2 * h, -2 * h];
    const shifted = points.flatMap((pt) => [0, 1, 2, 3].flatMap((i) => shifts.map((s) => pt.map((v, j) => (j === i ? v + s : v)))));
    const f = (await run(CONCAT, 'scalar', shifted)).values;
    points.forEach((_pt, p) => {
      let fd = 0;
      for (let i = 0; i < 4; i++) {
        const at = (k: number) => f[((p * 4 + i) * 4 + k) * 4 + i]!;
        fd += (4 * (at(0) - at(1)) / (2 * h) - (at(2) - at(3)) / (4 * h)) / 3;
      }
      expect(Math.abs(fd - scalar.divergence[p]!)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(fd)));
    });
  });

  it('joins scalars and vectors in any order and number', async () => {
    const src = 'param t = 2\nfield f(x: [3]) { let v = concat(t, x, x[0] * t, concat(x[1])) \n return [v[0] * v[1], v[2] + v[4], v[3] * v[5]] }';
    const out = compile(src);
    expect(out.diagnostics).toEqual([]);
    const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    const r = await k.evaluate([[1, 2, 3]]);
    // v = [2, 1, 2, 3, 2, 2]: f = (2, 4, 6), div f = d(2 x0)/dx0 + d(x1 + 2 x0)/dx1 + d(x2 * x1)/dx2 = 2 + 1 + 2
    expect([...r.values]).toEqual([2, 4, 6]);
    expect(r.divergence[0]).toBe(5);
    k.dispose();
  });

  it('a literal mixing a vector and a scalar suggests concat; concat refuses matrices and no arguments', () => {
    const message = (src: string) => analyze(src).diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n');
    expect(message('param t = 1\nfield f(x: [2]) { let z = [x, t]\n return [z[0], z[1]] }')).toMatch(/E0204: .*\[2\] and a scalar; .*write concat\(a, b, \.\.\.\)/);
    expect(message('param M: [2, 2]\nfield f(x: [2]) { let z = concat(x, M)\n return [z[0], z[1]] }')).toContain('concat joins scalars and vectors, got [2, 2]');
    expect(message('field f(x: [2]) { let z = concat()\n return x }')).toContain('concat takes at least 1 argument, got 0');
  });
});

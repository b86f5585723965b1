// grad in the language (reverse mode inside the compiler): gradients against closed forms and
// finite differences, forward over reverse for the divergence, and a Hamiltonian field whose
// divergence is exactly 0 with no per-point work.
import { describe, expect, it } from 'vitest';
import { analyze, compile, interpret } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';
import { paramSlots } from '../support/helpers.js';

/** f and div f at x, params at their defaults. */
const at = (src: string, x: number[]) => {
  const p = analyze(src).programs!;
  const params = paramSlots(p.evaluate.params, {});
  const r = interpret(p.evaluate, x, params);
  return { f: r.values, div: r.divergence! };
};

describe('grad', () => {
  it('of a scalar with respect to a vector input, and to all inputs', () => {
    // grad(|x|^2 / 2 + sin(x0 x1)) = x + cos(x0 x1) (x1, x0, 0)
    const r = at('field f(x: [3]) = grad(norm2(x) / 2 + sin(x[0] * x[1]), x)', [0.3, -1.2, 2]);
    const c = Math.cos(0.3 * -1.2);
    expect(r.f[0]).toBeCloseTo(0.3 + c * -1.2, 14);
    expect(r.f[1]).toBeCloseTo(-1.2 + c * 0.3, 14);
    expect(r.f[2]).toBeCloseTo(2, 14);
    // div = 3 + d/dx0 (c x1) + d/dx1 (c x0) = 3 - sin(x0 x1) (x1^2 + x0^2)
    expect(r.div).toBeCloseTo(3 - Math.sin(0.3 * -1.2) * (1.2 ** 2 + 0.3 ** 2), 13);
    const s = at('field f(x, y) = grad(x^2 * y + exp(y))', [1.5, 0.5]);
    expect(s.f).toEqual([2 * 1.5 * 0.5, 1.5 ** 2 + Math.exp(0.5)]);
  });

  it('agrees with central differences of the expression, through fn calls and params', () => {
    const src = 'param k = 0.7\nfn U(a, b) = k * log(1 + a^2 + b^4) + tanh(a * b)\nfield f(a, b) = (grad(U(a, b), a), grad(U(a, b), b))';
    const U = (a: number, b: number) => 0.7 * Math.log(1 + a * a + b ** 4) + Math.tanh(a * b);
    for (const [a, b] of [[0.4, -0.3], [1.7, 0.9], [-2, 0.1]] as const) {
      const h = 1e-6;
      const r = at(src, [a, b]);
      expect(r.f[0]).toBeCloseTo((U(a + h, b) - U(a - h, b)) / (2 * h), 8);
      expect(r.f[1]).toBeCloseTo((U(a, b + h) - U(a, b - h)) / (2 * h), 8);
      // the divergence is the Laplacian of U: second differences
      const lap = (U(a + 1e-4, b) + U(a - 1e-4, b) + U(a, b + 1e-4) + U(a, b - 1e-4) - 4 * U(a, b)) / 1e-8;
      expect(r.div).toBeCloseTo(lap, 4);
    }
  });

  it("a Hamiltonian field's divergence is exactly 0, with no per-point operations", async () => {
    const src = 'param g = 9.81\nfn H(q, p) = p^2 / 2 + g * (1 - cos(q))\nfield pendulum(q, p) = (grad(H(q, p), p), -grad(H(q, p), q))';
    const stats = analyze(src).stats!;
    expect(stats.divergenceOnly.perPoint).toBe(0);
    const k = await load(compile(src).wasm!, { threads: 1 });
    const div = await k.divergence([[0.3, 1], [2, -4], [-1, 0.5]]);
    expect(Array.from(div)).toEqual([0, 0, 0]);
  });

  it("a coupled Hamiltonian's too: the mixed partials, built in different orders, cancel as monomials", async () => {
    // d2H/dq dp arrives as q (p c) from one output and p (q c) from the other (passes/cancel-terms.ts)
    const src = 'param eps = 0.1\nfn H(q, p) = p^2 / 2 + q^2 / 2 + eps * q^2 * p^2 + sin(q * p)\nfield ham(q, p) = (grad(H(q, p), p), -grad(H(q, p), q))';
    expect(analyze(src).stats!.divergenceOnly.perPoint).toBe(0);
    expect(analyze(src, { optimize: false }).stats!.divergenceOnly.perPoint).toBeGreaterThan(10);
    const k = await load(compile(src).wasm!, { threads: 1 });
    expect(Array.from(await k.divergence([[0.3, 1], [2, -4], [-1, 0.5]]))).toEqual([0, 0, 0]);
    // a term that does not cancel stays: + q adds exactly d/dq (q) = 1
    const open = src.replace('(grad(H(q, p), p),', '(grad(H(q, p), p) + q,');
    expect(Array.from(await (await load(compile(open).wasm!, { threads: 1 })).divergence([[0.3, 1], [2, -4]]))).toEqual([1, 1]);
  });
});

// The potential of docs/CLI.md's walk-through, against its closed forms.
describe('examples/harmonic.div', () => {
  it.each(['f64', 'f32'] as const)('%s: U, grad U, the Laplacian and the diagonal are the closed forms', async (precision) => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('../support/helpers.js');
    const out = compile(readFileSync(join(ROOT, 'examples/harmonic.div'), 'utf8'), { precision });
    const k = await load(out.wasm!, { backend: 'wasm' });
    expect(k.kind).toBe('potential');
    const pts = [[0, 0], [1, 0], [0.5, -0.5], [-1.7, 0.3], [0.2, 2.5]];
    const r = await k.evaluate(pts.flat());
    const diag = await k.diagonal(pts.flat());
    const tol = precision === 'f64' ? 1e-14 : 1e-6;
    const a = 0.5;
    pts.forEach(([x, y], i) => {
      const e = Math.exp(-(x! * x! + y! * y!));
      const want = {
        U: (x! * x! + 4 * y! * y!) / 2 + a * e, gx: x! - 2 * a * x! * e, gy: 4 * y! - 2 * a * y! * e,
        lap: 5 - 4 * a * (1 - x! * x! - y! * y!) * e, dxx: 1 - 2 * a * e * (1 - 2 * x! * x!), dyy: 4 - 2 * a * e * (1 - 2 * y! * y!),
      };
      const close = (got: number, w: number) => expect(Math.abs(got - w)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(w)));
      close(r.potential![i]!, want.U);
      close(r.values[2 * i]!, want.gx);
      close(r.values[2 * i + 1]!, want.gy);
      close(r.divergence[i]!, want.lap);
      close(diag[2 * i]!, want.dxx);
      close(diag[2 * i + 1]!, want.dyy);
    });
    k.dispose();
  });
});

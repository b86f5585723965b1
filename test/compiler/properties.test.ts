// Properties over random programs (fast-check): the wasm kernel equals the reference
// interpreter bit for bit, the derivative agrees with central finite differences, and the
// optimizer's rewrites change nothing beyond rounding. Programs are generated as .div source,
// so the parser and front end are exercised too.
import { describe, expect, it } from 'vitest';
import { programArb, sourceOf } from '../support/arbitrary.js';
import { analyze, compile, interpret } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';
import { assertForBudget } from '../support/property-budget.js';

describe('random programs', () => {
  it('wasm f64 equals the interpreter bit for bit', async () => {
    await assertForBudget('random programs, wasm vs interpreter', programArb(false), async (p) => {
      const src = sourceOf(p);
      const out = compile(src);
      expect(out.diagnostics).toEqual([]);
      const a = analyze(src).programs!;
      const kernel = await load(out.wasm!);
      if (kernel.params.length > 0) kernel.setParams({ k: p.k });
      const r = await kernel.evaluate(p.points);
      p.points.forEach((pt, i) => {
        const ref = interpret(a.evaluate, pt, [p.k]);
        expect(r.divergence[i]).toBe(ref.divergence);
        ref.values.forEach((v, c) => expect(r.values[i * p.dim + c]).toBe(v));
      });
    }, { floor: 20, seconds: 10, max: 60 });
  });

  it('the divergence agrees with central finite differences', async () => {
    await assertForBudget('random programs, finite differences', programArb(true), (p) => {
      const a = analyze(sourceOf(p)).programs!;
      for (const pt of p.points) {
        const exact = interpret(a.evaluate, pt, [p.k]).divergence!;
        const f = interpret(a.f, pt, [p.k]).values;
        // noise: the rounding error of the differences themselves, a few ulps of |f_i| over h
        // (hypot(x0, 5.3e5) at h = 1e-6 differs from its exact slope by 1.2e-4 in floating point)
        let fd = 0, scale = 0, noise = 0;
        pt.forEach((xi, i) => {
          // central differences at steps h and 2h, Richardson-extrapolated: the truncation error
          // is O(h^4), so fast-oscillating random programs do not outgrow the tolerance
          const central = (h: number) => {
            const up = [...pt], down = [...pt];
            up[i] = xi + h;
            down[i] = xi - h;
            return (interpret(a.f, up, [p.k]).values[i]! - interpret(a.f, down, [p.k]).values[i]!) / (up[i]! - down[i]!);
          };
          const h = 1e-6 * Math.max(1, Math.abs(xi));
          const [c1, c2] = [central(h), central(2 * h)];
          const d = (4 * c1 - c2) / 3;
          fd += d;
          scale += Math.abs(d);
          noise += (4 * Number.EPSILON * Math.abs(f[i]!)) / h;
          // the differences' own uncertainty, where their two steps disagree: f's rounding error
          // can be many ulps (seed 1864438791: (sqrt(1 + hypot(x1, 5)^8))^4 = 1.5e11 at x1 = 4e-11,
          // its differences 300 apart at h and 2h, the ulp estimate 136). A wrong derivative is
          // still caught: both steps agree with the true slope, not with it
          noise += Math.abs(c1 - c2);
        });
        expect(Math.abs(fd - exact)).toBeLessThanOrEqual(2e-5 * Math.max(1, scale) + noise);
      }
    }, { floor: 50, seconds: 10, max: 150 });
  });

  it('optimized and unoptimized programs agree', async () => {
    await assertForBudget('random programs, optimized vs unoptimized', programArb(false), (p) => {
      const src = sourceOf(p);
      const opt = analyze(src).programs!.evaluate;
      const plain = analyze(src, { optimize: false }).programs!.evaluate;
      for (const pt of p.points) {
        const x = interpret(opt, pt, [p.k]), y = interpret(plain, pt, [p.k]);
        const tol = 1e-9 * Math.max(1, Math.abs(y.divergence!));
        if (Number.isNaN(y.divergence!)) expect(x.divergence).toBeNaN();
        else expect(Math.abs(x.divergence! - y.divergence!)).toBeLessThanOrEqual(tol);
      }
    }, { floor: 50, seconds: 10, max: 150 });
  });
});

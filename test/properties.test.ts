// Properties over random programs (fast-check): the wasm kernel equals the reference
// interpreter bit for bit, the derivative agrees with central finite differences, and the
// optimizer's rewrites change nothing beyond rounding. Programs are generated as .div source,
// so the parser and front end are exercised too.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, compile, interpret } from '../compiler/index.js';
import { load } from '../runtime/index.js';

const SMOOTH_UNARY = ['sin', 'cos', 'tanh', 'atan', 'sigmoid', 'softplus', 'asinh', 'erf'];
// Kinks and branches: exact agreement still required, finite differences not checked.
const ROUGH_UNARY = ['abs', 'relu', 'floor', 'sign', 'ceil'];

function exprArb(dim: number, smooth: boolean): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    fc.integer({ min: 0, max: dim - 1 }).map((i) => `x${i}`),
    fc.constantFrom('k', '0.5', '2', '1.25', '3'),
  );
  const unary = smooth ? SMOOTH_UNARY : [...SMOOTH_UNARY, ...ROUGH_UNARY];
  const { e } = fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(${a}) / (1 + (${b})^2)`),
      fc.tuple(fc.constantFrom(...unary), tie('e')).map(([f, a]) => `${f}(${a})`),
      tie('e').map((a) => `sqrt(1 + (${a})^2)`),
      tie('e').map((a) => `log(2 + sin(${a}))`),
      fc.tuple(tie('e'), fc.integer({ min: 2, max: 4 })).map(([a, n]) => `(${a})^${n}`),
      // hypot is singular only where both arguments vanish: keep the smooth set away from it
      fc.tuple(tie('e'), tie('e')).map(([a, b]) => (smooth ? `hypot(${a}, 1 + (${b})^2)` : `hypot(${a}, ${b})`)),
      ...(smooth ? [] : [
        fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `(if ${c} < 0.3 then ${a} else ${b})`),
        fc.tuple(tie('e'), tie('e')).map(([a, b]) => `max(${a}, ${b})`),
        fc.tuple(tie('e'), tie('e')).map(([a, b]) => `min(${a}, ${b})`),
        fc.tuple(tie('e'), tie('e')).map(([a, b]) => `atan2(${a}, 1 + (${b})^2)`),
      ]),
    ),
  }));
  return e;
}

const programArb = (smooth: boolean) => fc.integer({ min: 1, max: 4 }).chain((dim) => fc.record({
  dim: fc.constant(dim),
  body: fc.array(exprArb(dim, smooth), { minLength: dim, maxLength: dim }),
  k: fc.double({ min: -2, max: 2, noNaN: true }),
  points: fc.array(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: dim, maxLength: dim }), { minLength: 1, maxLength: 5 }),
}));

const sourceOf = (p: { dim: number; body: string[] }) =>
  `param k = 1\nfield f(${Array.from({ length: p.dim }, (_, i) => `x${i}`).join(', ')}) = (${p.body.join(', ')})\n`;

describe('random programs', () => {
  it('wasm f64 equals the interpreter bit for bit', async () => {
    await fc.assert(fc.asyncProperty(programArb(false), async (p) => {
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
    }), { numRuns: 60 });
  });

  it('the divergence agrees with central finite differences', () => {
    fc.assert(fc.property(programArb(true), (p) => {
      const a = analyze(sourceOf(p)).programs!;
      for (const pt of p.points) {
        const exact = interpret(a.evaluate, pt, [p.k]).divergence!;
        let fd = 0, scale = 0;
        pt.forEach((xi, i) => {
          const h = 1e-6 * Math.max(1, Math.abs(xi));
          const up = [...pt], down = [...pt];
          up[i] = xi + h;
          down[i] = xi - h;
          const d = (interpret(a.f, up, [p.k]).values[i]! - interpret(a.f, down, [p.k]).values[i]!) / (up[i]! - down[i]!);
          fd += d;
          scale += Math.abs(d);
        });
        expect(Math.abs(fd - exact)).toBeLessThanOrEqual(2e-5 * Math.max(1, scale));
      }
    }), { numRuns: 150 });
  });

  it('optimized and unoptimized programs agree', () => {
    fc.assert(fc.property(programArb(false), (p) => {
      const src = sourceOf(p);
      const opt = analyze(src).programs!.evaluate;
      const plain = analyze(src, { optimize: false }).programs!.evaluate;
      for (const pt of p.points) {
        const x = interpret(opt, pt, [p.k]), y = interpret(plain, pt, [p.k]);
        const tol = 1e-9 * Math.max(1, Math.abs(y.divergence!));
        if (Number.isNaN(y.divergence!)) expect(x.divergence).toBeNaN();
        else expect(Math.abs(x.divergence! - y.divergence!)).toBeLessThanOrEqual(tol);
      }
    }), { numRuns: 150 });
  });
});

// LANGUAGE.md's derivative conventions (issue 13: norm, hypot and pow at 0, min/max ties) in the
// interpreter and the wasm kernels, f64 and f32, through both lowerings: the scalar level
// (unrolled) and the tensor level (loops over weights; its own front end, its own recognition of
// a norm's sum of squares, the derivative table reached through compiler/tensor/partials.ts).
// These small fields lower to scalars by default, so without `lowering: 'tensor'` the tensor
// level's conventions went unchecked (x^2 not seen as a square there gave NaN for
// sqrt(x^2 + y^2) * x at 0). The tensor level expresses every case. softplus against mpmath
// values. WGSL: the same cases in test/runtime/webgpu.test.ts.
import { describe, expect, it } from 'vitest';
import { analyze, compile, interpret } from '../../compiler/index.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import { load } from '../../runtime/index.js';
import { CONVENTION_CASES, MPMATH, POWER_LIMIT_CASES, ulps } from '../support/conventions-cases.js';
import { paramSlots } from '../support/helpers.js';
import { f32Bound } from '../../scripts/accuracy-measure.js';

describe.each([...CONVENTION_CASES, ...POWER_LIMIT_CASES])('derivative convention: $name', ({ src, params, point, divergence }) => {
  it.each(['scalar', 'tensor'] as const)('%s level: interpreter, wasm f64 and wasm f32 give it', async (lowering) => {
    const a = analyze(src, { lowering });
    expect(a.stats!.lowering!.kind, a.stats!.lowering!.reason).toBe(lowering);
    const interpreted = lowering === 'scalar'
      ? interpret(a.programs!.evaluate, point, paramSlots(a.programs!.evaluate.params, params)).divergence!
      : tensorInterpreter(a.tensor!.evaluate, paramSlots(a.tensor!.evaluate.params, params))(point).divergence!;
    if (Number.isFinite(divergence)) expect(interpreted).toBeCloseTo(divergence, 12);
    else expect(interpreted).toBe(divergence);
    for (const precision of ['f64', 'f32'] as const) {
      const out = compile(src, { precision, lowering });
      expect(out.stats!.lowering!.kind).toBe(lowering);
      const k = await load(out.wasm!, { threads: 1 });
      k.setParams(params);
      const d = (await k.divergence([point]))[0]!;
      k.dispose();
      if (Number.isFinite(divergence)) expect(d, precision).toBeCloseTo(divergence, precision === 'f64' ? 12 : 6);
      else expect(d, precision).toBe(divergence);
    }
  });
});

describe('negative integer powers', () => {
  it('c / x^k, differentiated as the power c x^-k, costs fewer operations than the quotient rule did', () => {
    // (x ^ -5, y ^ -2): 13 operations a point for f + div f at the scalar level and 18 at the
    // tensor level by the quotient rule through x^k; -k (y / x) t_x takes 11 and 13
    const src = 'field f(x, y) = (x ^ -5, y ^ -2)';
    expect(analyze(src, { lowering: 'scalar' }).stats!.divergence.perPoint).toBeLessThanOrEqual(11);
    expect(analyze(src, { lowering: 'tensor' }).stats!.divergence.perPoint).toBeLessThanOrEqual(13);
  });
});

describe('softplus against mpmath', () => {
  it('f64: value within 1 ulp and derivative (sigmoid) within 2 ulps, interpreter and wasm, past the old cut-off at 20', async () => {
    const rows = MPMATH.unary.softplus;
    const src = 'field g(x) = (softplus(x))';
    const { evaluate } = analyze(src).programs!;
    const k = await load(compile(src).wasm!, { threads: 1 });
    const r = await k.evaluate(rows.map(([x]) => [x!]));
    k.dispose();
    let worst = 0;
    rows.forEach(([x, f, df], i) => {
      const it = interpret(evaluate, [x!], []);
      expect(r.values[i]).toBe(it.values[0]); // the interpreter and the SIMD code share the algorithm
      expect(ulps(it.values[0]!, f!), `softplus(${x})`).toBeLessThanOrEqual(1);
      expect(ulps(r.divergence[i]!, df!), `softplus'(${x})`).toBeLessThanOrEqual(2);
      worst = Math.max(worst, ulps(it.values[0]!, f!));
    });
    expect(worst).toBeLessThanOrEqual(1);
  });

  // f32 kernels compute softplus and sigmoid in f32 code of their own (compiler/math/log32.ts,
  // exp32.ts): their f32 bounds (scripts/accuracy-measure.ts), not the half ulp of an f64
  // result rounded once
  it('f32: within its f32 bound (3 float32 ulps, sigmoid the same) at float32 inputs', async () => {
    const rows = MPMATH.unary32.softplus;
    const k = await load(compile('field g(x) = (softplus(x))', { precision: 'f32' }).wasm!, { threads: 1 });
    const r = await k.evaluate(rows.map(([x]) => [x!]));
    k.dispose();
    let worst = 0;
    rows.forEach(([x, f, df], i) => {
      expect(ulps(r.values[i]!, f!, true), `softplus(${x})`).toBeLessThanOrEqual(f32Bound('softplus'));
      expect(ulps(r.divergence[i]!, df!, true), `softplus'(${x})`).toBeLessThanOrEqual(f32Bound('sigmoid'));
      worst = Math.max(worst, ulps(r.values[i]!, f!, true), ulps(r.divergence[i]!, df!, true));
    });
    expect(worst).toBeGreaterThan(0); // the rows are not all exact: the check can see an error
  });
});

// The transcendentals with SIMD code of their own: accurate against Math.* (a few ulps, special
// values exact), and the wasm kernels equal the scalar instance bit for bit (f64; f32 kernels:
// the same f64 code on the promoted input, rounded to f32, but for sin and cos, whose f32 code
// of its own (compiler/math/trig32.ts) must equal its scalar instance).
import { describe, expect, it } from 'vitest';
import { nativeScalar } from '../../compiler/math/registry.js';
import { nativeScalar32 } from '../../compiler/math/registry32.js';
import { compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';

const REFERENCE: Record<string, (x: number) => number> = {
  exp: Math.exp, expm1: Math.expm1, log: Math.log, log1p: Math.log1p, tanh: Math.tanh,
  sigmoid: (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
  // no cut-off above 20 (PyTorch's): the reference must not share a shortcut the code could take
  softplus: (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
  // V8's are fdlibm's (< 1 ulp); ours must agree to a few ulps up to the largest double
  sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan,
  sinh: Math.sinh, cosh: Math.cosh, asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
  log2: Math.log2, log10: Math.log10, cbrt: Math.cbrt,
};

function ulps(a: number, b: number): number {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const scale = Math.max(Math.abs(b), Number.MIN_VALUE) * Number.EPSILON;
  return Math.abs(a - b) / scale;
}

// A sweep over magnitudes, both signs, and the special values.
const SWEEP: number[] = [0, -0, 1, -1, Infinity, -Infinity, NaN, 1e-300, 5e-324, 2.2250738585072014e-308, 709.78, 709.79, -745.13, -745.2, 20, 20.0001, 22, 0.34657359027997264];
for (let e = -30; e <= 30; e += 0.173) SWEEP.push(Math.exp(e), -Math.exp(e));
for (let x = -40; x <= 40; x += 0.0137) SWEEP.push(x);
// sin, cos, tan: both reductions (Cody-Waite below 1.6e6, Payne-Hanek above), multiples of pi/2
for (let e = 5; e <= 308; e += 1.37) SWEEP.push(10 ** e, -(10 ** e) * 1.2345);
for (let k = 1; k < 2e6; k = Math.ceil(k * 1.9)) SWEEP.push(k * Math.PI / 2, -k * Math.PI / 2);
SWEEP.push(1.6e6, -1.6e6, 1.7976931348623157e308, 6381956970095103 * 2 ** 797);

describe.each(Object.keys(REFERENCE))('%s', (name) => {
  const f = nativeScalar[name as keyof typeof nativeScalar];
  const ref = REFERENCE[name]!;
  it('is within 4 ulps of the reference (relative to the result), special values exact', () => {
    let compared = 0;
    for (const x of SWEEP) {
      const got = f(x), want = ref(x);
      if (!Number.isFinite(want) || want === 0) { expect(got, `${name}(${x})`).toBe(want); continue; }
      // expm1, log1p, tanh, sigmoid near results of 0: compare relative to the result itself
      compared++;
      expect(ulps(got, want), `${name}(${x}) = ${got}, want ${want}`).toBeLessThanOrEqual(4);
    }
    // the sweep reaches into the function's domain: of its 7,046 points, asin, acos and atanh
    // (domain [-1, 1]) have about 500 finite nonzero results to compare, the others 3,200 or more
    expect(compared).toBeGreaterThanOrEqual(400);
  });

  it.each(['f64', 'f32'] as const)('the %s kernel equals the scalar code bit for bit (f32: rounded)', async (precision) => {
    const out = compile(`field f(x) = (${name}(x))`, { precision });
    expect(out.diagnostics).toEqual([]);
    expect(WebAssembly.Module.imports(new WebAssembly.Module(out.wasm!))).toEqual([]);
    const k = await load(out.wasm!, { threads: 1 });
    // every point of the sweep, outside the domain too (log of a negative is NaN in both)
    const r = await k.evaluate(SWEEP);
    // f32 kernels compute in f64 on the promoted input: exactly fround(f(fround(x))), or run
    // their own f32 code (sin, cos)
    const round = precision === 'f64' ? (v: number) => v : Math.fround;
    const own32 = nativeScalar32[name as keyof typeof nativeScalar32];
    const want = precision === 'f32' && own32 ? own32 : (x: number) => round(f(x));
    SWEEP.forEach((x, i) => expect(r.values[i], `${name}(${x})`).toBe(want(round(x))));
  });
});

/** Python's float `%` from JavaScript's exact `%` (the function kernels imported before 0.x). */
function mathMod(a: number, b: number): number {
  if (b === 0 || !Number.isFinite(a) || Number.isNaN(b)) return NaN;
  let r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  else if (r === 0) r = b < 0 ? -0 : 0;
  return r;
}

// Binary builtins: reference functions of V8 (fdlibm's atan2, pow) and mathMod (the semantics
// these had as imports); pairs over magnitudes, signs and special values. erf is checked
// against mpmath in accuracy.test.ts.
const BINARY: Record<string, (a: number, b: number) => number> = {
  atan2: Math.atan2, pow: Math.pow, hypot: Math.hypot, mod: mathMod,
};
const B_SPECIAL = [0, -0, 1, -1, 0.5, -2, 3, -3, 2.5, Infinity, -Infinity, NaN, 5e-324, -1e-310, 1e300, -1e-300, 2 ** 53 + 2, 0.9999999999999999];
const PAIRS: [number, number][] = [];
for (const a of B_SPECIAL) for (const b of B_SPECIAL) PAIRS.push([a, b]);
for (let i = 0; i < 400; i++) {
  const m = (k: number) => (k % 3 === 0 ? -1 : 1) * Math.exp(((k * 7919) % 1400) / 2 - 350) * (1 + (k % 13) / 7);
  PAIRS.push([m(i), m(i * 31 + 5)], [m(i) % 50, m(i * 17 + 3) % 9]);
}

describe.each(Object.keys(BINARY))('%s', (name) => {
  const f = nativeScalar[name as keyof typeof nativeScalar];
  const ref = BINARY[name]!;
  it('matches the reference within 2 ulps, special values exactly (mod: exactly everywhere)', () => {
    for (const [a, b] of PAIRS) {
      const got = f(a, b), want = ref(a, b);
      if (name === 'mod' || !Number.isFinite(want) || want === 0) expect(got, `${name}(${a}, ${b})`).toBe(want);
      else expect(ulps(got, want), `${name}(${a}, ${b}) = ${got}, want ${want}`).toBeLessThanOrEqual(2);
    }
  });

  it.each(['f64', 'f32'] as const)('the %s kernel equals the scalar code bit for bit', async (precision) => {
    const out = compile(`field f(x, y) = (${name === 'mod' ? 'x % y' : `${name}(x, y)`}, y)`, { precision });
    expect(out.diagnostics).toEqual([]);
    expect(WebAssembly.Module.imports(new WebAssembly.Module(out.wasm!))).toEqual([]);
    const k = await load(out.wasm!);
    const r = await k.evaluate(PAIRS.flat());
    const round = precision === 'f64' ? (v: number) => v : Math.fround;
    // f32 kernels compute in f64 on the promoted inputs: exactly fround(f(fround(a), fround(b))),
    // or run their own f32 code (atan2)
    const own32 = nativeScalar32[name as keyof typeof nativeScalar32] as ((a: number, b: number) => number) | undefined;
    const want = precision === 'f32' && own32 ? own32 : (a: number, b: number) => round(f(a, b));
    PAIRS.forEach(([a, b], i) => expect(r.values[2 * i], `${name}(${a}, ${b})`).toBe(want(round(a), round(b))));
  });
});

// f32 kernels' own sin, cos, tan, exp, tanh, sigmoid, log, log1p, softplus, atan, asin and acos
// (compiler/math/*32.ts; atan2 below): within their f32 bounds (scripts/accuracy-measure.ts) of the f64
// functions (within 1 f64 ulp of the truth) at f32 inputs: every magnitude (sin and cos up to the cut-over to the f64 code at
// 1.6e6, exp and friends past their overflow), the f32 values nearest multiples of pi/2 (r
// tiny: the reduction's bits), and the special values.
describe('builtins in f32 code', () => {
  const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
  const f32Ulp = (v: number) => { f32[0] = Math.abs(v); const a = f32[0]!; u32[0] = u32[0]! + 1; return f32[0]! - a; };
  const inputs: number[] = [0, -0, NaN, Infinity, -Infinity, 1e-45, -1e-45, 1.17549435e-38, 1.6e6, -1.6e6, 1599999.875, 3.4028234e38,
    88.72, 88.73, -87.3, -103.97, -104.5, 0.625, -0.625, 9, 9.01, 10, 20, 1e-40, 3e-39, -0.999, 1e38, 0.5, -0.5, 0.50001, 0.99999, -0.99999, 1, -1].map(Math.fround); // f32 inputs, as kernels see
  // 70,000 f32 bit patterns from 2^-20 to 1.6e6, both signs
  for (let bits = 0x35800000; bits < 0x49c35000; bits += 3469) { u32[0] = bits; inputs.push(f32[0]!, -f32[0]!); }
  for (let k = 1; k < 1e6; k = Math.ceil(k * 1.01)) {
    const x = Math.fround(k * Math.PI / 2);
    f32[0] = x; u32[0] = u32[0]! - 1; const below = f32[0]!; u32[0] = u32[0]! + 2;
    inputs.push(x, below, f32[0]!);
  }
  // bound, and the worst error measured with every 61st f32 (scripts/accuracy-measure.ts)
  const BOUND = {
    sin: [1, 0.81], cos: [1, 0.81], tan: [3, 2.24], exp: [1, 0.96], tanh: [2, 1.27], sigmoid: [3, 2.33],
    log: [1, 0.78], log1p: [3, 2.42], softplus: [3, 2.67], atan: [3, 2.19], asin: [3, 2.39], acos: [2, 1.19],
  } as const;
  it.each(Object.keys(BOUND) as (keyof typeof BOUND)[])('%s: within its bound, special values exact', (name) => {
    expect(Object.keys(nativeScalar32).sort()).toEqual([...Object.keys(BOUND), 'atan2'].sort());
    let worst = 0;
    for (const x of inputs) {
      const got = nativeScalar32[name](x), want = nativeScalar[name](x);
      if (!Number.isFinite(want) || Math.fround(want) === 0 || !Number.isFinite(Math.fround(want))) {
        expect(got, `${name}(${x})`).toBe(Math.fround(want));
        continue;
      }
      worst = Math.max(worst, Math.abs(got - want) / f32Ulp(want));
    }
    expect(worst).toBeLessThanOrEqual(BOUND[name][0]);
    expect(worst).toBeGreaterThan(0.5); // the sweep reaches rounding cases (a check of the sweep)
  });
});

// atan2 in f32 code: compiler/math/inverse.ts's case analysis (zeros, infinities, NaN) over atan32
describe('atan2 in f32 code', () => {
  const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
  const f32Ulp = (v: number) => { f32[0] = Math.abs(v); const a = f32[0]!; u32[0] = u32[0]! + 1; return f32[0]! - a; };
  it('within 3 ulps of the f64 atan2 on a grid of f32 pairs; every special pair exact', () => {
    // zeros, infinities and NaN against every kind of operand: the exact f32 of the f64 answer
    const special = [0, -0, Infinity, -Infinity, NaN];
    const others = [...special, 1e-45, -1e-45, 1, -1, 3.4028234e38, -3.4028234e38];
    for (const y of others) for (const x of others) {
      if (!special.includes(y) && !special.includes(x)) continue;
      expect(nativeScalar32.atan2(y, x), `atan2(${y}, ${x})`).toBe(Math.fround(nativeScalar.atan2(y, x)));
    }
    let worst = 0;
    for (let i = -60; i <= 60; i++) for (let j = -60; j <= 60; j++) {
      const y = Math.fround(Math.sinh(i / 6)), x = Math.fround(Math.sinh(j / 6) * 1.37);
      const want = nativeScalar.atan2(y, x);
      if (want === 0) continue;
      worst = Math.max(worst, Math.abs(nativeScalar32.atan2(y, x) - want) / f32Ulp(want));
    }
    expect(worst).toBeLessThanOrEqual(3);
    expect(worst).toBeGreaterThan(0.5);
  });
});

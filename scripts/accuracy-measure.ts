// The accuracy sweep behind docs/ACCURACY.md, shared by scripts/accuracy.ts (which writes the
// report) and the tests (which re-measure and hold every builtin to BOUNDS). Columns: wasm f64
// against the platform's libm (Math.*, V8's fdlibm ports; every builtin is divc's own SIMD code,
// written independently); wasm f32 and WGSL against float64 evaluated at the same float32 inputs,
// in float32 ulps. The outside reference, mpmath at 60 digits, is measured by measureMpmath.
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
import { erf, pyMod as mod } from '../test/oracle/scalar.js';

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
// platform libm, with no cut-off above 20 (PyTorch returns x there, 5.7e5 ulps off in f64)
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
// Independent references for what libm lacks (fdlibm's erf, Python's `%`): the AST oracle's.
/** builtin, its float64 reference, and the sweep's domain [lo, hi] (log-spaced both signs if `log`). */
const UNARY: [string, (x: number) => number, number, number][] = [
  ['sin', Math.sin, -100, 100], ['cos', Math.cos, -100, 100], ['tan', Math.tan, -1.5, 1.5],
  ['asin', Math.asin, -1, 1], ['acos', Math.acos, -1, 1], ['atan', Math.atan, -1e3, 1e3],
  ['sinh', Math.sinh, -20, 20], ['cosh', Math.cosh, -20, 20], ['tanh', Math.tanh, -30, 30],
  ['asinh', Math.asinh, -1e3, 1e3], ['acosh', Math.acosh, 1, 1e3], ['atanh', Math.atanh, -0.999, 0.999],
  ['exp', Math.exp, -80, 80], ['expm1', Math.expm1, -5, 5], ['log', Math.log, 1e-6, 1e6], ['log1p', Math.log1p, -0.999, 1e3],
  ['log2', Math.log2, 1e-6, 1e6], ['log10', Math.log10, 1e-6, 1e6], ['sqrt', Math.sqrt, 0, 1e6], ['cbrt', Math.cbrt, -1e6, 1e6],
  ['erf', erf, -6, 6], ['sigmoid', sigmoid, -40, 40], ['softplus', softplus, -40, 40],
];
const BINARY: [string, (a: number, b: number) => number, number, number, number, number][] = [
  ['atan2', Math.atan2, -10, 10, -10, 10], ['pow', Math.pow, 0.01, 10, -4, 4], ['hypot', Math.hypot, -1e3, 1e3, -1e3, 1e3], ['mod', mod, -100, 100, -7, 7],
];

const N = 4001;
const sweep = (lo: number, hi: number, n = N) => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

function ulps(got: number, want: number, f32: boolean): number {
  if (Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want))) return 0;
  if (!Number.isFinite(got) || !Number.isFinite(want)) return Infinity;
  const a = Math.abs(want);
  const spacing = f32 ? Math.max(2 ** (Math.floor(Math.log2(Math.max(a, 2 ** -126))) - 23), 2 ** -149) : Math.max(2 ** (Math.floor(Math.log2(Math.max(a, 2 ** -1022))) - 52), 2 ** -1074);
  return Math.abs(got - want) / spacing;
}


export interface Row { name: string; domain: string; f64: number; f32: number; wgsl: number | undefined }

/**
 * The most ulps each column may show. wasm: divc's own SIMD code stays within 4 ulps (f64); f32
 * kernels compute in float64 and round once, or run f32 code of their own (the f32 list). WGSL: the driver's builtins are outside divc's
 * control (WGSL leaves their accuracy to the implementation); the bounds are those measured on
 * lavapipe with headroom, a guard against regressions in divc's polyfills and a statement of
 * what the CI adapter delivers.
 */
export const BOUNDS = {
  f64: 4,
  // f32 kernels round the f64 code's result once (under 1 ulp), but for the builtins with f32
  // code of their own (compiler/math/*32.ts: 2 to 8 times
  // faster): sin and cos 0.81 ulps measured over every 61st float32, log 0.78 (every 97th),
  // exp 0.96, tanh 1.27, tan 2.24 (a quotient of the two kernels), sigmoid 2.33 (exp's error
  // seen through a division whose result may sit in a lower binade), log1p 2.42 (log's, through
  // the correction of 1 + y), softplus 2.67, atan 2.19 (pi/4 plus a negative atan near 0.5),
  // atan2 2.26 (400,000 random pairs), asin 2.39 (pi/2 - 2 asin t just above 0.5), acos 1.19
  // (every 7th float32 in [-1, 1])
  f32: { default: 1, tanh: 2, tan: 3, sigmoid: 3, log1p: 3, softplus: 3, atan: 3, atan2: 3, asin: 3, acos: 2 } as Record<string, number>,
  wgsl: { default: 16, asin: 1024, acos: 1024, atan: 128, sinh: 64, cosh: 64, atanh: 256, exp: 128, sigmoid: 64, softplus: 64, atan2: 1024, pow: 32, '% (floored)': 2 ** 25 } as Record<string, number>,
};
export const wgslBound = (name: string) => BOUNDS.wgsl[name] ?? BOUNDS.wgsl.default!;
export const f32Bound = (name: string) => BOUNDS.f32[name] ?? BOUNDS.f32.default!;

export async function measureAccuracy(useGpu: boolean, log = false): Promise<Row[]> {
  const rows: Row[] = [];
  async function measure(name: string, src: string, inputs: number[][], reference: (x: number[]) => number, domain: string) {
    const dim = inputs[0]!.length;
    const x32 = inputs.map((p) => p.map(Math.fround));
    const run = async (precision: 'f64' | 'f32', backend: 'wasm' | 'webgpu', pts: number[][]) => {
      const k = await load(compile(src, { precision }).wasm!, { backend });
      const r = await k.evaluate(pts);
      k.dispose();
      return r.values;
    };
    const v64 = await run('f64', 'wasm', inputs);
    const v32 = await run('f32', 'wasm', x32);
    const g = useGpu ? await run('f32', 'webgpu', x32).catch(() => undefined) : undefined;
    let e64 = 0, e32 = 0, eg = 0;
    inputs.forEach((p, i) => {
      e64 = Math.max(e64, ulps(v64[i * dim]!, reference(p), false));
      const want32 = Math.fround(reference(x32[i]!));
      if (!Number.isFinite(want32)) return; // outside float32's range
      e32 = Math.max(e32, ulps(v32[i * dim]!, reference(x32[i]!), true));
      if (g) eg = Math.max(eg, ulps(g[i * dim]!, reference(x32[i]!), true));
    });
    rows.push({ name, domain, f64: e64, f32: e32, wgsl: g ? eg : undefined });
    if (log) console.log(`${name.padEnd(9)} f64 ${e64.toFixed(2)}  f32 ${e32.toFixed(2)}  wgsl ${g ? eg.toFixed(2) : '-'}`);
  }

  for (const [name, f, lo, hi] of UNARY) await measure(name, `field f(x) = (${name}(x))`, sweep(lo, hi).map((x) => [x]), ([x]) => f(x!), `[${lo}, ${hi}]`);
  for (const [name, f, alo, ahi, blo, bhi] of BINARY) {
    const pts = sweep(alo, ahi, 201).flatMap((a) => sweep(blo, bhi, 41).map((b) => [a, b]));
    const call = name === 'mod' ? 'x % y' : `${name}(x, y)`;
    await measure(name === 'mod' ? '% (floored)' : name, `field f(x, y) = (${call}, y)`, pts, ([a, b]) => f(a!, b!), `[${alo}, ${ahi}] x [${blo}, ${bhi}]`);
  }
  return rows;
}

// The accuracy sweep behind docs/ACCURACY.md, shared by scripts/accuracy.ts (which writes the
// report) and the tests (which re-measure and hold every builtin to BOUNDS). Columns: wasm f64
// against the platform's libm (Math.*, V8's fdlibm ports; every builtin is divc's own SIMD code,
// written independently); wasm f32 and WGSL against float64 evaluated at the same float32 inputs,
// in float32 ulps. The outside reference, mpmath at 60 digits, is measured by measureMpmath.
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
// platform libm, with no cut-off above 20 (PyTorch returns x there, 5.7e5 ulps off in f64)
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
// Independent references for what libm lacks: fdlibm's erf on Math.exp, and Python's `%` from
// JavaScript's exact `%` (the functions kernels imported before they computed every builtin).
/** erf(x), after fdlibm s_erf.c (Sun Microsystems, 1993): error below 1 ulp over the real line. */
function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  const sgn = x < 0 ? -1 : 1;
  if (ax < 0.84375) {
    if (ax < 2 ** -28) return x + 0.1283791670955126 * x;
    const z = x * x;
    const r = 1.28379167095512558561e-01 + z * (-3.25042107247001499370e-01 + z * (-2.84817495755985104766e-02 + z * (-5.77027029648944159157e-03 + z * -2.37630166566501626084e-05)));
    const s = 1 + z * (3.97917223959155352819e-01 + z * (6.50222499887672944485e-02 + z * (5.08130628187576562776e-03 + z * (1.32494738004321644526e-04 + z * -3.96022827877536812320e-06))));
    return x + x * (r / s);
  }
  if (ax < 1.25) {
    const s = ax - 1;
    const P = -2.36211856075265944077e-03 + s * (4.14856118683748331666e-01 + s * (-3.72207876035701323847e-01 + s * (3.18346619901161753674e-01 + s * (-1.10894694282396677476e-01 + s * (3.54783043256182359371e-02 + s * -2.16637559486879084300e-03)))));
    const Q = 1 + s * (1.06420880400844228286e-01 + s * (5.40397917702171048937e-01 + s * (7.18286544141962662868e-02 + s * (1.26171219808761642112e-01 + s * (1.36370839120290507362e-02 + s * 1.19844998467991074170e-02)))));
    return sgn * (8.45062911510467529297e-01 + P / Q);
  }
  if (ax >= 6) return sgn * 1;
  const s = 1 / (ax * ax);
  let R: number, S: number;
  if (ax < 1 / 0.35) {
    R = -9.86494403484714822705e-03 + s * (-6.93858572707181764372e-01 + s * (-1.05586262253232909814e+01 + s * (-6.23753324503260060396e+01 + s * (-1.62396669462573470355e+02 + s * (-1.84605092906711035994e+02 + s * (-8.12874355063065934246e+01 + s * -9.81432934416914548592e+00))))));
    S = 1 + s * (1.96512716674392571292e+01 + s * (1.37657754143519042600e+02 + s * (4.34565877475229228821e+02 + s * (6.45387271733267880336e+02 + s * (4.29008140027567833386e+02 + s * (1.08635005541779435134e+02 + s * (6.57024977031928170135e+00 + s * -6.04244152148580987438e-02)))))));
  } else {
    R = -9.86494292470009928597e-03 + s * (-7.99283237680523006574e-01 + s * (-1.77579549177547519889e+01 + s * (-1.60636384855821916062e+02 + s * (-6.37566443368389627722e+02 + s * (-1.02509513161107724954e+03 + s * -4.83519191608651397019e+02)))));
    S = 1 + s * (3.03380607434824582924e+01 + s * (3.25792512996573918826e+02 + s * (1.53672958608443695994e+03 + s * (3.19985821950859553908e+03 + s * (2.55305040643316442583e+03 + s * (4.74528541206955367215e+02 + s * -2.24409524465858183362e+01))))));
  }
  // fdlibm splits ax into a high part with the low 32 bits cleared so that exp(-z*z) is exact.
  const buf = new Float64Array([ax]);
  new Uint32Array(buf.buffer)[0] = 0;
  const z = buf[0]!;
  const r = Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + R / S);
  return sgn * (1 - r / ax);
}

/** Floored modulo with the sign of the divisor, exactly as Python's float `%`. */
function mod(a: number, b: number): number {
  if (b === 0 || !Number.isFinite(a) || Number.isNaN(b)) return NaN;
  let r = a % b; // truncated remainder, exact
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  else if (r === 0) r = b < 0 ? -0 : 0;
  return r;
}


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
 * The most ulps each column may show. wasm: divc's own SIMD code stays within 4 ulps (f64), and f32
 * kernels compute in float64 and round once. WGSL: the driver's builtins are outside divc's
 * control (WGSL leaves their accuracy to the implementation); the bounds are those measured on
 * lavapipe with headroom, a guard against regressions in divc's polyfills and a statement of
 * what the CI adapter delivers.
 */
export const BOUNDS = {
  f64: 4,
  f32: 1,
  wgsl: { default: 16, asin: 1024, acos: 1024, atan: 128, sinh: 64, cosh: 64, atanh: 256, exp: 128, sigmoid: 64, softplus: 64, atan2: 1024, pow: 32, '% (floored)': 2 ** 25 } as Record<string, number>,
};
export const wgslBound = (name: string) => BOUNDS.wgsl[name] ?? BOUNDS.wgsl.default!;

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

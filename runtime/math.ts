// Scalar math shared by the wasm kernels (as imports) and the compiler's reference interpreter,
// so that both compute bit-identical builtin values. Only what wasm lacks natively lives here.

/** erf(x), after fdlibm s_erf.c (Sun Microsystems, 1993): error below 1 ulp over the real line. */
export function erf(x: number): number {
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
export function mod(a: number, b: number): number {
  if (b === 0 || !Number.isFinite(a) || Number.isNaN(b)) return NaN;
  let r = a % b; // truncated remainder, exact
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  else if (r === 0) r = b < 0 ? -0 : 0;
  return r;
}

/**
 * The functions a kernel may import from module "m"; the same table drives the interpreter.
 * exp, expm1, log, log1p, tanh, sigmoid and softplus are not here: kernels compute them with
 * SIMD code of their own (compiler/ir/native-math.ts).
 */
export const MATH_IMPORTS = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan,
  sinh: Math.sinh, cosh: Math.cosh, asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
  log2: Math.log2, log10: Math.log10, cbrt: Math.cbrt, erf,
  atan2: Math.atan2, pow: Math.pow, hypot: Math.hypot, mod,
} satisfies Record<string, (...a: number[]) => number>;

export type MathImport = keyof typeof MATH_IMPORTS;

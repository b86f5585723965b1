// The number types of the AST oracle (test/oracle/evaluate.ts): a small "scalar algebra" with
// plain float64 numbers at the bottom and forward-mode dual numbers over any algebra on top, so
// Dual<number> gives first derivatives and Dual<Dual<number>> second ones (a divergence of a
// field that uses grad, a potential's Laplacian). Test-only and independent of the compiler:
// values from Math.* (erf after fdlibm, `%` after CPython's float_rem), derivative rules written
// here from the math (not from compiler/passes/derivative-rules.ts; some deliberately in another
// form: tan' = 1 / cos^2, tanh' = 1 / cosh^2, the quotient rule as two terms). Conventions are
// LANGUAGE.md's (PyTorch's): abs'(0) = relu'(0) = 0, floor' = ceil' = sign' = 0, min/max split
// ties evenly, a norm has derivative 0 where it is 0, pow's masks (d/da = 0 where b = 0,
// d/db = 0 where a = 0 and b >= 0). A zero tangent contributes nothing (no 0 * Inf = NaN from
// an operand that does not move), as in the compiler's structurally zero tangents.

export type Unary =
  | 'sin' | 'cos' | 'tan' | 'asin' | 'acos' | 'atan' | 'sinh' | 'cosh' | 'tanh' | 'asinh' | 'acosh' | 'atanh'
  | 'exp' | 'expm1' | 'log' | 'log1p' | 'log2' | 'log10' | 'sqrt' | 'cbrt' | 'abs' | 'sign' | 'floor' | 'ceil'
  | 'sigmoid' | 'softplus' | 'relu' | 'erf';
export type Binary = 'atan2' | 'pow' | 'hypot' | 'mod' | 'min' | 'max';

export const UNARY = new Set<string>(['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
  'exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'sqrt', 'cbrt', 'abs', 'sign', 'floor', 'ceil', 'sigmoid', 'softplus', 'relu', 'erf']);

/** A number type with the operations of the language. */
export interface Scalar<T> {
  c(n: number): T;
  /** The float64 value at the bottom (what comparisons, branches and masks look at). */
  primal(a: T): number;
  /** Exactly zero at every level: a tangent that contributes nothing. */
  isZero(a: T): boolean;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  unary(f: Unary, a: T): T;
  binary(f: Binary, a: T, b: T): T;
  /** a^n for a constant integer n (the language's `x ^ 3`). */
  powi(a: T, n: number): T;
  /** sqrt of a sum of squares (a norm): derivative 0 where it is 0. */
  sqrtNorm(a: T): T;
}

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
  if (ax >= 6) return sgn;
  const s = 1 / (ax * ax);
  let R: number, S: number;
  if (ax < 1 / 0.35) {
    R = -9.86494403484714822705e-03 + s * (-6.93858572707181764372e-01 + s * (-1.05586262253232909814e+01 + s * (-6.23753324503260060396e+01 + s * (-1.62396669462573470355e+02 + s * (-1.84605092906711035994e+02 + s * (-8.12874355063065934246e+01 + s * -9.81432934416914548592e+00))))));
    S = 1 + s * (1.96512716674392571292e+01 + s * (1.37657754143519042600e+02 + s * (4.34565877475229228821e+02 + s * (6.45387271733267880336e+02 + s * (4.29008140027567833386e+02 + s * (1.08635005541779435134e+02 + s * (6.57024977031928170135e+00 + s * -6.04244152148580987438e-02)))))));
  } else {
    R = -9.86494292470009928597e-03 + s * (-7.99283237680523006574e-01 + s * (-1.77579549177547519889e+01 + s * (-1.60636384855821916062e+02 + s * (-6.37566443368389627722e+02 + s * (-1.02509513161107724954e+03 + s * -4.83519191608651397019e+02)))));
    S = 1 + s * (3.03380607434824582924e+01 + s * (3.25792512996573918826e+02 + s * (1.53672958608443695994e+03 + s * (3.19985821950859553908e+03 + s * (2.55305040643316442583e+03 + s * (4.74528541206955367215e+02 + s * -2.24409524465858183362e+01))))));
  }
  // the high part of ax (low 32 bits cleared), so that exp(-z * z) is exact
  const buf = new Float64Array([ax]);
  new Uint32Array(buf.buffer)[0] = 0;
  const z = buf[0]!;
  return sgn * (1 - Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + R / S) / ax);
}

/** Python's float `%` (CPython float_rem): fmod, then the sign of the divisor; NaN for b = 0. */
export function pyMod(a: number, b: number): number {
  if (b === 0) return NaN; // Python raises; IEEE's fmod gives NaN
  let m = a % b; // JavaScript's % is fmod: exact
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else {
    m = b < 0 ? -0 : 0; // copysign(0, b)
  }
  return m;
}

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

const UNARY_F64: Record<Unary, (x: number) => number> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan,
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
  exp: Math.exp, expm1: Math.expm1, log: Math.log, log1p: Math.log1p, log2: Math.log2, log10: Math.log10,
  sqrt: Math.sqrt, cbrt: Math.cbrt, abs: Math.abs, floor: Math.floor, ceil: Math.ceil, erf,
  sign: (x) => (x > 0 ? 1 : x < 0 ? -1 : x), // torch.sign: +-0 stay, NaN stays
  sigmoid,
  softplus: (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
  relu: (x) => (Number.isNaN(x) ? x : x > 0 ? x : 0),
};

const BINARY_F64: Record<Binary, (a: number, b: number) => number> = {
  atan2: Math.atan2, pow: Math.pow, hypot: Math.hypot, mod: pyMod, min: Math.min, max: Math.max,
};

/** Plain float64. */
export const F64: Scalar<number> = {
  c: (n) => n,
  primal: (a) => a,
  isZero: (a) => a === 0,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  unary: (f, a) => UNARY_F64[f](a),
  binary: (f, a, b) => BINARY_F64[f](a, b),
  powi: (a, n) => (n === 0 ? 1 : Math.pow(a, n)),
  sqrtNorm: Math.sqrt,
};

export interface Dual<T> { v: T; d: T }

const duals = new WeakMap<Scalar<unknown>, Scalar<Dual<unknown>>>();

/** Dual numbers v + d e (e^2 = 0) over the algebra B: forward mode, one direction. */
export function dual<T>(B: Scalar<T>): Scalar<Dual<T>> {
  const known = duals.get(B as Scalar<unknown>);
  if (known) return known as unknown as Scalar<Dual<T>>;
  const zero = B.c(0);
  const one = B.c(1);
  /** x + y, skipping zeros */
  const plus = (x: T, y: T) => (B.isZero(x) ? y : B.isZero(y) ? x : B.add(x, y));
  /** factor() * t, nothing computed for a zero tangent */
  const times = (factor: () => T, t: T) => (B.isZero(t) ? zero : B.mul(factor(), t));
  const sq = (x: T) => B.mul(x, x);
  const recip = (x: T) => B.div(one, x);
  const u = (f: Unary, x: T) => B.unary(f, x);
  const oneMinusSq = (x: T) => B.mul(B.sub(one, x), B.add(one, x));

  // f'(x), as a function of x in B
  const DERIVATIVE: Record<Unary, ((x: T) => T) | undefined> = {
    sin: (x) => u('cos', x),
    cos: (x) => B.neg(u('sin', x)),
    tan: (x) => recip(sq(u('cos', x))),
    asin: (x) => recip(u('sqrt', oneMinusSq(x))),
    acos: (x) => B.neg(recip(u('sqrt', oneMinusSq(x)))),
    atan: (x) => recip(B.add(one, sq(x))),
    sinh: (x) => u('cosh', x),
    cosh: (x) => u('sinh', x),
    tanh: (x) => recip(sq(u('cosh', x))),
    asinh: (x) => recip(u('sqrt', B.add(sq(x), one))),
    acosh: (x) => recip(u('sqrt', B.mul(B.sub(x, one), B.add(x, one)))),
    atanh: (x) => recip(oneMinusSq(x)),
    exp: (x) => u('exp', x),
    expm1: (x) => u('exp', x),
    log: (x) => recip(x),
    log1p: (x) => recip(B.add(one, x)),
    log2: (x) => recip(B.mul(x, B.c(Math.LN2))),
    log10: (x) => recip(B.mul(x, B.c(Math.LN10))),
    sqrt: (x) => B.div(B.c(0.5), u('sqrt', x)),
    cbrt: (x) => recip(B.mul(B.c(3), sq(u('cbrt', x)))),
    abs: (x) => B.c(Math.sign(B.primal(x))), // 0 at 0; sign is locally constant
    sign: undefined, floor: undefined, ceil: undefined,
    relu: (x) => B.c(B.primal(x) > 0 ? 1 : 0),
    erf: (x) => B.mul(B.c(2 / Math.sqrt(Math.PI)), u('exp', B.neg(sq(x)))),
    sigmoid: (x) => { const s = u('sigmoid', x); return B.mul(s, B.sub(one, s)); },
    softplus: (x) => u('sigmoid', x),
  };

  const D: Scalar<Dual<T>> = {
    c: (n) => ({ v: B.c(n), d: zero }),
    primal: (a) => B.primal(a.v),
    isZero: (a) => B.isZero(a.v) && B.isZero(a.d),
    add: (a, b) => ({ v: B.add(a.v, b.v), d: plus(a.d, b.d) }),
    sub: (a, b) => ({ v: B.sub(a.v, b.v), d: B.isZero(b.d) ? a.d : B.isZero(a.d) ? B.neg(b.d) : B.sub(a.d, b.d) }),
    mul: (a, b) => ({ v: B.mul(a.v, b.v), d: plus(times(() => b.v, a.d), times(() => a.v, b.d)) }),
    // (a / b)' = a' / b - (a / b) b' / b
    div: (a, b) => {
      const y = B.div(a.v, b.v);
      return { v: y, d: plus(B.isZero(a.d) ? zero : B.div(a.d, b.v), B.isZero(b.d) ? zero : B.neg(B.mul(y, B.div(b.d, b.v)))) };
    },
    neg: (a) => ({ v: B.neg(a.v), d: B.isZero(a.d) ? zero : B.neg(a.d) }),
    unary: (f, a) => {
      const rule = DERIVATIVE[f];
      return { v: B.unary(f, a.v), d: rule ? times(() => rule(a.v), a.d) : zero };
    },
    binary: (f, a, b) => {
      const v = B.binary(f, a.v, b.v);
      const pa = B.primal(a.v), pb = B.primal(b.v);
      switch (f) {
        case 'atan2': { // d atan2(y, x) = (x dy - y dx) / (x^2 + y^2)
          const r2 = B.add(sq(a.v), sq(b.v));
          return { v, d: plus(times(() => B.div(b.v, r2), a.d), times(() => B.neg(B.div(a.v, r2)), b.d)) };
        }
        case 'hypot': { // (a da + b db) / h, 0 where h = 0
          if (B.primal(v) === 0) return { v, d: zero };
          return { v, d: plus(times(() => B.div(a.v, v), a.d), times(() => B.div(b.v, v), b.d)) };
        }
        case 'pow': // b a^(b-1) da (0 where b = 0) + a^b log(a) db (0 where a = 0, b >= 0)
          return {
            v,
            d: plus(
              pb === 0 ? zero : times(() => B.mul(b.v, B.binary('pow', a.v, B.sub(b.v, one))), a.d),
              pa === 0 && pb >= 0 ? zero : times(() => B.mul(v, u('log', a.v)), b.d),
            ),
          };
        case 'mod': { // a - b q with the integer q = (a - a mod b) / b: da - q db
          const q = Math.round((pa - B.primal(v)) / pb);
          return { v, d: plus(a.d, times(() => B.c(-q), b.d)) };
        }
        case 'min':
        case 'max': {
          if (pa === pb) return { v, d: B.isZero(a.d) && B.isZero(b.d) ? zero : B.mul(B.c(0.5), B.add(a.d, b.d)) };
          const bWins = f === 'min' ? pb < pa : pb > pa;
          return { v, d: bWins ? b.d : a.d };
        }
      }
    },
    powi: (a, n) => ({ v: B.powi(a.v, n), d: n === 0 ? zero : times(() => B.mul(B.c(n), B.powi(a.v, n - 1)), a.d) }),
    sqrtNorm: (a) => {
      const y = B.sqrtNorm(a.v);
      return { v: y, d: B.primal(y) === 0 ? zero : times(() => B.div(B.c(0.5), y), a.d) };
    },
  };
  duals.set(B as Scalar<unknown>, D as Scalar<Dual<unknown>>);
  return D;
}

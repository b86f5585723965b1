// The core of the math library: the instruction set every f64 function is written against
// (MathOps) and the exp / log family the others build on. Transcendental functions are written
// once against MathOps and run two ways: on JS numbers (the interpreter's semantics, see
// ir/ops.ts) and as wasm SIMD code (backend/wasm-math.ts builds them through the same functions).
// Both execute the same IEEE operations in the same order, so kernels and interpreter agree bit
// for bit. Accuracy: a few ulps (Cody-Waite range reduction with Taylor polynomials for exp;
// fdlibm's algorithm for log). The other functions (trig.ts, pow.ts, inverse.ts, hyper.ts) import
// this file; registry.ts gathers them all into the table of builtins.

/** The operations both precisions' functions are written against (MathOps, f64; core32.ts's Math32Ops, f32). */
export interface BaseOps<T, M> {
  c(v: number): T;
  add(a: T, b: T): T; sub(a: T, b: T): T; mul(a: T, b: T): T; div(a: T, b: T): T;
  min(a: T, b: T): T; max(a: T, b: T): T; abs(a: T): T; floor(a: T): T; sqrt(a: T): T;
  lt(a: T, b: T): M; gt(a: T, b: T): M; ge(a: T, b: T): M; eq(a: T, b: T): M; ne(a: T, b: T): M;
  or(a: M, b: M): M;
  select(m: M, a: T, b: T): T;
  /** p * 2^k for an integral k (f64: in [-1100, 1100]; f32: in [-250, 250]), as two exact scalings (one rounding). */
  ldexp(p: T, k: T): T;
  /** x = m * 2^e with m in [1, 2), for finite positive normal x. */
  frexp(x: T): [e: T, m: T];
  /** |t| with the sign of x. */
  copysign(t: T, x: T): T;
  /**
   * `mask ? slow() : fast`, where mask is rarely set: SIMD code computes slow() only when some
   * lane needs it (huge arguments of sin), scalar code only for that value.
   */
  rare(mask: M, fast: T, slow: () => T): T;
}

export interface MathOps<T, M> extends BaseOps<T, M> {
  and(a: M, b: M): M;
  /** 2^k for an integral k in [-1022, 1023], exactly (ldexp's one-scaling case: a few integer ops). */
  pow2(k: T): T;
  /** x with the low 32 bits of its significand cleared (fdlibm's SET_LOW_WORD(x, 0)). */
  clearLow(x: T): T;
  /**
   * while (cond(state)) state = step(state), per lane (SIMD code loops while any lane's cond
   * holds, updating only those lanes).
   */
  loop(state: T[], cond: (state: T[]) => M, step: (state: T[]) => T[]): T[];
  /** body(args), emitted once per module as a function of its own (code shared by callers). */
  shared(name: string, body: (o: MathOps<T, M>, ...args: T[]) => T, ...args: T[]): T;
}

const INV_LN2 = 1.4426950408889634;
const LN2_HI = 6.93147180369123816490e-01; // trailing zeros: k * LN2_HI is exact
const LN2_LO = 1.90821492927058770002e-10;
const ROUND = 6755399441055744; // 1.5 * 2^52: (x + ROUND) - ROUND rounds to nearest even
const SQRT2 = Math.SQRT2;

/** 1/n! for the Taylor polynomials of exp. */
const INV_FACT = Array.from({ length: 16 }, (_, n) => 1 / Array.from({ length: n }, (_, i) => i + 1).reduce((a, b) => a * b, 1));

/** The polynomial c0 + c1 x + ... by Horner's rule (every algorithm file's, f64). */
export function horner<T, M>(o: MathOps<T, M>, x: T, coefficients: readonly number[]): T {
  let acc = o.c(coefficients[coefficients.length - 1]!);
  for (let i = coefficients.length - 2; i >= 0; i--) acc = o.add(o.c(coefficients[i]!), o.mul(x, acc));
  return acc;
}

/**
 * The same polynomial by Estrin's scheme: pairs c_2i + c_2i+1 x, then pairs of those with x^2,
 * with x^4, ...: a dependency chain of about log2(n) multiply-adds instead of n. Horner's chain
 * of 13 for exp's Taylor polynomial kept each vector waiting on the last (measured: softplus
 * layers, exp and log1p, 80% of a 16-64-64-16 net's f); the rounding is as good for these
 * polynomials of quickly falling terms (|r| <= ln2 / 2).
 */
export function estrin<T, M>(o: MathOps<T, M>, x: T, coefficients: readonly number[]): T {
  let terms: T[] = coefficients.map((c) => o.c(c));
  let power = x;
  while (terms.length > 1) {
    const next: T[] = [];
    for (let i = 0; i < terms.length; i += 2) next.push(i + 1 < terms.length ? o.add(terms[i]!, o.mul(power, terms[i + 1]!)) : terms[i]!);
    terms = next;
    if (terms.length > 1) power = o.mul(power, power);
  }
  return terms[0]!;
}

export function exp<T, M>(o: MathOps<T, M>, x0: T): T {
  const x = o.min(o.max(x0, o.c(-746)), o.c(710)); // beyond: 0 or Inf after scaling; NaN passes
  const k = o.sub(o.add(o.mul(x, o.c(INV_LN2)), o.c(ROUND)), o.c(ROUND));
  const r = o.sub(o.sub(x, o.mul(k, o.c(LN2_HI))), o.mul(k, o.c(LN2_LO))); // |r| <= ln2 / 2
  // e^r = 1 + (r + r^2 E(r)), E by Estrin's scheme: 1 is added last, as Horner's rule would, so
  // the only rounding of size is that one (Estrin over all 14 terms rounded 1 + r first: 2 ulps
  // of softplus(-32) against mpmath); truncation error < 1e-17
  const p = o.add(o.c(1), o.add(r, o.mul(o.mul(r, r), estrin(o, r, INV_FACT.slice(2, 14)))));
  return o.ldexp(p, k);
}

/**
 * expm1: x = k ln2 + r and e^x - 1 = 2^k (e^r - 1) + (2^k - 1), with e^r - 1 as r + r^2 S(r)
 * (S the Taylor series of (e^r - 1 - r) / r^2): no cancellation anywhere (exp(x) - 1 lost up to
 * 2 bits just above |x| = ln2 / 2). For |x| < ln2 / 2, k = 0 and r = x exactly, so the same
 * polynomial is the small-argument formula x + x^2 S(x): one polynomial serves both ranges.
 */
export function expm1<T, M>(o: MathOps<T, M>, x: T): T {
  const xc = o.min(o.max(x, o.c(-746)), o.c(710));
  const k = o.sub(o.add(o.mul(xc, o.c(INV_LN2)), o.c(ROUND)), o.c(ROUND));
  const r = o.sub(o.sub(xc, o.mul(k, o.c(LN2_HI))), o.mul(k, o.c(LN2_LO)));
  const q = o.add(r, o.mul(o.mul(r, r), estrin(o, r, INV_FACT.slice(2, 16)))); // e^r - 1
  // above k = 56, 2^k - 1 is 2^k rounded (and 2^1024 would overflow where the result doesn't);
  // at k = 0 both scalings are exact and 2^0 - 1 = 0: the result is q itself
  const far = o.select(o.gt(k, o.c(56)), o.ldexp(o.add(q, o.c(1)), k),
    o.add(o.ldexp(q, k), o.sub(o.ldexp(o.c(1), o.min(k, o.c(56))), o.c(1))));
  // x == 0 returns x itself, keeping the sign of zero (expm1(-0) = -0)
  return o.select(o.eq(x, o.c(0)), x, far);
}

/**
 * tanh(a) = u / (u + 2) with u = e^2a - 1, a = |x|, the sign put back. From a = 19.06 the
 * quotient rounds to 1 (u > 2^55), so u is needed only for 2a <= 39, where expm1's k is at most 56
 * and its 2^k (q + 1) - 1 is q 2^k + (2^k - 1) with one exact power of two: expm1's own
 * operations there, bit for bit, without its far-range branch, its clamp and its sign of zero
 * (2a >= +0). Measured: a third of tanh's time went to the three scalings of the general expm1.
 */
export function tanh<T, M>(o: MathOps<T, M>, x: T): T {
  const a = o.abs(x);
  const y = o.min(o.add(a, a), o.c(39));
  const k = o.sub(o.add(o.mul(y, o.c(INV_LN2)), o.c(ROUND)), o.c(ROUND));
  const r = o.sub(o.sub(y, o.mul(k, o.c(LN2_HI))), o.mul(k, o.c(LN2_LO)));
  const q = o.add(r, o.mul(o.mul(r, r), estrin(o, r, INV_FACT.slice(2, 16)))); // e^r - 1
  const scale = o.pow2(k);
  const u = o.add(o.mul(q, scale), o.sub(scale, o.c(1)));
  return o.copysign(o.select(o.gt(a, o.c(19.5)), o.c(1), o.div(u, o.add(u, o.c(2)))), x);
}

export function sigmoid<T, M>(o: MathOps<T, M>, x: T): T {
  return sigmoidOf(o, x, exp(o, o.sub(o.c(0), o.abs(x))));
}

/** sigmoid(x) given e = e^-|x|. */
function sigmoidOf<T, M>(o: MathOps<T, M>, x: T, e: T): T {
  const s = o.div(o.c(1), o.add(o.c(1), e));
  return o.select(o.lt(x, o.c(0)), o.mul(e, s), s);
}

const LG = [6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01, 2.222219843214978396e-01,
  1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01];

/**
 * x = 2^k (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)), for positive x (others give k, f of 1);
 * subnormals (below minNormal) scaled by 2^scale first. Shared with the f32 log (log32.ts).
 */
export function logArgument<T, M>(o: Pick<MathOps<T, M>, 'c' | 'add' | 'sub' | 'mul' | 'select' | 'lt' | 'gt' | 'frexp'>,
  x: T, minNormal: number, scale: number): [k: T, f: T] {
  const tiny = o.lt(x, o.c(minNormal));
  const xs = o.select(tiny, o.mul(x, o.c(2 ** scale)), x);
  const [e0, m0] = o.frexp(o.select(o.gt(xs, o.c(0)), xs, o.c(1)));
  const big = o.gt(m0, o.c(SQRT2));
  const m = o.select(big, o.mul(m0, o.c(0.5)), m0);
  const k = o.sub(o.add(e0, o.select(big, o.c(1), o.c(0))), o.select(tiny, o.c(scale), o.c(0)));
  return [k, o.sub(m, o.c(1))];
}

/** x = 2^k (1 + f), 1 + f in [sqrt(2)/2, sqrt(2)), and fdlibm's s = f / (2 + f), R(s^2), f^2 / 2. */
export function logReduce<T, M>(o: MathOps<T, M>, x: T): { k: T; f: T; s: T; R: T; hfsq: T } {
  const [k, f] = logArgument(o, x, 2.2250738585072014e-308, 54);
  return logPolynomial(o, k, f);
}

/** fdlibm's s = f / (2 + f), R(s^2) and f^2 / 2 for x = 2^k (1 + f). */
function logPolynomial<T, M>(o: MathOps<T, M>, k: T, f: T): { k: T; f: T; s: T; R: T; hfsq: T } {
  const s = o.div(f, o.add(o.c(2), f));
  const z = o.mul(s, s);
  const w = o.mul(z, z);
  const t1 = o.mul(w, o.add(o.c(LG[1]!), o.mul(w, o.add(o.c(LG[3]!), o.mul(w, o.c(LG[5]!))))));
  const t2 = o.mul(z, o.add(o.c(LG[0]!), o.mul(w, o.add(o.c(LG[2]!), o.mul(w, o.add(o.c(LG[4]!), o.mul(w, o.c(LG[6]!))))))));
  const R = o.add(t2, t1);
  const hfsq = o.mul(o.mul(o.c(0.5), f), f);
  return { k, f, s, R, hfsq };
}

/** The operations of logSpecial and log1pFrom (shared with the f32 code of log32.ts). */
type SelectOps<T, M> = Pick<MathOps<T, M>, 'c' | 'add' | 'sub' | 'mul' | 'div' | 'select' | 'eq' | 'ne' | 'lt' | 'gt' | 'or'>;

/** The values of log, log2, log10 at 0, +inf, negatives and NaN, else `main`. */
export function logSpecial<T, M>(o: SelectOps<T, M>, x: T, main: T): T {
  const special = o.select(o.eq(x, o.c(0)), o.c(-Infinity), o.select(o.eq(x, o.c(Infinity)), o.c(Infinity), o.c(NaN)));
  return o.select(o.or(o.lt(x, o.c(0)), o.or(o.eq(x, o.c(0)), o.or(o.eq(x, o.c(Infinity)), o.ne(x, x)))), special, main);
}

/** log(2^k (1 + f)) from logReduce's terms (fdlibm e_log.c). */
function logMain<T, M>(o: MathOps<T, M>, { k, f, s, R, hfsq }: { k: T; f: T; s: T; R: T; hfsq: T }): T {
  return o.sub(o.mul(k, o.c(LN2_HI)), o.sub(o.sub(hfsq, o.add(o.mul(s, o.add(hfsq, R)), o.mul(k, o.c(LN2_LO)))), f));
}

/** log after fdlibm e_log.c; special values by selection. */
export function log<T, M>(o: MathOps<T, M>, x: T): T {
  return logSpecial(o, x, logMain(o, logReduce(o, x)));
}

/** log1p(y) = log(u) * y / (u - 1) with u = 1 + y: corrects the rounding of 1 + y. */
export function log1pFrom<T, M>(o: SelectOps<T, M>, y: T, log: (u: T) => T): T {
  const u = o.add(o.c(1), y);
  const corrected = o.mul(log(u), o.div(y, o.sub(u, o.c(1))));
  return o.select(o.or(o.eq(u, o.c(1)), o.eq(y, o.c(Infinity))), y, corrected);
}

export function log1p<T, M>(o: MathOps<T, M>, y: T): T {
  return log1pFrom(o, y, (u) => log(o, u));
}

/**
 * log(1 + e^x) = max(x, 0) + log1p(e^-|x|) everywhere: no overflow, and no cut-off. (PyTorch
 * returns x itself above 20, off by up to 5.7e5 ulps in f64 until x is about 37, where the
 * correction term falls below half an ulp of x.)
 */
export function softplus<T, M>(o: MathOps<T, M>, x: T): T {
  return o.add(o.max(x, o.c(0)), log1pOfUnit(o, exp(o, o.sub(o.c(0), o.abs(x)))));
}

/**
 * softplus(x) and sigmoid(x) (its derivative) from one e^-|x|: f + div f of a softplus layer takes
 * both of the same argument. Each is bit for bit what softplus and sigmoid give alone: theirs is
 * the same exp of the same argument.
 */
export function softplusSigmoid<T, M>(o: MathOps<T, M>, x: T): [T, T] {
  const e = exp(o, o.sub(o.c(0), o.abs(x)));
  return [o.add(o.max(x, o.c(0)), log1pOfUnit(o, e)), sigmoidOf(o, x, e)];
}

/**
 * log1p(t) for t = e^-|x| in [0, 1] (or NaN, where softplus's max(x, 0) is NaN already): log1p's
 * own operations, bit for bit, less the cases that cannot arise. u = 1 + t is in [1, 2], so its
 * exponent is 0 (or 1 at u = 2) and its mantissa u itself: no frexp, no subnormal scaling, no
 * zeros, infinities or negatives to select (a third of log1p's instructions). `main(k, f)` is the
 * precision's log of 2^k (1 + f) (f64 here, log32.ts's f32): shared as log1pFrom is.
 */
export function log1pOfUnitFrom<T, M>(o: SelectOps<T, M>, t: T, main: (k: T, f: T) => T): T {
  const u = o.add(o.c(1), t);
  // logArgument's reduction for u in [1, 2]: above sqrt(2), 2^1 (u / 2) (u = 2 included)
  const big = o.gt(u, o.c(SQRT2));
  const f = o.sub(o.select(big, o.mul(u, o.c(0.5)), u), o.c(1));
  const log = main(o.select(big, o.c(1), o.c(0)), f);
  return o.select(o.eq(u, o.c(1)), t, o.mul(log, o.div(t, o.sub(u, o.c(1)))));
}

function log1pOfUnit<T, M>(o: MathOps<T, M>, t: T): T {
  return log1pOfUnitFrom(o, t, (k, f) => logMain(o, logPolynomial(o, k, f)));
}

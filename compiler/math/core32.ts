// The instruction set of the f32 builtins (trig32.ts, exp32.ts, log32.ts, atan32.ts): the f32
// analogue of core.ts's MathOps, with two escapes to f64 (sin and cos reduce in f64). Instances:
// registry32.ts (JS numbers rounded to f32) and backend/wasm-math.ts (f32x4).

/** The operations the f32 functions need; every result an f32 (lanes: points). */
export interface Math32Ops<T, M> {
  c(v: number): T;
  add(a: T, b: T): T; sub(a: T, b: T): T; mul(a: T, b: T): T; div(a: T, b: T): T;
  min(a: T, b: T): T; max(a: T, b: T): T; abs(a: T): T; floor(a: T): T; sqrt(a: T): T;
  eq(a: T, b: T): M; lt(a: T, b: T): M; gt(a: T, b: T): M; ge(a: T, b: T): M;
  ne(a: T, b: T): M;
  or(a: M, b: M): M;
  select(m: M, a: T, b: T): T;
  /** p * 2^k for an integral k in [-250, 250], as two exact scalings (one rounding). */
  ldexp(p: T, k: T): T;
  /** x = m * 2^e with m in [1, 2), for finite positive normal x. */
  frexp(x: T): [e: T, m: T];
  /** |t| with the sign of x. */
  copysign(t: T, x: T): T;
  /** `mask ? slow() : fast`, slow computed only where (SIMD: when any lane) needs it. */
  rare(mask: M, fast: T, slow: () => T): T;
  /**
   * k = round(x 2/pi) and r = ((x - k PIO2_1) - k PIO2_2) - k PIO2_3, computed in f64 as
   * trig.ts's reduceMedium does (k integral, |k| < 2^20: the products are exact), with r
   * returned as two f32s, hi = f32(r) and lo = f32(r - hi): r to about 2^-48 relative, and
   * |r| <= pi/4 (an f32 product x 2/pi is off by up to 2^-5 at x = 1.6e6: r would reach 0.88).
   */
  reduceWide(x: T): [k: T, hi: T, lo: T];
  /** The f64 function of trig.ts at x, rounded to f32 (huge arguments and infinities). */
  wide(op: 'sin' | 'cos' | 'tan', x: T): T;
}


/** c0 + x (c1 + x (c2 + ...)), the highest coefficient innermost. */
export function horner32<T, M>(o: Math32Ops<T, M>, x: T, coefficients: readonly number[]): T {
  let acc = o.c(coefficients[coefficients.length - 1]!);
  for (let i = coefficients.length - 2; i >= 0; i--) acc = o.add(o.mul(acc, x), o.c(coefficients[i]!));
  return acc;
}

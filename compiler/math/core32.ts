// The instruction set of the f32 builtins (trig32.ts, exp32.ts, log32.ts, atan32.ts): the f32
// analogue of core.ts's MathOps, with two escapes to f64 (sin and cos reduce in f64). Instances:
// registry32.ts (JS numbers rounded to f32) and backend/wasm-math.ts (f32x4).
import type { BaseOps } from './core.js';

/** The operations the f32 functions need; every result an f32 (lanes: points). */
export interface Math32Ops<T, M> extends BaseOps<T, M> {
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

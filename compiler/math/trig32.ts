// sin, cos and tan for f32 kernels, written once against Math32Ops and run two ways, as core.ts's
// functions do for f64: on JS numbers rounded to f32 after every operation (the interpreter's f32
// emulation) and as f32x4 wasm code (four points per instruction, where the f64 functions run two
// and an f32 kernel used to run them on both halves of its vector).
//
// The reduction x = k pi/2 + r is the one place f32 is not enough: pi/2 in f32 pieces loses r's
// bits when x is close to a multiple of pi/2. So k and r are computed in f64 with the 33-bit
// pieces of pi/2 of trig.ts (each product k * PIO2_i exact for |k| < 2^20) and r is
// passed on as two f32s (hi + lo, 48 bits).
// The kernels are Cephes' sinf / cosf minimax polynomials on [-pi/4, pi/4] (relative error
// below 3e-8) in fdlibm's shape; |x| >= MEDIUM32 goes to the f64 functions, rounded to f32 (a
// rare branch).

import { horner32 as horner, type Math32Ops } from './core32.js';

const f = Math.fround;
/** Below this |x|, k < 2^20 and the products of reduceWide are exact (as trig.ts). */
export const MEDIUM32 = 1.6e6;
// Cephes sinf.c: sin(r) = r + r z S(z), cos(r) = 1 - z / 2 + z^2 C(z), z = r^2, |r| <= pi/4
const S = [-1.6666654611e-1, 8.3321608736e-3, -1.9515295891e-4].map(f);
const C = [4.166664568298827e-2, -1.388731625493765e-3, 2.443315711809948e-5].map(f);

interface Kernels<T> { q: T; s: T; c: T }

/**
 * k, r = x - k pi/2 and both kernels at r (x with |x| < MEDIUM32; others give junk, replaced).
 * The kernels take r as hi + lo in the shape of fdlibm's __kernel_sin / FreeBSD's __kernel_cos
 * (lo enters through sin(hi + lo) ~ sin hi + lo cos hi, and 1 - z/2 carries its rounding error):
 * at most 1 ulp from the true value, where r rounded once and the plain polynomials were 1.5.
 */
function kernels<T, M>(o: Math32Ops<T, M>, x: T): Kernels<T> {
  const [k, hi, lo] = o.reduceWide(x);
  const z = o.mul(hi, hi);
  const v = o.mul(z, hi);
  const R = o.add(o.mul(o.c(S[2]!), z), o.c(S[1]!));
  const s = o.sub(hi, o.sub(o.sub(o.mul(z, o.sub(o.mul(o.c(0.5), lo), o.mul(v, R))), lo), o.mul(v, o.c(S[0]!))));
  const r = o.mul(z, horner(o, z, C));
  const hz = o.mul(o.c(0.5), z);
  const w = o.sub(o.c(1), hz);
  const c = o.add(w, o.add(o.sub(o.sub(o.c(1), w), hz), o.sub(o.mul(z, r), o.mul(hi, lo))));
  const q = o.sub(k, o.mul(o.c(4), o.floor(o.mul(k, o.c(0.25))))); // k mod 4, exact
  return { q, s, c };
}

/** sin(x + phase pi/2) from the quadrant and the kernels: phase 0 sin, 1 cos. */
function fromKernels<T, M>(o: Math32Ops<T, M>, { q: q0, s, c }: Kernels<T>, phase: 0 | 1): T {
  const q = phase === 0 ? q0 : o.sub(o.add(q0, o.c(1)), o.mul(o.c(4), o.floor(o.mul(o.add(q0, o.c(1)), o.c(0.25)))));
  const odd = o.or(o.eq(q, o.c(1)), o.eq(q, o.c(3)));
  const v = o.select(odd, c, s);
  return o.select(o.gt(q, o.c(1.5)), o.mul(v, o.c(-1)), v);
}

function medium<T, M>(o: Math32Ops<T, M>, x: T): [big: M, k: Kernels<T>] {
  const big = o.ge(o.abs(x), o.c(MEDIUM32));
  return [big, kernels(o, o.select(big, o.c(0), x))];
}

// sin keeps x at +-0, as the f64 sin does
const keepZero = <T, M>(o: Math32Ops<T, M>, x: T, y: T): T => o.select(o.eq(x, o.c(0)), x, y);

export function sin32<T, M>(o: Math32Ops<T, M>, x: T): T {
  const [big, k] = medium(o, x);
  return keepZero(o, x, o.rare(big, fromKernels(o, k, 0), () => o.wide('sin', x)));
}

export function cos32<T, M>(o: Math32Ops<T, M>, x: T): T {
  const [big, k] = medium(o, x);
  return o.rare(big, fromKernels(o, k, 1), () => o.wide('cos', x));
}

/** tan from the kernels: s / c, or -c / s in the odd quadrants (one division); x itself at +-0. */
export function tan32<T, M>(o: Math32Ops<T, M>, x: T): T {
  const [big, k] = medium(o, x);
  const odd = o.or(o.eq(k.q, o.c(1)), o.eq(k.q, o.c(3)));
  const t = o.div(o.select(odd, o.mul(k.c, o.c(-1)), k.s), o.select(odd, k.s, k.c));
  return keepZero(o, x, o.rare(big, t, () => o.wide('tan', x)));
}

/** [sin32(x), cos32(x)] from one reduction: the same operations on the same values, the same bits. */
export function sincos32<T, M>(o: Math32Ops<T, M>, x: T): [T, T] {
  const [big, k] = medium(o, x);
  return [
    keepZero(o, x, o.rare(big, fromKernels(o, k, 0), () => o.wide('sin', x))),
    o.rare(big, fromKernels(o, k, 1), () => o.wide('cos', x)),
  ];
}

// exp, tanh and sigmoid for f32 kernels, written once against Math32Ops (core32.ts): f32
// arithmetic on four points per f32x4 instruction, where the f64 functions of core.ts
// run two (and an f32 kernel used to run them on both halves of its vector). Networks in f32
// spend most of their time in these activations. After Cephes' expf and tanhf.
import { horner32 as horner, type Math32Ops } from './core32.js';

const f = Math.fround;
const INV_LN2 = f(1.4426950408889634);
const ROUND = 12582912; // 1.5 * 2^23: (x + ROUND) - ROUND rounds an f32 to an integer
// ln 2 = C1 + C2, C1 with 9 significant bits: k * C1 is exact for |k| < 2^15
const C1 = 0.693359375;
const C2 = f(-2.12194440e-4);
// Cephes expf.c: e^r = 1 + r + r^2 P(r) for |r| <= ln2 / 2 (relative error below 1.7e-7 there)
const P = [5.0000001201e-1, 1.6666665459e-1, 4.1665795894e-2, 8.3334519073e-3, 1.3981999507e-3, 1.9875691500e-4].map(f);
// Cephes tanhf.c: tanh x = x + x^3 T(x^2) for |x| < 0.625
const T = [-3.33332819422e-1, 1.33314422036e-1, -5.37397155531e-2, 2.06390887954e-2, -5.70498872745e-3].map(f);

/**
 * e^x = 2^k e^r, x = k ln2 + r. Clamped to [-104, 89] first: below, e^x is under half the
 * smallest subnormal (0 after scaling); above, it overflows to Inf. NaN passes through.
 */
export function exp32<T, M>(o: Math32Ops<T, M>, x0: T): T {
  const x = o.min(o.max(x0, o.c(-104)), o.c(89));
  const k = o.sub(o.add(o.mul(x, o.c(INV_LN2)), o.c(ROUND)), o.c(ROUND));
  const r = o.sub(o.sub(x, o.mul(k, o.c(C1))), o.mul(k, o.c(C2))); // x - k C1 exact (Sterbenz)
  const p = o.add(o.add(o.mul(horner(o, r, P), o.mul(r, r)), r), o.c(1));
  return o.ldexp(p, k);
}

/**
 * tanh: the odd polynomial below 0.625, 1 - 2 / (e^2|x| + 1) above (no cancellation there:
 * tanh 0.625 = 0.55), |x| clamped at 10 (tanh rounds to 1 from 9.01 on), the sign of x; x itself
 * at +-0.
 */
export function tanh32<T, M>(o: Math32Ops<T, M>, x: T): T {
  const a = o.min(o.abs(x), o.c(10));
  const z = o.mul(x, x);
  const small = o.add(o.mul(o.mul(horner(o, z, T), z), x), x);
  const e = exp32(o, o.add(a, a));
  const large = o.copysign(o.sub(o.c(1), o.div(o.c(2), o.add(e, o.c(1)))), x);
  return o.select(o.eq(x, o.c(0)), x, o.select(o.lt(a, o.c(0.625)), small, large));
}

/**
 * 1 / (1 + e^-|x|), and e^-|x| / (1 + e^-|x|) for x < 0, as one division: no overflow, no
 * cancellation, and one rounding fewer than e^-|x| times the first (2.7 ulps there, 1.9 now).
 */
export function sigmoid32<T, M>(o: Math32Ops<T, M>, x: T): T {
  return sigmoid32Of(o, x, exp32(o, o.sub(o.c(0), o.abs(x))));
}

/** sigmoid32(x) given e = e^-|x| (softplusSigmoid32 shares it with softplus). */
export function sigmoid32Of<T, M>(o: Math32Ops<T, M>, x: T, e: T): T {
  return o.div(o.select(o.lt(x, o.c(0)), e, o.c(1)), o.add(o.c(1), e));
}

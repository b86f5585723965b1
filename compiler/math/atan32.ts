// atan, atan2, asin and acos for f32 kernels, written once against Math32Ops (core32.ts): f32
// arithmetic on four points per f32x4 instruction. atan after Cephes' atanf (three ranges, one
// division, the offsets pi/4 and pi/2 added as hi + lo); atan2 is inverse.ts's case
// analysis over it; asin and acos after Cephes' asinf / acosf, one polynomial for both.
import { horner32 as horner, type Math32Ops } from './core32.js';
import { atan2From } from './inverse.js';

const f = Math.fround;
const PIO2 = f(Math.PI / 2), PIO2_LO = f(Math.PI / 2 - PIO2);
const PIO4 = f(Math.PI / 4), PIO4_LO = f(Math.PI / 4 - PIO4);
const PI = f(Math.PI), PI_LO = f(Math.PI - PI);
// Cephes asinf.c: asin t = t + t^3 S(t^2) for |t| <= 0.5
const S = [1.6666752422e-1, 7.4953002686e-2, 4.5470025998e-2, 2.4181311049e-2, 4.2163199048e-2].map(f);
// Cephes atanf.c: atan t = t + t^3 A(t^2) for |t| <= tan(pi/8)
const A = [-3.33329491539e-1, 1.99777106478e-1, -1.38776856032e-1, 8.05374449538e-2].map(f);

/** atan: |x| above tan(3pi/8) as pi/2 + atan(-1/|x|), above tan(pi/8) as pi/4 + atan((|x| - 1) / (|x| + 1)). */
export function atan32<T, M>(o: Math32Ops<T, M>, x: T): T {
  const a = o.abs(x);
  const big = o.gt(a, o.c(2.414213562373095)), mid = o.gt(a, o.c(0.4142135623730950));
  const num = o.select(big, o.c(-1), o.select(mid, o.sub(a, o.c(1)), a));
  const den = o.select(big, a, o.select(mid, o.add(a, o.c(1)), o.c(1)));
  const t = o.div(num, den);
  const z = o.mul(t, t);
  const p = o.add(o.mul(o.mul(horner(o, z, A), z), t), t);
  const hi = o.select(big, o.c(PIO2), o.select(mid, o.c(PIO4), o.c(0)));
  const lo = o.select(big, o.c(PIO2_LO), o.select(mid, o.c(PIO4_LO), o.c(0)));
  const r = o.copysign(o.add(hi, o.add(p, lo)), x);
  // x itself below 2^-12 (atan x = x in f32 there; keeps -0 and subnormals)
  return o.select(o.lt(a, o.c(2.44140625e-4)), x, r);
}

export function atan2_32<T, M>(o: Math32Ops<T, M>, y: T, x: T): T {
  return atan2From(o, y, x, (t) => atan32(o, t), PI_LO);
}

/**
 * The shared core: for |x| <= 0.5, t = |x| and p = asin t; above, t = sqrt((1 - |x|) / 2) and
 * p = asin t, with asin |x| = pi/2 - 2 p and acos |x| = 2 p. NaN beyond 1 (a negative sqrt).
 */
function asinCore<T, M>(o: Math32Ops<T, M>, x: T): { big: M; p: T } {
  const a = o.abs(x);
  const big = o.gt(a, o.c(0.5));
  const t = o.select(big, o.sqrt(o.mul(o.c(0.5), o.sub(o.c(1), a))), a);
  const z = o.mul(t, t);
  return { big, p: o.add(o.mul(o.mul(horner(o, z, S), z), t), t) };
}

export function asin32<T, M>(o: Math32Ops<T, M>, x: T): T {
  const { big, p } = asinCore(o, x);
  const far = o.sub(o.c(PIO2), o.sub(o.add(p, p), o.c(PIO2_LO))); // pi/2 - 2p, pi/2 as hi + lo
  return o.copysign(o.select(big, far, p), x);
}

export function acos32<T, M>(o: Math32Ops<T, M>, x: T): T {
  const { big, p } = asinCore(o, x);
  const twice = o.add(p, p);
  const near = o.sub(o.c(PIO2), o.sub(o.copysign(p, x), o.c(PIO2_LO))); // pi/2 - asin x
  const far = o.select(o.lt(x, o.c(0)), o.sub(o.c(PI), o.sub(twice, o.c(PI_LO))), twice);
  return o.select(big, far, near);
}

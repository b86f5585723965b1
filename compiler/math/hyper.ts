// Hyperbolic functions and their inverses, log2, log10, cbrt and hypot, written once against
// MathOps (see core.ts) after fdlibm / FreeBSD msun (sinh, cosh, asinh, acosh, atanh, log2,
// log10, cbrt): the same case analysis, every case computed and the right one selected.
import { exp, expm1, log, log1p, logReduce, logSpecial, type MathOps } from './core.js';

const LN2 = 6.93147180559945286227e-01;
const TWO28 = 268435456;
const TINY = 3.725290298461914e-9; // 2^-28

export function sinh<T, M>(o: MathOps<T, M>, x: T): T {
  const ax = o.abs(x);
  const h = o.copysign(o.c(0.5), x);
  const t = expm1(o, o.min(ax, o.c(22)));
  const small = o.mul(h, o.sub(o.add(t, t), o.div(o.mul(t, t), o.add(t, o.c(1))))); // |x| < 1
  const medium = o.mul(h, o.add(t, o.div(t, o.add(t, o.c(1))))); // |x| < 22
  const large = o.mul(h, exp(o, ax)); // |x| < log(DBL_MAX)
  const w = exp(o, o.mul(o.c(0.5), ax)); // up to the overflow threshold: exp(|x|/2)^2
  const huge = o.mul(o.mul(h, w), w);
  return o.select(o.lt(ax, o.c(TINY)), x, o.select(o.lt(ax, o.c(1)), small,
    o.select(o.lt(ax, o.c(22)), medium, o.select(o.lt(ax, o.c(709.782712893384)), large, huge))));
}

export function cosh<T, M>(o: MathOps<T, M>, x: T): T {
  const ax = o.abs(x);
  const t = expm1(o, o.min(ax, o.c(0.5)));
  const w1 = o.add(o.c(1), t);
  const small = o.add(o.c(1), o.div(o.mul(t, t), o.add(w1, w1))); // |x| < ln2 / 2
  const e = exp(o, o.min(ax, o.c(22)));
  const medium = o.add(o.mul(o.c(0.5), e), o.div(o.c(0.5), e)); // |x| < 22
  const large = o.mul(o.c(0.5), exp(o, ax));
  const w = exp(o, o.mul(o.c(0.5), ax));
  const huge = o.mul(o.mul(o.c(0.5), w), w);
  return o.select(o.lt(ax, o.c(0.34657359027997264)), small,
    o.select(o.lt(ax, o.c(22)), medium, o.select(o.lt(ax, o.c(709.782712893384)), large, huge)));
}

export function asinh<T, M>(o: MathOps<T, M>, x: T): T {
  const ax = o.abs(x);
  const t = o.mul(x, x);
  const huge = o.add(log(o, ax), o.c(LN2)); // |x| > 2^28
  const large = log(o, o.add(o.mul(o.c(2), ax), o.div(o.c(1), o.add(o.sqrt(o.add(t, o.c(1))), ax)))); // |x| > 2
  const small = log1p(o, o.add(ax, o.div(t, o.add(o.c(1), o.sqrt(o.add(o.c(1), t))))));
  const w = o.select(o.gt(ax, o.c(TWO28)), huge, o.select(o.gt(ax, o.c(2)), large, small));
  return o.select(o.lt(ax, o.c(TINY)), x, o.copysign(w, x));
}

export function acosh<T, M>(o: MathOps<T, M>, x: T): T {
  const huge = o.add(log(o, x), o.c(LN2)); // x >= 2^28 (and +inf)
  const t = o.mul(x, x);
  const large = log(o, o.sub(o.mul(o.c(2), x), o.div(o.c(1), o.add(x, o.sqrt(o.sub(t, o.c(1))))))); // x > 2
  const u = o.sub(x, o.c(1));
  const small = log1p(o, o.add(u, o.sqrt(o.add(o.mul(o.c(2), u), o.mul(u, u)))));
  const v = o.select(o.ge(x, o.c(TWO28)), huge, o.select(o.gt(x, o.c(2)), large, small));
  return o.select(o.lt(x, o.c(1)), o.c(NaN), v); // NaN passes through `small`
}

export function atanh<T, M>(o: MathOps<T, M>, x: T): T {
  const ax = o.abs(x);
  const two = o.add(ax, ax);
  const small = o.mul(o.c(0.5), log1p(o, o.add(two, o.div(o.mul(two, ax), o.sub(o.c(1), ax))))); // |x| < 0.5
  const large = o.mul(o.c(0.5), log1p(o, o.div(two, o.sub(o.c(1), ax)))); // 1 / 0 = inf at |x| = 1
  const v = o.select(o.gt(ax, o.c(1)), o.c(NaN), o.copysign(o.select(o.lt(ax, o.c(0.5)), small, large), x));
  return o.select(o.lt(ax, o.c(TINY)), x, v);
}

/** FreeBSD e_log2.c / e_log10.c: log(1 + f) split in hi + lo so that the scaling adds no error. */
function logScaled<T, M>(o: MathOps<T, M>, x: T, base: 2 | 10): T {
  const { k, f, s, R, hfsq } = logReduce(o, x);
  const r = o.mul(s, o.add(hfsq, R));
  const hi = o.clearLow(o.sub(f, hfsq));
  const lo = o.add(o.sub(o.sub(f, hi), hfsq), r);
  let main: T;
  if (base === 2) {
    const valHi = o.mul(hi, o.c(1.44269504072144627571e+00));
    const valLo = o.add(o.mul(o.add(lo, hi), o.c(1.67517131648865118353e-10)), o.mul(lo, o.c(1.44269504072144627571e+00)));
    const w = o.add(k, valHi);
    main = o.add(o.add(valLo, o.add(o.sub(k, w), valHi)), w);
  } else {
    const y2 = o.mul(k, o.c(3.01029995663611771306e-01));
    const valHi = o.mul(hi, o.c(4.34294481878168880939e-01));
    const valLo = o.add(o.add(o.mul(k, o.c(3.69423907715893078616e-13)), o.mul(o.add(lo, hi), o.c(2.50829467116452752298e-11))), o.mul(lo, o.c(4.34294481878168880939e-01)));
    const w = o.add(y2, valHi);
    main = o.add(o.add(valLo, o.add(o.sub(y2, w), valHi)), w);
  }
  return logSpecial(o, x, main);
}

export function log2<T, M>(o: MathOps<T, M>, x: T): T { return logScaled(o, x, 2); }
export function log10<T, M>(o: MathOps<T, M>, x: T): T { return logScaled(o, x, 10); }

/**
 * cbrt: |x| = m 2^(3q + r) with m in [1, 2); Newton on y = m 2^r in [1, 8) to about 2^-30, then
 * fdlibm's last step on t cut to 20 bits (so t * t is exact): error below 0.67 ulp.
 */
export function cbrt<T, M>(o: MathOps<T, M>, x: T): T {
  const ax = o.abs(x);
  const tiny = o.lt(ax, o.c(2.2250738585072014e-308));
  const xs = o.select(tiny, o.mul(ax, o.c(18014398509481984)), ax); // 2^54: cbrt scales by 2^18
  const [e, m] = o.frexp(o.select(o.gt(xs, o.c(0)), xs, o.c(1)));
  const q = o.floor(o.mul(e, o.c(1 / 3)));
  const r = o.sub(e, o.mul(q, o.c(3))); // 0, 1 or 2 (e / 3 rounded can't cross an integer)
  const y = o.mul(m, o.select(o.eq(r, o.c(0)), o.c(1), o.select(o.eq(r, o.c(1)), o.c(2), o.c(4))));
  let t = o.add(o.c(0.7), o.mul(o.c(0.165), y)); // within 10% on [1, 8)
  for (let i = 0; i < 4; i++) t = o.mul(o.add(o.add(t, t), o.div(y, o.mul(t, t))), o.c(1 / 3));
  t = o.clearLow(t);
  const rr = o.div(y, o.mul(t, t));
  const w = o.add(t, t);
  t = o.add(t, o.mul(t, o.div(o.sub(rr, t), o.add(w, rr))));
  const v = o.mul(o.ldexp(t, q), o.select(tiny, o.c(3.814697265625e-6), o.c(1))); // 2^-18
  const special = o.or(o.eq(ax, o.c(0)), o.or(o.eq(ax, o.c(Infinity)), o.ne(x, x)));
  return o.select(special, x, o.copysign(v, x));
}

/** sqrt(a^2 + b^2) on arguments scaled by a power of 2 out of overflow and underflow. */
export function hypot<T, M>(o: MathOps<T, M>, a: T, b: T): T {
  const aa = o.abs(a), ab = o.abs(b);
  const m = o.max(aa, ab);
  const big = o.gt(m, o.c(2 ** 500)), small = o.lt(m, o.c(2 ** -500));
  const scale = o.select(big, o.c(2 ** -600), o.select(small, o.c(2 ** 600), o.c(1)));
  const x = o.mul(aa, scale), y = o.mul(ab, scale);
  const v = o.div(o.sqrt(o.add(o.mul(x, x), o.mul(y, y))), scale);
  return o.select(o.or(o.eq(aa, o.c(Infinity)), o.eq(ab, o.c(Infinity))), o.c(Infinity), v);
}

// pow and floored modulo written once against MathOps (see core.ts).
// pow: log|x| as a double-double (2 atanh(s) with s = f / (2 + f) in double-double and its
// series to s^27), y log|x| as a double-double, and exp of that: about 1 ulp. Special values are
// JavaScript's Math.pow (the semantics kernels had when pow was imported from Math).
// mod: an exact fmod (each step takes q = floor(x / y') with y' = y 2^j and subtracts q y' exactly
// with Dekker's product), then Python's sign rule.
import { horner, logReduce, type MathOps } from './core.js';

const ROUND = 6755399441055744;
const INV_LN2 = 1.4426950408889634;
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const TWO3_HI = 0.6666666666666666; // 2/3 as a double-double
const TWO3_LO = 3.700743415417188e-17;
/** 1/n! for exp's Taylor polynomial, as in core.ts. */
const INV_FACT = Array.from({ length: 14 }, (_, n) => 1 / Array.from({ length: n }, (_, i) => i + 1).reduce((a, b) => a * b, 1));
/** 2 / (2n + 1) for n = 2..13: the series of 2 atanh(s) after s^3, over s^5. */
const ATANH_SERIES = Array.from({ length: 12 }, (_, i) => 2 / (2 * (i + 2) + 1));

type DD<T> = [hi: T, lo: T];

function twoSum<T, M>(o: MathOps<T, M>, a: T, b: T): DD<T> {
  const s = o.add(a, b);
  const bb = o.sub(s, a);
  return [s, o.add(o.sub(a, o.sub(s, bb)), o.sub(b, bb))];
}

function fastTwoSum<T, M>(o: MathOps<T, M>, a: T, b: T): DD<T> {
  const s = o.add(a, b);
  return [s, o.sub(b, o.sub(s, a))];
}

function split<T, M>(o: MathOps<T, M>, a: T): DD<T> {
  const t = o.mul(a, o.c(134217729));
  const hi = o.sub(t, o.sub(t, a));
  return [hi, o.sub(a, hi)];
}

/** Dekker: a b = p + e exactly (no overflow: |a|, |b| < 2^996). */
function twoProd<T, M>(o: MathOps<T, M>, a: T, b: T): DD<T> {
  const p = o.mul(a, b);
  const [ah, al] = split(o, a), [bh, bl] = split(o, b);
  return [p, o.add(o.add(o.add(o.sub(o.mul(ah, bh), p), o.mul(ah, bl)), o.mul(al, bh)), o.mul(al, bl))];
}

function ddAdd<T, M>(o: MathOps<T, M>, [ah, al]: DD<T>, [bh, bl]: DD<T>): DD<T> {
  const [s, e] = twoSum(o, ah, bh);
  return fastTwoSum(o, s, o.add(e, o.add(al, bl)));
}

/** log x for finite x > 0 as a double-double (relative error about 2^-64). */
function logDD<T, M>(o: MathOps<T, M>, x: T): DD<T> {
  const { k, f } = logReduce(o, x); // x = 2^k (1 + f), f exact, |f| < 0.415
  const [dh, dl] = twoSum(o, o.c(2), f);
  const sh = o.div(f, dh);
  const [ph, pl] = twoProd(o, sh, dh);
  const sl = o.div(o.sub(o.sub(o.sub(f, ph), pl), o.mul(sh, dl)), dh); // s = f / (2 + f) = sh + sl
  const [zh, zl0] = twoProd(o, sh, sh);
  const zl = o.add(zl0, o.mul(o.mul(o.c(2), sh), sl));
  const [ch, cl0] = twoProd(o, zh, sh);
  const cl = o.add(cl0, o.add(o.mul(zh, sl), o.mul(zl, sh))); // s^3
  const [th, tl0] = twoProd(o, ch, o.c(TWO3_HI));
  const tl = o.add(tl0, o.add(o.mul(ch, o.c(TWO3_LO)), o.mul(cl, o.c(TWO3_HI)))); // 2 s^3 / 3
  const rest = o.mul(o.mul(ch, zh), horner(o, zh, ATANH_SERIES)); // s^5 (2/5 + 2/7 s^2 + ...)
  const frac = ddAdd(o, ddAdd(o, [o.add(sh, sh), o.add(sl, sl)], [th, tl]), [rest, o.c(0)]);
  return ddAdd(o, [o.mul(k, o.c(LN2_HI)), o.mul(k, o.c(LN2_LO))], frac); // k LN2_HI is exact
}

/** e^(h + l) for |l| <= ulp(h), as core.ts's exp with l folded into the reduced argument. */
function expDD<T, M>(o: MathOps<T, M>, h0: T, l: T): T {
  const h = o.min(o.max(h0, o.c(-746)), o.c(710));
  const k = o.sub(o.add(o.mul(h, o.c(INV_LN2)), o.c(ROUND)), o.c(ROUND));
  const rh = o.sub(h, o.mul(k, o.c(LN2_HI))); // exact
  const rl = o.sub(o.select(o.eq(h, h0), l, o.c(0)), o.mul(k, o.c(LN2_LO))); // clamped: 0 or inf anyway
  const [r, rr] = fastTwoSum(o, rh, rl);
  const p = horner(o, r, INV_FACT);
  return o.ldexp(o.add(p, o.mul(p, rr)), k);
}

const isInteger = <T, M>(o: MathOps<T, M>, y: T): M => o.eq(o.floor(y), y);

export function pow<T, M>(o: MathOps<T, M>, x: T, y: T): T {
  const ax = o.abs(x);
  const yInt = isInteger(o, y);
  const half = o.mul(y, o.c(0.5));
  const yOdd = o.and(yInt, o.ne(o.floor(half), half)); // |y| >= 2^53 is even
  const xNeg = o.lt(o.copysign(o.c(1), x), o.c(0)); // -0 and -inf count
  const sign = o.select(o.and(xNeg, yOdd), o.c(-1), o.c(1));
  // |x|^y for finite nonzero x and finite y; |y| clamped where the result is 0 or inf anyway
  const yc = o.min(o.max(y, o.c(-(2 ** 900))), o.c(2 ** 900));
  const [lh, ll] = logDD(o, o.select(o.or(o.eq(ax, o.c(0)), o.eq(ax, o.c(Infinity))), o.c(2), ax));
  const [ph, pl0] = twoProd(o, yc, lh);
  const main = o.mul(sign, expDD(o, ph, o.add(pl0, o.mul(yc, ll))));
  // specials, as JavaScript's Math.pow
  const inf = o.c(Infinity);
  const yPos = o.gt(y, o.c(0));
  const atZeroOrInf = o.select(o.eq(ax, o.c(0)), o.select(yPos, o.c(0), inf), o.select(yPos, inf, o.c(0))); // |x| = 0 or inf
  const yInfinite = o.select(o.eq(ax, o.c(1)), o.c(NaN),
    o.select(o.gt(o.mul(o.sub(ax, o.c(1)), y), o.c(0)), inf, o.c(0))); // y = +-inf: (|x| > 1) == (y > 0) gives inf
  const negNonInteger = o.and(o.lt(x, o.c(0)), o.ne(o.floor(y), y));
  const w = o.select(o.eq(o.abs(y), inf), yInfinite,
    o.select(o.or(o.eq(ax, o.c(0)), o.eq(ax, inf)), o.mul(sign, atZeroOrInf),
      o.select(negNonInteger, o.c(NaN), o.select(o.eq(ax, o.c(1)), sign, main))));
  // y = +-0 gives 1 (even for x = NaN); then NaN in either argument gives NaN
  return o.select(o.eq(y, o.c(0)), o.c(1), o.select(o.or(o.ne(x, x), o.ne(y, y)), o.c(NaN), w));
}

/** The exponent e of v = m 2^e, m in [1, 2), for finite v > 0 (subnormals included). */
function exponent<T, M>(o: MathOps<T, M>, v: T): T {
  const tiny = o.lt(v, o.c(2 ** -1000));
  const [e] = o.frexp(o.select(tiny, o.mul(v, o.c(2 ** 200)), v));
  return o.sub(e, o.select(tiny, o.c(200), o.c(0)));
}

/**
 * One step of fmod for 0 <= x, 0 < y finite: x mod y' with y' = y 2^j, j such that x / y' < 2^51
 * (y' is a multiple of y, so x mod y' mod y = x mod y). Exact: x - q y' is representable and
 * computed as (x - p) - e with q y' = p + e from Dekker's product (x - p exact by Sterbenz).
 * Steps on lanes already below y change nothing (q = 0), so SIMD lanes may take extra steps.
 */
function fmodStep<T, M>(o: MathOps<T, M>, x: T, y: T): T {
  const j = o.max(o.sub(o.sub(exponent(o, x), exponent(o, y)), o.c(50)), o.c(0));
  const half = o.floor(o.mul(j, o.c(0.5))); // j reaches 2047 (DBL_MAX mod 2^-1074): two ldexps
  const y1 = o.ldexp(o.ldexp(y, half), o.sub(j, half));
  // tiny operands are scaled by 2^200 so that Dekker's error terms don't underflow (x < y1 2^52
  // is tiny too), huge ones by 2^-100 so that its partial products don't overflow: exactly
  const tiny = o.lt(y1, o.c(2 ** -900));
  const scale = o.select(tiny, o.c(2 ** 200), o.select(o.gt(x, o.c(2 ** 1000)), o.c(2 ** -100), o.c(1)));
  const xs = o.mul(x, scale);
  const ys = o.mul(y1, scale);
  const q = o.floor(o.div(xs, ys));
  const [p, e] = twoProd(o, q, ys);
  const r0 = o.sub(o.sub(xs, p), e);
  const r = o.select(o.lt(r0, o.c(0)), o.add(r0, ys), r0); // x / y' rounded up to an integer
  return o.select(o.lt(x, y), x, o.div(r, scale));
}

/** Whether a and b have the same sign bit. */
function sameSign<T, M>(o: MathOps<T, M>, a: T, b: T): M {
  return o.gt(o.mul(o.copysign(o.c(1), a), o.copysign(o.c(1), b)), o.c(0));
}

/** Floored modulo with the sign of the divisor, exactly as Python's float `%`. */
export function mod<T, M>(o: MathOps<T, M>, a: T, b: T): T {
  const x0 = o.abs(a), y0 = o.abs(b);
  const ok = o.and(o.lt(x0, o.c(Infinity)), o.and(o.gt(y0, o.c(0)), o.lt(y0, o.c(Infinity)))); // finite, y != 0
  const x = o.select(ok, x0, o.c(0)), y = o.select(ok, y0, o.c(1));
  const [reduced] = o.loop([x], ([v]) => o.gt(exponent(o, v!), o.add(exponent(o, y), o.c(50))), ([v]) => [fmodStep(o, v!, y)]);
  const r = o.copysign(fmodStep(o, reduced!, y), a); // fmod: the sign of a
  const floored = o.select(o.eq(r, o.c(0)), o.copysign(o.c(0), b),
    o.select(sameSign(o, r, b), r, o.add(r, b)));
  // b = +-inf: a itself, or b where the signs differ (Python: -5 % inf = inf)
  const infinite = o.select(o.eq(a, o.c(0)), o.copysign(o.c(0), b), o.select(sameSign(o, a, b), a, o.add(a, b)));
  const finiteA = o.lt(x0, o.c(Infinity));
  return o.select(ok, floored, o.select(o.and(finiteA, o.eq(y0, o.c(Infinity))), infinite, o.c(NaN)));
}

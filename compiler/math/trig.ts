// sin, cos and tan written once against MathOps (see core.ts), after fdlibm: Cody-Waite
// reduction by pi/2 in three 33-bit pieces and a tail (exact products for |x| < 2^20 pi/2) giving r as a
// double-double y0 + y1, fdlibm's __kernel_sin / __kernel_cos polynomials (< 1 ulp), and for larger
// |x| a Payne-Hanek reduction against 2/pi in 24-bit chunks, done in doubles (a rare branch: SIMD
// code runs it only when a lane needs it).
import { horner, type MathOps } from './core.js';

export const ROUND = 6755399441055744; // 1.5 * 2^52
export const INV_PIO2 = 6.36619772367581382433e-01;
export const PIO2_1 = 1.57079632673412561417e+00; // first 33 bits of pi/2
export const PIO2_2 = 6.07710050630396597660e-11; // second 33 bits
export const PIO2_3 = 2.02226624871116645580e-21; // third 33 bits
const PIO2_3T = 8.47842766036889956997e-32;
/** Below this |x| the Cody-Waite products k * PIO2_i are exact (k < 2^20). */
const MEDIUM = 1.6e6;
const PIO2_HI = 1.5707963267948966; // pi/2 as a double-double
const PIO2_LO = 6.123233995736766e-17;

const S = [-1.66666666666666324348e-01, 8.33333333332248946124e-03, -1.98412698298579493134e-04,
  2.75573137070700676789e-06, -2.50507602534068634195e-08, 1.58969099521155010221e-10];
const C = [4.16666666666666019037e-02, -1.38888888888741095749e-03, 2.48015872894767294178e-05,
  -2.75573143513906633035e-07, 2.08757232129817482790e-09, -1.13596475577881948265e-11];

/** 2/pi = sum of CHUNKS[i] * 2^(-24 (i + 1)), CHUNKS[i] integers below 2^24; exact, from BigInt. */
const CHUNKS: number[] = (() => {
  const bits = 24 * 56 + 64;
  const one = 1n << BigInt(bits + 16);
  // atan(1/n) * 2^(bits+16) by its series, then Machin: pi = 16 atan(1/5) - 4 atan(1/239)
  const atanInv = (n: bigint): bigint => {
    let sum = 0n, term = one / n, k = 1n, sign = 1n;
    while (term !== 0n) { sum += sign * (term / k); term /= n * n; k += 2n; sign = -sign; }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n); // pi * 2^(bits+16), error a few units
  const twoOverPi = (2n << BigInt(2 * (bits + 16))) / pi; // 2/pi * 2^(bits+16)
  const scaled = twoOverPi >> 16n; // 2/pi * 2^bits, the guard bits dropped
  return Array.from({ length: 56 }, (_, i) => Number((scaled >> BigInt(bits - 24 * (i + 1))) & 0xffffffn));
})();

type Reduced<T> = [q: T, y0: T, y1: T];

/** x = (4n + q) pi/2 + y0 + y1 for |x| < MEDIUM; fdlibm's three-iteration medium case. */
function reduceMedium<T, M>(o: MathOps<T, M>, x: T): Reduced<T> {
  const fn = o.sub(o.add(o.mul(x, o.c(INV_PIO2)), o.c(ROUND)), o.c(ROUND));
  const r1 = o.sub(x, o.mul(fn, o.c(PIO2_1))); // exact (fn < 2^20, Sterbenz)
  // r1 - fn (PIO2_2 + PIO2_3 + PIO2_3T) as a double-double: fn PIO2_2 and fn PIO2_3 are exact,
  // the first subtraction is made exact by two-sum, the rest rounds far below ulp(r)
  const [a, ea] = twoSum(o, r1, o.mul(fn, o.c(-PIO2_2)));
  const lo = o.sub(o.sub(ea, o.mul(fn, o.c(PIO2_3))), o.mul(fn, o.c(PIO2_3T)));
  const [y0, y1] = twoSum(o, a, lo);
  return [mod4(o, fn), y0, y1];
}

function mod4<T, M>(o: MathOps<T, M>, k: T): T {
  return o.sub(k, o.mul(o.c(4), o.floor(o.mul(k, o.c(0.25)))));
}

/** Knuth's two-sum: s + e = a + b exactly. */
function twoSum<T, M>(o: MathOps<T, M>, a: T, b: T): [T, T] {
  const s = o.add(a, b);
  const bb = o.sub(s, a);
  return [s, o.add(o.sub(a, o.sub(s, bb)), o.sub(b, bb))];
}

/** Dekker's split: a = hi + lo, each with at most 26 significant bits. */
function split<T, M>(o: MathOps<T, M>, a: T): [T, T] {
  const t = o.mul(a, o.c(134217729));
  const hi = o.sub(t, o.sub(t, a));
  return [hi, o.sub(a, hi)];
}

/**
 * Payne-Hanek for finite |x| >= MEDIUM: |x| = M 2^s with M < 2^53 split in two halves; the
 * products of the halves with the 24-bit chunks of 2/pi are exact, each reduced mod 4 exactly,
 * summed in about three doubles' precision (error about 2^-137 in units of pi/2).
 */
function reduceLarge<T, M>(o: MathOps<T, M>, x: T): Reduced<T> {
  const ax = o.abs(x);
  const [e, m] = o.frexp(ax);
  const s = o.sub(e, o.c(52));
  const mh = o.floor(o.mul(m, o.c(2 ** 26))); // M = mh 2^26 + ml
  const ml = o.sub(o.mul(m, o.c(2 ** 52)), o.mul(mh, o.c(2 ** 26)));
  // chunks before i0 give multiples of 4: i0 = max(0, floor((s - 2) / 24))
  const i0 = o.max(o.floor(o.mul(o.sub(s, o.c(2)), o.c(1 / 24))), o.c(0));
  const TERMS = 9; // truncation below 2^-137
  // chunk[j] = CHUNKS[i0 + j] without a gather: i0 = 8 a + b, first the 16-chunk window at 8 a
  // (6 choices), then the 9 chunks at b inside it (8 choices): 96 constants instead of 369
  const a = o.floor(o.mul(i0, o.c(1 / 8)));
  const b = o.sub(i0, o.mul(a, o.c(8)));
  const window: T[] = [];
  for (let w = 0; w < 16; w++) window.push(o.c(CHUNKS[w]!));
  for (let ai = 1; ai <= 5; ai++) {
    const hit = o.eq(a, o.c(ai));
    for (let w = 0; w < 16; w++) window[w] = o.select(hit, o.c(CHUNKS[8 * ai + w]!), window[w]!);
  }
  const chunk = window.slice(0, TERMS);
  for (let bi = 1; bi < 8; bi++) {
    const hit = o.eq(b, o.c(bi));
    for (let j = 0; j < TERMS; j++) chunk[j] = o.select(hit, window[bi + j]!, chunk[j]!);
  }
  // the sum as sum + err + err2: two-sums keep the error terms exact but for err2's roundings
  // (about 2^-157), so a fraction near 0 (|x| close to a multiple of pi/2) keeps its bits
  let sum = o.c(0), err = o.c(0), err2 = o.c(0);
  for (let j = 0; j < TERMS; j++) {
    // the lowest bit of chunk i0 + j times M sits at 2^(s - 24 (i0 + j + 1))
    const k = o.sub(s, o.mul(o.c(24), o.add(i0, o.c(j + 1))));
    for (const [part, shift] of [[mh, 26], [ml, 0]] as const) {
      const p = o.ldexp(o.mul(part, chunk[j]!), o.add(k, o.c(shift)));
      const [t, te] = twoSum(o, sum, mod4(o, p));
      sum = t;
      const [u, ue] = twoSum(o, err, te);
      err = u;
      err2 = o.add(err2, ue);
    }
  }
  const k = o.sub(o.add(sum, o.c(ROUND)), o.c(ROUND));
  const [fh, fl0] = twoSum(o, o.sub(sum, k), err); // sum - k is exact
  const fl = o.add(fl0, err2);
  // (fh + fl) pi/2 as a double-double, the product fh * PIO2_HI exact through Dekker's splits
  const rh = o.mul(fh, o.c(PIO2_HI));
  const [ah, al] = split(o, fh);
  const [bh, bl] = split(o, o.c(PIO2_HI));
  const exactErr = o.add(o.add(o.add(o.sub(o.mul(ah, bh), rh), o.mul(ah, bl)), o.mul(al, bh)), o.mul(al, bl));
  const rl = o.add(exactErr, o.add(o.mul(fh, o.c(PIO2_LO)), o.mul(fl, o.c(PIO2_HI))));
  const y0 = o.add(rh, rl);
  const y1 = o.sub(rl, o.sub(y0, rh));
  // back to x's sign: -x = (-q) pi/2 - y
  const q = mod4(o, k);
  const neg = o.lt(x, o.c(0));
  const qn = o.select(o.eq(q, o.c(0)), o.c(0), o.sub(o.c(4), q));
  return [o.select(neg, qn, q), o.select(neg, o.mul(y0, o.c(-1)), y0), o.select(neg, o.mul(y1, o.c(-1)), y1)];
}

/** fdlibm __kernel_sin(x, y, 1): sin(x + y) for |x + y| <= pi/4. */
function kernelSin<T, M>(o: MathOps<T, M>, x: T, y: T): T {
  const z = o.mul(x, x);
  const v = o.mul(z, x);
  const r = horner(o, z, S.slice(1));
  return o.sub(x, o.sub(o.sub(o.mul(z, o.sub(o.mul(o.c(0.5), y), o.mul(v, r))), y), o.mul(v, o.c(S[0]!))));
}

/** FreeBSD's __kernel_cos(x, y): cos(x + y) for |x + y| <= pi/4. */
function kernelCos<T, M>(o: MathOps<T, M>, x: T, y: T): T {
  const z = o.mul(x, x);
  const r = o.mul(z, horner(o, z, C));
  const hz = o.mul(o.c(0.5), z);
  const w = o.sub(o.c(1), hz);
  return o.add(w, o.add(o.sub(o.sub(o.c(1), w), hz), o.sub(o.mul(z, r), o.mul(x, y))));
}

/** sin(x + phase pi/2) from a reduction; phase 0 gives sin, 1 gives cos. */
function fromQuadrant<T, M>(o: MathOps<T, M>, [q0, y0, y1]: Reduced<T>, phase: number): T {
  return fromKernels(o, q0, kernelSin(o, y0, y1), kernelCos(o, y0, y1), phase);
}

/** fromQuadrant with sin(y) and cos(y) of the reduced argument given (sincos computes them once). */
function fromKernels<T, M>(o: MathOps<T, M>, q0: T, s: T, c: T, phase: number): T {
  const q = phase === 0 ? q0 : mod4(o, o.add(q0, o.c(phase)));
  const odd = o.or(o.eq(q, o.c(1)), o.eq(q, o.c(3)));
  const v = o.select(odd, c, s);
  return o.select(o.gt(q, o.c(1.5)), o.mul(v, o.c(-1)), v);
}

function tanFrom<T, M>(o: MathOps<T, M>, [q, y0, y1]: Reduced<T>): T {
  const s = kernelSin(o, y0, y1), c = kernelCos(o, y0, y1);
  const odd = o.or(o.eq(q, o.c(1)), o.eq(q, o.c(3)));
  return o.select(odd, o.div(o.mul(c, o.c(-1)), s), o.div(s, c));
}

/**
 * sin(x + phase pi/2) (phase 0 or 1) for |x| >= MEDIUM, NaN at +-inf: one function per module,
 * shared by sin, cos and tan (the selection in the table of 2/pi is most of its code).
 */
function sinLarge<T, M>(o: MathOps<T, M>, x: T, phase: number): T {
  return o.shared('sin_large', (o, x, phase) => {
    const [q, y0, y1] = reduceLarge(o, x!);
    const v = fromQuadrant(o, [mod4(o, o.add(q, phase!)), y0, y1], 0);
    return o.select(o.eq(o.abs(x!), o.c(Infinity)), o.c(NaN), v);
  }, x, o.c(phase));
}

/** f on the medium reduction; lanes with |x| >= MEDIUM (and +-inf) from large(). */
function trig<T, M>(o: MathOps<T, M>, x: T, f: (r: Reduced<T>) => T, large: () => T): T {
  const big = o.ge(o.abs(x), o.c(MEDIUM));
  return o.rare(big, f(reduceMedium(o, o.select(big, o.c(0), x))), large);
}

// sin and tan keep x at +-0 (the reduction's two-sums turn -0 into +0)
const keepZero = <T, M>(o: MathOps<T, M>, x: T, y: T): T => o.select(o.eq(x, o.c(0)), x, y);

export function sin<T, M>(o: MathOps<T, M>, x: T): T {
  return keepZero(o, x, trig(o, x, (r) => fromQuadrant(o, r, 0), () => sinLarge(o, x, 0)));
}
export function cos<T, M>(o: MathOps<T, M>, x: T): T {
  return trig(o, x, (r) => fromQuadrant(o, r, 1), () => sinLarge(o, x, 1));
}
export function tan<T, M>(o: MathOps<T, M>, x: T): T {
  return keepZero(o, x, trig(o, x, (r) => tanFrom(o, r), () => o.div(sinLarge(o, x, 0), sinLarge(o, x, 1))));
}

/**
 * [sin(x), cos(x)] with one reduction and one evaluation of each kernel polynomial: the same
 * operations on the same values as sin(x) and cos(x) apart, so the same bits (the wasm backend
 * calls it where a program takes both of one argument: fluid fields do, sin x cos y ...).
 */
export function sincos<T, M>(o: MathOps<T, M>, x: T): [T, T] {
  const big = o.ge(o.abs(x), o.c(MEDIUM));
  const [q, y0, y1] = reduceMedium(o, o.select(big, o.c(0), x));
  const s = kernelSin(o, y0, y1), c = kernelCos(o, y0, y1);
  const sinX = keepZero(o, x, o.rare(big, fromKernels(o, q, s, c, 0), () => sinLarge(o, x, 0)));
  const cosX = o.rare(big, fromKernels(o, q, s, c, 1), () => sinLarge(o, x, 1));
  return [sinX, cosX];
}

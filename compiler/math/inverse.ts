// atan, atan2, asin, acos and erf written once against MathOps (see core.ts), after fdlibm
// (s_atan.c, e_atan2.c, e_asin.c, e_acos.c, s_erf.c): the same case analysis and coefficients,
// every case computed and the right one selected (one shared division where cases differ only in
// their operands).
import { exp, horner, type MathOps } from './core.js';

const PI = 3.14159265358979311600e+00;
const PI_LO = 1.2246467991473531772e-16;
const PIO2_HI = 1.57079632679489655800e+00;
const PIO2_LO = 6.12323399573676603587e-17;
const PIO4_HI = 7.85398163397448278999e-01;

const ATAN_HI = [4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00];
const ATAN_LO = [2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17];
const AT = [3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01, -1.11111104054623557880e-01,
  9.09088713343650656196e-02, -7.69187620504482999495e-02, 6.66107313738753120669e-02, -5.83357013379057348645e-02,
  4.97687799461593236017e-02, -3.65315727442169155270e-02, 1.62858201153657823623e-02];

export function atan<T, M>(o: MathOps<T, M>, x: T): T {
  const a = o.abs(x);
  // the five reductions of fdlibm as one division num / den; |x| < 7/16 keeps x (den 1)
  const r0 = o.lt(a, o.c(0.4375)), r1 = o.lt(a, o.c(0.6875)), r2 = o.lt(a, o.c(1.1875)), r3 = o.lt(a, o.c(2.4375));
  const pick = (v: [number | T, number | T, number | T, number | T, number | T]): T => {
    const c = (u: number | T): T => (typeof u === 'number' ? o.c(u) : u);
    return o.select(r0, c(v[0]), o.select(r1, c(v[1]), o.select(r2, c(v[2]), o.select(r3, c(v[3]), c(v[4])))));
  };
  const num = pick([x, o.sub(o.add(a, a), o.c(1)), o.sub(a, o.c(1)), o.sub(a, o.c(1.5)), -1]);
  const den = pick([1, o.add(o.c(2), a), o.add(a, o.c(1)), o.add(o.c(1), o.mul(o.c(1.5), a)), a]);
  const y = o.div(num, den);
  const z = o.mul(y, y), w = o.mul(z, z);
  const s1 = o.mul(z, horner(o, w, [AT[0]!, AT[2]!, AT[4]!, AT[6]!, AT[8]!, AT[10]!]));
  const s2 = o.mul(w, horner(o, w, [AT[1]!, AT[3]!, AT[5]!, AT[7]!, AT[9]!]));
  const direct = o.sub(y, o.mul(y, o.add(s1, s2)));
  const hi = pick([0, ATAN_HI[0]!, ATAN_HI[1]!, ATAN_HI[2]!, ATAN_HI[3]!]);
  const lo = pick([0, ATAN_LO[0]!, ATAN_LO[1]!, ATAN_LO[2]!, ATAN_LO[3]!]);
  const reduced = o.copysign(o.sub(hi, o.sub(o.sub(o.mul(y, o.add(s1, s2)), lo), y)), x);
  // |x| < 2^-27: x itself (keeps -0 and subnormals)
  return o.select(o.lt(a, o.c(7.450580596923828e-9)), x, o.select(r0, direct, reduced));
}

/** The operations of atan2From (shared with the f32 code of atan32.ts). */
export type Atan2Ops<T, M> = Pick<MathOps<T, M>, 'c' | 'sub' | 'div' | 'abs' | 'copysign' | 'select' | 'lt' | 'eq' | 'ne' | 'or'>;

/**
 * atan2(y, x): atan(|y / x|) moved to the quadrant; zeros and infinities as fdlibm (C99). `o.c`
 * rounds PI, PI / 2 and 3 PI / 4 to the instance's precision; piLo is pi minus that PI.
 */
export function atan2From<T, M>(o: Atan2Ops<T, M>, y: T, x: T, atan: (t: T) => T, piLo: number): T {
  const xNeg = o.lt(o.copysign(o.c(1), x), o.c(0)); // -0 counts as negative
  const z = atan(o.abs(o.div(y, x)));
  const main = o.copysign(o.select(xNeg, o.sub(o.c(PI), o.sub(z, o.c(piLo))), z), y);
  const inf = o.c(Infinity);
  const xInf = o.eq(o.abs(x), inf), yInf = o.eq(o.abs(y), inf);
  const bothInf = o.copysign(o.select(xNeg, o.c(3 * PIO4_HI), o.c(PIO4_HI)), y);
  const xInfOnly = o.copysign(o.select(xNeg, o.c(PI), o.c(0)), y);
  const vertical = o.copysign(o.c(PIO2_HI), y); // x == 0 or y infinite
  const yZero = o.select(xNeg, o.copysign(o.c(PI), y), y);
  const v = o.select(o.eq(y, o.c(0)), yZero, o.select(xInf, o.select(yInf, bothInf, xInfOnly),
    o.select(o.or(yInf, o.eq(x, o.c(0))), vertical, main)));
  return o.select(o.or(o.ne(x, x), o.ne(y, y)), o.c(NaN), v);
}

export function atan2<T, M>(o: MathOps<T, M>, y: T, x: T): T {
  return atan2From(o, y, x, (t) => atan(o, t), PI_LO);
}

const PS = [1.66666666666666657415e-01, -3.25565818622400915405e-01, 2.01212532134862925881e-01,
  -4.00555345006794114027e-02, 7.91534994289814532176e-04, 3.47933107596021167570e-05];
const QS = [1, -2.40339491173441421878e+00, 2.02094576023350569471e+00, -6.88283971605453293030e-01, 7.70381505559019352791e-02];

/** fdlibm's R(t) = p / q, asin(x) = x + x R(x^2) near 0. */
function ratio<T, M>(o: MathOps<T, M>, t: T): T {
  return o.div(o.mul(t, horner(o, t, PS)), horner(o, t, QS));
}

export function asin<T, M>(o: MathOps<T, M>, x: T): T {
  const a = o.abs(x);
  const small = o.add(x, o.mul(x, ratio(o, o.mul(x, x)))); // |x| < 0.5
  const t = o.mul(o.sub(o.c(1), a), o.c(0.5));
  const r = ratio(o, t);
  const s = o.sqrt(t);
  const nearOne = o.sub(o.c(PIO2_HI), o.sub(o.mul(o.c(2), o.add(s, o.mul(s, r))), o.c(PIO2_LO))); // |x| >= 0.975
  const w = o.clearLow(s);
  const c = o.div(o.sub(t, o.mul(w, w)), o.add(s, w));
  const p = o.sub(o.mul(o.mul(o.c(2), s), r), o.sub(o.c(PIO2_LO), o.mul(o.c(2), c)));
  const q = o.sub(o.c(PIO4_HI), o.mul(o.c(2), w));
  const middle = o.sub(o.c(PIO4_HI), o.sub(p, q));
  const large = o.copysign(o.select(o.ge(a, o.c(0.975)), nearOne, middle), x);
  const v = o.select(o.lt(a, o.c(0.5)), o.select(o.lt(a, o.c(1.4901161193847656e-8)), x, small), large);
  return o.select(o.gt(a, o.c(1)), o.c(NaN), v); // at |x| = 1, `nearOne` is pi/2
}

export function acos<T, M>(o: MathOps<T, M>, x: T): T {
  const a = o.abs(x);
  const small = o.sub(o.c(PIO2_HI), o.sub(x, o.sub(o.c(PIO2_LO), o.mul(x, ratio(o, o.mul(x, x)))))); // |x| < 0.5
  const z = o.mul(o.sub(o.c(1), a), o.c(0.5));
  const r = ratio(o, z);
  const s = o.sqrt(z);
  const negative = o.sub(o.c(PI), o.mul(o.c(2), o.add(s, o.sub(o.mul(r, s), o.c(PIO2_LO))))); // x <= -0.5
  const df = o.clearLow(s);
  const c = o.div(o.sub(z, o.mul(df, df)), o.add(s, df));
  const positive = o.mul(o.c(2), o.add(df, o.add(o.mul(r, s), c))); // x >= 0.5
  const v = o.select(o.lt(a, o.c(0.5)), small, o.select(o.lt(x, o.c(0)), negative, positive));
  // at x = 1, `positive` is 0 / 0
  return o.select(o.gt(a, o.c(1)), o.c(NaN), o.select(o.eq(x, o.c(1)), o.c(0), v));
}

// s_erf.c: erf on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35), [1/0.35, 6); 1 beyond
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02, 0];
const SB = [1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01, 0];

/** A polynomial whose coefficients are chosen per lane from two sets of the same length. */
function horner2<T, M>(o: MathOps<T, M>, x: T, first: M, a: readonly number[], b: readonly number[]): T {
  const c = (i: number): T => (a[i] === b[i] ? o.c(a[i]!) : o.select(first, o.c(a[i]!), o.c(b[i]!)));
  let acc = c(a.length - 1);
  for (let i = a.length - 2; i >= 0; i--) acc = o.add(c(i), o.mul(x, acc));
  return acc;
}

export function erf<T, M>(o: MathOps<T, M>, x: T): T {
  const ax = o.abs(x);
  const z2 = o.mul(x, x);
  const near = o.add(x, o.mul(x, o.div(horner(o, z2, PP), horner(o, z2, QQ)))); // |x| < 0.84375
  const tiny = o.add(x, o.mul(o.c(0.1283791670955126), x)); // |x| < 2^-28
  const s1 = o.sub(ax, o.c(1));
  const middle = o.copysign(o.add(o.c(8.45062911510467529297e-01), o.div(horner(o, s1, PA), horner(o, s1, QA))), x); // < 1.25
  const axc = o.min(ax, o.c(6));
  const s = o.div(o.c(1), o.mul(axc, axc));
  const first = o.lt(ax, o.c(1 / 0.35));
  const R = horner2(o, s, first, RA, RB), S = horner2(o, s, first, SA, SB);
  // fdlibm splits |x| into a high part (low 32 bits cleared) so that exp(-z^2) is exact
  const zh = o.clearLow(axc);
  const r = o.mul(exp(o, o.sub(o.mul(o.mul(zh, zh), o.c(-1)), o.c(0.5625))), exp(o, o.add(o.mul(o.sub(zh, axc), o.add(zh, axc)), o.div(R, S))));
  const tail = o.copysign(o.sub(o.c(1), o.div(r, axc)), x);
  const v = o.select(o.lt(ax, o.c(0.84375)), o.select(o.lt(ax, o.c(3.725290298461914e-9)), tiny, near),
    o.select(o.lt(ax, o.c(1.25)), middle, o.select(o.lt(ax, o.c(6)), tail, o.copysign(o.c(1), x))));
  return o.select(o.ne(x, x), x, v);
}

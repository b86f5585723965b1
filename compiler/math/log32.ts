// log, log1p and softplus for f32 kernels, written once against Math32Ops (core32.ts): f32
// arithmetic on four points per f32x4 instruction. After Cephes' logf; log1p corrects the
// rounding of 1 + y as core.ts's f64 log1p does.
import { horner32 as horner, type Math32Ops } from './core32.js';
import { exp32, sigmoid32Of } from './exp32.js';
import { log1pFrom, log1pOfUnitFrom, logArgument, logSpecial } from './core.js';

const f = Math.fround;
// Cephes logf.c: log(1 + t) = t - t^2 / 2 + t^3 P(t) for 1 + t in [sqrt(2)/2, sqrt(2))
const P = [3.3333331174e-1, -2.4999993993e-1, 2.0000714765e-1, -1.6668057665e-1, 1.4249322787e-1,
  -1.2420140846e-1, 1.1676998740e-1, -1.1514610310e-1, 7.0376836292e-2].map(f);
// ln 2 = C1 + C2, C1 with 9 significant bits (e * C1 exact)
const C1 = 0.693359375;
const C2 = f(-2.12194440e-4);

/** log: x = 2^e (1 + t), Cephes' polynomial in t, e ln2 added in two pieces; special values by selection. */
export function log32<T, M>(o: Math32Ops<T, M>, x: T): T {
  const [e, t] = logArgument(o, x, 1.17549435e-38, 25); // subnormals scaled by 2^25
  return logSpecial(o, x, logMain32(o, e, t));
}

/** log(2^e (1 + t)) for 1 + t in [sqrt(2)/2, sqrt(2)). */
function logMain32<T, M>(o: Math32Ops<T, M>, e: T, t: T): T {
  const z = o.mul(t, t);
  let y = o.mul(o.mul(horner(o, t, P), t), z);
  y = o.add(y, o.mul(e, o.c(C2)));
  y = o.sub(y, o.mul(o.c(0.5), z));
  return o.add(o.add(t, y), o.mul(e, o.c(C1)));
}

/** log1p(y) = log(u) * y / (u - 1) with u = 1 + y, as the f64 log1p. */
export function log1p32<T, M>(o: Math32Ops<T, M>, y: T): T {
  return log1pFrom(o, y, (u) => log32(o, u));
}

/** log(1 + e^x) = max(x, 0) + log1p(e^-|x|): no overflow and no cut-off, as the f64 softplus. */
export function softplus32<T, M>(o: Math32Ops<T, M>, x: T): T {
  return o.add(o.max(x, o.c(0)), log1pOfUnit32(o, exp32(o, o.sub(o.c(0), o.abs(x)))));
}

/** softplus32(x) and sigmoid32(x) from one e^-|x|, each bit for bit what it gives alone (as core.ts's softplusSigmoid). */
export function softplusSigmoid32<T, M>(o: Math32Ops<T, M>, x: T): [T, T] {
  const e = exp32(o, o.sub(o.c(0), o.abs(x)));
  return [o.add(o.max(x, o.c(0)), log1pOfUnit32(o, e)), sigmoid32Of(o, x, e)];
}

/** log1p(t) for t = e^-|x| in [0, 1]: core.ts's log1pOfUnitFrom over the f32 log. */
function log1pOfUnit32<T, M>(o: Math32Ops<T, M>, t: T): T {
  return log1pOfUnitFrom(o, t, (k, f) => logMain32(o, k, f));
}

// The flow of a field: dx/dt = f(x; t) from t0 to t1 for each point, with the integral of div f
// along its path (the change of log-density is minus it). Classic RK4 with equal steps, or
// Dormand-Prince 5(4) with a step size per point, so that a stiff point does not slow the batch.
// Each stage is one call of the kernel's evaluate entry for every point still moving, the time
// passed per point to the condition named `t` where the field has one.
import { DivcError } from './errors.js';
import type { FloatArray } from './inputs.js';

export interface FlowOptions {
  t0: number;
  t1: number;
  /** 'rk4' (equal steps; the default when `steps` is given) or 'dopri5' (adaptive; else the default). */
  method?: 'rk4' | 'dopri5';
  /** RK4: the number of equal steps. */
  steps?: number;
  /** Dormand-Prince: tolerances of each point's error estimate (defaults 1e-6 and 1e-9). */
  rtol?: number;
  atol?: number;
  /** Dormand-Prince: most steps (accepted or rejected) a point may take before it is given up as non-finite (default 100,000). */
  maxSteps?: number;
}

export interface FlowResult {
  /** Each point's end, n * dim (NaN for a point that blew up or was given up). */
  points: Float64Array;
  /** The integral of div f along each point's path, n numbers. */
  integral: Float64Array;
  /** Steps each point took (Dormand-Prince: accepted ones; RK4: `steps`). */
  steps: Int32Array;
}

/** f and div f at rows of states (m * dim) at times t (m numbers): one kernel call. */
export type Dynamics = (states: Float64Array, t: Float64Array, active: Int32Array) => Promise<{ values: FloatArray; divergence: FloatArray }>;

/** The options checked, with their defaults: DivcErrors naming what is wrong. */
export function checkFlow(o: FlowOptions): { method: 'rk4' | 'dopri5'; steps: number; rtol: number; atol: number; maxSteps: number } {
  if (typeof o !== 'object' || o === null) throw new DivcError('flow: options { t0, t1, ... } are required');
  for (const k of ['t0', 't1'] as const) if (typeof o[k] !== 'number' || !Number.isFinite(o[k])) throw new DivcError(`flow: ${k} must be a finite number, got ${o[k]}`);
  const method = o.method ?? (o.steps !== undefined ? 'rk4' : 'dopri5');
  if (method !== 'rk4' && method !== 'dopri5') throw new DivcError(`flow: method must be 'rk4' or 'dopri5', got '${method}'`);
  const steps = o.steps ?? 100;
  // (the kernel counts in 32 bits)
  if (method === 'rk4' && (!Number.isInteger(steps) || steps < 1 || steps > 0x7fffffff)) throw new DivcError(`flow: steps must be an integer from 1 to 2^31 - 1, got ${o.steps}`);
  const rtol = o.rtol ?? 1e-6, atol = o.atol ?? 1e-9, maxSteps = o.maxSteps ?? 100_000;
  if (!(rtol > 0) || !Number.isFinite(rtol)) throw new DivcError(`flow: rtol must be > 0, got ${o.rtol}`);
  if (!(atol >= 0) || !Number.isFinite(atol)) throw new DivcError(`flow: atol must be >= 0, got ${o.atol}`);
  if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > 0x7fffffff) throw new DivcError(`flow: maxSteps must be an integer from 1 to 2^31 - 1, got ${o.maxSteps}`);
  return { method, steps, rtol, atol, maxSteps };
}

export async function integrate(start: ArrayLike<number>, dim: number, f: Dynamics, options: FlowOptions): Promise<FlowResult> {
  const o = checkFlow(options);
  const n = start.length / dim;
  const x = Float64Array.from(start), integral = new Float64Array(n), steps = new Int32Array(n);
  if (n === 0 || options.t0 === options.t1) return { points: x, integral, steps };
  if (o.method === 'rk4') await rk4(x, integral, dim, f, options.t0, options.t1, o.steps);
  else await dopri5(x, integral, steps, dim, f, options.t0, options.t1, o);
  if (o.method === 'rk4') steps.fill(o.steps);
  return { points: x, integral, steps };
}

/** Classic fourth-order Runge-Kutta, equal steps, on the state and the integral together. */
async function rk4(x: Float64Array, integral: Float64Array, dim: number, f: Dynamics, t0: number, t1: number, count: number): Promise<void> {
  const n = integral.length, h = (t1 - t0) / count;
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const y = new Float64Array(x.length), acc = new Float64Array(x.length), accDiv = new Float64Array(n), t = new Float64Array(n);
  for (let s = 0; s < count; s++) {
    const ts = t0 + s * h;
    acc.fill(0); accDiv.fill(0);
    // stages at ts, ts + h/2 (twice) and ts + h, weighted 1, 2, 2, 1
    let k: { values: FloatArray; divergence: FloatArray } | undefined;
    for (const [c, w] of [[0, 1], [0.5, 2], [0.5, 2], [1, 1]] as const) {
      for (let e = 0; e < x.length; e++) y[e] = k ? x[e]! + c * h * k.values[e]! : x[e]!;
      t.fill(ts + c * h);
      k = await f(y, t, all);
      for (let e = 0; e < x.length; e++) acc[e]! += w * k.values[e]!;
      for (let i = 0; i < n; i++) accDiv[i]! += w * k.divergence[i]!;
    }
    for (let e = 0; e < x.length; e++) x[e]! += (h / 6) * acc[e]!;
    for (let i = 0; i < n; i++) integral[i]! += (h / 6) * accDiv[i]!;
  }
}

// Dormand-Prince 5(4) (Hairer, Norsett, Wanner): the stages' nodes, their coefficients, the fifth-
// order weights (also the seventh stage's row: first same as last) and the error weights (5th - 4th).
// (backend/flow-dopri5.ts emits the same method inside the kernel.)
export const DOPRI5 = {
  C: [0, 1 / 5, 3 / 10, 4 / 5, 8 / 9, 1, 1],
  A: [
    [],
    [1 / 5],
    [3 / 40, 9 / 40],
    [44 / 45, -56 / 15, 32 / 9],
    [19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729],
    [9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656],
    [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84],
  ] as number[][],
  E: [71 / 57600, 0, -71 / 16695, 71 / 1920, -17253 / 339200, 22 / 525, -1 / 40],
};
const { C, A, E } = DOPRI5;

/**
 * Dormand-Prince with per-point step control on the augmented state (x, integral): every point
 * has its own t, step size and error estimate; each round evaluates the stages of the points still
 * moving. A point whose state stops being finite, whose step size collapses or that exceeds
 * maxSteps ends as NaN, alone.
 */
async function dopri5(x: Float64Array, integral: Float64Array, steps: Int32Array, dim: number, f: Dynamics, t0: number, t1: number, o: { rtol: number; atol: number; maxSteps: number }): Promise<void> {
  const n = integral.length, w = dim + 1, dir = Math.sign(t1 - t0);
  // the augmented state: x's coordinates, then the integral
  const Y = new Float64Array(n * w), K = Array.from({ length: 7 }, () => new Float64Array(n * w));
  for (let i = 0; i < n; i++) for (let c = 0; c < dim; c++) Y[i * w + c] = x[i * dim + c]!;
  const t = new Float64Array(n).fill(t0), h = new Float64Array(n), tries = new Int32Array(n);
  let active = Int32Array.from({ length: n }, (_, i) => i);
  const scratch = new Float64Array(n * w);
  /** f at the states `states` (rows w of the active points) into K[stage]. */
  const stage = async (states: Float64Array, times: Float64Array, into: Float64Array) => {
    const m = active.length, xs = new Float64Array(m * dim), ts = new Float64Array(m);
    for (let j = 0; j < m; j++) { const i = active[j]!; for (let c = 0; c < dim; c++) xs[j * dim + c] = states[i * w + c]!; ts[j] = times[i]!; }
    const r = await f(xs, ts, active);
    for (let j = 0; j < m; j++) { const i = active[j]!; for (let c = 0; c < dim; c++) into[i * w + c] = r.values[j * dim + c]!; into[i * w + dim] = r.divergence[j]!; }
  };
  const norm = (i: number, v: (e: number) => number, scaleOf: (e: number) => number) => {
    let s = 0;
    for (let e = 0; e < w; e++) { const q = ratio(v(e), scaleOf(e)); s += q * q; }
    return Math.sqrt(s / w);
  };
  const fail = (i: number) => { for (let e = 0; e < w; e++) Y[i * w + e] = NaN; t[i] = t1; };
  // the first step size (Hairer's heuristic), from f at the start and one explicit Euler step
  await stage(Y, t, K[0]!);
  const sc = (i: number) => (e: number) => o.atol + o.rtol * Math.abs(Y[i * w + e]!);
  const t2 = new Float64Array(n);
  const d0 = new Float64Array(n), d1 = new Float64Array(n), h0 = new Float64Array(n);
  for (const i of active) {
    d0[i] = norm(i, (e) => Y[i * w + e]!, sc(i));
    d1[i] = norm(i, (e) => K[0]![i * w + e]!, sc(i));
    h0[i] = d0[i]! < 1e-5 || d1[i]! < 1e-5 || !Number.isFinite(d1[i]!) ? 1e-6 : 0.01 * d0[i]! / d1[i]!;
    h0[i] = Math.min(h0[i]!, Math.abs(t1 - t0));
    for (let e = 0; e < w; e++) scratch[i * w + e] = Y[i * w + e]! + dir * h0[i]! * K[0]![i * w + e]!;
    t2[i] = t0 + dir * h0[i]!;
  }
  await stage(scratch, t2, K[1]!);
  for (const i of active) {
    const d2 = norm(i, (e) => K[1]![i * w + e]! - K[0]![i * w + e]!, sc(i)) / h0[i]!;
    const big = Math.max(d1[i]!, d2);
    const h1 = big <= 1e-15 || !Number.isFinite(big) ? Math.max(1e-6, h0[i]! * 1e-3) : (0.01 / big) ** (1 / 5);
    h[i] = dir * Math.min(100 * h0[i]!, h1, Math.abs(t1 - t0));
  }
  const err = new Float64Array(n);
  while (active.length > 0) {
    // the step may not pass t1
    for (const i of active) if (dir * (t[i]! + h[i]! - t1) > 0) h[i] = t1 - t[i]!;
    for (let s = 1; s < 7; s++) {
      for (const i of active) {
        for (let e = 0; e < w; e++) {
          let v = Y[i * w + e]!;
          for (let j = 0; j < s; j++) v += h[i]! * A[s]![j]! * K[j]![i * w + e]!;
          scratch[i * w + e] = v;
        }
        t2[i] = t[i]! + C[s]! * h[i]!;
      }
      await stage(scratch, t2, K[s]!);
    }
    // scratch now holds the fifth-order solution (the seventh stage's state); K[6] is f there
    const next: number[] = [];
    for (const i of active) {
      let s = 0;
      for (let e = 0; e < w; e++) {
        let d = 0;
        for (let j = 0; j < 7; j++) d += E[j]! * K[j]![i * w + e]!;
        const q = ratio(h[i]! * d, o.atol + o.rtol * Math.max(Math.abs(Y[i * w + e]!), Math.abs(scratch[i * w + e]!)));
        s += q * q;
      }
      err[i] = Math.sqrt(s / w);
      tries[i]!++;
      let finite = Number.isFinite(err[i]!);
      for (let e = 0; e < w && finite; e++) finite = Number.isFinite(scratch[i * w + e]!);
      if (!finite) {
        // a blow-up: smaller steps where the step was large; else this point ends as NaN
        if (Math.abs(h[i]!) > 1e-12 * Math.max(1, Math.abs(t[i]!)) && tries[i]! < o.maxSteps) { h[i] = h[i]! / 10; next.push(i); } else fail(i);
        continue;
      }
      if (err[i]! <= 1) {
        for (let e = 0; e < w; e++) { Y[i * w + e] = scratch[i * w + e]!; K[0]![i * w + e] = K[6]![i * w + e]!; }
        t[i] = t[i]! + h[i]!;
        steps[i]!++;
      }
      const factor = err[i] === 0 ? 10 : Math.min(10, Math.max(0.2, 0.9 * err[i]! ** -0.2));
      h[i] = h[i]! * factor;
      const done = t[i] === t1 || dir * (t[i]! - t1) >= 0;
      if (done) continue;
      if (tries[i]! >= o.maxSteps || Math.abs(h[i]!) < 1e-14 * Math.max(1, Math.abs(t[i]!))) { fail(i); continue; }
      next.push(i);
    }
    active = Int32Array.from(next);
  }
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < dim; c++) x[i * dim + c] = Y[i * w + c]!;
    integral[i] = Y[i * w + dim]!;
  }
}

/**
 * An error over its scale atol + rtol |y|, 0 where the error is: with atol = 0, a component that
 * stays exactly 0 (the integral of a divergence-free field) has scale 0, and 0 / 0 would read as
 * a blow-up.
 */
const ratio = (error: number, scale: number) => (error === 0 ? 0 : error / scale);

/** log N(z; 0, I) for each of n points of dimension dim. */
export function logNormal(z: ArrayLike<number>, dim: number): Float64Array {
  const n = z.length / dim, out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let c = 0; c < dim; c++) s += z[i * dim + c]! ** 2;
    out[i] = -0.5 * s - 0.5 * dim * Math.log(2 * Math.PI);
  }
  return out;
}

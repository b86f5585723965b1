// The table of f64 builtins (NATIVE_MATH) that the interpreter, the constant folder and the wasm
// backend read, gathered from the algorithm files, and its scalar instance: MathOps on JS numbers.
// Only this file imports the algorithm files; they import core.ts, never this file.
import { exp, expm1, tanh, sigmoid, log, log1p, softplus, type MathOps } from './core.js';
import { sin, cos, tan } from './trig.js';
import { pow, mod } from './pow.js';
import { atan, atan2, asin, acos, erf } from './inverse.js';
import { sinh, cosh, asinh, acosh, atanh, log2, log10, cbrt, hypot } from './hyper.js';

export const NATIVE_MATH = {
  exp, expm1, tanh, sigmoid, log, log1p, softplus, sin, cos, tan,
  sinh, cosh, asinh, acosh, atanh, log2, log10, cbrt, hypot, atan, atan2, asin, acos, erf, pow, mod,
} as const;
export type NativeMathOp = keyof typeof NATIVE_MATH;

/**
 * Builtins the wasm backends compute in pairs: a node of the first and one of the second on the
 * same argument come from one function of two results (backend/wasm-math.ts ensureNativePair),
 * bit for bit what each gives alone. sin and cos share one range reduction and one pass of each
 * kernel polynomial (Taylor-Green takes sin x and cos x); softplus and sigmoid one e^-|x| (f +
 * div f of a softplus layer takes both).
 */
export const NATIVE_PAIRS = { sin: 'cos', softplus: 'sigmoid' } as const;
export type PairFirst = keyof typeof NATIVE_PAIRS;

// --- the scalar instance: JS numbers ---
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function pow2(k: number): number {
  u32[0] = 0;
  u32[1] = (k + 1023) << 20;
  return f64[0]!;
}

export const scalarOps: MathOps<number, boolean> = {
  c: (v) => v,
  add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b, div: (a, b) => a / b,
  min: (a, b) => Math.min(a, b), max: (a, b) => Math.max(a, b), abs: Math.abs, floor: Math.floor, sqrt: Math.sqrt,
  lt: (a, b) => a < b, gt: (a, b) => a > b, ge: (a, b) => a >= b, eq: (a, b) => a === b, ne: (a, b) => a !== b,
  or: (a, b) => a || b, and: (a, b) => a && b,
  rare: (m, fast, slow) => (m ? slow() : fast),
  shared: (_name, body, ...args) => body(scalarOps, ...args),
  loop: (state, cond, step) => {
    let s = state;
    while (cond(s)) s = step(s);
    return s;
  },
  select: (m, a, b) => (m ? a : b),
  ldexp: (p, k) => {
    if (Number.isNaN(k)) return p * pow2(0) * pow2(0); // wasm: NaN converts to k = 0
    const a = Math.floor(k / 2);
    return p * pow2(a) * pow2(k - a);
  },
  pow2: (k) => pow2(k),
  frexp: (x) => {
    f64[0] = x;
    const e = (u32[1]! >>> 20) - 1023;
    u32[1] = (u32[1]! & 0x000fffff) | 0x3ff00000;
    return [e, f64[0]!];
  },
  clearLow: (x) => {
    f64[0] = x;
    u32[0] = 0;
    return f64[0]!;
  },
  copysign: (t, x) => (x < 0 || Object.is(x, -0) ? -Math.abs(t) : Math.abs(t)),
};

/** The scalar functions, for the interpreter and constant folding. */
export const nativeScalar = Object.fromEntries(
  Object.entries(NATIVE_MATH).map(([name, fn]) => [name, (...x: number[]) => (fn as (o: MathOps<number, boolean>, ...x: number[]) => number)(scalarOps, ...x)]),
) as Record<NativeMathOp, (...x: number[]) => number>;

/** How many arguments a builtin of NATIVE_MATH takes. */
export function nativeArity(op: NativeMathOp): number {
  return NATIVE_MATH[op].length - 1;
}

// The f32 registry: the builtins with f32 code of their own (trig32.ts, exp32.ts, log32.ts,
// atan32.ts) and its scalar instance, JS numbers rounded to f32 after every operation: the
// interpreter's f32 semantics of those builtins (bit-identical to the f32x4 kernels).
import { nativeScalar } from './registry.js';
import { INV_PIO2, PIO2_1, PIO2_2, PIO2_3, ROUND } from './trig.js';
import type { Math32Ops } from './core32.js';
import { sin32, cos32, tan32 } from './trig32.js';
import { exp32, tanh32, sigmoid32 } from './exp32.js';
import { log32, log1p32, softplus32 } from './log32.js';
import { atan32, atan2_32, asin32, acos32 } from './atan32.js';

const f = Math.fround;

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
/** 2^e for an integral e in [-126, 127], from its bits (as the f32x4 code builds it). */
function pow2(e: number): number {
  U32[0] = (e + 127) << 23;
  return F32[0]!;
}

export const scalar32Ops: Math32Ops<number, boolean> = {
  c: f,
  add: (a, b) => f(a + b), sub: (a, b) => f(a - b), mul: (a, b) => f(a * b), div: (a, b) => f(a / b),
  min: (a, b) => Math.min(a, b), max: (a, b) => Math.max(a, b), abs: Math.abs, floor: Math.floor, sqrt: (a) => f(Math.sqrt(a)),
  eq: (a, b) => a === b, ne: (a, b) => a !== b, lt: (a, b) => a < b, gt: (a, b) => a > b, ge: (a, b) => a >= b,
  or: (a, b) => a || b,
  select: (m, a, b) => (m ? a : b),
  rare: (m, fast, slow) => (m ? slow() : fast),
  ldexp: (p, k) => {
    if (Number.isNaN(k)) return p; // wasm: trunc_sat gives k = 0
    const a = Math.floor(k / 2);
    return f(f(p * pow2(a)) * pow2(k - a));
  },
  frexp: (x) => {
    F32[0] = x;
    const e = (U32[0]! >>> 23) - 127;
    U32[0] = (U32[0]! & 0x007fffff) | 0x3f800000;
    return [e, F32[0]!];
  },
  copysign: (t, x) => (x < 0 || Object.is(x, -0) ? -Math.abs(t) : Math.abs(t)),
  reduceWide: (x) => {
    const k = (x * INV_PIO2 + ROUND) - ROUND;
    const r = ((x - k * PIO2_1) - k * PIO2_2) - k * PIO2_3;
    const hi = f(r);
    return [k, hi, f(r - hi)];
  },
  wide: (op, x) => f(nativeScalar[op](x)),
};

/** The f32 semantics of the builtins that have f32 code of their own (others: f64, rounded). */
export const nativeScalar32 = {
  sin: (x: number) => sin32(scalar32Ops, x),
  cos: (x: number) => cos32(scalar32Ops, x),
  tan: (x: number) => tan32(scalar32Ops, x),
  exp: (x: number) => exp32(scalar32Ops, x),
  tanh: (x: number) => tanh32(scalar32Ops, x),
  sigmoid: (x: number) => sigmoid32(scalar32Ops, x),
  log: (x: number) => log32(scalar32Ops, x),
  log1p: (x: number) => log1p32(scalar32Ops, x),
  softplus: (x: number) => softplus32(scalar32Ops, x),
  atan: (x: number) => atan32(scalar32Ops, x),
  asin: (x: number) => asin32(scalar32Ops, x),
  acos: (x: number) => acos32(scalar32Ops, x),
  atan2: (y: number, x: number) => atan2_32(scalar32Ops, y, x),
} as const;
export type NativeMath32Op = keyof typeof nativeScalar32;

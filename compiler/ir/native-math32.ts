// The scalar instance of native-trig32.ts: JS numbers rounded to f32 after every operation, the
// interpreter's f32 semantics of sin and cos (bit-identical to the f32x4 kernels).
import { nativeScalar } from './native-math.js';
import { INV_PIO2, PIO2_1, PIO2_2, PIO2_3, ROUND } from './native-trig.js';
import { sin32, cos32, type Trig32Ops } from './native-trig32.js';

const f = Math.fround;

export const scalar32Ops: Trig32Ops<number, boolean> = {
  c: f,
  add: (a, b) => f(a + b), sub: (a, b) => f(a - b), mul: (a, b) => f(a * b),
  abs: Math.abs, floor: Math.floor,
  eq: (a, b) => a === b, gt: (a, b) => a > b, ge: (a, b) => a >= b,
  or: (a, b) => a || b,
  select: (m, a, b) => (m ? a : b),
  rare: (m, fast, slow) => (m ? slow() : fast),
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
} as const;
export type NativeMath32Op = keyof typeof nativeScalar32;

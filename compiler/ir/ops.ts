// The scalar operations of the IR: arity, value types, and their exact semantics (`evaluate`),
// which the reference interpreter and the constant folder share. Booleans evaluate to 1 / 0.
import { nativeScalar, NATIVE_MATH, type NativeMathOp } from '../math/registry.js';
import { nativeScalar32 } from '../math/registry32.js';

export type Type = 'f' | 'b'; // a real number, or a condition (a lane mask in SIMD backends)

export interface OpInfo {
  arity: number;
  args: Type[] | 'f'; // 'f': every argument is a real
  result: Type;
  commutative?: boolean;
  evaluate: (...a: number[]) => number;
  /**
   * The f32 semantics where an f32 kernel runs code of its own rather than the f64 code rounded
   * (sin, cos, tan, exp, tanh, sigmoid, log, log1p, softplus, atan, atan2, asin, acos: math/*32.ts); the
   * interpreter uses it when it emulates f32.
   */
  evaluate32?: (...a: number[]) => number;
}

/**
 * x^n by repeated squaring; the multiplication order of lowering/powi.ts. `round`, applied to
 * every product, emulates narrower arithmetic (Math.fround: an f32 kernel's multiplications).
 */
export function powiEvaluate(x: number, n: number, round?: (v: number) => number): number {
  // x^-k = 1 / x^k, the quotient of lower-powi.ts
  if (n < 0) return round ? round(1 / powiEvaluate(x, -n, round)) : 1 / powiEvaluate(x, -n);
  let result: number | undefined;
  let base = x;
  for (let k = n; k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) result = result === undefined ? base : round ? round(result * base) : result * base;
    if (k > 1) base = round ? round(base * base) : base * base;
  }
  return result ?? 1;
}

const f1 = (evaluate: (a: number) => number): OpInfo => ({ arity: 1, args: 'f', result: 'f', evaluate });
const f2 = (evaluate: (a: number, b: number) => number, commutative = false): OpInfo =>
  ({ arity: 2, args: 'f', result: 'f', commutative, evaluate });
const cmp = (evaluate: (a: number, b: number) => boolean): OpInfo =>
  ({ arity: 2, args: 'f', result: 'b', evaluate: (a, b) => (evaluate(a, b) ? 1 : 0) });

const OP_TABLE = {
  add: f2((a, b) => a + b, true),
  sub: f2((a, b) => a - b),
  mul: f2((a, b) => a * b, true),
  div: f2((a, b) => a / b),
  neg: f1((a) => -a),
  abs: f1(Math.abs),
  sqrt: f1(Math.sqrt),
  floor: f1(Math.floor),
  ceil: f1(Math.ceil),
  // torch.sign: 0 at ±0, NaN at NaN
  sign: f1((a) => (a > 0 ? 1 : a < 0 ? -1 : a)),
  // NaN-propagating, as wasm's f64x2.min/max and torch.minimum/maximum
  min: f2(Math.min),
  max: f2(Math.max),
  relu: f1((a) => (Number.isNaN(a) ? a : a > 0 ? a : 0)),
  // x^n for a constant integer n >= 2 or n <= -2, by repeated squaring (exactly the
  // multiplications the lowering pass emits, so the interpreter and kernels agree bit for bit;
  // x^-k = 1 / x^k). One node, so that its derivative n x^(n-1) t costs one multiplication per
  // direction instead of a product rule per factor, and a negative power's n (y / x) t has
  // torch.pow's limits (0 at x = ±Inf, where the quotient rule through x^k gave 0 * Inf).
  powi: f2(powiEvaluate),
  // The identity with a zero derivative: marks shifts that cancel exactly in the math (the max
  // subtracted inside softmax and logsumexp), so the divergence pass builds no tangents for
  // them. Free: backends emit its operand.
  nograd: f1((a) => a),
  sin: { ...f1(nativeScalar.sin), evaluate32: nativeScalar32.sin },
  cos: { ...f1(nativeScalar.cos), evaluate32: nativeScalar32.cos },
  tan: { ...f1(nativeScalar.tan), evaluate32: nativeScalar32.tan },
  asin: { ...f1(nativeScalar.asin), evaluate32: nativeScalar32.asin }, acos: { ...f1(nativeScalar.acos), evaluate32: nativeScalar32.acos }, atan: { ...f1(nativeScalar.atan), evaluate32: nativeScalar32.atan },
  sinh: f1(nativeScalar.sinh), cosh: f1(nativeScalar.cosh), tanh: { ...f1(nativeScalar.tanh), evaluate32: nativeScalar32.tanh },
  asinh: f1(nativeScalar.asinh), acosh: f1(nativeScalar.acosh), atanh: f1(nativeScalar.atanh),
  exp: { ...f1(nativeScalar.exp), evaluate32: nativeScalar32.exp }, expm1: f1(nativeScalar.expm1), log: { ...f1(nativeScalar.log), evaluate32: nativeScalar32.log }, log1p: { ...f1(nativeScalar.log1p), evaluate32: nativeScalar32.log1p },
  log2: f1(nativeScalar.log2), log10: f1(nativeScalar.log10), cbrt: f1(nativeScalar.cbrt), erf: f1(nativeScalar.erf),
  sigmoid: { ...f1(nativeScalar.sigmoid), evaluate32: nativeScalar32.sigmoid }, softplus: { ...f1(nativeScalar.softplus), evaluate32: nativeScalar32.softplus },
  atan2: { ...f2(nativeScalar.atan2), evaluate32: nativeScalar32.atan2 }, pow: f2(nativeScalar.pow), hypot: f2(nativeScalar.hypot, true), mod: f2(nativeScalar.mod),
  lt: cmp((a, b) => a < b),
  le: cmp((a, b) => a <= b),
  gt: cmp((a, b) => a > b),
  ge: cmp((a, b) => a >= b),
  eq: cmp((a, b) => a === b),
  ne: cmp((a, b) => a !== b),
  and: { arity: 2, args: ['b', 'b'], result: 'b', commutative: true, evaluate: (a, b) => (a && b ? 1 : 0) },
  or: { arity: 2, args: ['b', 'b'], result: 'b', commutative: true, evaluate: (a, b) => (a || b ? 1 : 0) },
  not: { arity: 1, args: ['b'], result: 'b', evaluate: (a) => (a ? 0 : 1) },
  // select(c, a, b) = c ? a : b, evaluated without branching in SIMD backends (both sides computed)
  select: { arity: 3, args: ['b', 'f', 'f'], result: 'f', evaluate: (c, a, b) => (c ? a : b) },
} satisfies Record<string, OpInfo>;

export type ComputeOp = keyof typeof OP_TABLE;
export const OPS: Record<ComputeOp, OpInfo> = OP_TABLE;
/** Leaves: a constant, the k-th coordinate of the point, or the k-th scalar slot of the params. */
export type LeafOp = 'const' | 'input' | 'param';
export type Op = ComputeOp | LeafOp;

export function opInfo(op: ComputeOp): OpInfo {
  return OPS[op];
}

export function isComputeOp(op: string): op is ComputeOp {
  return Object.prototype.hasOwnProperty.call(OPS, op);
}

export function argType(op: ComputeOp, i: number): Type {
  const a = OPS[op].args;
  return a === 'f' ? 'f' : a[i]!;
}

/** Ops computed by the SIMD code of math/registry.ts (bit-identical to their `evaluate`). */
export const NATIVE_MATH_OPS = new Set<ComputeOp>(Object.keys(NATIVE_MATH) as NativeMathOp[]);

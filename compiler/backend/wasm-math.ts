// The wasm SIMD instance of the transcendental functions of math/registry.ts: each becomes an
// internal function over f64x2, and over f32x4 either f32 code of its own (sin, cos:
// math/trig32.ts) or a wrapper that runs the f64x2 code on both halves. Same operations,
// same order as the interpreter's scalar instances: bit-identical in f64 and in f32.
import { type WasmModule, type Expr, type LaneType, types } from './binaryen.js';
import { softplusSigmoid, type MathOps } from '../math/core.js';
import { NATIVE_MATH, nativeArity, type NativeMathOp, type PairFirst } from '../math/registry.js';
import { sincos, INV_PIO2, PIO2_1, PIO2_2, PIO2_3, ROUND } from '../math/trig.js';
import { sin32, cos32, tan32, sincos32 } from '../math/trig32.js';
import { exp32, tanh32, sigmoid32 } from '../math/exp32.js';
import { log32, log1p32, softplus32, softplusSigmoid32 } from '../math/log32.js';
import { atan32, atan2_32, asin32, acos32 } from '../math/atan32.js';
import type { Math32Ops } from '../math/core32.js';

/** A value inside a function being built: re-readable (a local) or rebuilt (a constant). */
type Value = () => Expr;

function f64Bytes(v: number): Uint8Array {
  const b = new Uint8Array(16);
  const view = new DataView(b.buffer);
  view.setFloat64(0, v, true);
  view.setFloat64(8, v, true);
  return b;
}

function f32Bytes(v: number): Uint8Array {
  const b = new Uint8Array(16);
  const view = new DataView(b.buffer);
  for (let i = 0; i < 4; i++) view.setFloat32(4 * i, v, true);
  return b;
}

function i64Bytes(hi: number, lo: number): Uint8Array {
  const b = new Uint8Array(16);
  const view = new DataView(b.buffer);
  for (const at of [0, 8]) { view.setUint32(at, lo, true); view.setUint32(at + 4, hi, true); }
  return b;
}

/** Code being built into a function body: locals from `firstLocal` on, and the rare branch. */
class SimdBody {
  readonly body: Expr[] = [];
  locals = 0;
  constructor(protected readonly m: WasmModule, protected readonly firstLocal: number) {}

  protected let(e: Expr): Value {
    const index = this.firstLocal + this.locals++;
    this.body.push(this.m.set(index, e));
    return () => this.m.get(index, types.v128);
  }

  rare = (mask: Value, fast: Value, slow: () => Value): Value => {
    const index = this.firstLocal + this.locals++;
    this.body.push(this.m.set(index, fast()));
    // the slow code goes into the branch: everything it pushes is moved there
    const start = this.body.length;
    const s = slow();
    const branch = this.body.splice(start);
    branch.push(this.m.set(index, this.m.bitselect(s(), this.m.get(index, types.v128), mask())));
    this.body.push(this.m.if(this.m.anyTrue(mask()), this.m.block(null, branch)));
    return () => this.m.get(index, types.v128);
  };
}

class SimdOps extends SimdBody implements MathOps<Value, Value> {

  c = (v: number): Value => () => this.m.v128Const(f64Bytes(v));
  private bits = (hi: number, lo: number): Value => () => this.m.v128Const(i64Bytes(hi, lo));
  private bin = (op: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max' | 'lt' | 'gt' | 'ge' | 'eq' | 'ne') => (a: Value, b: Value) => this.let(this.m.binary('f64x2', op, a(), b()));
  add = this.bin('add'); sub = this.bin('sub'); mul = this.bin('mul'); div = this.bin('div');
  min = this.bin('min'); max = this.bin('max');
  lt = this.bin('lt'); gt = this.bin('gt'); ge = this.bin('ge'); eq = this.bin('eq'); ne = this.bin('ne');
  abs = (a: Value) => this.let(this.m.unary('f64x2', 'abs', a()));
  floor = (a: Value) => this.let(this.m.unary('f64x2', 'floor', a()));
  sqrt = (a: Value) => this.let(this.m.unary('f64x2', 'sqrt', a()));
  or = (a: Value, b: Value) => this.let(this.m.or(a(), b()));
  and = (a: Value, b: Value) => this.let(this.m.and(a(), b()));
  select = (mask: Value, a: Value, b: Value) => this.let(this.m.bitselect(a(), b(), mask()));

  shared = (name: string, body: (o: MathOps<Value, Value>, ...args: Value[]) => Value, ...args: Value[]): Value => {
    const fn = `native_${name}_f64x2`;
    if (!this.m.hasFunction(fn)) {
      const o = new SimdOps(this.m, args.length);
      const result = body(o, ...args.map((_, i) => () => this.m.get(i, types.v128)));
      this.m.addVectorFunction(fn, args.length, o.locals, this.m.block(null, [...o.body, result()], types.v128));
    }
    return this.let(this.m.call(fn, args.map((a) => a()), types.v128));
  };

  loop = (state: Value[], cond: (state: Value[]) => Value, step: (state: Value[]) => Value[]): Value[] => {
    // (the state is read back after the loop: callers get its locals)
    const m = this.m;
    const slots = state.map(() => this.firstLocal + this.locals++);
    slots.forEach((slot, i) => this.body.push(m.set(slot, state[i]!())));
    const current = slots.map((slot) => () => m.get(slot, types.v128));
    const start = this.body.length;
    const c = cond(current);
    const next = step(current).map((v) => this.let(v())); // fresh locals: the updates can't alias
    const code = this.body.splice(start);
    const label = `loop_${slots[0]}`;
    // loop { cond; step; if (any lane's cond) { state = cond ? next : state; continue } }: lanes
    // whose cond is false keep their state, as the scalar while loop
    const update = slots.map((slot, i) => m.set(slot, m.bitselect(next[i]!(), current[i]!(), c())));
    this.body.push(m.loop(label, m.block(null, [...code, m.if(m.anyTrue(c()), m.block(null, [...update, m.br(label)]))])));
    return current;
  };

  ldexp = (p: Value, k: Value): Value => {
    const m = this.m;
    // k is integral: its value sits in the low bits of k + 1.5 * 2^52
    const ki = this.let(m.i64x2('sub', m.binary('f64x2', 'add', k(), this.c(6755399441055744)()), this.bits(0x43380000, 0)()));
    const a = this.let(m.i64x2Shift('shr_s', ki(), 1));
    const b = this.let(m.i64x2('sub', ki(), a()));
    const pow2 = (e: Value) => m.i64x2Shift('shl', m.i64x2('add', e(), this.bits(0, 1023)()), 52);
    return this.let(m.binary('f64x2', 'mul', m.binary('f64x2', 'mul', p(), pow2(a)), pow2(b)));
  };

  pow2 = (k: Value): Value => {
    const m = this.m;
    // k + 1.5 * 2^52 holds k in its low bits; (k + 1023) << 52 is 2^k's bit pattern
    const ki = m.i64x2('sub', m.binary('f64x2', 'add', k(), this.c(6755399441055744)()), this.bits(0x43380000, 0)());
    return this.let(m.i64x2Shift('shl', m.i64x2('add', ki, this.bits(0, 1023)()), 52));
  };

  frexp = (x: Value): [Value, Value] => {
    const m = this.m;
    // the biased exponent, as a double: bits(2^52) | e gives 2^52 + e exactly
    const biased = m.binary('f64x2', 'sub', m.or(m.i64x2Shift('shr_u', x(), 52), this.bits(0x43300000, 0)()), this.c(4503599627370496)());
    const e = this.let(m.binary('f64x2', 'sub', biased, this.c(1023)()));
    const mant = this.let(m.or(m.and(x(), this.bits(0x000fffff, 0xffffffff)()), this.bits(0x3ff00000, 0)()));
    return [e, mant];
  };

  clearLow = (x: Value): Value => this.let(this.m.and(x(), this.bits(0xffffffff, 0)()));

  copysign = (t: Value, x: Value): Value =>
    this.let(this.m.or(this.m.and(t(), this.bits(0x7fffffff, 0xffffffff)()), this.m.and(x(), this.bits(0x80000000, 0)())));
}

function i32Bytes(v: number): Uint8Array {
  return new Uint8Array(new Int32Array([v, v, v, v]).buffer);
}

/** The f32x4 instance of the f32 builtins (math/core32.ts): four points per instruction. */
class Simd32Ops extends SimdBody implements Math32Ops<Value, Value> {
  c = (v: number): Value => () => this.m.v128Const(f32Bytes(v));
  private bin = (op: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max' | 'lt' | 'gt' | 'ge' | 'eq' | 'ne') => (a: Value, b: Value) => this.let(this.m.binary('f32x4', op, a(), b()));
  add = this.bin('add'); sub = this.bin('sub'); mul = this.bin('mul'); div = this.bin('div');
  min = this.bin('min'); max = this.bin('max');
  lt = this.bin('lt'); gt = this.bin('gt'); ge = this.bin('ge'); eq = this.bin('eq'); ne = this.bin('ne');
  abs = (a: Value) => this.let(this.m.unary('f32x4', 'abs', a()));
  floor = (a: Value) => this.let(this.m.unary('f32x4', 'floor', a()));
  sqrt = (a: Value) => this.let(this.m.unary('f32x4', 'sqrt', a()));
  or = (a: Value, b: Value) => this.let(this.m.or(a(), b()));
  select = (mask: Value, a: Value, b: Value) => this.let(this.m.bitselect(a(), b(), mask()));

  ldexp = (p: Value, k: Value): Value => {
    const m = this.m;
    const ki = this.let(m.truncSatF32x4(k())); // integral already: exact (NaN: 0, as the scalar code)
    const a = this.let(m.i32x4Shift('shr_s', ki(), 1));
    const b = this.let(m.i32x4('sub', ki(), a()));
    const pow2 = (e: Value) => m.i32x4Shift('shl', m.i32x4('add', e(), m.v128Const(i32Bytes(127))), 23);
    return this.let(m.binary('f32x4', 'mul', m.binary('f32x4', 'mul', p(), pow2(a)), pow2(b)));
  };

  frexp = (x: Value): [Value, Value] => {
    const m = this.m;
    const i = (v: number) => m.v128Const(i32Bytes(v));
    // the biased exponent, as an f32: bits(2^23) | e gives 2^23 + e exactly
    const biased = m.binary('f32x4', 'sub', m.or(m.i32x4Shift('shr_u', x(), 23), i(0x4b000000)), this.c(8388608)());
    const e = this.let(m.binary('f32x4', 'sub', biased, this.c(127)()));
    const mant = this.let(m.or(m.and(x(), i(0x007fffff)), i(0x3f800000)));
    return [e, mant];
  };

  copysign = (t: Value, x: Value): Value =>
    this.let(this.m.or(this.m.and(t(), this.m.v128Const(i32Bytes(0x7fffffff))), this.m.and(x(), this.m.v128Const(i32Bytes(-0x80000000)))));

  /** f64x2 code on both halves of the args (each promoted into a local), demoted back to f32x4. */
  private halves(args: Value[], f: (halves: Value[]) => Expr[]): Value[] {
    const m = this.m;
    const half = (high: boolean) => f(args.map((a) => this.let(m.promoteLow(high ? highHalf(m, a) : a()))));
    const lo = half(false), hi = half(true);
    return lo.map((l, i) => this.let(mergeHalves(m, l, hi[i]!)));
  }

  reduceWide = (x: Value): [Value, Value, Value] => {
    const [k, hi, lo] = this.halves([x], ([xh]) => {
      const m = this.m;
      const c = (v: number) => m.v128Const(f64Bytes(v));
      const k = this.let(m.binary('f64x2', 'sub', m.binary('f64x2', 'add', m.binary('f64x2', 'mul', xh!(), c(INV_PIO2)), c(ROUND)), c(ROUND)));
      const sub = (a: Expr, p: number) => m.binary('f64x2', 'sub', a, m.binary('f64x2', 'mul', k(), c(p)));
      const r = this.let(sub(sub(sub(xh!(), PIO2_1), PIO2_2), PIO2_3));
      // hi = f32(r) back in f64 (exact), and lo = r - hi, exact in f64 and rounded by the demote
      const hi = this.let(m.promoteLow(m.demoteZero(r())));
      return [k(), hi(), m.binary('f64x2', 'sub', r(), hi())];
    });
    return [k!, hi!, lo!];
  };

  wide = (op: 'sin' | 'cos' | 'tan', x: Value): Value => {
    const inner = ensureNativeMath(this.m, op, 'f64x2');
    return this.halves([x], (h) => [this.m.call(inner, h.map((v) => v()), types.v128)])[0]!;
  };
}

const HIGH = [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15];
/** The high two lanes of an f32x4 in the low two (for promoteLow). */
function highHalf(m: WasmModule, x: () => Expr): Expr {
  return m.shuffle(x(), x(), HIGH);
}
/** Two f64x2 demoted and put together as one f32x4 (lo's lanes first). */
function mergeHalves(m: WasmModule, lo: Expr, hi: Expr): Expr {
  return m.shuffle(m.demoteZero(lo), m.demoteZero(hi), [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]);
}

/** Builtins whose f32x4 code is f32 code of its own (math/*32.ts), not the f64 code twice. */
const NATIVE32 = {
  sin: sin32, cos: cos32, tan: tan32, exp: exp32, tanh: tanh32, sigmoid: sigmoid32, log: log32, log1p: log1p32, softplus: softplus32, atan: atan32, atan2: atan2_32,
  asin: asin32, acos: acos32,
} as const;

export function nativeFunctionName(op: NativeMathOp, lane: LaneType): string {
  return `native_${op}_${lane}`;
}

/** Adds the internal function for `op` on `lane` (and what it calls) unless already there. */
export function ensureNativeMath(m: WasmModule, op: NativeMathOp, lane: LaneType): string {
  const name = nativeFunctionName(op, lane);
  if (m.hasFunction(name)) return name;
  const arity = nativeArity(op);
  if (lane === 'f64x2') {
    const o = new SimdOps(m, arity);
    const fn = NATIVE_MATH[op] as (o: MathOps<Value, Value>, ...x: Value[]) => Value;
    const result = fn(o, ...Array.from({ length: arity }, (_, i) => () => m.get(i, types.v128)));
    m.addVectorFunction(name, arity, o.locals, m.block(null, [...o.body, result()], types.v128));
  } else if (op in NATIVE32) {
    const o = new Simd32Ops(m, arity);
    const fn = NATIVE32[op as keyof typeof NATIVE32] as (o: Math32Ops<Value, Value>, ...x: Value[]) => Value;
    const result = fn(o, ...Array.from({ length: arity }, (_, i) => () => m.get(i, types.v128)));
    m.addVectorFunction(name, arity, o.locals, m.block(null, [...o.body, result()], types.v128));
  } else {
    // f32x4: promote each half to f64x2, compute, demote, and put the halves back together
    const inner = ensureNativeMath(m, op, 'f64x2');
    const args = Array.from({ length: arity }, (_, i) => () => m.get(i, types.v128));
    const lo = m.call(inner, args.map((x) => m.promoteLow(x())), types.v128);
    const hi = m.call(inner, args.map((x) => m.promoteLow(highHalf(m, x))), types.v128);
    m.addVectorFunction(name, arity, 0, mergeHalves(m, lo, hi));
  }
  return name;
}

const PAIR_NAMES: Record<PairFirst, string> = { sin: 'sincos', softplus: 'softplus_sigmoid' };
const PAIR64: Record<PairFirst, (o: MathOps<Value, Value>, x: Value) => [Value, Value]> = { sin: sincos, softplus: softplusSigmoid };
const PAIR32: Record<PairFirst, (o: Math32Ops<Value, Value>, x: Value) => [Value, Value]> = { sin: sincos32, softplus: softplusSigmoid32 };

/** `native_<pair>_<lane>(x)` (`native_sincos_f64x2`, ...): both results of a pair (math/registry.ts NATIVE_PAIRS) as a tuple. */
export function ensureNativePair(m: WasmModule, first: PairFirst, lane: LaneType): string {
  const name = `native_${PAIR_NAMES[first]}_${lane}`;
  if (m.hasFunction(name)) return name;
  if (lane === 'f64x2') {
    const o = new SimdOps(m, 1);
    const [a, b] = PAIR64[first](o, () => m.get(0, types.v128));
    m.addVectorTupleFunction(name, 1, 2, o.locals, m.block(null, [...o.body, m.tupleMake([a(), b()])], m.vectorTuple(2)));
  } else {
    const o = new Simd32Ops(m, 1);
    const [a, b] = PAIR32[first](o, () => m.get(0, types.v128));
    m.addVectorTupleFunction(name, 1, 2, o.locals, m.block(null, [...o.body, m.tupleMake([a(), b()])], m.vectorTuple(2)));
  }
  return name;
}

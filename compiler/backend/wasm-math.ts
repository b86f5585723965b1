// The wasm SIMD instance of the transcendental functions of ir/native-math.ts: each becomes an
// internal function over f64x2 (and an f32x4 wrapper that runs the f64x2 code on both halves).
// Same operations, same order as the interpreter's scalar instance: bit-identical in f64.
import { type WasmModule, type Expr, type LaneType, types } from './binaryen.js';
import { NATIVE_MATH, nativeArity, type MathOps, type NativeMathOp } from '../ir/native-math.js';
import { sincos } from '../ir/native-trig.js';

/** A value inside a function being built: re-readable (a local) or rebuilt (a constant). */
type Value = () => Expr;

function f64Bytes(v: number): Uint8Array {
  const b = new Uint8Array(16);
  const view = new DataView(b.buffer);
  view.setFloat64(0, v, true);
  view.setFloat64(8, v, true);
  return b;
}

function i64Bytes(hi: number, lo: number): Uint8Array {
  const b = new Uint8Array(16);
  const view = new DataView(b.buffer);
  for (const at of [0, 8]) { view.setUint32(at, lo, true); view.setUint32(at + 4, hi, true); }
  return b;
}

class SimdOps implements MathOps<Value, Value> {
  readonly body: Expr[] = [];
  locals = 0;
  constructor(private readonly m: WasmModule, private readonly firstLocal: number) {}

  private let(e: Expr): Value {
    const index = this.firstLocal + this.locals++;
    this.body.push(this.m.set(index, e));
    return () => this.m.get(index, types.v128);
  }

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

  ldexp = (p: Value, k: Value): Value => {
    const m = this.m;
    // k is integral: its value sits in the low bits of k + 1.5 * 2^52
    const ki = this.let(m.i64x2('sub', m.binary('f64x2', 'add', k(), this.c(6755399441055744)()), this.bits(0x43380000, 0)()));
    const a = this.let(m.i64x2Shift('shr_s', ki(), 1));
    const b = this.let(m.i64x2('sub', ki(), a()));
    const pow2 = (e: Value) => m.i64x2Shift('shl', m.i64x2('add', e(), this.bits(0, 1023)()), 52);
    return this.let(m.binary('f64x2', 'mul', m.binary('f64x2', 'mul', p(), pow2(a)), pow2(b)));
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
  } else {
    // f32x4: promote each half to f64x2, compute, demote, and put the halves back together
    const inner = ensureNativeMath(m, op, 'f64x2');
    const args = Array.from({ length: arity }, (_, i) => () => m.get(i, types.v128));
    const high = (x: () => Expr) => m.shuffle(x(), x(), [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15]);
    const lo = m.call(inner, args.map((x) => m.promoteLow(x())), types.v128);
    const hi = m.call(inner, args.map((x) => m.promoteLow(high(x))), types.v128);
    const merged = m.shuffle(m.demoteZero(lo), m.demoteZero(hi), [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]);
    m.addVectorFunction(name, arity, 0, merged);
  }
  return name;
}

/**
 * `native_sincos_<lane>(x)`: sin(x) and cos(x) as two results, one range reduction and one pass
 * of each kernel polynomial for both (bit-identical to native_sin and native_cos).
 */
export function ensureNativeSinCos(m: WasmModule, lane: LaneType): string {
  const name = `native_sincos_${lane}`;
  if (m.hasFunction(name)) return name;
  if (lane === 'f64x2') {
    const o = new SimdOps(m, 1);
    const [s, c] = sincos(o, () => m.get(0, types.v128));
    m.addVectorTupleFunction(name, 1, 2, o.locals, m.block(null, [...o.body, m.tupleMake([s(), c()])], m.vectorTuple(2)));
  } else {
    // f32x4: both halves through the f64x2 function, as ensureNativeMath's wrapper does
    const inner = ensureNativeSinCos(m, 'f64x2');
    const x = () => m.get(0, types.v128);
    const high = m.shuffle(x(), x(), [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15]);
    const LO = 1, HI = 2; // tuple locals
    const pair = (t: number) => m.get(t, m.vectorTuple(2));
    const merged = (k: number) => m.shuffle(m.demoteZero(m.tupleExtract(pair(LO), k)), m.demoteZero(m.tupleExtract(pair(HI), k)), [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]);
    m.raw.addFunction(name, m.vectorTuple(1), m.vectorTuple(2), [m.vectorTuple(2), m.vectorTuple(2)], m.block(null, [
      m.set(LO, m.call(inner, [m.promoteLow(x())], m.vectorTuple(2))),
      m.set(HI, m.call(inner, [m.promoteLow(high)], m.vectorTuple(2))),
      m.tupleMake([merged(0), merged(1)]),
    ], m.vectorTuple(2)));
  }
  return name;
}

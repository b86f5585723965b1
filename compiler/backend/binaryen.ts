// The only file that imports binaryen: a thin typed wrapper with what the wasm renderer needs.
// Loading binaryen costs a few hundred ms, so only code paths that emit wasm import this file.
import binaryen from 'binaryen';

export type Expr = number;
export type LaneType = 'f64x2' | 'f32x4';

export const types = { i32: binaryen.i32, f32: binaryen.f32, f64: binaryen.f64, v128: binaryen.v128, none: binaryen.none };

export type NativeUnary = 'neg' | 'abs' | 'sqrt' | 'floor' | 'ceil';
export type NativeBinary = 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max' | 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';

export class WasmModule {
  private readonly m = new binaryen.Module();

  constructor() {
    this.m.setFeatures(binaryen.Features.SIMD128 | binaryen.Features.BulkMemory | binaryen.Features.BulkMemoryOpt | binaryen.Features.MutableGlobals | binaryen.Features.SignExt | binaryen.Features.Multivalue);
  }

  get raw(): binaryen.Module {
    return this.m;
  }

  // --- scalars and control ---
  i32(v: number): Expr { return this.m.i32.const(v); }
  get(index: number, type: number): Expr { return this.m.local.get(index, type); }
  set(index: number, value: Expr): Expr { return this.m.local.set(index, value); }
  i32Add(a: Expr, b: Expr): Expr { return this.m.i32.add(a, b); }
  i32Sub(a: Expr, b: Expr): Expr { return this.m.i32.sub(a, b); }
  i32Mul(a: Expr, b: Expr): Expr { return this.m.i32.mul(a, b); }
  i32LtU(a: Expr, b: Expr): Expr { return this.m.i32.lt_u(a, b); }
  i32LtS(a: Expr, b: Expr): Expr { return this.m.i32.lt_s(a, b); }
  i32Shl(a: Expr, b: Expr): Expr { return this.m.i32.shl(a, b); }
  i32GeU(a: Expr, b: Expr): Expr { return this.m.i32.ge_u(a, b); }
  i32And(a: Expr, b: Expr): Expr { return this.m.i32.and(a, b); }
  block(label: string | null, body: Expr[], type: number = binaryen.none): Expr { return this.m.block(label, body, type); }
  loop(label: string, body: Expr): Expr { return this.m.loop(label, body); }
  br(label: string, condition?: Expr): Expr { return this.m.br(label, condition); }
  if(condition: Expr, then: Expr, otherwise?: Expr): Expr { return this.m.if(condition, then, otherwise); }
  memoryCopy(dest: Expr, src: Expr, size: Expr): Expr { return this.m.memory.copy(dest, src, size); }
  memoryFill(dest: Expr, value: Expr, size: Expr): Expr { return this.m.memory.fill(dest, value, size); }
  call(name: string, args: Expr[], result: number): Expr { return this.m.call(name, args, result); }
  /** Scalar numbers of 4 or 8 bytes (f32 or f64): what the flow's integrator loops compute on. */
  scalarType(bytes: 4 | 8): number { return bytes === 8 ? binaryen.f64 : binaryen.f32; }
  fConst(bytes: 4 | 8, v: number): Expr { return bytes === 8 ? this.m.f64.const(v) : this.m.f32.const(v); }
  fLoad(bytes: 4 | 8, offset: number, ptr: Expr): Expr { return bytes === 8 ? this.m.f64.load(offset, 8, ptr) : this.m.f32.load(offset, 4, ptr); }
  fStore(bytes: 4 | 8, offset: number, ptr: Expr, value: Expr): Expr { return bytes === 8 ? this.m.f64.store(offset, 8, ptr, value) : this.m.f32.store(offset, 4, ptr, value); }
  fAdd(bytes: 4 | 8, a: Expr, b: Expr): Expr { return bytes === 8 ? this.m.f64.add(a, b) : this.m.f32.add(a, b); }
  fMul(bytes: 4 | 8, a: Expr, b: Expr): Expr { return bytes === 8 ? this.m.f64.mul(a, b) : this.m.f32.mul(a, b); }
  /** An i32 as a scalar of `bytes` (signed). */
  fFromI32(bytes: 4 | 8, x: Expr): Expr { return bytes === 8 ? this.m.f64.convert_s.i32(x) : this.m.f32.convert_s.i32(x); }
  f64PromoteF32(x: Expr): Expr { return this.m.f64.promote(x); }
  /** A scalar f64 operation (the flow's step-size control). */
  f64Op(op: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max' | 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne', a: Expr, b: Expr): Expr { return this.m.f64[op](a, b); }
  f64Unary(op: 'abs' | 'sqrt' | 'neg', a: Expr): Expr { return this.m.f64[op](a); }
  i32Or(a: Expr, b: Expr): Expr { return this.m.i32.or(a, b); }
  i32FromF64(x: Expr): Expr { return this.m.i32.trunc_s.f64(x); }
  /** condition ? a : b for scalars, both computed (wasm's select takes the condition last). */
  select(condition: Expr, a: Expr, b: Expr): Expr { return this.m.select(condition, a, b); }
  i32Eqz(a: Expr): Expr { return this.m.i32.eqz(a); }
  f32DemoteF64(x: Expr): Expr { return this.m.f32.demote(x); }

  // --- SIMD ---
  v128Const(bytes: ArrayLike<number>): Expr { return this.m.v128.const(bytes); }
  splat(lane: LaneType, x: Expr): Expr { return this.m[lane].splat(x); }
  extractLane(lane: LaneType, v: Expr, index: number): Expr { return this.m[lane].extract_lane(v, index); }
  replaceLane(lane: LaneType, v: Expr, index: number, x: Expr): Expr { return this.m[lane].replace_lane(v, index, x); }
  unary(lane: LaneType, op: NativeUnary, x: Expr): Expr { return this.m[lane][op](x); }
  binary(lane: LaneType, op: NativeBinary, a: Expr, b: Expr): Expr { return this.m[lane][op](a, b); }
  /**
   * Relaxed SIMD's fused a * b + c (the JS API has no builder for it: the C API's). The module
   * must have called allowRelaxedSimd().
   */
  relaxedMadd(lane: LaneType, a: Expr, b: Expr, c: Expr): Expr {
    const op = lane === 'f64x2' ? binaryen.RelaxedMaddVecF64x2 : binaryen.RelaxedMaddVecF32x4;
    return (binaryen as unknown as { _BinaryenSIMDTernary(m: number, op: number, a: Expr, b: Expr, c: Expr): Expr })._BinaryenSIMDTernary(this.m.ptr, op, a, b, c);
  }
  allowRelaxedSimd(): void {
    this.m.setFeatures(this.m.getFeatures() | binaryen.Features.RelaxedSIMD);
  }
  and(a: Expr, b: Expr): Expr { return this.m.v128.and(a, b); }
  or(a: Expr, b: Expr): Expr { return this.m.v128.or(a, b); }
  not(a: Expr): Expr { return this.m.v128.not(a); }
  anyTrue(a: Expr): Expr { return this.m.v128.any_true(a); }
  /** Lane-wise `mask ? a : b`. */
  bitselect(a: Expr, b: Expr, mask: Expr): Expr { return this.m.v128.bitselect(a, b, mask); }
  loadSplat(bytes: 4 | 8, offset: number, ptr: Expr): Expr {
    return bytes === 8 ? this.m.v128.load64_splat(offset, 8, ptr) : this.m.v128.load32_splat(offset, 4, ptr);
  }
  loadLane(bytes: 4 | 8, offset: number, lane: number, ptr: Expr, vec: Expr): Expr {
    return bytes === 8 ? this.m.v128.load64_lane(offset, 8, lane, ptr, vec) : this.m.v128.load32_lane(offset, 4, lane, ptr, vec);
  }
  storeLane(bytes: 4 | 8, offset: number, lane: number, ptr: Expr, vec: Expr): Expr {
    return bytes === 8 ? this.m.v128.store64_lane(offset, 8, lane, ptr, vec) : this.m.v128.store32_lane(offset, 4, lane, ptr, vec);
  }
  store(offset: number, ptr: Expr, vec: Expr): Expr { return this.m.v128.store(offset, 4, ptr, vec); }
  load128(offset: number, ptr: Expr): Expr { return this.m.v128.load(offset, 16, ptr); }
  tee(index: number, value: Expr): Expr { return this.m.local.tee(index, value, binaryen.v128); }
  i64x2(op: 'add' | 'sub', a: Expr, b: Expr): Expr { return this.m.i64x2[op](a, b); }
  i64x2Shift(op: 'shl' | 'shr_s' | 'shr_u', v: Expr, bits: number): Expr { return this.m.i64x2[op](v, this.m.i32.const(bits)); }
  i32x4(op: 'add' | 'sub', a: Expr, b: Expr): Expr { return this.m.i32x4[op](a, b); }
  i32x4Shift(op: 'shl' | 'shr_s' | 'shr_u', v: Expr, bits: number): Expr { return this.m.i32x4[op](v, this.m.i32.const(bits)); }
  /** f32 lanes to i32 lanes, toward zero, saturating (NaN gives 0). */
  truncSatF32x4(v: Expr): Expr { return this.m.i32x4.trunc_sat_f32x4_s(v); }
  /** Bytes picked from the 32 bytes of a and b. */
  shuffle(a: Expr, b: Expr, mask: number[]): Expr { return this.m.i8x16.shuffle(a, b, mask); }
  promoteLow(v: Expr): Expr { return this.m.f64x2.promote_low_f32x4(v); }
  demoteZero(v: Expr): Expr { return this.m.f32x4.demote_f64x2_zero(v); }
  addVectorFunction(name: string, params: number, vars: number, body: Expr): void {
    this.m.addFunction(name, binaryen.createType(new Array(params).fill(binaryen.v128)), binaryen.v128, new Array(vars).fill(binaryen.v128), body);
  }
  /** A function of v128 params returning `results` v128 values (multi-value: sin and cos at once). */
  addVectorTupleFunction(name: string, params: number, results: number, vars: number, body: Expr): void {
    this.m.addFunction(name, binaryen.createType(new Array(params).fill(binaryen.v128)), this.vectorTuple(results), new Array(vars).fill(binaryen.v128), body);
  }
  /** The type of `n` v128 values: a call's result, or a local holding them. */
  vectorTuple(n: number): number { return binaryen.createType(new Array(n).fill(binaryen.v128)); }
  tupleMake(values: Expr[]): Expr { return this.m.tuple.make(values); }
  tupleExtract(tuple: Expr, index: number): Expr { return this.m.tuple.extract(tuple, index); }
  hasFunction(name: string): boolean { return this.m.getFunction(name) !== 0; }

  // --- module ---
  addFunction(name: string, params: number[], vars: number[], body: Expr): void {
    this.m.addFunction(name, binaryen.createType(params), binaryen.none, vars, body);
  }
  exportFunction(name: string): void { this.m.addFunctionExport(name, name); }
  /** The exported memory, with data placed at byte offsets (active segments). */
  setMemory(initialPages: number, data: { offset: number; bytes: Uint8Array }[] = []): void {
    this.m.setMemory(initialPages, 65536, 'memory', data.map((d) => ({ offset: this.m.i32.const(d.offset), data: d.bytes, passive: false })));
  }
  addCustomSection(name: string, contents: Uint8Array): void { this.m.addCustomSection(name, contents); }

  validate(): boolean { return this.m.validate() === 1; }
  optimize(): void {
    binaryen.setOptimizeLevel(2);
    binaryen.setShrinkLevel(0);
    // rarely run code shared by several functions (MathOps' `shared`, math/core.ts) stays one
    // function; so does the evaluate entry the flow's RK4 calls four times a step (backend/flow.ts:
    // inlined, binaryen's precompute aborts on its multi-value sin/cos pairs, and the code grows 4x)
    for (const pattern of ['native_*_large_*', 'evaluate']) {
      binaryen.setPassArgument('no-inline', pattern);
      this.m.runPasses(['no-inline']);
    }
    this.m.optimize();
  }
  /** Only the given binaryen passes (for modules too large for the full optimizer). */
  runPasses(passes: string[]): void { this.m.runPasses(passes); }
  /** A schedule's optimizer: -O2, locals shared only (coalesce-locals, reorder-locals), or nothing. */
  runOptimizer(passes: 'full' | 'locals' | 'none'): void {
    if (passes === 'full') this.optimize();
    else if (passes === 'locals') this.runPasses(['coalesce-locals', 'reorder-locals']);
  }
  emitText(): string { return this.m.emitText(); }
  emitBinary(): Uint8Array { return this.m.emitBinary(); }
  dispose(): void { this.m.dispose(); }
}

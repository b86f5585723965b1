// The loop emitter of the wasm tensor backend: each tensor node as SIMD loops over its elements,
// for a tile of R vectors of points in the entries and on splatted values in the prologue (one
// code for both). Op semantics come from the scalar renderer's table, so both lowerings agree.
import { WasmModule, types, type Expr } from '../binaryen.js';
import { constBytes, emitterFor, type EmitContext, type Layout } from '../wasm.js';
import { ensureNativePair } from '../wasm-math.js';
import type { PairFirst } from '../../math/registry.js';
import type { ComputeOp } from '../../ir/ops.js';
import { sameShape, sizeOf, type ReduceFn, type TensorGraph } from '../../tensor/graph.js';
import type { ProductSchedule, TensorSchedule } from '../../schedule.js';
import { VEC, type Slot } from './memory-plan.js';

export interface Index { i: () => Expr; e: () => Expr }

/**
 * The prologue's products of per-batch matrices (batchMatmul): 2 rows of A by 4 vectors of B's
 * columns a block (8 accumulators, 2 splatted weights, B's vector: 11 of x64's 16 vector
 * registers), the inner dimension in chunks of 16. Measured on W1 W3 of a 784-1024-1024-784 net
 * (bench/param-change.ts): 4 x 2 unchunked 51-55% of the peak, chunks of 64 / 32 / 16 59 / 63 /
 * 66%, 2 x 4 in chunks of 16 71-74%.
 */
export const BATCH_ROWS = 2, BATCH_VECTORS = 4;
/** The inner dimension of those products in chunks (batchMatmul): a chunk of A stays in L2 across the column panels. */
export const BATCH_INNER = 16;

/**
 * The fixed locals of a function whose parameters take the first `base` (an entry's points,
 * outputs and n; none for the prologue): i32 counters and pointers (one per weight row of a
 * block), one pointer per output, then the v128 accumulators and the splatted weights of one step.
 */
export function localsOf(base: number, outputs: number, rows: number) {
  const PA = base + 7;
  const OUT = PA + rows;
  const ACC = OUT + outputs;
  return { I: base, REM: base + 1, SRC: base + 2, A: base + 3, B: base + 4, C: base + 5, PB: base + 6, PA, OUT, ACC, i32s: ACC - base };
}
export type Locals = ReturnType<typeof localsOf>;

/**
 * What the schedule's blocking needs of a function's locals: row pointers for the most rows of a
 * block, and v128 locals for the accumulators and splatted weights of one step (rows x vectors +
 * rows) or a reduction's tile of accumulators, in the entries and in the prologue (one vector).
 */
export function registers(s: TensorSchedule): { rows: number; entry: number; prologue: number } {
  const rows = Math.max(1, ...s.products.map((p) => p.rows));
  const vectors = Math.max(s.tile.block, ...s.products.filter((p) => p.stage === 'point').map((p) => p.vectors));
  // a per-batch product's block (batchMatmul), in the prologue and in a vjp entry's epilogue
  const batch = BATCH_ROWS * (BATCH_VECTORS + 1) + 1;
  // a block of several rows also keeps the step's vectors of points in locals (rows x vectors
  // accumulators, rows splatted weights, vectors of B)
  const block = rows * (vectors + 1) + (rows > 1 ? vectors : 0);
  return { rows: Math.max(rows, BATCH_ROWS), entry: Math.max(block, s.tile.vectors, batch), prologue: Math.max(2 * rows + (rows > 1 ? 1 : 0), batch) };
}

/**
 * Loops over weights, points in lanes: a tile of R vectors (R * lanes points) goes through the
 * graph node by node; a per-point tensor of n elements lives in scratch memory as n groups of R
 * vectors, so a matrix-vector product is a GEMM tile: each weight is loaded (splatted) once for a
 * block of vectors of points, and a block of weight rows shares each load of the points (rows x
 * vectors accumulators). Fused maps (fusion.ts) are computed inside their consumer's loop.
 */
export class LoopEmitter {
  private labels = 0;
  /** Loop labels' prefix: unique within a function (a vjp entry's epilogue has an emitter of its own). */
  labelPrefix = 'l';
  readonly ctx: EmitContext;
  readonly R: number;
  /** Maps computed in pairs (first -> second, fusion.ts pairedMaps), and the tuple local their call's results go to. */
  pairs: ReadonlyMap<number, number> = new Map();
  pairLocal = -1;

  /** `tile`: vectors of points per pass (the schedule's tile in the entries, 1 in the prologue); `products`: each matrix product's blocking. */
  constructor(
    readonly m: WasmModule, readonly layout: Layout, readonly g: TensorGraph, readonly slots: Map<number, Slot>,
    readonly fused: Set<number>, tile: number, readonly products: ReadonlyMap<number, ProductSchedule>, readonly L: Locals, readonly fma = false,
  ) {
    this.ctx = { m, layout, constant: (v) => m.v128Const(constBytes(v, 'f', layout)) };
    this.R = tile;
  }

  get32(l: number): Expr { return this.m.get(l, types.i32); }
  acc(q: number): Expr { return this.m.get(this.L.ACC + q, types.v128); }
  setAcc(q: number, v: Expr): Expr { return this.m.set(this.L.ACC + q, v); }
  private c(v: number): Expr { return this.m.i32(v); }
  private add(a: Expr, b: Expr): Expr { return this.m.i32Add(a, b); }
  private mul(a: Expr, k: number): Expr { return k === 1 ? a : this.m.i32Mul(a, this.c(k)); }

  /** for (counter = 0; counter < count; counter++) body; nothing when count is 0. */
  forRange(counter: number, count: number, body: Expr[]): Expr {
    const m = this.m;
    if (count <= 0) return m.block(null, []);
    const label = `${this.labelPrefix}${this.labels++}`;
    return m.block(null, [
      m.set(counter, this.c(0)),
      m.loop(label, m.block(null, [
        ...body,
        m.set(counter, this.add(this.get32(counter), this.c(1))),
        m.br(label, this.m.i32LtS(this.get32(counter), this.c(count))),
      ])),
    ]);
  }

  /** Byte offset of element e within a slot (thunk: binaryen expressions are used once). */
  private elementBytes(kind: 'point' | 'batch', e: Expr): Expr {
    const stride = kind === 'point' ? this.R * VEC : this.layout.bytes;
    return this.m.i32Shl(e, this.c(Math.log2(stride)));
  }

  /** Lane vector r of element `idx` of node id (a fused map is computed here). */
  read(id: number, idx: Index, r: number): Expr {
    const n = this.g.node(id);
    if (this.fused.has(id)) return this.mapExpr(id, idx, r);
    const slot = this.slots.get(id);
    if (!slot) throw new Error(`internal: node ${id} (${n.op}) has no slot`);
    if (slot.kind === 'inline') return this.m.v128Const(constBytes(n.data![0]!, n.type, this.layout));
    if (slot.kind === 'batch') return this.m.loadSplat(this.layout.bytes, slot.base, this.elementBytes('batch', idx.e()));
    return this.m.load128(slot.base + r * VEC, this.elementBytes('point', idx.e()));
  }

  write(id: number, idx: Index, r: number, value: Expr): Expr {
    const slot = this.slots.get(id);
    if (!slot || slot.kind === 'inline') throw new Error(`internal: node ${id} has no memory`);
    if (slot.kind === 'batch') return this.m.storeLane(this.layout.bytes, slot.base, 0, this.elementBytes('batch', idx.e()), value);
    return this.m.store(slot.base + r * VEC, this.elementBytes('point', idx.e()), value);
  }

  /** The index of an argument of an elementwise op over `shape` (scalars and rows broadcast). */
  private argIndex(arg: number, shape: readonly number[], idx: Index): Index {
    const s = this.g.node(arg).shape;
    if (s.length === 0) return { i: () => this.c(0), e: () => this.c(0) };
    if (sameShape(s, shape)) return idx;
    return { i: idx.i, e: idx.i };
  }

  private mapExpr(id: number, idx: Index, r: number): Expr {
    const n = this.g.node(id);
    const args = n.args.map((a) => () => this.read(a, this.argIndex(a, n.shape, idx), r));
    if (n.fn === 'powi') return this.powi(args[0]!, this.g.constScalar(n.args[1]!)!);
    return emitterFor(n.fn as ComputeOp)(this.ctx, args);
  }

  /** x^n by repeated squaring, the multiplications of ops.ts's powiEvaluate in its order; x^-k = 1 / x^k. */
  private powi(x: () => Expr, n: number): Expr {
    const lane = this.layout.lane;
    if (n < 0) return this.m.binary(lane, 'div', this.ctx.constant(1), this.powi(x, -n));
    let result: (() => Expr) | undefined;
    let base = x;
    for (let k = n; k > 0; k = Math.floor(k / 2)) {
      if (k % 2 === 1) {
        const [r0, b0] = [result, base];
        result = r0 === undefined ? b0 : () => this.m.binary(lane, 'mul', r0(), b0());
      }
      if (k > 1) {
        const b0 = base;
        base = () => this.m.binary(lane, 'mul', b0(), b0());
      }
    }
    return (result ?? (() => this.ctx.constant(1)))();
  }

  /** Loops over the elements of a shape: body(index) for every element. */
  private elements(shape: readonly number[], body: (idx: Index) => Expr[]): Expr {
    if (shape.length === 0) return this.m.block(null, body({ i: () => this.c(0), e: () => this.c(0) }));
    if (shape.length === 1) return this.forRange(this.L.A, shape[0]!, body({ i: () => this.get32(this.L.A), e: () => this.get32(this.L.A) }));
    const k = shape[1]!;
    return this.forRange(this.L.A, shape[0]!, [this.forRange(this.L.B, k, body({ i: () => this.get32(this.L.A), e: () => this.add(this.mul(this.get32(this.L.A), k), this.get32(this.L.B)) }))]);
  }

  private blocks(f: (r: number) => Expr): Expr[] {
    return Array.from({ length: this.R }, (_, r) => f(r));
  }

  emitNode(id: number): Expr {
    const n = this.g.node(id);
    switch (n.op) {
      case 'map': {
        // a pair's first (fusion.ts pairedMaps): both from one native call, its second stored too
        const second = this.pairs.get(id);
        if (second !== undefined) {
          const m = this.m, tuple = m.vectorTuple(2);
          const fn = ensureNativePair(m, n.fn as PairFirst, this.layout.lane);
          return this.elements(n.shape, (idx) => this.blocks((r) => m.block(null, [
            m.set(this.pairLocal, m.call(fn, [this.read(n.args[0]!, this.argIndex(n.args[0]!, n.shape, idx), r)], tuple)),
            this.write(id, idx, r, m.tupleExtract(m.get(this.pairLocal, tuple), 0)),
            this.write(second, idx, r, m.tupleExtract(m.get(this.pairLocal, tuple), 1)),
          ])));
        }
        return this.elements(n.shape, (idx) => this.blocks((r) => this.write(id, idx, r, this.mapExpr(id, idx, r))));
      }
      case 'matmul': return this.matmul(id);
      case 'reduce': return this.reduce(id);
      case 'copy': {
        const [s0, s1] = [n.strides![0] ?? 0, n.strides![1] ?? 0];
        const k = n.shape[1] ?? 1;
        return this.elements(n.shape, (idx) => {
          // source element: offset + i * s0 + j * s1, with j = e - i * k
          const src = () => {
            const j = n.shape.length === 2 ? this.m.i32Sub(idx.e(), this.mul(idx.i(), k)) : this.c(0);
            return this.add(this.c(n.value!), this.add(this.mul(idx.i(), s0), this.mul(j, s1)));
          };
          return this.blocks((r) => this.write(id, idx, r, this.read(n.args[0]!, { i: src, e: src }, r)));
        });
      }
      case 'concat': {
        let offset = 0;
        const parts = n.args.map((a) => {
          const at = offset;
          offset += sizeOf(this.g.node(a).shape);
          return this.elements([sizeOf(this.g.node(a).shape)], (idx) => this.blocks((r) => {
            const out = () => this.add(this.c(at), idx.e());
            return this.write(id, { i: out, e: out }, r, this.read(a, idx, r));
          }));
        });
        return this.m.block(null, parts);
      }
      default: throw new Error(`internal: no loop code for ${n.op}`);
    }
  }

  /**
   * A psum's step over the tile: its accumulators (one vector an element, at `acc`) gain the tile's
   * points, vector r's lanes through `mask(r)` where given (the lanes past a partial tile's points:
   * their rows are zeros, where a term may be Inf or NaN). psum(a): acc[e] += a[e]; psum(a, b):
   * acc[i, j] += sum_c a[i, c] b[j, c], a GEMM over the points.
   */
  accumulate(id: number, acc: number, mask?: (r: number) => Expr): Expr {
    const m = this.m;
    const n = this.g.node(id);
    const lane = this.layout.lane;
    const masked = (x: Expr, r: number) => (mask ? m.and(x, mask(r)) : x);
    const at = (e: () => Expr) => this.add(this.c(acc), this.m.i32Shl(e(), this.c(4)));
    const A = () => this.get32(this.L.A), B = () => this.get32(this.L.B), C = () => this.get32(this.L.C);
    if (n.args.length === 1) {
      const src = n.args[0]!;
      return this.elements(n.shape, (idx) => [
        this.setAcc(0, m.load128(0, at(idx.e))),
        ...this.blocks((r) => this.setAcc(0, m.binary(lane, 'add', this.acc(0), masked(this.read(src, idx, r), r)))),
        m.store(0, at(idx.e), this.acc(0)),
      ]);
    }
    const [a, b] = n.args as [number, number];
    const [rows, cols] = n.shape as [number, number];
    const k = this.g.node(a).shape[1] ?? 1;
    // a's element (i, c) and b's (j, c)
    const ea = () => this.add(this.mul(A(), k), C()), eb = () => this.add(this.mul(B(), k), C());
    const e = () => this.add(this.mul(A(), cols), B());
    const terms = this.blocks((r) => this.setAcc(0, m.binary(lane, 'add', this.acc(0), m.binary(lane, 'mul', masked(this.read(a, { i: A, e: ea }, r), r), masked(this.read(b, { i: B, e: eb }, r), r)))));
    return this.forRange(this.L.A, rows, [this.forRange(this.L.B, cols, [
      this.setAcc(0, m.load128(0, at(e))),
      this.forRange(this.L.C, k, terms),
      m.store(0, at(e), this.acc(0)),
    ])]);
  }

  /** A psum's value from its accumulators: each element's lanes added, stored in its per-batch slot. */
  laneSums(id: number, acc: number): Expr {
    const m = this.m;
    const { lane, lanes, bytes } = this.layout;
    const A = () => this.get32(this.L.A);
    const vector = () => m.load128(0, this.add(this.c(acc), m.i32Shl(A(), this.c(4))));
    let sum = m.extractLane(lane, vector(), 0);
    for (let k = 1; k < lanes; k++) sum = m.fAdd(bytes, sum, m.extractLane(lane, vector(), k));
    return this.forRange(this.L.A, sizeOf(this.g.node(id).shape), [this.write(id, { i: A, e: A }, 0, m.splat(lane, sum))]);
  }

  /** out[i, c] = sum_j A[i, j] B[j, c]: A per batch, B per point (or per batch in the prologue). */
  private matmul(id: number): Expr {
    const m = this.m;
    const n = this.g.node(id);
    const [a, b] = n.args as [number, number];
    const [rows, inner] = this.g.node(a).shape as [number, number];
    const cols = n.shape.length === 2 ? n.shape[1]! : 1;
    const aSlot = this.slots.get(a), bSlot = this.slots.get(b);
    if (aSlot?.kind !== 'batch' || !bSlot || bSlot.kind === 'inline') throw new Error('internal: matmul operands');
    // a product of two per-batch matrices (the prologue): vectors along B's rows
    if (bSlot.kind === 'batch' && cols >= this.layout.lanes) return this.batchMatmul(id, aSlot.base, bSlot.base, rows, inner, cols);
    const bStep = bSlot.kind === 'point' ? this.R * VEC : this.layout.bytes;
    const lane = this.layout.lane;
    const bytes = this.layout.bytes;
    const blocking = this.products.get(id);
    if (!blocking) throw new Error(`internal: matmul ${id} has no schedule`);
    // accumulators per row: a block of vectors of points, the tile's groups of them one after
    // another (each weight row, in L1 after the first group, serves the whole tile)
    const width = Math.min(blocking.vectors, this.R);
    const groups = this.R / width;
    const rowBlock = blocking.rows;
    // rowsAtOnce rows starting at row expression i: the loop over columns and the inner products
    const block = (rowsAtOnce: number, i: () => Expr): Expr => {
      const accs = rowsAtOnce * width;
      const pointers = Array.from({ length: rowsAtOnce }, (_, q) => this.L.PA + q);
      const group = (gr: number): Expr[] => {
        const fromMemory = (r: number) => (bSlot.kind === 'point' ? m.load128(bSlot.base + (gr * width + r) * VEC, this.get32(this.L.PB)) : m.loadSplat(bytes, bSlot.base, this.get32(this.L.PB)));
        // several rows: the step's vectors of B loaded once into locals, each row's products
        // reading them (V8 does not merge the repeated loads: measured 2 rows x 4 vectors 25%
        // slower than 1 row with them, 1.43x faster than it on the same inner loop with them kept)
        const keep = rowsAtOnce > 1;
        const loadB = (r: number) => (keep ? this.acc(accs + rowsAtOnce + r) : fromMemory(r));
        const body: Expr[] = [];
        // the weights of this step, splatted, kept in accumulators' neighbours
        for (let q = 0; q < rowsAtOnce; q++) body.push(this.setAcc(accs + q, m.loadSplat(bytes, aSlot.base, this.get32(pointers[q]!))));
        if (keep) for (let r = 0; r < width; r++) body.push(this.setAcc(accs + rowsAtOnce + r, fromMemory(r)));
        for (let q = 0; q < rowsAtOnce; q++) {
          for (let r = 0; r < width; r++) {
            const acc = q * width + r;
            body.push(this.setAcc(acc, this.fma
              ? m.relaxedMadd(lane, this.acc(accs + q), loadB(r), this.acc(acc))
              : m.binary(lane, 'add', this.acc(acc), m.binary(lane, 'mul', this.acc(accs + q), loadB(r)))));
          }
        }
        for (const p of pointers) body.push(m.set(p, this.add(this.get32(p), this.c(bytes))));
        body.push(m.set(this.L.PB, this.add(this.get32(this.L.PB), this.c(bStep * cols))));
        return [
          ...Array.from({ length: accs }, (_, q) => this.setAcc(q, this.ctx.constant(0))),
          ...pointers.map((p, q) => m.set(p, this.mul(this.add(i(), this.c(q)), inner * bytes))),
          m.set(this.L.PB, this.mul(this.get32(this.L.C), bStep)),
          this.forRange(this.L.B, inner, body),
          ...Array.from({ length: rowsAtOnce }, (_, q) => {
            const e = () => this.add(this.mul(this.add(i(), this.c(q)), cols), this.get32(this.L.C));
            return m.block(null, Array.from({ length: width }, (_, r) => this.write(id, { i: e, e }, gr * width + r, this.acc(q * width + r))));
          }),
        ];
      };
      return this.forRange(this.L.C, cols, Array.from({ length: groups }, (_, gr) => group(gr)).flat());
    };
    const whole = Math.floor(rows / rowBlock);
    const out: Expr[] = [this.forRange(this.L.A, whole, [block(rowBlock, () => this.mul(this.get32(this.L.A), rowBlock))])];
    if (rows % rowBlock > 0) out.push(block(rows % rowBlock, () => this.c(whole * rowBlock)));
    return m.block(null, out);
  }

  /**
   * out = A B, both per batch ([rows, inner] by [inner, cols], row-major scalars): the prologue's
   * contractions of weights, such as W1 W3 (1024 x 784 by 784 x 1024 for a 784-1024-1024-784 net,
   * 8e8 multiply-adds). Each vector holds `lanes` consecutive columns of a row of B and of out, so
   * no lane is wasted (the per-point code's splatted scalars would waste all but one, and walk B
   * down its columns). A block of BATCH_ROWS rows of A by BATCH_VECTORS vectors of columns keeps
   * its accumulators in locals; in each chunk of the inner dimension, the slice of A (rows x
   * BATCH_INNER: 128 KiB here) stays in cache while every column panel passes over it. The
   * columns past the last whole vector go one at a time, lane 0 of splatted vectors.
   */
  private batchMatmul(id: number, aBase: number, bBase: number, rows: number, inner: number, cols: number): Expr {
    const m = this.m;
    const { lane, lanes, bytes } = this.layout;
    const out = this.slots.get(id);
    if (out?.kind !== 'batch') throw new Error('internal: a per-batch product without per-batch memory');
    const Q = BATCH_ROWS, V = BATCH_VECTORS;
    const rowPointer = (q: number) => this.L.PA + q;
    const log2 = Math.log2(bytes);
    // the inner dimension in chunks of BATCH_INNER (from j0, a local's value): each chunk's slice
    // of A (rows x chunk) stays in L2 while every column panel passes over it, where all of A
    // (6.4 MB for 1024 x 784) came from memory once a panel; out accumulates across chunks, in
    // the interpreter's order (acc + a b, j ascending), so the values are the same bits
    const j0 = () => this.get32(this.L.I);
    // rowsAtOnce rows from row expression i by nv vectors (or one column, scalar) from column expression c0, over `count` of the chunk
    const panel = (rowsAtOnce: number, i: () => Expr, nv: number, c0: () => Expr, scalar: boolean, count: number): Expr => {
      const accs = rowsAtOnce * nv;
      const weight = (q: number) => accs + q; // A[i + q, j], splatted
      const column = accs + rowsAtOnce; // B[j, c0 + v * lanes ..], one vector at a time
      const body: Expr[] = [];
      for (let q = 0; q < rowsAtOnce; q++) body.push(this.setAcc(weight(q), m.loadSplat(bytes, aBase, this.get32(rowPointer(q)))));
      for (let v = 0; v < nv; v++) {
        body.push(this.setAcc(column, scalar ? m.loadSplat(bytes, bBase, this.get32(this.L.PB)) : m.load128(bBase + v * VEC, this.get32(this.L.PB))));
        for (let q = 0; q < rowsAtOnce; q++) {
          const acc = q * nv + v;
          body.push(this.setAcc(acc, m.binary(lane, 'add', this.acc(acc), m.binary(lane, 'mul', this.acc(weight(q)), this.acc(column)))));
        }
      }
      for (let q = 0; q < rowsAtOnce; q++) body.push(m.set(rowPointer(q), this.add(this.get32(rowPointer(q)), this.c(bytes))));
      body.push(m.set(this.L.PB, this.add(this.get32(this.L.PB), this.c(cols * bytes))));
      // byte offset of out[i + q, c0 + v * lanes]
      const at = (q: number, v: number) => m.i32Shl(this.add(this.mul(this.add(i(), this.c(q)), cols), this.add(c0(), this.c(v * lanes))), this.c(log2));
      const loads: Expr[] = [], stores: Expr[] = [];
      for (let q = 0; q < rowsAtOnce; q++) {
        for (let v = 0; v < nv; v++) {
          loads.push(this.setAcc(q * nv + v, scalar ? m.loadSplat(bytes, out.base, at(q, v)) : m.load128(out.base, at(q, v))));
          stores.push(scalar ? m.storeLane(bytes, out.base, 0, at(q, v), this.acc(q * nv + v)) : m.store(out.base, at(q, v), this.acc(q * nv + v)));
        }
      }
      return m.block(null, [
        ...loads,
        ...Array.from({ length: rowsAtOnce }, (_, q) => m.set(rowPointer(q), m.i32Shl(this.add(this.mul(this.add(i(), this.c(q)), inner), j0()), this.c(log2)))),
        m.set(this.L.PB, m.i32Shl(this.add(this.mul(j0(), cols), c0()), this.c(log2))),
        this.forRange(this.L.B, count, body),
        ...stores,
      ]);
    };
    // every block of rows past the columns from c0, nv vectors (or one scalar column) wide
    const allRows = (nv: number, c0: () => Expr, scalar: boolean, count: number): Expr[] => {
      const whole = Math.floor(rows / Q);
      const code = [this.forRange(this.L.A, whole, [panel(Q, () => this.mul(this.get32(this.L.A), Q), nv, c0, scalar, count)])];
      if (rows % Q > 0) code.push(panel(rows % Q, () => this.c(whole * Q), nv, c0, scalar, count));
      return code;
    };
    const blockCols = V * lanes;
    const panels = Math.floor(cols / blockCols);
    const vectorsLeft = Math.floor((cols - panels * blockCols) / lanes);
    const firstScalar = panels * blockCols + vectorsLeft * lanes;
    // one chunk of `count` from j0: every column panel over every block of rows
    const chunk = (count: number): Expr[] => {
      const code: Expr[] = [this.forRange(this.L.C, panels, allRows(V, () => this.mul(this.get32(this.L.C), blockCols), false, count))];
      if (vectorsLeft > 0) code.push(...allRows(vectorsLeft, () => this.c(panels * blockCols), false, count));
      if (firstScalar < cols) code.push(this.forRange(this.L.C, cols - firstScalar, allRows(1, () => this.add(this.get32(this.L.C), this.c(firstScalar)), true, count)));
      return code;
    };
    const chunks = Math.floor(inner / BATCH_INNER), rest = inner % BATCH_INNER;
    const code: Expr[] = [m.memoryFill(m.i32(out.base), m.i32(0), m.i32(rows * cols * bytes))];
    if (chunks > 0) {
      // j0 = 0, BATCH_INNER, ...: the chunk counter is L.I scaled
      code.push(m.set(this.L.I, this.c(0)));
      const label = `${this.labelPrefix}${this.labels++}`;
      code.push(m.loop(label, m.block(null, [
        ...chunk(BATCH_INNER),
        m.set(this.L.I, this.add(j0(), this.c(BATCH_INNER))),
        m.br(label, m.i32LtS(j0(), this.c(chunks * BATCH_INNER))),
      ])));
    }
    if (rest > 0) code.push(m.set(this.L.I, this.c(chunks * BATCH_INNER)), ...chunk(rest));
    return m.block(null, code);
  }

  /** Along the last axis (rows of a matrix, or a whole vector) or, for axis 0 of a matrix, down its columns. */
  private reduce(id: number): Expr {
    const m = this.m;
    const n = this.g.node(id);
    const src = n.args[0]!;
    const s = this.g.node(src).shape;
    const byColumn = s.length === 2 && n.value === 0;
    const outCount = sizeOf(n.shape);
    const count = byColumn ? s[0]! : s[s.length - 1]!;
    const [outer, step] = byColumn ? [1, s[1]!] : [count, 1];
    const fn = n.fn as ReduceFn;
    const lane = this.layout.lane;
    const at = (t: () => Expr): Index => {
      const e = () => this.add(this.mul(this.get32(this.L.A), outer), this.mul(t(), step));
      return { i: e, e };
    };
    const body = [
      ...this.blocks((r) => this.setAcc(r, this.read(src, at(() => this.c(0)), r))),
      this.forRange(this.L.B, count - 1, this.blocks((r) => this.setAcc(r, m.binary(lane, fn, this.acc(r), this.read(src, at(() => this.add(this.get32(this.L.B), this.c(1))), r))))),
      ...this.blocks((r) => this.write(id, { i: () => this.get32(this.L.A), e: () => this.get32(this.L.A) }, r, this.acc(r))),
    ];
    return this.forRange(this.L.A, outCount, body);
  }
}

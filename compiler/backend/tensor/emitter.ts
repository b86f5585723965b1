// WebAssembly SIMD for tensor programs: loops over weights, points in lanes. A tile of
// R vectors (R * lanes points) goes through the graph node by node; a per-point tensor of n
// elements lives in scratch memory as n groups of R vectors, so a matrix-vector product is a
// GEMM tile: each weight is loaded (splatted) once for a block of vectors of points, and a block
// of weight rows shares each load of the points (rows x vectors accumulators). Elementwise maps
// used once are fused into their consumer's loop. Per-batch tensors (params, their products, the
// trace's contractions) are scalars in memory, computed by the prologue with the same loop code
// on splatted values. The tile, each product's blocking and the fusion depth are the field's
// schedule (schedule.ts). Op semantics come from the scalar renderer's table (emitterFor), so
// both lowerings agree.
import { WasmModule, types, type Expr } from '../binaryen.js';
import { LAYOUTS, constBytes, emitterFor, type EmitContext, type Layout, type Precision, type WasmOutput } from '../wasm.js';
import type { Entry, EntryOutput } from '../artifact.js';
import type { ComputeOp } from '../../ir/ops.js';
import { sameShape, sizeOf, type ReduceFn, type TensorGraph } from '../../tensor/graph.js';
import { rowNode, type TensorProgram } from '../../tensor/program.js';
import { rowWidth } from '../../ir/program.js';
import { liveNodes } from '../../tensor/interpret.js';
import { addFlowFor, type FlowInfo } from '../flow.js';
import { pointsLoop } from '../points-loop.js';
import type { ProductSchedule, TensorSchedule } from '../../schedule.js';

const VEC = 16;

const align16 = (n: number) => Math.ceil(n / 16) * 16;

/** Where a node's value lives: per-point scratch (R vectors an element), per-batch memory (one scalar an element), or inline. */
export type Slot = { kind: 'point' | 'batch'; base: number } | { kind: 'inline' };
interface Index { i: () => Expr; e: () => Expr }

/**
 * The fixed locals of a function whose parameters take the first `base` (an entry's points,
 * outputs and n; none for the prologue): i32 counters and pointers (one per weight row of a
 * block), one pointer per output, then the v128 accumulators and the splatted weights of one step.
 */
function localsOf(base: number, outputs: number, rows: number) {
  const PA = base + 7;
  const OUT = PA + rows;
  const ACC = OUT + outputs;
  return { I: base, REM: base + 1, SRC: base + 2, A: base + 3, B: base + 4, C: base + 5, PB: base + 6, PA, OUT, ACC, i32s: ACC - base };
}
type Locals = ReturnType<typeof localsOf>;

/**
 * What the schedule's blocking needs of a function's locals: row pointers for the most rows of a
 * block, and v128 locals for the accumulators and splatted weights of one step (rows x vectors +
 * rows) or a reduction's tile of accumulators, in the entries and in the prologue (one vector).
 */
function registers(s: TensorSchedule): { rows: number; entry: number; prologue: number } {
  const rows = Math.max(1, ...s.products.map((p) => p.rows));
  const vectors = Math.max(s.tile.block, ...s.products.filter((p) => p.stage === 'point').map((p) => p.vectors));
  return { rows, entry: Math.max(rows * (vectors + 1), s.tile.vectors), prologue: 2 * rows };
}

class LoopEmitter {
  private labels = 0;
  readonly ctx: EmitContext;
  readonly R: number;

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
    const label = `l${this.labels++}`;
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
      case 'map': return this.elements(n.shape, (idx) => this.blocks((r) => this.write(id, idx, r, this.mapExpr(id, idx, r))));
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

  /** out[i, c] = sum_j A[i, j] B[j, c]: A per batch, B per point (or per batch in the prologue). */
  private matmul(id: number): Expr {
    const m = this.m;
    const n = this.g.node(id);
    const [a, b] = n.args as [number, number];
    const [rows, inner] = this.g.node(a).shape as [number, number];
    const cols = n.shape.length === 2 ? n.shape[1]! : 1;
    const aSlot = this.slots.get(a), bSlot = this.slots.get(b);
    if (aSlot?.kind !== 'batch' || !bSlot || bSlot.kind === 'inline') throw new Error('internal: matmul operands');
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
        const loadB = (r: number) => (bSlot.kind === 'point' ? m.load128(bSlot.base + (gr * width + r) * VEC, this.get32(this.L.PB)) : m.loadSplat(bytes, bSlot.base, this.get32(this.L.PB)));
        const body: Expr[] = [];
        // the weights of this step, splatted, kept in accumulators' neighbours
        for (let q = 0; q < rowsAtOnce; q++) body.push(this.setAcc(accs + q, m.loadSplat(bytes, aSlot.base, this.get32(pointers[q]!))));
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

/** Maps computed inside their only consumer's loop rather than through memory, in chains of at most maxDepth. */
export function fusedMaps(g: TensorGraph, ids: number[], outputs: number[], maxDepth: number): Set<number> {
  const uses = new Map<number, number[]>();
  for (const id of ids) for (const a of g.node(id).args) uses.set(a, [...(uses.get(a) ?? []), id]);
  const fused = new Set<number>();
  const depth = new Map<number, number>();
  for (const id of ids) {
    const n = g.node(id);
    const d = 1 + Math.max(0, ...n.args.map((a) => (fused.has(a) ? depth.get(a)! : 0)));
    depth.set(id, d);
    const users = uses.get(id) ?? [];
    if (n.op !== 'map' || !n.varying || outputs.includes(id) || users.length !== 1 || d > maxDepth) continue;
    const user = g.node(users[0]!);
    // consumers that read an operand more than once (powi's squarings, sign) read memory instead
    const rereads = user.fn === 'powi' || user.fn === 'sign';
    if (user.op === 'map' && user.varying && !rereads && sameShape(user.shape, n.shape) && user.args.filter((a) => a === id).length === 1) fused.add(id);
  }
  return fused;
}

/** An entry's per-point memory: each node's slot, `stride` bytes an element (the tile's vectors), up to scratchEnd. */
export interface EntryPlan { program: TensorProgram; ids: number[]; fused: Set<number>; slots: Map<number, Slot>; stride: number; scratchEnd: number }

/** Per-point buffers (tile vectors an element), reused once their last reader has run. */
export function planEntry(p: TensorProgram, batchSlots: Map<number, Slot>, start: number, schedule: TensorSchedule): EntryPlan {
  const g = p.graph;
  const outputs = [p.outputs.values, p.outputs.divergence, p.outputs.potential].filter((x): x is number => x !== undefined);
  const ids = liveNodes(p).filter((id) => g.node(id).varying);
  const fused = fusedMaps(g, ids, outputs, schedule.fusedDepth);
  const stride = schedule.tile.vectors * VEC;
  // the node whose loop evaluates each node: itself, or the consumer it is fused into
  const host = new Map<number, number>();
  for (let k = ids.length - 1; k >= 0; k--) {
    const id = ids[k]!;
    if (!fused.has(id)) host.set(id, id);
    for (const a of g.node(id).args) if (fused.has(a)) host.set(a, host.get(id)!);
  }
  const lastUse = new Map<number, number>();
  for (const id of ids) for (const a of g.node(id).args) lastUse.set(a, Math.max(lastUse.get(a) ?? -1, host.get(id)!));
  for (const o of outputs) lastUse.set(o, Infinity);
  const slots = new Map(batchSlots);
  const free: { base: number; size: number }[] = [];
  const owner = new Map<number, { base: number; size: number }>();
  let end = start;
  for (const id of ids) {
    if (fused.has(id)) continue;
    for (const [other, block] of owner) {
      if (lastUse.get(other)! < id) { free.push(block); owner.delete(other); }
    }
    const size = align16(sizeOf(g.node(id).shape) * stride);
    free.sort((a, b) => a.size - b.size);
    const k = free.findIndex((b) => b.size >= size);
    const block = k >= 0 ? free.splice(k, 1)[0]! : { base: end, size };
    if (k < 0) end += size;
    owner.set(id, block);
    slots.set(id, { kind: 'point', base: block.base });
  }
  return { program: p, ids, fused, slots, stride, scratchEnd: end };
}

/** Byte offsets, from the start of the outputs' scratch, of each output's partial tile (tile x width numbers). */
function tileScratch(outputs: readonly EntryOutput[], layout: Layout, vectors: number): { at: number[]; size: number } {
  let size = 0;
  const at = outputs.map((o) => { const here = size; size += align16(vectors * layout.lanes * o.width * layout.bytes); return here; });
  return { at, size };
}

/**
 * `name(points, out_0, ..., out_k, n)`: the entry's outputs over n points, tiles of the
 * schedule's vectors, a partial tile through zeroed scratch.
 */
function addEntry(m: WasmModule, entry: Entry<TensorProgram>, plan: EntryPlan, layout: Layout, io: { scratchIn: number; scratchOut: number }, schedule: TensorSchedule, fma: boolean): void {
  const p = plan.program;
  const g = p.graph;
  const outputs = entry.outputs;
  const { bytes, lanes } = layout;
  const vectors = schedule.tile.vectors;
  const tile = vectors * lanes;
  const P_N = outputs.length + 1;
  const regs = registers(schedule);
  const L = localsOf(P_N + 1, outputs.length, regs.rows);
  const em = new LoopEmitter(m, layout, g, plan.slots, plan.fused, vectors, productsOf(schedule), L, fma);
  const i32 = (l: number) => m.get(l, types.i32);
  // a point's row: its coordinates, then its conditions
  const row = rowNode(p), width = rowWidth(p);
  const rowBytes = width * bytes;
  const body: Expr[] = [];
  // gather the tile's points, number c of vector r's rows into the row node's element c (when
  // read: a divergence that does not depend on the point, e.g. of a piecewise constant f, does not)
  if (plan.slots.get(row)?.kind === 'point') body.push(em.forRange(L.A, width, Array.from({ length: vectors }, (_, r) => {
    const ptr = () => m.i32Add(i32(L.SRC), m.i32Mul(i32(L.A), m.i32(bytes)));
    let v = m.loadSplat(bytes, r * lanes * rowBytes, ptr());
    for (let k = 1; k < lanes; k++) v = m.loadLane(bytes, (r * lanes + k) * rowBytes, k, ptr(), v);
    return em.write(row, { i: () => i32(L.A), e: () => i32(L.A) }, r, v);
  })));
  for (const id of plan.ids) if (id !== row && !plan.fused.has(id) && plan.slots.get(id)?.kind === 'point') body.push(em.emitNode(id));
  // each output: width 1 is one vector per R (its lanes are consecutive points); wider ones are
  // stored lane by lane into their rows
  outputs.forEach((o, k) => {
    const node = p.outputs[o.slot]!;
    const out = L.OUT + k;
    if (o.width === 1) {
      for (let r = 0; r < vectors; r++) body.push(m.store(r * VEC, i32(out), em.read(node, { i: () => m.i32(0), e: () => m.i32(0) }, r)));
      return;
    }
    const outRow = o.width * bytes;
    body.push(em.forRange(L.A, o.width, Array.from({ length: vectors }, (_, r) => {
      const ptr = () => m.i32Add(i32(out), m.i32Mul(i32(L.A), m.i32(bytes)));
      const stores: Expr[] = [];
      for (let lane = 0; lane < lanes; lane++) stores.push(m.storeLane(bytes, (r * lanes + lane) * outRow, lane, ptr(), em.read(node, { i: () => i32(L.A), e: () => i32(L.A) }, r)));
      return m.block(null, stores);
    })));
  });
  const scratch = tileScratch(outputs, layout, vectors).at.map((at) => io.scratchOut + at);
  const loop = pointsLoop(m, {
    step: tile, rowBytes, bytes, outputs, n: P_N, counter: L.I, left: L.REM, source: L.SRC, output: (k) => L.OUT + k,
    scratchIn: io.scratchIn, scratchOut: scratch,
  }, body);
  m.addFunction(entry.name, new Array(P_N + 1).fill(types.i32), [...new Array(L.i32s).fill(types.i32), ...new Array(regs.entry).fill(types.v128)], loop);
  m.exportFunction(entry.name);
}

export interface TensorWasmInput {
  /** The entry points (artifact.ts entriesOf), their programs sharing one graph. */
  entries: Entry<TensorProgram>[];
  precision: Precision;
  text?: boolean;
  /**
   * The cost model's choices (schedule.ts): the tile, each product's blocking, the fusion depth,
   * binaryen's passes, and whether to also build the same kernel with relaxed SIMD's fused
   * multiply-add in its matrix products (the artifact's custom section `divc.fma`), which the
   * runtime uses where the engine validates it.
   */
  schedule: TensorSchedule;
}

function constData(values: readonly number[], type: 'f' | 'b', layout: Layout): Uint8Array {
  const out = new Uint8Array(values.length * layout.bytes);
  values.forEach((v, k) => out.set(constBytes(v, type, layout).subarray(0, layout.bytes), k * layout.bytes));
  return out;
}

/**
 * Memory of a tensor program: params (slots), then per-batch tensors (constants as data, the rest
 * computed by the prologue; WebGPU reads this whole range as its `batch` binding), the partial
 * tile's scratch (its points, and the outputs of whichever entry runs), and each entry's
 * per-point buffers.
 */
export function tensorLayout(entries: readonly Entry<TensorProgram>[], precision: Precision, schedule: TensorSchedule) {
  const programs = entries.map((e) => e.program);
  const evaluate = programs[0]!;
  const g = evaluate.graph;
  if (programs.some((p) => p.graph !== g)) throw new Error('internal: the entries must share one graph');
  const layout = LAYOUTS[precision];
  const bytes = layout.bytes;
  const live = [...new Set(programs.flatMap((p) => liveNodes(p)))].sort((a, b) => a - b);
  const params = 16;
  const batchStart = align16(params + evaluate.paramSlots * bytes);
  let at = batchStart;
  const batchSlots = new Map<number, Slot>();
  const data: { offset: number; bytes: Uint8Array }[] = [];
  const computed: number[] = [];
  for (const id of live) {
    const n = g.node(id);
    if (n.varying) continue;
    if (n.op === 'param') { batchSlots.set(id, { kind: 'batch', base: params + n.value! * bytes }); continue; }
    if (n.op === 'const' && n.shape.length === 0) { batchSlots.set(id, { kind: 'inline' }); continue; }
    batchSlots.set(id, { kind: 'batch', base: at });
    if (n.op === 'const' || n.op === 'eye') {
      const values = n.op === 'const' ? n.data! : Array.from({ length: sizeOf(n.shape) }, (_, e) => (Math.floor(e / n.shape[0]!) === e % n.shape[0]! ? 1 : 0));
      data.push({ offset: at, bytes: constData(values, n.type, layout) });
    } else computed.push(id);
    at = align16(at + sizeOf(n.shape) * bytes);
  }
  const batchEnd = at;
  const vectors = schedule.tile.vectors;
  const io = { scratchIn: at, scratchOut: align16(at + vectors * layout.lanes * rowWidth(evaluate) * bytes) };
  const scratch = align16(io.scratchOut + Math.max(0, ...entries.map((e) => tileScratch(e.outputs, layout, vectors).size)));
  const plans = programs.map((p) => planEntry(p, batchSlots, scratch, schedule));
  const heap = align16(Math.max(...plans.map((q) => q.scratchEnd)));
  return { layout, live, params, batchStart, batchEnd, batchSlots, data, computed, io, scratch, plans, heap };
}

/** The memory plan shared by the wasm and WGSL renderers (compile.ts makes it once for both). */
export type TensorLayout = ReturnType<typeof tensorLayout>;

export function emitTensorWasm(input: TensorWasmInput, lay: TensorLayout = tensorLayout(input.entries, input.precision, input.schedule)): WasmOutput & { fma?: Uint8Array } {
  const plain = buildModule(input, false, lay);
  const memory = { params: lay.params, batch: { offset: lay.batchStart, count: (lay.batchEnd - lay.batchStart) / lay.layout.bytes, stride: lay.layout.bytes }, heap: lay.heap };
  return { ...plain, memory, ...(input.schedule.fma ? { fma: buildModule(input, true, lay).module } : {}) };
}

/** The schedule's blocking by product node. */
function productsOf(schedule: TensorSchedule): Map<number, ProductSchedule> {
  return new Map(schedule.products.map((p) => [p.node, p]));
}

function buildModule(input: TensorWasmInput, fma: boolean, lay: ReturnType<typeof tensorLayout>): { module: Uint8Array; text: string | undefined; flow?: FlowInfo } {
  const { entries, schedule } = input;
  const g = entries[0]!.program.graph;
  const regs = registers(schedule);
  const { layout, batchSlots, data, computed, io, plans, heap } = lay;
  const m = new WasmModule();
  if (fma) m.allowRelaxedSimd();
  try {
    m.setMemory(Math.ceil(heap / 65536), data);
    plans.forEach((plan, k) => addEntry(m, entries[k]!, plan, layout, io, schedule, fma));
    const flow = addFlowFor(m, entries, layout.bytes);
    const L = localsOf(0, 0, regs.rows);
    const pro = new LoopEmitter(m, layout, g, batchSlots, new Set(), 1, productsOf(schedule), L);
    m.addFunction('prologue', [], [...new Array(L.i32s).fill(types.i32), ...new Array(regs.prologue).fill(types.v128)], m.block(null, computed.map((id) => pro.emitNode(id))));
    m.exportFunction('prologue');
    if (!m.validate()) throw new Error('internal compiler error: binaryen rejected the generated loop module');
    m.runOptimizer(schedule.optimizer.passes);
    // the FMA variant is bare code: the runtime takes metadata and shader from the artifact around it
    return { module: m.emitBinary(), text: input.text && !fma ? m.emitText() : undefined, ...(flow ? { flow } : {}) };
  } finally {
    m.dispose();
  }
}

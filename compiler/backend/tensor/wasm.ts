// The wasm module of a tensor program, the backend's entry point: each entry (tiles of points
// through the loop emitter, a partial tile through scratch), the prologue that computes the
// per-batch tensors, and the flow, all shaped by the field's schedule (schedule.ts).
import { WasmModule, types, type Expr } from '../binaryen.js';
import type { Layout, Precision, WasmOutput } from '../wasm.js';
import type { Entry } from '../artifact.js';
import { rowNode, type TensorProgram } from '../../tensor/program.js';
import { rowWidth } from '../../ir/program.js';
import { addFlowFor, type FlowInfo } from '../flow.js';
import { pointsLoop } from '../points-loop.js';
import type { ProductSchedule, TensorSchedule } from '../../schedule.js';
import { LoopEmitter, localsOf, registers } from './emitter.js';
import { VEC, tensorLayout, tileScratch, type EntryPlan, type TensorLayout } from './memory-plan.js';
import { liveNodes } from '../../tensor/interpret.js';
import { sizeOf } from '../../tensor/graph.js';
import { prologueBits } from './prologue-bits.js';

/**
 * `name(points, out_0, ..., out_k, n)`: the entry's outputs over n points, tiles of the
 * schedule's vectors, a partial tile through zeroed scratch.
 */
function addEntry(m: WasmModule, entry: Entry<TensorProgram>, plan: EntryPlan, layout: Layout, io: { scratchIn: number; scratchOut: number }, schedule: TensorSchedule, fma: boolean, accumulators: ReadonlyMap<number, number>): void {
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
  em.pairs = plan.pairs;
  em.pairLocal = P_N + 1 + L.i32s + regs.entry + (plan.ids.some((id) => g.node(id).op === 'psum') ? vectors : 0);
  const i32 = (l: number) => m.get(l, types.i32);
  // a point's row: its coordinates, then its conditions
  const row = rowNode(p), width = rowWidth(p);
  const rowBytes = width * bytes;
  const body: Expr[] = [];
  // a vjp's psums (sums over the points): their lane masks, one local a vector of the tile
  const psums = plan.ids.filter((id) => g.node(id).op === 'psum');
  const MASK = P_N + 1 + L.i32s + regs.entry;
  const acc = (id: number) => accumulators.get(id)!;
  if (psums.length > 0) {
    for (let r = 0; r < vectors; r++) {
      const iota = Array.from({ length: lanes }, (_, k) => r * lanes + k);
      const bytesOf = new Uint8Array((bytes === 8 ? Float64Array.from(iota) : Float32Array.from(iota)).buffer);
      body.push(m.set(MASK + r, m.binary(layout.lane, 'lt', m.v128Const(bytesOf), m.splat(layout.lane, m.fFromI32(bytes, i32(L.REM))))));
    }
  }
  // gather the tile's points, number c of vector r's rows into the row node's element c (when
  // read: a divergence that does not depend on the point, e.g. of a piecewise constant f, does not)
  if (plan.slots.get(row)?.kind === 'point') body.push(em.forRange(L.A, width, Array.from({ length: vectors }, (_, r) => {
    const ptr = () => m.i32Add(i32(L.SRC), m.i32Mul(i32(L.A), m.i32(bytes)));
    let v = m.loadSplat(bytes, r * lanes * rowBytes, ptr());
    for (let k = 1; k < lanes; k++) v = m.loadLane(bytes, (r * lanes + k) * rowBytes, k, ptr(), v);
    return em.write(row, { i: () => i32(L.A), e: () => i32(L.A) }, r, v);
  })));
  const seconds = new Set(plan.pairs.values());
  for (const id of plan.ids) {
    // a pair's second is computed and stored by its first's loop
    if (id === row || plan.fused.has(id) || seconds.has(id)) continue;
    // a psum adds a whole tile unmasked, a partial one's real points only
    if (g.node(id).op === 'psum') body.push(m.if(m.i32GeU(i32(L.REM), m.i32(tile)), em.accumulate(id, acc(id)), em.accumulate(id, acc(id), (r) => m.get(MASK + r, types.v128))));
    else if (plan.slots.get(id)?.kind === 'point') body.push(em.emitNode(id));
  }
  // each per-point output: width 1 is one vector per R (its lanes are consecutive points); wider
  // ones are stored lane by lane into their rows. The summed ones come after them (a vjp's params).
  const perPoint = outputs.filter((o) => !o.summed);
  perPoint.forEach((o, k) => {
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
  const scratch = tileScratch(perPoint, layout, vectors).at.map((at) => io.scratchOut + at);
  const loop = pointsLoop(m, {
    step: tile, rowBytes, bytes, outputs: perPoint, n: P_N, counter: L.I, left: L.REM, source: L.SRC, output: (k) => L.OUT + k,
    scratchIn: io.scratchIn, scratchOut: scratch,
  }, body);
  // a vjp: the accumulators zeroed first; after the points their lanes added, the per-batch
  // epilogue (the adjoints of per-batch values, down to the params) run once, and the param
  // gradients added into lane 0 of the summed output's vectors (the runtime adds the lanes)
  const before = psums.map((id) => m.memoryFill(m.i32(acc(id)), m.i32(0), m.i32(sizeOf(g.node(id).shape) * VEC)));
  const after: Expr[] = [];
  if (outputs.some((o) => o.summed)) {
    const epi = new LoopEmitter(m, layout, g, plan.slots, new Set(), 1, productsOf(schedule), L, fma);
    epi.labelPrefix = 'e';
    for (const id of psums) after.push(epi.laneSums(id, acc(id)));
    for (const id of liveNodes(p)) if (g.node(id).summed && g.node(id).op !== 'psum') after.push(epi.emitNode(id));
    outputs.forEach((o, k) => {
      if (!o.summed) return;
      const node = p.outputs[o.slot]!;
      const ptr = () => m.i32Add(i32(1 + k), m.i32Shl(i32(L.A), m.i32(4)));
      const value = m.extractLane(layout.lane, epi.read(node, { i: () => i32(L.A), e: () => i32(L.A) }, 0), 0);
      after.push(em.forRange(L.A, o.width, [m.fStore(bytes, 0, ptr(), m.fAdd(bytes, m.fLoad(bytes, 0, ptr()), value))]));
    });
  }
  const masks = psums.length > 0 ? new Array(vectors).fill(types.v128) : [];
  // a pair's results (a tuple local) after the masks
  const pairLocal = plan.pairs.size > 0 ? [m.vectorTuple(2)] : [];
  m.addFunction(entry.name, new Array(P_N + 1).fill(types.i32), [...new Array(L.i32s).fill(types.i32), ...new Array(regs.entry).fill(types.v128), ...masks, ...pairLocal], m.block(null, [...before, loop, ...after]));
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

export function emitTensorWasm(input: TensorWasmInput, lay: TensorLayout = tensorLayout(input.entries, input.precision, input.schedule)): WasmOutput & { fma?: Uint8Array } {
  // which params each per-batch value reads: once for both builds and the metadata
  const bits = prologueBits(input.entries[0]!.program, lay.computed);
  const plain = buildModule(input, false, lay, bits.nodeBits);
  const memory = { params: lay.params, batch: { offset: lay.batchStart, count: (lay.batchEnd - lay.batchStart) / lay.layout.bytes, stride: lay.layout.bytes }, heap: lay.heap };
  return { ...plain, memory, prologueParams: { export: 'prologue_params', bits: bits.paramBits }, ...(input.schedule.fma ? { fma: buildModule(input, true, lay, bits.nodeBits).module } : {}) };
}

/** The schedule's blocking by product node. */
function productsOf(schedule: TensorSchedule): Map<number, ProductSchedule> {
  return new Map(schedule.products.map((p) => [p.node, p]));
}

function buildModule(input: TensorWasmInput, fma: boolean, lay: ReturnType<typeof tensorLayout>, nodeBits: ReadonlyMap<number, number>): { module: Uint8Array; text: string | undefined; flow?: FlowInfo } {
  const { entries, schedule } = input;
  const g = entries[0]!.program.graph;
  const regs = registers(schedule);
  const { layout, batchSlots, data, computed, io, plans, heap, accumulators } = lay;
  const m = new WasmModule();
  if (fma) m.allowRelaxedSimd();
  try {
    m.setMemory(Math.ceil(heap / 65536), data);
    plans.forEach((plan, k) => addEntry(m, entries[k]!, plan, layout, io, schedule, fma, accumulators));
    const flow = addFlowFor(m, entries, layout.bytes);
    // prologue_params(mask): the per-batch values depending on a param whose bit is in mask (a
    // setParams of an output bias recomputes nothing); prologue(): all of them
    const MASK = 0; // the parameter; the loop emitter's locals follow it
    const P = localsOf(1, 0, regs.rows);
    const masked = new LoopEmitter(m, layout, g, batchSlots, new Set(), 1, productsOf(schedule), P);
    m.addFunction('prologue_params', [types.i32], [...new Array(P.i32s).fill(types.i32), ...new Array(regs.prologue).fill(types.v128)],
      m.block(null, computed.map((id) => m.if(m.i32And(m.get(MASK, types.i32), m.i32(nodeBits.get(id)!)), masked.emitNode(id)))));
    m.exportFunction('prologue_params');
    m.addFunction('prologue', [], [], m.call('prologue_params', [m.i32(-1)], types.none));
    m.exportFunction('prologue');
    if (!m.validate()) throw new Error('internal compiler error: binaryen rejected the generated loop module');
    m.runOptimizer(schedule.optimizer.passes);
    // the FMA variant is bare code: the runtime takes metadata and shader from the artifact around it
    return { module: m.emitBinary(), text: input.text && !fma ? m.emitText() : undefined, ...(flow ? { flow } : {}) };
  } finally {
    m.dispose();
  }
}

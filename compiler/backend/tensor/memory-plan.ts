// The memory plan of a tensor program: each node's slot (params, per-batch, per-point scratch) and
// a partial tile's scratch. One per compile, shared by the wasm kernel and the WGSL shader, so both
// keep per-point tensors at the same offsets and the runtime uploads one per-batch range for both.
import { LAYOUTS, constBytes, type Layout, type Precision } from '../wasm.js';
import type { Entry, EntryOutput } from '../artifact.js';
import { sizeOf } from '../../tensor/graph.js';
import { outputNodes, type TensorProgram } from '../../tensor/program.js';
import { rowWidth } from '../../ir/program.js';
import { liveNodes } from '../../tensor/interpret.js';
import type { TensorSchedule } from '../../schedule.js';
import { fusedMaps, pairedMaps } from './fusion.js';

/** Bytes of one v128: a vector of points. */
export const VEC = 16;

const align16 = (n: number) => Math.ceil(n / 16) * 16;

/** Where a node's value lives: per-point scratch (R vectors an element), per-batch memory (one scalar an element), or inline. */
export type Slot = { kind: 'point' | 'batch'; base: number } | { kind: 'inline' };

/**
 * An entry's per-point memory: each node's slot, `stride` bytes an element (the tile's vectors), up
 * to scratchEnd; `ids` in the order the kernel computes them, `pairs` (first -> second) computed
 * together at the first (fusion.ts pairedMaps), both where the earlier of the two was in `ids`.
 */
export interface EntryPlan { program: TensorProgram; ids: number[]; fused: Set<number>; pairs: Map<number, number>; slots: Map<number, Slot>; stride: number; scratchEnd: number }

/** Per-point buffers (tile vectors an element), reused once their last reader has run. */
export function planEntry(p: TensorProgram, batchSlots: Map<number, Slot>, start: number, schedule: TensorSchedule): EntryPlan {
  const g = p.graph;
  const outputs = outputNodes(p);
  // the per-point nodes, and the psums that read them (at their place, so their operands live until then)
  const live = liveNodes(p).filter((id) => g.node(id).varying || g.node(id).op === 'psum');
  const pairs = pairedMaps(g, live, outputs);
  // each pair where the earlier of the two was, first then second (their one argument is computed
  // before both; at the later one's place, a node between them reading the earlier would run first)
  const seconds = new Set(pairs.values());
  const firstOf = new Map([...pairs].map(([a, b]) => [b, a]));
  const placed = new Set<number>();
  const ids = live.flatMap((id) => {
    const first = pairs.has(id) ? id : firstOf.get(id);
    if (first === undefined) return [id];
    if (placed.has(first)) return [];
    placed.add(first);
    return [first, pairs.get(first)!];
  });
  const position = new Map(ids.map((id, k) => [id, k]));
  const fused = fusedMaps(g, ids, outputs, schedule.fusedDepth, new Set([...pairs.keys(), ...seconds]));
  const stride = schedule.tile.vectors * VEC;
  // the node whose loop evaluates each node: itself, or the consumer it is fused into
  const host = new Map<number, number>();
  for (let k = ids.length - 1; k >= 0; k--) {
    const id = ids[k]!;
    if (!fused.has(id)) host.set(id, id);
    for (const a of g.node(id).args) if (fused.has(a)) host.set(a, host.get(id)!);
  }
  // lifetimes in positions of `ids` (a pair's second is not at its id's place)
  const lastUse = new Map<number, number>();
  for (const id of ids) for (const a of g.node(id).args) lastUse.set(a, Math.max(lastUse.get(a) ?? -1, position.get(host.get(id)!)!));
  for (const o of outputs) lastUse.set(o, Infinity);
  const slots = new Map(batchSlots);
  const free: { base: number; size: number }[] = [];
  const owner = new Map<number, { base: number; size: number }>();
  let end = start;
  for (const [at, id] of ids.entries()) {
    if (fused.has(id) || !g.node(id).varying) continue;
    for (const [other, block] of owner) {
      if (lastUse.get(other)! < at) { free.push(block); owner.delete(other); }
    }
    const size = align16(sizeOf(g.node(id).shape) * stride);
    free.sort((a, b) => a.size - b.size);
    const k = free.findIndex((b) => b.size >= size);
    const block = k >= 0 ? free.splice(k, 1)[0]! : { base: end, size };
    if (k < 0) end += size;
    owner.set(id, block);
    slots.set(id, { kind: 'point', base: block.base });
  }
  return { program: p, ids, fused, pairs, slots, stride, scratchEnd: end };
}

/** Byte offsets, from the start of the outputs' scratch, of each output's partial tile (tile x width numbers). */
export function tileScratch(outputs: readonly EntryOutput[], layout: Layout, vectors: number): { at: number[]; size: number } {
  let size = 0;
  const at = outputs.map((o) => { const here = size; size += align16(vectors * layout.lanes * o.width * layout.bytes); return here; });
  return { at, size };
}

function constData(values: readonly number[], type: 'f' | 'b', layout: Layout): Uint8Array {
  const out = new Uint8Array(values.length * layout.bytes);
  values.forEach((v, k) => out.set(constBytes(v, type, layout).subarray(0, layout.bytes), k * layout.bytes));
  return out;
}

/**
 * Memory of a tensor program: params (slots), then per-batch tensors (constants as data, the rest
 * computed by the prologue or, a vjp's summed values, after its points; WebGPU reads this whole
 * range as its `batch` binding), the psums' accumulators, the partial
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
  // per-batch values known only after the points (a vjp's psums and its epilogue)
  const summed: number[] = [];
  for (const id of live) {
    const n = g.node(id);
    if (n.varying) continue;
    if (n.op === 'param') { batchSlots.set(id, { kind: 'batch', base: params + n.value! * bytes }); continue; }
    if (n.op === 'const' && n.shape.length === 0) { batchSlots.set(id, { kind: 'inline' }); continue; }
    batchSlots.set(id, { kind: 'batch', base: at });
    if (n.op === 'const' || n.op === 'eye') {
      const values = n.op === 'const' ? n.data! : Array.from({ length: sizeOf(n.shape) }, (_, e) => (Math.floor(e / n.shape[0]!) === e % n.shape[0]! ? 1 : 0));
      data.push({ offset: at, bytes: constData(values, n.type, layout) });
    } else if (n.summed) summed.push(id);
    else computed.push(id);
    at = align16(at + sizeOf(n.shape) * bytes);
  }
  const batchEnd = at;
  // each psum's accumulators: a vector of lanes an element, the lanes added after the points
  const accumulators = new Map<number, number>();
  for (const id of summed) {
    if (g.node(id).op !== 'psum') continue;
    accumulators.set(id, at);
    at += sizeOf(g.node(id).shape) * VEC;
  }
  const vectors = schedule.tile.vectors;
  const io = { scratchIn: at, scratchOut: align16(at + vectors * layout.lanes * Math.max(...programs.map(rowWidth)) * bytes) };
  const scratch = align16(io.scratchOut + Math.max(0, ...entries.map((e) => tileScratch(e.outputs.filter((o) => !o.summed), layout, vectors).size)));
  const plans = programs.map((p) => planEntry(p, batchSlots, scratch, schedule));
  const heap = align16(Math.max(...plans.map((q) => q.scratchEnd)));
  return { layout, live, params, batchStart, batchEnd, batchSlots, data, computed, summed, accumulators, io, scratch, plans, heap };
}

/** The memory plan shared by the wasm and WGSL renderers (compile.ts makes it once for both). */
export type TensorLayout = ReturnType<typeof tensorLayout>;

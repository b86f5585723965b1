// WebAssembly SIMD renderer: one v128 local per IR node, points as lanes (f64x2: 2 points,
// f32x4: 4 points), loaded straight from row-major input. Batch-invariant nodes are computed
// once per call before the loop over points. A partial last vector runs through a zero-padded
// scratch area, so every point takes the same code. Table-driven: one entry per IR op.
import { WasmModule, types, type Expr, type LaneType, type NativeBinary, type NativeUnary } from './binaryen.js';
import { NATIVE_MATH_OPS, type ComputeOp } from '../ir/ops.js';
import { ensureNativeMath, ensureNativePair } from './wasm-math.js';
import { hoistedNodes } from './hoisting.js';
import { NATIVE_PAIRS, type NativeMathOp, type PairFirst } from '../math/registry.js';
import { outputIds, rowWidth, type Program } from '../ir/program.js';
import { addFlowFor, type FlowInfo } from './flow.js';
import { pointsLoop } from './points-loop.js';
import { perPoint } from '../passes/hoist.js';
import type { ArtifactMetadata } from '../../runtime/artifact.js';
import type { Entry, EntryOutput } from './artifact.js';
import type { ScalarSchedule } from '../schedule.js';

export type Precision = 'f64' | 'f32';

export interface Layout { bytes: 4 | 8; lanes: number; lane: LaneType }
export const LAYOUTS: Record<Precision, Layout> = {
  f64: { bytes: 8, lanes: 2, lane: 'f64x2' },
  f32: { bytes: 4, lanes: 4, lane: 'f32x4' },
};

export type Arg = () => Expr;
export interface EmitContext { m: WasmModule; layout: Layout; constant(v: number): Expr }
export type OpEmitter = (c: EmitContext, args: Arg[]) => Expr;

const native1 = (op: NativeUnary): OpEmitter => ({ m, layout }, [a]) => m.unary(layout.lane, op, a!());
const native2 = (op: NativeBinary): OpEmitter => ({ m, layout }, [a, b]) => m.binary(layout.lane, op, a!(), b!());

const NATIVE: Partial<Record<ComputeOp, OpEmitter>> = {
  add: native2('add'), sub: native2('sub'), mul: native2('mul'), div: native2('div'),
  min: native2('min'), max: native2('max'),
  lt: native2('lt'), le: native2('le'), gt: native2('gt'), ge: native2('ge'), eq: native2('eq'), ne: native2('ne'),
  neg: native1('neg'), abs: native1('abs'), sqrt: native1('sqrt'), floor: native1('floor'), ceil: native1('ceil'),
  and: ({ m }, [a, b]) => m.and(a!(), b!()),
  or: ({ m }, [a, b]) => m.or(a!(), b!()),
  not: ({ m }, [a]) => m.not(a!()),
  select: ({ m }, [c, a, b]) => m.bitselect(a!(), b!(), c!()),
  nograd: (_c, [a]) => a!(),
  // relu(NaN) = NaN and relu(-0) = 0, as max(x, 0)
  relu: (c, [a]) => c.m.binary(c.layout.lane, 'max', a!(), c.constant(0)),
  // sign: 1 where x > 0, -1 where x < 0, else x itself (±0 and NaN)
  sign: (c, [a]) => {
    const { m, layout } = c;
    const negative = m.bitselect(c.constant(-1), a!(), m.binary(layout.lane, 'lt', a!(), c.constant(0)));
    return m.bitselect(c.constant(1), negative, m.binary(layout.lane, 'gt', a!(), c.constant(0)));
  },
};

/** Transcendentals with SIMD code of their own: a call to an internal function. */
const nativeMath = (op: NativeMathOp): OpEmitter => ({ m, layout }, args) => m.call(ensureNativeMath(m, op, layout.lane), args.map((a) => a()), types.v128);

export function emitterFor(op: ComputeOp): OpEmitter {
  const e = NATIVE[op] ?? (NATIVE_MATH_OPS.has(op) ? nativeMath(op as NativeMathOp) : undefined);
  if (!e) throw new Error(`internal: no wasm emitter for ${op}`);
  return e;
}

export function constBytes(v: number, type: 'f' | 'b', layout: Layout): Uint8Array {
  const bytes = new Uint8Array(16);
  if (type === 'b') return bytes.fill(v ? 0xff : 0);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < layout.lanes; k++) {
    if (layout.bytes === 8) view.setFloat64(k * 8, v, true);
    else view.setFloat32(k * 4, v, true);
  }
  return bytes;
}

/**
 * Nodes emitted as sub-expressions of their only user instead of through a local: constants
 * always; other nodes used exactly once, by a node of the same class (per point or per batch:
 * hoisted work must not move into the loop), and not by the stores of the results.
 */
function inlinedNodes(p: Program, varying: Uint8Array, maxDepth: number): Uint8Array {
  const nodes = p.graph.nodes;
  const uses = new Int32Array(nodes.length);
  const user = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((n, id) => n.args.forEach((a) => { uses[a]!++; user[a] = id; }));
  for (const id of outputIds(p)) uses[id]! += 2;
  const inline = new Uint8Array(nodes.length);
  const depth = new Int32Array(nodes.length);
  nodes.forEach((n, id) => {
    depth[id] = 1 + n.args.reduce((d, a) => Math.max(d, inline[a] ? depth[a]! : 0), 0);
    if (n.op === 'const') { inline[id] = 1; depth[id] = 0; return; }
    const u = user[id]!;
    inline[id] = uses[id] === 1 && u >= 0 && varying[u] === varying[id] && depth[id]! < maxDepth ? 1 : 0;
  });
  return inline;
}

/**
 * Nodes of a pair of builtins (NATIVE_PAIRS: sin and cos, softplus and sigmoid) on one argument,
 * each mapped to its partner: the pair comes from one native function of two results (one range
 * reduction for sin x and cos x, one e^-|x| for softplus x and sigmoid x).
 */
function nativePairs(p: Program): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const [first, second] of Object.entries(NATIVE_PAIRS)) {
    const firstOf = new Map<number, number>();
    p.graph.nodes.forEach((n, id) => { if (n.op === first) firstOf.set(n.args[0]!, id); });
    p.graph.nodes.forEach((n, id) => {
      const s = n.op === second ? firstOf.get(n.args[0]!) : undefined;
      if (s !== undefined && !pairs.has(s)) { pairs.set(s, id); pairs.set(id, s); }
    });
  }
  return pairs;
}

const align16 = (n: number) => Math.ceil(n / 16) * 16;

/** Byte offsets, from the start of the outputs' scratch, of each output's partial vector (lanes x width numbers). */
function scratchOffsets(outputs: readonly EntryOutput[], layout: Layout): { at: number[]; size: number } {
  let size = 0;
  const at = outputs.map((o) => { const here = size; size += align16(layout.lanes * o.width * layout.bytes); return here; });
  return { at, size };
}

/**
 * Byte layout of linear memory: params, scratch for a partial vector (its points, and its
 * outputs of whichever entry runs), each entry's per-batch values (16-byte slots, in entry
 * order), heap.
 */
export function memoryLayout(entries: readonly Entry<Program>[], precision: Precision) {
  const layout = LAYOUTS[precision];
  const { bytes, lanes } = layout;
  const first = entries[0]!.program;
  const params = 16;
  const scratchIn = align16(params + first.paramSlots * bytes);
  // the widest row any entry reads (the vjp entry's carries the cotangents after the point's)
  const scratchOut = align16(scratchIn + lanes * Math.max(...entries.map((e) => rowWidth(e.program))) * bytes);
  const batch = scratchOut + Math.max(0, ...entries.map((e) => scratchOffsets(e.outputs.filter((o) => !o.summed), layout).size));
  const invariants: number[] = [];
  let at = batch;
  for (const e of entries) {
    invariants.push(at);
    at += 16 * hoistedNodes(e.program, perPoint(e.program)).length;
  }
  return { params, scratchIn, scratchOut, batch, invariants, heap: at };
}
type Layout2 = ReturnType<typeof memoryLayout>;

/**
 * One entry point: `name(points, out_0, ..., out_k, n)` runs the per-point nodes over n points
 * and stores each output (n x width numbers, row-major), and `name_prologue()` computes the
 * per-batch nodes into memory (run when params change).
 */
function addEntry(m: WasmModule, entry: Entry<Program>, precision: Precision, mem: Layout2, invariants: number, inlineDepth: number): void {
  const { name, program: p, outputs } = entry;
  const layout = LAYOUTS[precision];
  const { bytes, lanes } = layout;
  // parameters: points, the outputs, n (points-loop.ts); then the fixed locals, then one per node
  const P_N = outputs.length + 1, L_I = P_N + 1, L_REM = L_I + 1, L_SRC = L_REM + 1;
  const L_OUT = (k: number) => L_SRC + 1 + k;
  const FIRST_NODE_LOCAL = L_SRC + 1 + outputs.length;
  const nodes = p.graph.nodes;
  const width = rowWidth(p); // numbers per point read: the state, then the conditions
  const varying = perPoint(p);
  const inline = inlinedNodes(p, varying, inlineDepth);
  const pairs = nativePairs(p);
  for (const id of pairs.keys()) inline[id] = 0; // each of a pair is read from the call's results
  const hoisted = hoistedNodes(p, varying);
  const slot = new Map(hoisted.map((id, k) => [id, invariants + 16 * k]));
  const ctx: EmitContext = { m, layout, constant: (v) => m.v128Const(constBytes(v, 'f', layout)) };
  const i32 = (l: number) => m.get(l, types.i32);

  /** Emit the nodes of one class (per point or per batch) into a function body. */
  const emitClass = (perPointClass: boolean, firstLocal: number) => {
    const local = new Int32Array(nodes.length).fill(-1);
    const vars: number[] = [];
    const inClass = (id: number) => (varying[id] === 1) === perPointClass;
    nodes.forEach((n, id) => {
      if (inClass(id) && !inline[id] && n.op !== 'const' && n.op !== 'param') { local[id] = firstLocal + vars.length; vars.push(types.v128); }
    });
    // A node's value: its local, its memory slot (per-batch values seen from the loop), or (when
    // inlined, and for constants and params) its expression built at the point of use.
    const ref = (id: number): Arg => {
      if (local[id]! >= 0) return () => m.get(local[id]!, types.v128);
      if (!inClass(id) && slot.has(id)) return () => m.load128(slot.get(id)!, m.i32(0));
      return () => compute(id);
    };
    const compute = (id: number): Expr => {
      const n = nodes[id]!;
      switch (n.op) {
        case 'const': return m.v128Const(constBytes(n.value, n.type, layout));
        case 'param': return m.loadSplat(bytes, mem.params + n.value * bytes, m.i32(0));
        case 'input': {
          // lane k of coordinate c is point k's c-th number: row-major gather
          let v = m.loadSplat(bytes, n.value * bytes, i32(L_SRC));
          for (let k = 1; k < lanes; k++) v = m.loadLane(bytes, (k * width + n.value) * bytes, k, i32(L_SRC), v);
          return v;
        }
        default: return emitterFor(n.op as ComputeOp)(ctx, n.args.map(ref));
      }
    };
    const body: Expr[] = [];
    const pairType = m.vectorTuple(2);
    nodes.forEach((n, id) => {
      if (local[id]! < 0) return;
      const partner = pairs.get(id);
      if (partner === undefined) { body.push(m.set(local[id]!, compute(id))); return; }
      if (partner < id) return; // set with its partner, at the first of the two
      const isFirst = n.op in NATIVE_PAIRS;
      const [firstId, secondId] = isFirst ? [id, partner] : [partner, id];
      const pair = firstLocal + vars.length;
      vars.push(pairType);
      body.push(
        m.set(pair, m.call(ensureNativePair(m, nodes[firstId]!.op as PairFirst, layout.lane), [ref(n.args[0]!)()], pairType)),
        m.set(local[firstId]!, m.tupleExtract(m.get(pair, pairType), 0)),
        m.set(local[secondId]!, m.tupleExtract(m.get(pair, pairType), 1)),
      );
    });
    return { body, vars, ref };
  };

  // The prologue: per-batch nodes, stored where the loop reads them.
  const pro = emitClass(false, 0);
  const saves = hoisted.map((id) => m.store(slot.get(id)!, m.i32(0), pro.ref(id)()));
  m.addFunction(`${name}_prologue`, [], pro.vars, m.block(null, [...pro.body, ...saves]));

  const kernel = emitClass(true, FIRST_NODE_LOCAL);
  const ref = kernel.ref;
  // each output: a width-1 output is one vector (its lanes are consecutive points), wider ones
  // are stored lane by lane into their rows; a summed one (a vjp's param gradients, after the
  // per-point ones) is added into its vectors, lane k to lane k, the lanes past the last point of
  // a partial step masked out (their rows are zeros, where f may be Inf or NaN)
  const stores: Expr[] = [];
  const MASK = FIRST_NODE_LOCAL + kernel.vars.length;
  const summed = outputs.some((o) => o.summed);
  outputs.forEach((o, k) => {
    const out = p.outputs[o.slot]!;
    const ids = Array.isArray(out) ? out : [out];
    if (o.summed) {
      ids.forEach((id, s) => stores.push(m.store(16 * s, i32(1 + k), m.binary(layout.lane, 'add', m.load128(16 * s, i32(1 + k)), m.and(ref(id)(), m.get(MASK, types.v128))))));
      return;
    }
    if (o.width === 1) { stores.push(m.store(0, i32(L_OUT(k)), ref(ids[0]!)())); return; }
    ids.forEach((id, c) => {
      for (let lane = 0; lane < lanes; lane++) stores.push(m.storeLane(bytes, (lane * o.width + c) * bytes, lane, i32(L_OUT(k)), ref(id)()));
    });
  });

  const rowBytes = width * bytes;
  // the points loop moves the per-point outputs (the summed ones come after them, fixed in place)
  const perPointOutputs = outputs.filter((o) => !o.summed);
  const scratch = scratchOffsets(perPointOutputs, layout).at.map((at) => mem.scratchOut + at);
  // lane k is a point of this step where k < the points left
  const iota = new Uint8Array((bytes === 8 ? Float64Array.from([0, 1]) : Float32Array.from([0, 1, 2, 3])).buffer);
  const mask = summed ? [m.set(MASK, m.binary(layout.lane, 'lt', m.v128Const(iota), m.splat(layout.lane, m.fFromI32(bytes, i32(L_REM)))))] : [];
  const loop = pointsLoop(m, {
    step: lanes, rowBytes, bytes, outputs: perPointOutputs, n: P_N, counter: L_I, left: L_REM, source: L_SRC, output: L_OUT,
    scratchIn: mem.scratchIn, scratchOut: scratch,
  }, [...mask, ...kernel.body, ...stores]);
  const i32s = (count: number) => new Array<number>(count).fill(types.i32);
  m.addFunction(name, i32s(outputs.length + 2), [...i32s(3 + outputs.length), ...kernel.vars, ...(summed ? [types.v128] : [])], loop);
  m.exportFunction(name);
}

/** The module's code, its memory descriptor and its flow's; compile.ts seals it into an artifact (artifact.ts). */
export interface WasmOutput { module: Uint8Array; text: string | undefined; memory: ArtifactMetadata['memory']; flow?: FlowInfo; prologueParams?: ArtifactMetadata['prologueParams'] }

export interface WasmInput {
  /** The entry points (artifact.ts entriesOf): evaluate, divergence, and where given diagonal and potential. */
  entries: Entry<Program>[];
  precision: Precision;
  /** The cost model's choices (schedule.ts): inlining depth, binaryen's passes. */
  schedule: ScalarSchedule;
  /** Also return the module as WebAssembly text (after optimization). */
  text?: boolean;
}

export function emitWasm(input: WasmInput): WasmOutput {
  const { entries, precision, schedule } = input;
  const mem = memoryLayout(entries, precision);
  const m = new WasmModule();
  try {
    m.setMemory(Math.ceil(mem.heap / 65536));
    entries.forEach((e, k) => addEntry(m, e, precision, mem, mem.invariants[k]!, schedule.inlineDepth));
    const flow = addFlowFor(m, entries, LAYOUTS[precision].bytes);
    // Per-batch work for every entry point: the runtime calls this after params change.
    m.addFunction('prologue', [], [], m.block(null, entries.map((e) => m.call(`${e.name}_prologue`, [], types.none))));
    m.exportFunction('prologue');
    if (!m.validate()) throw new Error('internal compiler error: binaryen rejected the generated module');
    // binaryen's optimizer pays off on small kernels (loop overhead); large straight-line bodies
    // get only their locals shared (schedule.ts)
    m.runOptimizer(schedule.optimizer.passes);
    const memory = { params: mem.params, batch: { offset: mem.batch, count: (mem.heap - mem.batch) / 16, stride: 16 }, heap: mem.heap };
    return { module: m.emitBinary(), text: input.text ? m.emitText() : undefined, memory, ...(flow ? { flow } : {}) };
  } finally {
    m.dispose();
  }
}

// WebAssembly SIMD renderer: one v128 local per IR node, points as lanes (f64x2: 2 points,
// f32x4: 4 points), loaded straight from row-major input. Batch-invariant nodes are computed
// once per call before the loop over points. A partial last vector runs through a zero-padded
// scratch area, so every point takes the same code. Table-driven: one entry per IR op.
import { WasmModule, types, type Expr, type LaneType, type NativeBinary, type NativeUnary } from './binaryen.js';
import { NATIVE_MATH_OPS, type ComputeOp } from '../ir/ops.js';
import { ensureNativeMath, ensureNativeSinCos } from './wasm-math.js';
import { hoistedNodes } from './hoisting.js';
import type { NativeMathOp } from '../math/registry.js';
import type { Program } from '../ir/program.js';
import { perPoint } from '../passes/hoist.js';
import { FORMAT_VERSION, METADATA_SECTION, WGSL_SECTION, type ArtifactMetadata } from '../../runtime/artifact.js';

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

/** Deepest expression tree built by inlining; deeper chains go through a local. */
const MAX_INLINE_DEPTH = 24;

/**
 * Nodes emitted as sub-expressions of their only user instead of through a local: constants
 * always; other nodes used exactly once, by a node of the same class (per point or per batch:
 * hoisted work must not move into the loop), and not by the stores of the results.
 */
function inlinedNodes(p: Program, varying: Uint8Array): Uint8Array {
  const nodes = p.graph.nodes;
  const uses = new Int32Array(nodes.length);
  const user = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((n, id) => n.args.forEach((a) => { uses[a]!++; user[a] = id; }));
  for (const id of [...p.outputs.values, ...(p.outputs.divergence === undefined ? [] : [p.outputs.divergence])]) uses[id]! += 2;
  const inline = new Uint8Array(nodes.length);
  const depth = new Int32Array(nodes.length);
  nodes.forEach((n, id) => {
    depth[id] = 1 + n.args.reduce((d, a) => Math.max(d, inline[a] ? depth[a]! : 0), 0);
    if (n.op === 'const') { inline[id] = 1; depth[id] = 0; return; }
    const u = user[id]!;
    inline[id] = uses[id] === 1 && u >= 0 && varying[u] === varying[id] && depth[id]! < MAX_INLINE_DEPTH ? 1 : 0;
  });
  return inline;
}

/**
 * sin and cos nodes of one argument, each mapped to its partner: the pair comes from one
 * native_sincos call (one range reduction instead of two; Taylor-Green takes sin x and cos x).
 */
function sinCosPairs(p: Program): Map<number, number> {
  const sinOf = new Map<number, number>(), pairs = new Map<number, number>();
  p.graph.nodes.forEach((n, id) => { if (n.op === 'sin') sinOf.set(n.args[0]!, id); });
  p.graph.nodes.forEach((n, id) => {
    const s = n.op === 'cos' ? sinOf.get(n.args[0]!) : undefined;
    if (s !== undefined && !pairs.has(s)) { pairs.set(s, id); pairs.set(id, s); }
  });
  return pairs;
}

/** Modules with more IR nodes than this skip binaryen's optimizer (measured: mlp, 10k nodes, same speed without it). */
export const OPTIMIZE_BELOW_NODES = 4000;

const align16 = (n: number) => Math.ceil(n / 16) * 16;

/** Byte layout of linear memory: params, scratch for a partial vector, per-batch values, heap. */
export function memoryLayout(evaluate: Program, divergence: Program, precision: Precision, diagonal?: Program, potential?: Program) {
  const { bytes, lanes } = LAYOUTS[precision];
  const params = 16;
  const scratchIn = align16(params + evaluate.paramSlots * bytes);
  const scratchValues = align16(scratchIn + lanes * evaluate.dim * bytes);
  const scratchDiv = align16(scratchValues + lanes * evaluate.dim * bytes);
  const invariantsEvaluate = align16(scratchDiv + lanes * bytes);
  const invariantsDivergence = invariantsEvaluate + 16 * hoistedNodes(evaluate, perPoint(evaluate)).length;
  const invariantsDiagonal = invariantsDivergence + 16 * hoistedNodes(divergence, perPoint(divergence)).length;
  const invariantsPotential = invariantsDiagonal + (diagonal ? 16 * hoistedNodes(diagonal, perPoint(diagonal)).length : 0);
  const heap = invariantsPotential + (potential ? 16 * hoistedNodes(potential, perPoint(potential)).length : 0);
  return { params, scratchIn, scratchValues, scratchDiv, invariantsEvaluate, invariantsDivergence, invariantsDiagonal, invariantsPotential, heap };
}
type Layout2 = ReturnType<typeof memoryLayout>;

// Function parameters and fixed locals of each entry point.
const P_IN = 0, P_VALUES = 1, P_DIV = 2, P_N = 3, L_I = 4, L_REM = 5, L_SRC = 6, L_DV = 7, L_DD = 8, FIRST_NODE_LOCAL = 9;

/**
 * One entry point: `name(points, values, divergences, n)` runs the per-point nodes over n
 * points, and `name_prologue()` computes the per-batch nodes into memory (run when params change).
 */
function addEntry(m: WasmModule, name: string, p: Program, precision: Precision, mem: Layout2, invariants: number): void {
  const layout = LAYOUTS[precision];
  const { bytes, lanes } = layout;
  const nodes = p.graph.nodes;
  const varying = perPoint(p);
  const inline = inlinedNodes(p, varying);
  const pairs = sinCosPairs(p);
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
          for (let k = 1; k < lanes; k++) v = m.loadLane(bytes, (k * p.dim + n.value) * bytes, k, i32(L_SRC), v);
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
      const [sinId, cosId] = n.op === 'sin' ? [id, partner] : [partner, id];
      const pair = firstLocal + vars.length;
      vars.push(pairType);
      body.push(
        m.set(pair, m.call(ensureNativeSinCos(m, layout.lane), [ref(n.args[0]!)()], pairType)),
        m.set(local[sinId]!, m.tupleExtract(m.get(pair, pairType), 0)),
        m.set(local[cosId]!, m.tupleExtract(m.get(pair, pairType), 1)),
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
  const stores: Expr[] = [];
  p.outputs.values.forEach((id, c) => {
    for (let k = 0; k < lanes; k++) stores.push(m.storeLane(bytes, (k * p.dim + c) * bytes, k, i32(L_DV), ref(id)()));
  });
  if (p.outputs.divergence !== undefined) stores.push(m.store(0, i32(L_DD), ref(p.outputs.divergence)()));

  const rowBytes = p.dim * bytes;
  const partial = () => m.i32LtU(i32(L_REM), m.i32(lanes));
  const at = (base: number, stride: number) => m.i32Add(i32(base), m.i32Mul(i32(L_I), m.i32(stride)));
  const hasValues = p.outputs.values.length > 0;
  const loop = m.loop('points', m.block('done', [
    m.br('done', m.i32GeU(i32(L_I), i32(P_N))),
    m.set(L_REM, m.i32Sub(i32(P_N), i32(L_I))),
    m.if(partial(),
      m.block(null, [
        m.memoryFill(m.i32(mem.scratchIn), m.i32(0), m.i32(lanes * rowBytes)),
        m.memoryCopy(m.i32(mem.scratchIn), at(P_IN, rowBytes), m.i32Mul(i32(L_REM), m.i32(rowBytes))),
        m.set(L_SRC, m.i32(mem.scratchIn)), m.set(L_DV, m.i32(mem.scratchValues)), m.set(L_DD, m.i32(mem.scratchDiv)),
      ]),
      m.block(null, [m.set(L_SRC, at(P_IN, rowBytes)), m.set(L_DV, at(P_VALUES, rowBytes)), m.set(L_DD, at(P_DIV, bytes))]),
    ),
    ...kernel.body,
    ...stores,
    m.if(partial(), m.block(null, [
      ...(hasValues ? [m.memoryCopy(at(P_VALUES, rowBytes), m.i32(mem.scratchValues), m.i32Mul(i32(L_REM), m.i32(rowBytes)))] : []),
      ...(p.outputs.divergence !== undefined ? [m.memoryCopy(at(P_DIV, bytes), m.i32(mem.scratchDiv), m.i32Mul(i32(L_REM), m.i32(bytes)))] : []),
    ])),
    m.set(L_I, m.i32Add(i32(L_I), m.i32(lanes))),
    m.br('points'),
  ]));
  m.addFunction(name, [types.i32, types.i32, types.i32, types.i32], [types.i32, types.i32, types.i32, types.i32, types.i32, ...kernel.vars], loop);
  m.exportFunction(name);
}

function leb128(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** The module with a custom section (id 0: name, then payload) appended at the end. */
export function appendCustomSection(module: Uint8Array, name: string, data: Uint8Array): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const payload = [...leb128(nameBytes.length), ...nameBytes];
  const size = leb128(payload.length + data.length);
  const out = new Uint8Array(module.length + 1 + size.length + payload.length + data.length);
  out.set(module, 0);
  let at = module.length;
  out[at++] = 0;
  out.set(size, at); at += size.length;
  out.set(payload, at); at += payload.length;
  out.set(data, at);
  return out;
}

export interface WasmOutput { binary: Uint8Array; text: string | undefined; metadata: ArtifactMetadata }

export interface WasmInput {
  /** f and div f. */
  evaluate: Program;
  /** div f alone. */
  divergence: Program;
  /** The Jacobian's diagonal (values) and div f: the entry `diagonal`, when given. */
  diagonal?: Program;
  /** A potential's U (as the divergence output): the entry `potential`; the kernel kind is then 'potential'. */
  potential?: Program;
  precision: Precision;
  compilerVersion: string;
  optimize?: boolean;
  /** WGSL source to embed (custom section `divc.wgsl`), so one artifact serves both backends. */
  wgsl?: string;
  /** Also return the module as WebAssembly text (after optimization). */
  text?: boolean;
  /** Every param the source declares, in order (metadata `declared`). */
  declared?: string[];
}

export function emitWasm(input: WasmInput): WasmOutput {
  const { evaluate, divergence, diagonal, potential, precision } = input;
  const layout = LAYOUTS[precision];
  const mem = memoryLayout(evaluate, divergence, precision, diagonal, potential);
  const m = new WasmModule();
  try {
    m.setMemory(Math.ceil(mem.heap / 65536));
    addEntry(m, 'evaluate', evaluate, precision, mem, mem.invariantsEvaluate);
    addEntry(m, 'divergence', divergence, precision, mem, mem.invariantsDivergence);
    if (diagonal) addEntry(m, 'diagonal', diagonal, precision, mem, mem.invariantsDiagonal);
    if (potential) addEntry(m, 'potential', potential, precision, mem, mem.invariantsPotential);
    // Per-batch work for every entry point: the runtime calls this after params change.
    const prologues = ['evaluate', 'divergence', ...(diagonal ? ['diagonal'] : []), ...(potential ? ['potential'] : [])].map((e) => m.call(`${e}_prologue`, [], types.none));
    m.addFunction('prologue', [], [], m.block(null, prologues));
    m.exportFunction('prologue');
    const metadata: ArtifactMetadata = {
      format: FORMAT_VERSION,
      compiler: input.compilerVersion,
      field: evaluate.field,
      dim: evaluate.dim,
      inputs: evaluate.inputs,
      precision,
      lanes: layout.lanes,
      params: evaluate.params.map((q) => ({ name: q.name, shape: q.shape, slot: q.slot, size: q.size, ...(q.default ? { default: q.default } : {}) })),
      ...(input.declared ? { declared: input.declared } : {}),
      memory: {
        params: mem.params, heap: mem.heap,
        batch: { evaluate: mem.invariantsEvaluate, divergence: mem.invariantsDivergence, slots: (mem.heap - mem.invariantsEvaluate) / 16 },
      },
      entries: { evaluate: 'evaluate', divergence: 'divergence', prologue: 'prologue', ...(diagonal ? { diagonal: 'diagonal' } : {}), ...(potential ? { potential: 'potential' } : {}) },
      ...(potential ? { kind: 'potential' as const } : {}),
    };

    if (!m.validate()) throw new Error('internal compiler error: binaryen rejected the generated module');
    // binaryen's optimizer pays off on small kernels (loop overhead); on large straight-line
    // bodies, already simplified by our own passes, it adds seconds to minutes and no speed.
    const size = evaluate.graph.size + divergence.graph.size + (diagonal?.graph.size ?? 0) + (potential?.graph.size ?? 0);
    if (input.optimize !== false && size <= OPTIMIZE_BELOW_NODES) m.optimize();
    // Large bodies still need their locals shared: one local per value made stack frames of
    // megabytes (V8: "Maximum call stack size exceeded" on mlp2's evaluate entry).
    else if (input.optimize !== false) m.runPasses(['coalesce-locals', 'reorder-locals']);
    // Custom sections are appended to the binary here: binaryen copies section data through its
    // stack, which overflows for the WGSL of large fields (megabytes).
    let binary = appendCustomSection(m.emitBinary(), METADATA_SECTION, new TextEncoder().encode(JSON.stringify(metadata)));
    if (input.wgsl !== undefined) binary = appendCustomSection(binary, WGSL_SECTION, new TextEncoder().encode(input.wgsl));
    return { binary, text: input.text ? m.emitText() : undefined, metadata };
  } finally {
    m.dispose();
  }
}

// WGSL for tensor programs: one invocation per point, loops over weights in storage buffers.
// The memory plan is the wasm kernel's (tensor/memory-plan.ts): per-point tensors live at the same
// element offsets in one private array, single-use maps are fused into their consumer, and the
// per-batch tensors are the wasm prologue's, uploaded by the runtime as the `batch` binding
// (the artifact's memory.batch range, element for element).
import type { ComputeOp } from '../ir/ops.js';
import { sameShape, sizeOf, type ReduceFn, type TensorGraph } from '../tensor/graph.js';
import { rowNode, type TensorProgram } from '../tensor/program.js';
import { rowWidth } from '../ir/program.js';
import { WGSL_OPS, POLYFILLS, BINDINGS, literal, entryHead, headerLines, outputIndex } from './wgsl.js';
import { tensorLayout, type EntryPlan, type Slot, type TensorLayout } from './tensor/memory-plan.js';
import { outputOffsets, type Entry } from './artifact.js';
import type { Precision } from './wasm.js';
import type { TensorSchedule } from '../schedule.js';

interface Index { i: string; e: string }

/**
 * Per-point tensors of at most this many f32 live in private memory; larger ones (dense tangent
 * blocks of deep nets) in a storage buffer, binding 6 (Dawn refuses private arrays over 64 KiB:
 * "result type size (92332) exceeds maximum allowed (65536)" for a (43; 256 x 3) CNF).
 */
export const PRIVATE_SCRATCH_FLOATS = 4096;

/** Numbers per point of the per-point tensors of the larger entry. */
function scratchFloats(plans: EntryPlan[], scratch: number): number {
  return Math.max(1, ...plans.map((plan) => (plan.scratchEnd - scratch) / plan.stride));
}

/** The storage scratch's f32 per point, or undefined where private memory holds them. */
export function gpuScratchFloats(entries: readonly Entry<TensorProgram>[], precision: Precision, schedule: TensorSchedule, lay: TensorLayout = tensorLayout(entries, precision, schedule)): number | undefined {
  const { plans, scratch } = lay;
  const n = scratchFloats(plans, scratch);
  return n > PRIVATE_SCRATCH_FLOATS ? n : undefined;
}

const REDUCE: Record<ReduceFn, (a: string, b: string) => string> = {
  add: (a, b) => `(${a} + ${b})`, mul: (a, b) => `(${a} * ${b})`, max: (a, b) => `divc_max(${a}, ${b})`, min: (a, b) => `divc_min(${a}, ${b})`,
};

class WgslEmitter {
  readonly lines: string[] = [];
  private depth = 0;

  constructor(
    private readonly g: TensorGraph, private readonly plan: EntryPlan, private readonly input: number,
    private readonly bytes: number, private readonly batchStart: number, private readonly scratch: number,
    private readonly storage: boolean,
  ) {}

  /** Element `e` (an index expression) of the per-point tensor at scratch offset `at`. */
  private cell(at: number, e: string): string {
    // in storage, element-major: the points of a dispatch read neighbouring addresses
    return this.storage ? `scratch[(${at}u + ${e}) * shape.n + i]` : `s[${at}u + ${e}]`;
  }

  private line(s: string): void {
    this.lines.push(`${'  '.repeat(this.depth + 1)}${s}`);
  }

  /** for (var v = 0u; v < count; v++) { body } */
  private loop(count: number, body: (v: string) => void): void {
    const v = `k${this.depth}`;
    this.line(`for (var ${v} = 0u; ${v} < ${count}u; ${v}++) {`);
    this.depth++;
    body(v);
    this.depth--;
    this.line('}');
  }

  private slot(id: number): Slot {
    const s = this.plan.slots.get(id);
    if (!s) throw new Error(`internal: node ${id} has no slot`);
    return s;
  }

  /** Element e of node id: a fused map's expression, the point's row, scratch, params or batch. */
  read(id: number, idx: Index): string {
    const n = this.g.node(id);
    if (this.plan.fused.has(id)) return this.mapExpr(id, idx);
    if (id === this.input) return `points[row + ${idx.e}]`;
    const s = this.slot(id);
    if (s.kind === 'inline') return literal(n.data![0]!, n.type);
    if (s.kind === 'point') {
      const v = this.cell((s.base - this.scratch) / this.plan.stride, idx.e);
      return n.type === 'b' ? `(${v} != 0.0)` : v;
    }
    if (n.op === 'param') return `params[${n.value}u + ${idx.e}]`;
    const v = `batch[${(s.base - this.batchStart) / this.bytes}u + ${idx.e}]`;
    // per-batch conditions were lane masks in wasm memory: NaN bits once read as f32
    return n.type === 'b' ? `(bitcast<u32>(${v}) != 0u)` : v;
  }

  private write(id: number, idx: Index, value: string): void {
    const s = this.slot(id);
    if (s.kind !== 'point') throw new Error(`internal: node ${id} is not per point`);
    const v = this.g.node(id).type === 'b' ? `select(0.0, 1.0, ${value})` : value;
    this.line(`${this.cell((s.base - this.scratch) / this.plan.stride, idx.e)} = ${v};`);
  }

  private argIndex(arg: number, shape: readonly number[], idx: Index): Index {
    const s = this.g.node(arg).shape;
    if (s.length === 0) return { i: '0u', e: '0u' };
    return sameShape(s, shape) ? idx : { i: idx.i, e: idx.i };
  }

  private mapExpr(id: number, idx: Index): string {
    const n = this.g.node(id);
    const args = n.args.map((a) => this.read(a, this.argIndex(a, n.shape, idx)));
    if (n.fn === 'powi') return powi(args[0]!, this.g.constScalar(n.args[1]!)!);
    return WGSL_OPS[n.fn as ComputeOp](args);
  }

  private elements(shape: readonly number[], body: (idx: Index) => void): void {
    if (shape.length === 0) return body({ i: '0u', e: '0u' });
    if (shape.length === 1) return this.loop(shape[0]!, (a) => body({ i: a, e: a }));
    this.loop(shape[0]!, (a) => this.loop(shape[1]!, (b) => body({ i: a, e: `(${a} * ${shape[1]}u + ${b})` })));
  }

  emitNode(id: number): void {
    const g = this.g;
    const n = g.node(id);
    switch (n.op) {
      case 'map': return this.elements(n.shape, (idx) => this.write(id, idx, this.mapExpr(id, idx)));
      case 'matmul': {
        const [a, b] = n.args as [number, number];
        const [rows, inner] = g.node(a).shape as [number, number];
        const cols = n.shape.length === 2 ? n.shape[1]! : 1;
        return this.loop(rows, (i) => this.loop(cols, (c) => {
          this.line('var acc = 0.0;');
          this.loop(inner, (j) => this.line(`acc += ${this.read(a, { i, e: `(${i} * ${inner}u + ${j})` })} * ${this.read(b, { i: j, e: `(${j} * ${cols}u + ${c})` })};`));
          this.write(id, { i, e: `(${i} * ${cols}u + ${c})` }, 'acc');
        }));
      }
      case 'reduce': {
        const src = n.args[0]!;
        const s = g.node(src).shape;
        const byColumn = s.length === 2 && n.value === 0;
        const count = byColumn ? s[0]! : s[s.length - 1]!;
        const [outer, step] = byColumn ? [1, s[1]!] : [count, 1];
        const at = (o: string, t: string): Index => { const e = `(${o} * ${outer}u + ${t} * ${step}u)`; return { i: e, e }; };
        return this.loop(sizeOf(n.shape), (o) => {
          this.line(`var acc = ${this.read(src, at(o, '0u'))};`);
          this.loop(count - 1, (t) => this.line(`acc = ${REDUCE[n.fn as ReduceFn]('acc', this.read(src, at(o, `(${t} + 1u)`)))};`));
          this.write(id, { i: o, e: o }, 'acc');
        });
      }
      case 'copy': {
        const [s0, s1] = [n.strides![0] ?? 0, n.strides![1] ?? 0];
        if (n.shape.length === 2) {
          return this.loop(n.shape[0]!, (a) => this.loop(n.shape[1]!, (b) => {
            const src = `(${n.value}u + ${a} * ${s0}u + ${b} * ${s1}u)`;
            this.write(id, { i: a, e: `(${a} * ${n.shape[1]}u + ${b})` }, this.read(n.args[0]!, { i: src, e: src }));
          }));
        }
        return this.elements(n.shape, (idx) => {
          const src = `(${n.value}u + ${idx.i} * ${s0}u)`;
          this.write(id, idx, this.read(n.args[0]!, { i: src, e: src }));
        });
      }
      case 'concat': {
        let offset = 0;
        for (const a of n.args) {
          const at = offset;
          offset += sizeOf(g.node(a).shape);
          this.elements([sizeOf(g.node(a).shape)], (idx) => this.write(id, { i: `(${at}u + ${idx.e})`, e: `(${at}u + ${idx.e})` }, this.read(a, idx)));
        }
        return;
      }
      default: throw new Error(`internal: no WGSL loop code for ${n.op}`);
    }
  }
}

/** x^n as the multiplications of ops.ts's powiEvaluate; x^-k = 1 / x^k. */
function powi(x: string, n: number): string {
  if (n < 0) return `(1.0 / ${powi(x, -n)})`;
  let result: string | undefined;
  let base = x;
  for (let k = n; k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) result = result === undefined ? base : `(${result} * ${base})`;
    if (k > 1) base = `(${base} * ${base})`;
  }
  return result ?? '1.0';
}

function entry(e: Entry<TensorProgram>, plan: EntryPlan, bytes: number, batchStart: number, scratch: number, storage: number | undefined): string {
  const p = plan.program;
  const row = rowNode(p), width = rowWidth(p);
  const em = new WgslEmitter(p.graph, plan, row, bytes, batchStart, scratch, storage !== undefined);
  for (const id of plan.ids) if (id !== row && !plan.fused.has(id) && plan.slots.get(id)?.kind === 'point') em.emitNode(id);
  const body = em.lines;
  const offsets = outputOffsets(e.outputs);
  e.outputs.forEach((o, k) => {
    const node = p.outputs[o.slot]!;
    if (o.width === 1) body.push(`  outputs[${outputIndex(offsets[k]!, 1, width, 0)}] = ${em.read(node, { i: '0u', e: '0u' })};  // ${o.name}`);
    else body.push(`  for (var c = 0u; c < ${o.width}u; c++) { outputs[${outputIndex(offsets[k]!, o.width, width, 'c')}] = ${em.read(node, { i: 'c', e: 'c' })}; }  // ${o.name}`);
  });
  const size = scratchFloats([plan], scratch);
  return [
    ...entryHead(`${e.name}_main`, width, storage !== undefined),
    ...(storage ? [] : [`  var s: array<f32, ${size}>;  // this point's tensors`]),
    ...body,
    '}',
  ].join('\n');
}

/** The shader of a tensor program, for the memory layout of its `precision` artifact (and schedule: which maps are fused). */
export function emitTensorWgsl(entries: Entry<TensorProgram>[], precision: Precision, compilerVersion: string, schedule: TensorSchedule, lay: TensorLayout = tensorLayout(entries, precision, schedule)): string {
  const { layout, batchStart, batchEnd, scratch, plans } = lay;
  const storage = gpuScratchFloats(entries, precision, schedule, lay);
  const first = entries[0]!.program;
  const header = [
    `// ${compilerVersion}: field ${first.field}, dim ${first.dim}, f32; lowered with tensors (loops over weights)`,
    ...headerLines(entries, `the per-batch tensors of the artifact's prologue (memory.batch: ${(batchEnd - batchStart) / layout.bytes} numbers)`),
    ...(storage ? [`//   5 scratch     array<f32>, ${storage} numbers per point (memory.gpuScratch), element e of point i at e * n + i`] : []),
  ];
  return [
    ...header,
    '',
    ...BINDINGS,
    ...(storage ? ['@group(0) @binding(5) var<storage, read_write> scratch: array<f32>;'] : []),
    POLYFILLS,
    ...plans.flatMap((plan, k) => [entry(entries[k]!, plan, layout.bytes, batchStart, scratch, storage), '']),
    '',
  ].join('\n');
}

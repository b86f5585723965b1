// The artifact builder, one for both lowerings (docs/ARTIFACT.md): which outputs each entry
// point stores, the metadata, and the custom sections sealed onto the module. The backends
// (wasm.ts, tensor/wasm.ts, wgsl.ts, wgsl-tensor.ts) take the entries from here and return
// code and a memory descriptor; compile.ts puts them together here.
import { FMA_SECTION, FORMAT_VERSION, METADATA_SECTION, WGSL_SECTION, type ArrayMeta, type ArtifactMetadata } from '../../runtime/artifact.js';
import type { ConditionInfo, ParamInfo } from '../ir/program.js';

/** The outputs a program of either level can hold, in the order an entry stores them. */
export type OutputSlot = 'values' | 'divergence' | 'potential' | 'gradPoints' | 'gradParams';
const OUTPUT_SLOTS: readonly OutputSlot[] = ['values', 'divergence', 'potential', 'gradPoints', 'gradParams'];
/** The slots holding a list of nodes (the others hold one: width 1). */
export const LIST_SLOTS: readonly OutputSlot[] = ['values', 'gradPoints', 'gradParams'];

/**
 * One output of an entry: its name and width per point in the artifact, and the program output it
 * stores; `summed`: added up over the points in the kernel (ArrayMeta.summed), not stored per point.
 */
export interface EntryOutput extends ArrayMeta { slot: OutputSlot }

/** The outputs summed over the points in the kernel: a vjp's param gradients. */
const SUMMED_SLOTS: readonly OutputSlot[] = ['gradParams'];

/** An entry point: its name (also its export's), its program, its rows' width (numbers a point read) and its outputs in argument order. */
export interface Entry<P> { name: string; program: P; row: number; outputs: EntryOutput[] }

/** The entries in the artifact's order (also the order of their per-batch values in memory). */
export const ENTRY_NAMES = ['evaluate', 'divergence', 'diagonal', 'potential', 'vjp'] as const;
export type EntryName = typeof ENTRY_NAMES[number];

/** An entry's name for a program output where it is not the output's own: the diagonal entry's values are the diagonal. */
const RENAMED: Partial<Record<string, Partial<Record<OutputSlot, string>>>> = { diagonal: { values: 'diagonal' }, vjp: { gradPoints: 'points', gradParams: 'params' } };

/** What both levels' programs have in common: scalar values are a node list, tensor values one node. */
interface AnyProgram {
  dim: number; paramSlots: number; conditions?: readonly ConditionInfo[];
  outputs: { values?: number | number[]; divergence?: number; potential?: number; gradPoints?: number | number[]; gradParams?: number | number[] };
}

/** Numbers per point of each output slot. */
const slotWidth = (p: AnyProgram, slot: OutputSlot) => (slot === 'values' || slot === 'gradPoints' ? p.dim : slot === 'gradParams' ? p.paramSlots : 1);

/** The entries of a kernel from its programs by entry name, each storing every output its program has. */
export function entriesOf<P extends AnyProgram>(programs: Partial<Record<EntryName, P>>): Entry<P>[] {
  return ENTRY_NAMES.flatMap((name) => {
    const program = programs[name];
    if (!program) return [];
    const has = (slot: OutputSlot) => {
      const o = program.outputs[slot];
      return Array.isArray(o) ? o.length > 0 : o !== undefined;
    };
    const outputs = OUTPUT_SLOTS.filter(has).map((slot) => ({ name: RENAMED[name]?.[slot] ?? slot, width: slotWidth(program, slot), slot, ...(SUMMED_SLOTS.includes(slot) ? { summed: true } : {}) }));
    // a vjp's row carries its cotangents after the point's own numbers (passes/vjp.ts)
    const row = program.dim + (program.conditions ?? []).reduce((n, c) => n + c.size, 0);
    return [{ name, program, row, outputs }];
  });
}

/** Where output k of an entry starts, in units of the point count: the widths of the outputs before it. */
export function outputOffsets(outputs: readonly ArrayMeta[]): number[] {
  let at = 0;
  return outputs.map((o) => { const here = at; at += o.width; return here; });
}

export interface ArtifactInput {
  compilerVersion: string;
  field: string;
  dim: number;
  inputs: string[];
  conditions?: ConditionInfo[];
  params: ParamInfo[];
  /** Every param the source declares, in order. */
  declared?: string[];
  precision: 'f64' | 'f32';
  lanes: number;
  memory: ArtifactMetadata['memory'];
  prologueParams?: ArtifactMetadata['prologueParams'];
  entries: Entry<unknown>[];
  /** The kernel's RK4 (backend/flow.ts), where it has one. */
  flow?: { work: number; dopri5?: number };
}

/** The metadata of an artifact (custom section `divc`), whatever level its field was lowered at. */
export function artifactMetadata(a: ArtifactInput): ArtifactMetadata {
  const conditions = a.conditions ?? [];
  const width = a.dim + conditions.reduce((n, c) => n + c.size, 0);
  return {
    // conditions came with format 3; an artifact without them stays 2, which older runtimes run
    format: conditions.length > 0 ? FORMAT_VERSION : 2,
    compiler: a.compilerVersion,
    field: a.field,
    dim: a.dim,
    inputs: a.inputs,
    ...(conditions.length > 0 ? { conditions: conditions.map(({ name, shape, offset, size }) => ({ name, shape, offset, size })) } : {}),
    precision: a.precision,
    lanes: a.lanes,
    params: a.params.map((q) => ({ name: q.name, shape: q.shape, slot: q.slot, size: q.size, ...(q.default ? { default: q.default } : {}) })),
    ...(a.declared ? { declared: a.declared } : {}),
    memory: a.memory,
    prologue: 'prologue',
    ...(a.prologueParams ? { prologueParams: a.prologueParams } : {}),
    entries: {
      ...Object.fromEntries(a.entries.map((e) => [e.name, {
        export: e.name,
        // a vjp reads rows: the point, its conditions, then its cotangents (runtime/vjp.ts)
        inputs: [{ name: e.name === 'vjp' ? 'rows' : 'points', width: e.row }],
        outputs: e.outputs.map(({ name, width, summed }) => ({ name, width, ...(summed ? { summed } : {}) })),
      }])),
      // RK4 in the kernel (backend/flow.ts): each point's end and the integral of div f
      ...(a.flow ? { flow: { export: 'flow_rk4', inputs: [{ name: 'points', width }], outputs: [{ name: 'end', width: a.dim }, { name: 'integral', width: 1 }], work: a.flow.work } } : {}),
      // Dormand-Prince in the kernel (backend/flow-dopri5.ts): the ends, integrals and steps each point took
      ...(a.flow?.dopri5 ? { flow_dopri5: { export: 'flow_dopri5', inputs: [{ name: 'points', width }], outputs: [{ name: 'end', width: a.dim }, { name: 'integral', width: 1 }, { name: 'steps', width: 1 }], work: a.flow.dopri5 } } : {}),
    },
    ...(a.entries.some((e) => e.name === 'potential') ? { kind: 'potential' as const } : {}),
  };
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

/**
 * The artifact: the module with its metadata, the WGSL shader and (tensor level) the fused
 * multiply-add build appended as custom sections. Appended here, not through binaryen, which
 * copies section data through its stack and overflows for the WGSL of large fields (megabytes).
 */
export function sealArtifact(module: Uint8Array, metadata: ArtifactMetadata, extra: { wgsl?: string; fma?: Uint8Array } = {}): Uint8Array {
  let binary = appendCustomSection(module, METADATA_SECTION, new TextEncoder().encode(JSON.stringify(metadata)));
  if (extra.wgsl !== undefined) binary = appendCustomSection(binary, WGSL_SECTION, new TextEncoder().encode(extra.wgsl));
  if (extra.fma !== undefined) binary = appendCustomSection(binary, FMA_SECTION, extra.fma);
  return binary;
}

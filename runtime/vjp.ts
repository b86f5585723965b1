// k.vjp (CONTRACT.md "gradients"): the cotangents checked and packed after each point's row, the
// artifact's vjp entry run chunk by chunk, and its per-point param gradients summed over the batch
// in f64 as each chunk comes back, so memory stays one chunk whatever the batch.
import { DivcError } from './errors.js';
import type { ConditionMeta, EntryMeta, ParamMeta } from './artifact.js';
import type { FloatArray } from './inputs.js';
import { appendChecked, columnNumbers, type ConditionValue } from './conditions.js';
import { runChunksSummed, type ChunkResults } from './chunks.js';

/** The weights of f's values (dim numbers a point), of div f and of a potential's U; each one value for every point or one per point, 0 where absent. */
export interface Cotangents { values?: ConditionValue; divergence?: ConditionValue; potential?: ConditionValue }

export interface VjpResult {
  /** Each param of the field: the gradient of the weighted sum over the batch, in the param's shape (row-major). */
  params: Record<string, FloatArray>;
  /** With `inputs: true`: the same sum's gradient with respect to each point (n * dim numbers). */
  points?: FloatArray;
}

const NAMES = ['values', 'divergence', 'potential'] as const;

/** The cotangents' columns after a row of `width` numbers (the point and its conditions). */
function columns(width: number, dim: number, potential: boolean): ConditionMeta[] {
  return [
    { name: 'values', shape: [dim], offset: width, size: dim },
    { name: 'divergence', shape: [], offset: width + dim, size: 1 },
    ...(potential ? [{ name: 'potential', shape: [], offset: width + dim + 1, size: 1 }] : []),
  ];
}

/**
 * The vjp entry's rows: each point's row (n x width) and then its cotangents, checked (DivcErrors
 * naming them) at once; the rows of points start .. end packed when asked, so a batch of any size
 * needs one block of them at a time (Kernel.vjp).
 */
export function cotangentPacker(rows: FloatArray, width: number, dim: number, potential: boolean, cotangents: Cotangents, field: string): (start: number, end: number) => FloatArray {
  if (cotangents === null || typeof cotangents !== 'object') throw new DivcError(`vjp(): the cotangents must be an object { values, divergence${potential ? ', potential' : ''} }, got ${cotangents === null ? 'null' : typeof cotangents}`);
  for (const name of Object.keys(cotangents)) {
    if (!(NAMES as readonly string[]).includes(name)) throw new DivcError(`vjp(): unknown cotangent '${name}' (the cotangents are values, divergence${potential ? ' and potential' : ''})`);
  }
  if (!potential && cotangents.potential !== undefined) throw new DivcError(`vjp(): '${field}' is not a potential: it has no U to weight (cotangent 'potential')`);
  const cols = columns(width, dim, potential);
  const given = Object.fromEntries(cols.map((c) => [c.name, cotangents[c.name as keyof Cotangents] ?? (c.size === 1 ? 0 : new Array<number>(c.size).fill(0))]));
  const numbers = columnNumbers(cols, given, rows.length / width, 'cotangent');
  return (start, end) => appendChecked(rows.subarray(start * width, end * width), width, cols, numbers, start);
}


/** The rows' width of a vjp entry, and its points' (dim). */
export const vjpWidths = (entry: EntryMeta) => ({ rows: entry.inputs[0]!.width, dim: entry.outputs.find((o) => o.name === 'points')!.width });

/**
 * Runs the vjp entry over `rows` (n rows: the point, its conditions, its cotangents) on the
 * calling thread, chunk by chunk: the param gradients summed over the points, and the points'
 * gradients where asked for.
 */
export function runVjp(entry: EntryMeta, fn: (...pointersAndCount: number[]) => void, memory: WebAssembly.Memory, heap: number, bytes: 4 | 8, chunk: number, lanes: number, rows: FloatArray, inputs: boolean): ChunkResults {
  const width = vjpWidths(entry).rows;
  // a chunk's rows and per-point outputs, and the summed outputs' vectors (lanes numbers a slot)
  const need = heap + entry.outputs.reduce((w, o) => w + (o.summed ? lanes : chunk) * o.width, chunk * width) * bytes;
  if (need > memory.buffer.byteLength) memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
  return runChunksSummed(fn, memory, heap, width, bytes, chunk, rows, entry.outputs, 'params', inputs, lanes);
}

/** Rows packed a block at a time: about this many numbers (32 MiB in f64), whatever the batch. */
export const VJP_BLOCK_NUMBERS = 1 << 22;

/** The results by param name, in the kernel's precision (`bytes`), from the summed slots. */
export function vjpResult(r: ChunkResults, params: readonly ParamMeta[], bytes: 4 | 8, inputs: boolean): VjpResult {
  const Out = bytes === 8 ? Float64Array : Float32Array;
  const sum = r.params!;
  return {
    params: Object.fromEntries(params.map((p) => [p.name, Out.from(sum.subarray(p.slot, p.slot + p.size))])),
    ...(inputs ? { points: r.points! } : {}),
  };
}

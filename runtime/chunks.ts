// The loop that feeds a wasm kernel its points chunk by chunk through a fixed buffer at `heap`.
// Self-contained (no imports, no closure): worker threads run its source text too.
// Any entry: `entry(points, out_0, ..., out_k, n)` (docs/ARTIFACT.md) writes each of its outputs,
// width numbers a point; the chunk's buffers lie at `heap`: its points, then each output's.
// `out`: where to write (a worker writing straight into shared result arrays, at point `at`);
// without it the results are new arrays.

/** One output of an entry: its name and numbers per point (`summed`: the kernel adds them up itself, ArrayMeta). */
export interface ChunkOutput { name: string; width: number; summed?: boolean }
/** Results by output name: n x width numbers each, row-major. */
export type ChunkResults = Record<string, Float64Array | Float32Array>;
/** Where results go: arrays the size of the whole batch, written from point `at` on. */
export interface ChunkOut { results: ChunkResults; at: number }

export function runChunks(
  entry: (...pointersAndCount: number[]) => void,
  memory: WebAssembly.Memory, heap: number, dim: number, bytes: number, chunk: number,
  flat: Float64Array | Float32Array, outputs: readonly ChunkOutput[],
  out?: ChunkOut,
): ChunkResults {
  const Out = bytes === 8 ? Float64Array : Float32Array;
  const view = () => new Out(memory.buffer);
  const n = flat.length / dim;
  const at = out ? out.at : 0;
  const results: ChunkResults = out ? out.results : {};
  const pointers: number[] = [];
  let next = heap + chunk * dim * bytes;
  for (const o of outputs) {
    pointers.push(next);
    next += chunk * o.width * bytes;
    if (!out) results[o.name] = new Out(n * o.width);
  }
  for (let start = 0; start < n; start += chunk) {
    const m = Math.min(chunk, n - start);
    view().set(flat.subarray(start * dim, (start + m) * dim), heap / bytes);
    entry(heap, ...pointers, m);
    const mem = view();
    outputs.forEach((o, k) => {
      const from = pointers[k]! / bytes;
      results[o.name]!.set(mem.subarray(from, from + m * o.width), (at + start) * o.width);
    });
  }
  return results;
}

/**
 * runChunks for an entry whose output `sum` is wanted summed over the points (a vjp's param
 * gradients): its sums in f64, so memory stays one chunk whatever n. An output the kernel sums
 * itself (`summed`: lanes x width numbers it adds into, ArrayMeta) is zeroed before the first
 * chunk and its lanes added after the last; any other is summed here from its per-point numbers.
 * The other outputs come back per point with `keep`, else not at all. Self-contained like
 * runChunks (workers run its source text).
 */
export function runChunksSummed(
  entry: (...pointersAndCount: number[]) => void,
  memory: WebAssembly.Memory, heap: number, dim: number, bytes: number, chunk: number,
  flat: Float64Array | Float32Array, outputs: readonly ChunkOutput[], sum: string, keep: boolean, lanes = 1,
): ChunkResults {
  const Out = bytes === 8 ? Float64Array : Float32Array;
  const view = () => new Out(memory.buffer);
  const n = flat.length / dim;
  const summed = outputs.find((o) => o.name === sum);
  const width = summed?.width ?? 0; // (an entry without that output: zero numbers)
  const total = new Float64Array(width);
  const results: ChunkResults = {};
  // the chunk's buffers at `heap`: its rows, then each output's (an in-kernel sum: its lanes' vectors)
  const pointers: number[] = [];
  let next = heap + chunk * dim * bytes;
  for (const o of outputs) {
    pointers.push(next);
    next += (o.summed ? lanes : chunk) * o.width * bytes;
    if (keep && o !== summed) results[o.name] = new Out(n * o.width);
  }
  const acc = summed?.summed ? pointers[outputs.indexOf(summed)]! / bytes : -1;
  if (acc >= 0) view().fill(0, acc, acc + lanes * width);
  for (let start = 0; start < n; start += chunk) {
    const m = Math.min(chunk, n - start);
    view().set(flat.subarray(start * dim, (start + m) * dim), heap / bytes);
    entry(heap, ...pointers, m);
    const mem = view();
    outputs.forEach((o, k) => {
      const from = pointers[k]! / bytes;
      if (o === summed && acc < 0) for (let i = 0; i < m; i++) for (let s = 0; s < width; s++) total[s] = total[s]! + mem[from + i * width + s]!;
      else if (o !== summed && keep) results[o.name]!.set(mem.subarray(from, from + m * o.width), start * o.width);
    });
  }
  if (acc >= 0) {
    const mem = view();
    for (let s = 0; s < width; s++) for (let l = 0; l < lanes; l++) total[s] = total[s]! + mem[acc + s * lanes + l]!;
  }
  results[sum] = total;
  return results;
}

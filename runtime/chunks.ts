// The loop that feeds a wasm kernel its points chunk by chunk through a fixed buffer at `heap`.
// Self-contained (no imports, no closure): worker threads run its source text too.
// Any entry: `entry(points, out_0, ..., out_k, n)` (docs/ARTIFACT.md) writes each of its outputs,
// width numbers a point; the chunk's buffers lie at `heap`: its points, then each output's.
// `out`: where to write (a worker writing straight into shared result arrays, at point `at`);
// without it the results are new arrays.

/** One output of an entry: its name and numbers per point. */
export interface ChunkOutput { name: string; width: number }
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

// The loop that feeds a wasm kernel its points chunk by chunk through a fixed buffer at `heap`.
// Self-contained (no imports, no closure): worker threads run its source text too.
// `out`: where to write (a worker writing straight into shared result arrays, at point `at`);
// without it the results are new arrays.
/** Where results go: arrays the size of the whole batch, written from point `at` on. */
export interface ChunkOut { divergence: Float64Array | Float32Array; values?: Float64Array | Float32Array; at: number }

export function runChunks(
  entry: (points: number, values: number, divergences: number, n: number) => void,
  memory: WebAssembly.Memory, heap: number, dim: number, bytes: number, chunk: number,
  flat: Float64Array | Float32Array, withValues: boolean,
  out?: ChunkOut,
): { values?: Float64Array | Float32Array; divergence: Float64Array | Float32Array } {
  const Out = bytes === 8 ? Float64Array : Float32Array;
  const view = () => new Out(memory.buffer);
  const n = flat.length / dim;
  const at = out ? out.at : 0;
  const divergence = out ? out.divergence : new Out(n);
  const values = withValues ? (out ? out.values! : new Out(n * dim)) : undefined;
  const inPtr = heap, valuesPtr = heap + chunk * dim * bytes, divPtr = heap + 2 * chunk * dim * bytes;
  for (let start = 0; start < n; start += chunk) {
    const m = Math.min(chunk, n - start);
    view().set(flat.subarray(start * dim, (start + m) * dim), inPtr / bytes);
    entry(inPtr, valuesPtr, divPtr, m);
    const mem = view();
    divergence.set(mem.subarray(divPtr / bytes, divPtr / bytes + m), at + start);
    if (values) values.set(mem.subarray(valuesPtr / bytes, valuesPtr / bytes + m * dim), (at + start) * dim);
  }
  return values ? { values, divergence } : { divergence };
}

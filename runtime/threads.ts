// Node worker threads for large batches: each worker instantiates the same artifact, receives the
// params and per-batch values the main thread's prologue computed, and runs a slice of the points
// with the same chunk loop (runChunks, shipped as source text, so no worker file has to be found).
import { runChunks } from './chunks.js';
import { MATH_IMPORTS } from './math.js';
import { MATH_MODULE } from './artifact.js';
import { DivcError } from './errors.js';

type Result = { values?: Float64Array | Float32Array; divergence: Float64Array | Float32Array };
interface WorkerLike { postMessage(m: unknown): void; on(e: 'message' | 'error', f: (x: never) => void): void; terminate(): unknown; unref(): void }

// `__name`: bundlers that keep function names (esbuild/tsx keepNames) wrap functions in
// __name(fn, "name") calls, which then appear in the shipped source text; the worker defines it.
const WORKER_SOURCE = `
const __name = (f) => f;
const { parentPort, workerData } = require('node:worker_threads');
const runChunks = ${runChunks.toString()};
const m = {};
for (const [name, source] of workerData.math) m[name] = source === null ? Math[name] : (0, eval)('(' + source + ')');
const instance = new WebAssembly.Instance(new WebAssembly.Module(workerData.module), { ${JSON.stringify(MATH_MODULE)}: m });
const ex = instance.exports;
const need = workerData.heap + workerData.chunk * (2 * workerData.dim + 1) * workerData.bytes;
if (need > ex.memory.buffer.byteLength) ex.memory.grow(Math.ceil((need - ex.memory.buffer.byteLength) / 65536));
parentPort.on('message', ({ state, flat, withValues }) => {
  new Uint8Array(ex.memory.buffer).set(state, workerData.stateOffset);
  const r = runChunks(withValues ? ex[workerData.evaluate] : ex[workerData.divergence], ex.memory, workerData.heap, workerData.dim, workerData.bytes, workerData.chunk, flat, withValues);
  parentPort.postMessage(r, r.values ? [r.divergence.buffer, r.values.buffer] : [r.divergence.buffer]);
});`;

export interface PoolConfig {
  bytes: Uint8Array; heap: number; dim: number; bytesPerNumber: number; chunk: number;
  stateOffset: number; evaluate: string; divergence: string;
}

export class ThreadPool {
  /** Per worker, the calls waiting for its answers: a worker answers in the order it was asked,
   *  so overlapping calls each get their own slice back. */
  private readonly waiting: { resolve: (r: Result) => void; reject: (e: Error) => void }[][];
  private failure: Error | undefined;

  private constructor(private readonly workers: WorkerLike[], private readonly dim: number) {
    this.waiting = workers.map(() => []);
    workers.forEach((w, k) => {
      w.on('message', (r: Result) => this.waiting[k]!.shift()?.resolve(r));
      w.on('error', (e: Error) => {
        this.failure = new DivcError(`a worker thread failed: ${e.message}`);
        for (const q of this.waiting) for (const call of q.splice(0)) call.reject(this.failure);
      });
    });
  }

  static async create(count: number, c: PoolConfig): Promise<ThreadPool> {
    const name = 'node:worker_threads'; // a variable: browser bundles must not try to include it
    const { Worker } = await import(/* @vite-ignore */ name) as { Worker: new (s: string, o: object) => WorkerLike };
    const math = Object.entries(MATH_IMPORTS).map(([name, fn]) => [name, /\[native code\]/.test(String(fn)) ? null : String(fn)]);
    const workerData = {
      module: c.bytes, heap: c.heap, dim: c.dim, bytes: c.bytesPerNumber, chunk: c.chunk,
      stateOffset: c.stateOffset, evaluate: c.evaluate, divergence: c.divergence, math,
    };
    const workers = Array.from({ length: count }, () => {
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData });
      w.unref(); // idle workers do not keep the process alive
      return w;
    });
    return new ThreadPool(workers, c.dim);
  }

  /**
   * Splits the points over the workers and the calling thread (`local` runs the first share);
   * `state` is memory [params, heap) after the prologue.
   */
  async run(flat: Float64Array | Float32Array, withValues: boolean, state: Uint8Array, local: (part: Float64Array | Float32Array) => Result): Promise<Result> {
    const n = flat.length / this.dim;
    const per = Math.ceil(n / (this.workers.length + 1));
    if (this.failure) throw this.failure;
    const remote = this.workers.map((w, k) => new Promise<Result & { start: number }>((resolve, reject) => {
      const start = Math.min(n, (k + 1) * per), end = Math.min(n, start + per);
      this.waiting[k]!.push({ resolve: (r) => resolve({ ...r, start }), reject });
      w.postMessage({ state, flat: flat.slice(start * this.dim, end * this.dim), withValues });
    }));
    remote.forEach((p) => p.catch(() => undefined)); // rejections are seen by Promise.all below
    const mine = { ...local(flat.subarray(0, Math.min(n, per) * this.dim)), start: 0 };
    const parts = [mine, ...(await Promise.all(remote))];
    const Out = flat instanceof Float64Array ? Float64Array : Float32Array;
    const divergence = new Out(n);
    const values = withValues ? new Out(n * this.dim) : undefined;
    for (const p of parts) {
      divergence.set(p.divergence, p.start);
      if (values && p.values) values.set(p.values, p.start * this.dim);
    }
    return values ? { values, divergence } : { divergence };
  }

  destroy(): void {
    this.failure = new DivcError('the kernel was disposed while a call was running');
    for (const q of this.waiting) for (const call of q.splice(0)) call.reject(this.failure);
    for (const w of this.workers) w.terminate();
  }
}

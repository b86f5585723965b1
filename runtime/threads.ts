// Worker threads for large wasm batches, in Node (worker_threads) and in browsers (Web Workers).
// Each worker instantiates the same compiled module, receives the params and per-batch values
// the main thread's prologue computed, and runs a slice of the points with the same chunk loop
// (runChunks, shipped as source text, so no worker file has to be found by a bundler).
// Points and results travel through SharedArrayBuffers where the platform allows them (Node;
// browsers when cross-origin isolated), else as transferred copies of each worker's slice.
import { runChunks, runChunksSummed, type ChunkOut, type ChunkOutput, type ChunkResults } from './chunks.js';
import { DivcError } from './errors.js';

type FloatArray = Float64Array | Float32Array;
/**
 * A job: points [from, to) of `input` through the entry named `entry`; with `out`, results go
 * there at point `at`; with `sum`, that output comes back summed over the points (the others only
 * with `keep`).
 */
interface Job { state: Uint8Array; input: FloatArray; from: number; to: number; entry: string; out?: ChunkOut; extra?: ExtraArgs; sum?: string; keep?: boolean }

/** Arguments an entry takes after n (the flow's work area, t0, h, steps), and the memory bytes they need. */
export interface ExtraArgs { args: number[]; need: number }

/** What the pool needs of a worker, in Node or in a browser. */
interface Port {
  post(m: unknown, transfer?: Transferable[]): void; onMessage(f: (m: ChunkResults) => void): void; onError(f: (e: Error) => void): void; terminate(): void;
  /** Whether the worker keeps a Node process alive: only while it owes an answer (no-op in browsers). */
  hold(busy: boolean): void;
}

const isNode = typeof process !== 'undefined' && !!process.versions?.node;

// `__name`: bundlers that keep function names (esbuild/tsx keepNames) wrap functions in
// __name(fn, "name") calls, which then appear in the shipped source text; the worker defines it.
// The functions are pasted into the source, not eval'd: pages whose CSP forbids eval work too.
const WORKER_BODY = `
const __name = (f) => f;
const runChunks = ${runChunks.toString()};
const runChunksSummed = ${runChunksSummed.toString()};
let ex, c;
on((msg) => {
  if (msg.init) {
    c = msg.init;
    ex = new WebAssembly.Instance(c.module, {}).exports;
    const need = c.heap + (Math.max(c.chunk, c.lanes) * c.numbers + c.summed) * c.bytes;
    if (need > ex.memory.buffer.byteLength) ex.memory.grow(Math.ceil((need - ex.memory.buffer.byteLength) / 65536));
    return;
  }
  const { state, input, from, to, entry, out, extra, sum, keep } = msg;
  if (extra && extra.need > ex.memory.buffer.byteLength) ex.memory.grow(Math.ceil((extra.need - ex.memory.buffer.byteLength) / 65536));
  new Uint8Array(ex.memory.buffer).set(state, c.stateOffset);
  const e = c.entries[entry];
  const w = e.width ?? c.dim;
  const fn = extra ? (...a) => ex[e.export](...a, ...extra.args) : ex[e.export];
  const rows = input.subarray(from * w, to * w);
  const r = sum ? runChunksSummed(fn, ex.memory, c.heap, w, c.bytes, c.chunk, rows, e.outputs, sum, keep, c.lanes) : runChunks(fn, ex.memory, c.heap, w, c.bytes, c.chunk, rows, e.outputs, out);
  if (out) post({});
  else post(r, Object.values(r).map((a) => a.buffer));
});`;

const NODE_PRELUDE = `const { parentPort } = require('node:worker_threads');
const on = (f) => parentPort.on('message', f);
const post = (m, t) => parentPort.postMessage(m, t);`;
const BROWSER_PRELUDE = `const on = (f) => { self.onmessage = (e) => f(e.data); };
const post = (m, t) => self.postMessage(m, t);`;

async function spawn(count: number): Promise<Port[]> {
  if (isNode) {
    const name = 'node:worker_threads'; // a variable: browser bundles must not try to include it
    type NodeWorker = { postMessage(m: unknown, t?: Transferable[]): void; on(e: string, f: (x: never) => void): void; terminate(): unknown; ref(): void; unref(): void };
    const { Worker } = await import(/* @vite-ignore */ /* webpackIgnore: true */ name) as { Worker: new (s: string, o: object) => NodeWorker };
    return Array.from({ length: count }, () => {
      const w = new Worker(NODE_PRELUDE + WORKER_BODY, { eval: true });
      return {
        post: (m, t) => w.postMessage(m, t),
        onMessage: (f) => w.on('message', f),
        onError: (f) => w.on('error', f),
        terminate: () => { void w.terminate(); },
        // ref / unref, not an unref at creation: adding a 'message' listener refs the worker again
        hold: (busy) => (busy ? w.ref() : w.unref()),
      };
    });
  }
  if (typeof Worker === 'undefined') throw new DivcError('threads > 1 need Web Workers, which this environment lacks');
  const url = URL.createObjectURL(new Blob([BROWSER_PRELUDE + WORKER_BODY], { type: 'text/javascript' }));
  try {
    return Array.from({ length: count }, () => {
      const w = new Worker(url);
      return {
        post: (m, t) => w.postMessage(m, t ?? []),
        onMessage: (f) => { w.onmessage = (e: MessageEvent<ChunkResults>) => f(e.data); },
        onError: (f) => { w.onerror = (e: ErrorEvent) => { e.preventDefault(); f(new Error(e.message || 'it could not start or stopped (a Content-Security-Policy without worker-src blob: forbids it)')); }; },
        terminate: () => w.terminate(),
        hold: () => undefined,
      };
    });
  } finally {
    // workers fetch their script asynchronously: the URL must outlive this turn
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Whether points and results can live in SharedArrayBuffers seen by every worker. */
export function canShareMemory(): boolean {
  if (typeof SharedArrayBuffer === 'undefined') return false;
  return isNode || (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
}

/** Cores this machine offers: Node's availableParallelism, a browser's hardwareConcurrency. */
export async function coreCount(): Promise<number> {
  if (isNode) {
    const name = 'node:os';
    try {
      const os = await import(/* @vite-ignore */ /* webpackIgnore: true */ name) as { availableParallelism?: () => number; cpus: () => unknown[] };
      return os.availableParallelism ? os.availableParallelism() : os.cpus().length;
    } catch {
      return 1; // a bundle that cannot import Node's modules: one thread
    }
  }
  return (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
}

/** Points a thread takes per round of a large batch (see ThreadPool.run). */
export const THREAD_ROUND_POINTS = 1 << 18;

/** An entry the workers may run: its export, its outputs (the artifact's entries) and, where not the pool's, its rows' width (a vjp's). */
export interface PoolEntry { export: string; outputs: readonly ChunkOutput[]; width?: number }

export interface PoolConfig {
  module: WebAssembly.Module; heap: number; dim: number; bytesPerNumber: number; chunk: number;
  stateOffset: number; entries: Record<string, PoolEntry>;
  /** Points per SIMD vector (the kernel's in-kernel sums have one number a lane). */
  lanes?: number;
}

/** Numbers a point takes in the chunk buffers of the entry with the most outputs: its inputs and outputs. */
export const chunkNumbers = (dim: number, entries: Record<string, PoolEntry>): number =>
  Math.max(dim, ...Object.values(entries).map((e) => (e.width ?? dim) + e.outputs.reduce((sum, o) => sum + (o.summed ? 0 : o.width), 0)));

/** Numbers past a chunk's for the outputs a kernel sums itself (a vjp's params: lanes numbers a slot, whatever the chunk). */
export const summedNumbers = (entries: Record<string, PoolEntry>, lanes: number): number =>
  Math.max(0, ...Object.values(entries).map((e) => lanes * e.outputs.reduce((sum, o) => sum + (o.summed ? o.width : 0), 0)));

export class ThreadPool {
  /** Per worker, the calls waiting for its answers: a worker answers in the order it was asked,
   *  so overlapping calls each get their own slice back. */
  private readonly waiting: { resolve: (r: ChunkResults) => void; reject: (e: Error) => void }[][];
  private failure: Error | undefined;
  /** 'shared': SharedArrayBuffers; 'transfer': each worker gets a copy of its slice. */
  readonly mode: 'shared' | 'transfer' = canShareMemory() ? 'shared' : 'transfer';

  private constructor(private readonly workers: Port[], private readonly dim: number, private readonly entries: Record<string, PoolEntry>) {
    this.waiting = workers.map(() => []);
    // Idle workers must not keep a Node process alive (a script that never calls dispose() has
    // to exit), but a worker that owes an answer must, or the process could exit mid-batch.
    workers.forEach((w, k) => {
      w.onMessage((r) => {
        const call = this.waiting[k]!.shift();
        if (this.waiting[k]!.length === 0) w.hold(false);
        call?.resolve(r);
      });
      w.onError((e) => {
        this.failure = new DivcError(`a worker thread failed: ${e.message}`);
        for (const q of this.waiting) for (const call of q.splice(0)) call.reject(this.failure);
        for (const v of this.workers) v.hold(false);
      });
      w.hold(false);
    });
  }

  /** Starts `count` workers; the module is compiled once and sent to each (no recompilation). */
  static async create(count: number, c: PoolConfig): Promise<ThreadPool> {
    const init = {
      module: c.module, heap: c.heap, dim: c.dim, bytes: c.bytesPerNumber, chunk: c.chunk,
      stateOffset: c.stateOffset, entries: c.entries, numbers: chunkNumbers(c.dim, c.entries), summed: summedNumbers(c.entries, c.lanes ?? 1), lanes: c.lanes ?? 1,
    };
    const workers = await spawn(count);
    for (const w of workers) w.post({ init });
    return new ThreadPool(workers, c.dim, c.entries);
  }

  /** Shared buffers of earlier calls, reused: fresh ones cost page faults on every call. */
  private spare: SharedArrayBuffer[] = [];

  private acquire(bytes: number): SharedArrayBuffer {
    const i = this.spare.findIndex((b) => b.byteLength >= bytes && b.byteLength <= 4 * bytes);
    if (i >= 0) return this.spare.splice(i, 1)[0]!;
    if (this.spare.length > 8) this.spare.shift(); // bounded: a long run of odd sizes frees the oldest
    return new SharedArrayBuffer(bytes);
  }

  get size(): number {
    return this.workers.length + 1;
  }

  /**
   * Splits the points over the workers and the calling thread (`local` runs the first share,
   * writing at `out`) through the entry named `entry`; `state` is memory [params, heap) after the
   * prologue. Large batches go in rounds of THREAD_ROUND_POINTS a thread, so the copies and
   * shared buffers stay bounded whatever the batch size. `local` may run after an await (in later
   * rounds): it must bring its own state. Every share is written once, straight into the results.
   */
  async run(flat: FloatArray, entry: string, state: Uint8Array, local: (part: FloatArray, out: ChunkOut) => unknown, extra?: ExtraArgs): Promise<ChunkResults> {
    const outputs = this.entries[entry]!.outputs;
    const dim = this.dim, n = flat.length / dim, round = THREAD_ROUND_POINTS * this.size;
    const Out = flat instanceof Float64Array ? Float64Array : Float32Array;
    const results: ChunkResults = {};
    for (const o of outputs) results[o.name] = new Out(n * o.width);
    for (let start = 0; start < n; start += round) {
      const end = Math.min(n, start + round);
      await this.runRound(flat.subarray(start * dim, end * dim), entry, outputs, state, local, { results, at: start }, extra);
    }
    return results;
  }

  /** One round: the calling thread's share goes straight to `dest`, the workers' through shared
   *  buffers (copied into `dest` once they are done) or as transferred results. */
  private async runRound(flat: FloatArray, entry: string, outputs: readonly ChunkOutput[], state: Uint8Array, local: (part: FloatArray, out: ChunkOut) => unknown, dest: ChunkOut, extra?: ExtraArgs): Promise<void> {
    if (this.failure) throw this.failure;
    const dim = this.dim, n = flat.length / dim;
    const mine = Math.min(n, Math.ceil(n / this.size)); // the calling thread's points; each worker takes as many
    const shared = this.mode === 'shared';
    const taken: SharedArrayBuffer[] = [];
    const sharedArray = (length: number): FloatArray => {
      const buffer = this.acquire(length * flat.BYTES_PER_ELEMENT);
      taken.push(buffer);
      return flat instanceof Float64Array ? new Float64Array(buffer, 0, length) : new Float32Array(buffer, 0, length);
    };
    // shared mode: the workers' points and results, [mine, n), in buffers every thread sees
    let input: FloatArray = flat, inputAt = 0, sharedOut: ChunkOut | undefined;
    if (shared) {
      if (!(flat.buffer instanceof SharedArrayBuffer)) {
        input = sharedArray((n - mine) * dim);
        input.set(flat.subarray(mine * dim));
        inputAt = mine;
      }
      sharedOut = { results: {}, at: 0 };
      for (const o of outputs) sharedOut.results[o.name] = sharedArray((n - mine) * o.width);
    }
    let done = false;
    try {
      const remote = this.workers.map((w, k) => new Promise<{ results: ChunkResults; start: number }>((resolve, reject) => {
        const start = Math.min(n, mine * (k + 1)), end = Math.min(n, start + mine);
        if (this.waiting[k]!.length === 0) w.hold(true);
        this.waiting[k]!.push({ resolve: (results) => resolve({ results, start }), reject });
        if (sharedOut) {
          w.post({ state, input, from: start - inputAt, to: end - inputAt, entry, out: { ...sharedOut, at: start - mine }, ...(extra ? { extra } : {}) } satisfies Job);
        } else {
          const part = flat.slice(start * dim, end * dim);
          w.post({ state, input: part, from: 0, to: end - start, entry, ...(extra ? { extra } : {}) } satisfies Job, [part.buffer]);
        }
      }));
      remote.forEach((p) => p.catch(() => undefined)); // rejections are seen by Promise.all below
      local(flat.subarray(0, mine * dim), dest);
      const parts = await Promise.all(remote);
      // into the results (ordinary ArrayBuffers: many web APIs refuse shared views); `set` copies
      // from shared memory ~10x faster than `slice` in V8
      if (sharedOut) parts.splice(0, parts.length, { results: sharedOut.results, start: mine });
      for (const p of parts) for (const o of outputs) dest.results[o.name]!.set(p.results[o.name]!, (dest.at + p.start) * o.width);
      done = true;
    } finally {
      // after a failure (the calling thread's share threw, or one worker did) other workers may
      // still be writing into this round's buffers: they are dropped, never handed to a later call
      if (done) this.spare.push(...taken);
    }
  }

  /**
   * The entry over all rows (of its own width), the calling thread taking the first share (`local`,
   * which runs before any await), each worker a copy of its share: output `sum` summed over the
   * points (f64), the others per point in order with `keep`. A vjp's param gradients.
   */
  async runSummed(flat: FloatArray, entry: string, state: Uint8Array, local: (part: FloatArray) => ChunkResults, sum: string, keep: boolean): Promise<ChunkResults> {
    if (this.failure) throw this.failure;
    const e = this.entries[entry]!, width = e.width ?? this.dim, n = flat.length / width;
    const mine = Math.min(n, Math.ceil(n / this.size));
    const remote = this.workers.map((w, k) => new Promise<ChunkResults>((resolve, reject) => {
      const start = Math.min(n, mine * (k + 1)), end = Math.min(n, start + mine);
      if (this.waiting[k]!.length === 0) w.hold(true);
      this.waiting[k]!.push({ resolve, reject });
      const part = flat.slice(start * width, end * width);
      w.post({ state, input: part, from: 0, to: end - start, entry, sum, keep } satisfies Job, [part.buffer]);
    }));
    remote.forEach((p) => p.catch(() => undefined)); // rejections are seen by Promise.all below
    const parts = [local(flat.subarray(0, mine * width)), ...(await Promise.all(remote))];
    const results: ChunkResults = {};
    const total = new Float64Array(parts[0]![sum]!.length);
    for (const p of parts) p[sum]!.forEach((v, s) => { total[s] = total[s]! + v; });
    results[sum] = total;
    for (const o of keep ? e.outputs.filter((x) => x.name !== sum) : []) {
      const all = new (flat instanceof Float64Array ? Float64Array : Float32Array)(n * o.width);
      let at = 0;
      for (const p of parts) { all.set(p[o.name]!, at); at += p[o.name]!.length; }
      results[o.name] = all;
    }
    return results;
  }

  destroy(): void {
    this.failure = new DivcError('the kernel was disposed while a call was running');
    for (const q of this.waiting) for (const call of q.splice(0)) call.reject(this.failure);
    for (const w of this.workers) w.terminate();
  }
}

// divc/runtime: loads a divc artifact and runs it. No compiler code, no binaryen, no chevrotain.
import { DivcError } from './errors.js';
import { artifactBytes, type ArtifactSource } from './source.js';
import { FMA_SECTION, WGSL_SECTION, type ArtifactMetadata, type ParamMeta } from './artifact.js';
import { GpuRunner } from './webgpu.js';
import { runChunks, type ChunkOut, type ChunkResults } from './chunks.js';
import { flattenParam, flattenPoints, type FloatArray, type ParamTensor, type Points } from './inputs.js';
import { paramSlotCount, readMetadata, refuseImports } from './metadata.js';
import { canShareMemory, chunkNumbers, coreCount, ThreadPool, type PoolEntry } from './threads.js';

export { DivcError } from './errors.js';
export type { FloatArray, ParamTensor, Points } from './inputs.js';
export type { ArtifactMetadata, ArrayMeta, EntryMeta, ParamMeta } from './artifact.js';
export type { ArtifactSource } from './source.js';

export type Backend = 'wasm' | 'webgpu';
/**
 * With backend 'auto', batches of at least this many points may go to a hardware WebGPU adapter
 * (software adapters such as lavapipe or SwiftShader are never chosen); the first such batch
 * starts the WebGPU implementation, so smaller jobs never pay for it. Measured on an H100
 * (docs/GPU.md), WebGPU beat one wasm thread from 1e3 to 1e4 points on the fields where it wins.
 */
export const AUTO_GPU_MIN_POINTS = 1 << 16;
/**
 * End-to-end rate of the WebGPU path (points in plus results out, bytes per second), measured on
 * an H100 with Dawn in Node at 1e6 to 1e8 points: 0.8 to 1.4 GB/s, bound by the copies, not the
 * shader. 'auto' sends a batch to the GPU only where the wasm kernel is slower than this, so
 * memory-bound fields (lorenz: 1.9e8 points/s on wasm vs 6e7 through WebGPU) stay on wasm.
 */
export const GPU_TRANSFER_BYTES_PER_SECOND = 1e9;

export interface LoadOptions {
  /**
   * 'wasm': wasm SIMD; 'webgpu': the artifact's WGSL shader on a WebGPU adapter (f32 results,
   * throws when none exists); 'auto' (default): WebGPU on a hardware adapter for batches of
   * AUTO_GPU_MIN_POINTS or more, else wasm. A lost GPU device falls back to wasm.
   */
  backend?: 'auto' | Backend;
  /** Points per call into the kernel: bounds the runtime's memory whatever the batch size. */
  chunkPoints?: number;
  /** Points per WebGPU dispatch (default: 2^18 on software adapters, 2^20 on hardware ones, and
   *  within the device's binding limits). */
  gpuChunkPoints?: number;
  /**
   * Threads for wasm batches of at least THREAD_MIN_POINTS points: the calling thread plus
   * `threads - 1` workers (worker_threads in Node, Web Workers in browsers), each with its own
   * instance of the artifact. A number: always that many for such batches. 'auto' (default): all
   * cores, for batches where they pay: the kernel's one-thread speed is measured on its first
   * large batch, and threads are used where it moves less than THREAD_BYTES_PER_SECOND (with
   * shared memory; THREAD_TRANSFER_BYTES_PER_SECOND without) and the batch takes at least
   * THREAD_MIN_SECONDS on one thread; the workers start then.
   */
  threads?: number | 'auto';
  /**
   * Loop kernels (networks) also carry a build with relaxed SIMD's fused multiply-add. true: use
   * it where the engine validates relaxed SIMD (Chromium; Node 20 only with
   * --experimental-wasm-relaxed-simd); results differ from the plain build in the last bits.
   * Default false: measured on an AMD EPYC (Zen) in V8, the FMA build ran score_net 11% slower
   * (3.02e4 vs 3.41e4 points/s, f64, one thread: fused multiply-adds have a longer latency on the
   * accumulators' chains than adds there), and the plain build is the same bits on every engine.
   */
  fma?: boolean;
}

/** Smaller wasm batches stay on the calling thread whatever `threads` says. */
export const THREAD_MIN_POINTS = 1 << 15;
/**
 * 'auto' threads: kernels whose single thread moves points and results faster than this are
 * memory-bound, and copying shares to workers costs more than it saves. Measured on 2 cores
 * (bench/results/threads-node.json, in docs/BENCHMARKS.md): 2 threads won x1.3 to x1.9 at
 * 1.6 to 1.9 GB/s (piecewise), x1.8 to x2.0 below 1.1 GB/s, and lost at 11 to 18 GB/s (lorenz
 * x0.47 to x0.72) and 16 to 30 GB/s (lorenz96 x0.42 to x0.78).
 */
export const THREAD_BYTES_PER_SECOND = 3e9;
/**
 * The same where workers get transferred copies of their slices (browser pages that are not
 * cross-origin isolated), which costs more: measured in Chromium on 2 cores, 2 threads won x1.2 at
 * 0.94 GB/s (double_gyre, taylor_green) and gained nothing or lost (x0.69 to x1.00, two runs) at
 * 1.5 GB/s (piecewise).
 */
export const THREAD_TRANSFER_BYTES_PER_SECOND = 1.2e9;
/** 'auto' threads: batches shorter than this on one thread stay there (a split costs ~0.3 ms). */
export const THREAD_MIN_SECONDS = 2e-3;

/** A number, nested arrays, a flat row-major typed array, or a { shape, data } tensor (divc/runtime/params). */
export type ParamValue = number | ArrayLike<number> | ArrayLike<unknown> | ParamTensor;

export interface ParamDescription { name: string; shape: number[]; default?: number | number[] }

const DEFAULT_CHUNK = 16384;
/** An entry of the artifact: `fn(points, out_0, ..., out_k, n)` and its outputs (docs/ARTIFACT.md). */
interface Entry extends PoolEntry { fn: (...pointersAndCount: number[]) => void }

export class Kernel {
  readonly field: string;
  readonly dim: number;
  readonly inputs: string[];
  readonly params: ParamDescription[];
  readonly precision: 'f64' | 'f32';
  /** Whether the wasm kernel is the fused multiply-add build (relaxed SIMD; see LoadOptions.fma). */
  fusedMultiplyAdd = false;
  /** The backend that ran the last call (before any call: the one a large batch would use). */
  backend: Backend = 'wasm';
  /** Threads that ran the last call (1 before any call, and on WebGPU). */
  threads = 1;
  private gpu: GpuRunner | undefined;
  private gpuStale = true;
  private readonly choice: 'auto' | Backend;
  private poolSize = 1;
  private pool: ThreadPool | undefined;
  /** 'auto' threads: starts the workers, the first time a batch would use them. */
  private startThreads: (() => Promise<void>) | undefined;
  /** 'auto' threads: each batch is split only where threadsPay says so. */
  private autoSplit = false;
  readonly metadata: ArtifactMetadata;
  private readonly memory: WebAssembly.Memory;
  /** The artifact's entries by name: evaluate and divergence, and where present diagonal and potential. */
  private readonly entries: Record<string, Entry> = {};
  /** 'potential': the field is grad U of a scalar potential U, and div f is its Laplacian. */
  readonly kind: 'field' | 'potential';
  private readonly bytes: 4 | 8;
  private readonly chunk: number;
  private readonly prologue: () => void;
  private readonly unset = new Set<string>();
  /** Params changed since the prologue last computed the per-batch values. */
  private stale = true;
  /** Points per second of one wasm thread, measured when 'auto' first weighs a GPU run. */
  private wasmSpeed: number | undefined;
  /** Counts prologue runs: the state of memory [params, heap) a call was made with. */
  private version = 0;
  /** Calls that may read memory after an await, by version; while any is pending, the first
   *  setParams copies that version's state aside (copy on write: nothing is copied otherwise). */
  private pending = new Map<number, number>();
  private snapshots = new Map<number, Uint8Array>();
  private disposed = false;

  /** With 'auto': makes the GPU runner the first time a batch is large enough (probing is slow). */
  private probeGpu: (() => Promise<GpuRunner | undefined>) | undefined;

  /** @internal Kernels come from load(). */
  constructor(meta: ArtifactMetadata, instance: WebAssembly.Instance, chunk: number, choice: 'auto' | Backend = 'wasm', gpu?: GpuRunner, probeGpu?: () => Promise<GpuRunner | undefined>) {
    this.choice = choice;
    this.gpu = gpu;
    this.probeGpu = probeGpu;
    if (gpu && choice === 'webgpu') this.backend = 'webgpu';
    this.metadata = meta;
    this.field = meta.field;
    this.dim = meta.dim;
    this.inputs = meta.inputs;
    this.precision = meta.precision;
    this.bytes = meta.precision === 'f64' ? 8 : 4;
    // in the source's declaration order (meta.params is in slot order: first use)
    const at = (name: string) => (meta.declared ?? []).indexOf(name) >>> 0;
    this.params = [...meta.params].sort((a, b) => at(a.name) - at(b.name)).map((p) => ({
      name: p.name, shape: p.shape,
      ...(p.default ? { default: p.shape.length === 0 ? p.default[0]! : p.default } : {}),
    }));
    const ex = instance.exports as Record<string, unknown>;
    const memory = ex.memory, pro = ex[meta.prologue];
    for (const [name, e] of Object.entries(meta.entries)) {
      if (typeof ex[e.export] === 'function') this.entries[name] = { export: e.export, outputs: e.outputs, fn: ex[e.export] as Entry['fn'] };
    }
    if (!(memory instanceof WebAssembly.Memory) || !this.entries.evaluate || !this.entries.divergence || typeof pro !== 'function') {
      throw new DivcError('corrupt divc artifact: it lacks the memory or entry points its metadata names');
    }
    this.memory = memory;
    this.kind = meta.kind === 'potential' ? 'potential' : 'field';
    this.prologue = pro as () => void;
    this.chunk = chunk;
    const need = meta.memory.heap + chunk * chunkNumbers(meta.dim, this.entries) * this.bytes;
    const have = memory.buffer.byteLength;
    if (need > have) memory.grow(Math.ceil((need - have) / 65536));
    for (const p of meta.params) {
      if (p.default) this.write(p, p.default);
      else this.unset.add(p.name);
    }
  }

  private view(): FloatArray {
    return this.bytes === 8 ? new Float64Array(this.memory.buffer) : new Float32Array(this.memory.buffer);
  }

  private write(p: ParamMeta, values: ArrayLike<number>): void {
    if (this.pending.has(this.version) && !this.snapshots.has(this.version)) this.snapshots.set(this.version, this.saveState());
    this.view().set(values, this.metadata.memory.params / this.bytes + p.slot);
    this.stale = true;
    this.gpuStale = true;
  }

  private alive(): void {
    if (this.disposed) throw new DivcError(`kernel '${this.field}' has been disposed`);
  }

  /** Set param values by name: numbers, nested arrays, flat (row-major) typed arrays, or
   *  { shape, data } tensors as divc/runtime/params reads them from .safetensors, .npz and .npy. */
  setParams(values: Record<string, ParamValue>): void {
    this.alive();
    if (typeof values !== 'object' || values === null) throw new DivcError('setParams expects an object mapping param names to values');
    const entries = Object.entries(values).flatMap(([name, value]) => {
      const p = this.metadata.params.find((q) => q.name === name);
      if (!p) {
        // declared in the file, used by another of its fields: one set of params serves them all
        if (this.metadata.declared?.includes(name)) return [];
        const known = this.params.map((q) => q.name);
        throw new DivcError(`unknown param '${name}': field '${this.field}' has ${known.length ? `params ${known.join(', ')}` : 'no params'}`);
      }
      return [[p, flattenParam(p, value)] as const];
    });
    for (const [p, flat] of entries) {
      this.write(p, flat);
      this.unset.delete(p.name);
    }
  }

  /** div f at each point: a Float64Array (f64 artifacts) or Float32Array (f32) of n numbers. */
  async divergence(points: Points): Promise<FloatArray> {
    return (await this.run(points, 'divergence')).divergence!;
  }

  /** f and div f at each point: values is n * dim numbers, row-major; for a potential, U too (the same pass). */
  async evaluate(points: Points): Promise<{ values: FloatArray; divergence: FloatArray; potential?: FloatArray }> {
    const { values, divergence, potential } = await this.run(points, 'evaluate');
    return { values: values!, divergence: divergence!, ...(potential ? { potential } : {}) };
  }

  /** A potential's U alone at each point (n numbers): cheaper than evaluate() where grad U is not wanted. */
  async potential(points: Points): Promise<FloatArray> {
    if (!this.entries.potential) throw new DivcError(`potential(): '${this.field}' is not a potential`);
    return (await this.run(points, 'potential')).potential!;
  }

  /** A potential's Laplacian at each point: the same numbers as divergence(). */
  async laplacian(points: Points): Promise<FloatArray> {
    if (this.kind !== 'potential') throw new DivcError(`laplacian(): '${this.field}' is not a potential`);
    return this.divergence(points);
  }

  /** The Jacobian's diagonal at each point, d f_i / d x_i: n * dim numbers, row-major. */
  async diagonal(points: Points): Promise<FloatArray> {
    if (!this.entries.diagonal) throw new DivcError('no diagonal entry in this artifact (too large unrolled)');
    return (await this.run(points, 'diagonal')).diagonal!;
  }

  /** @internal Runs large wasm batches on `count` threads, the calling one and count - 1 workers. */
  async useThreads(count: number, module: WebAssembly.Module): Promise<void> {
    const m = this.metadata;
    const entries = Object.fromEntries(Object.entries(this.entries).map(([name, e]) => [name, { export: e.export, outputs: e.outputs }]));
    this.pool = await ThreadPool.create(count - 1, {
      module, heap: m.memory.heap, dim: m.dim, bytesPerNumber: this.bytes, chunk: this.chunk, stateOffset: m.memory.params, entries,
    });
    this.poolSize = count;
  }

  /** @internal 'auto' threads: all `cores`, started by the first batch that gains from them. */
  autoThreads(cores: number, module: WebAssembly.Module): void {
    if (cores < 2) return;
    this.autoSplit = true;
    this.startThreads = () => this.useThreads(cores, module).catch(() => undefined); // no workers (a CSP, say): one thread
  }

  /** Numbers a point moves in and out: its inputs and the entry's outputs. */
  private numbersPerPoint(kind: string): number {
    return chunkNumbers(this.dim, { [kind]: this.entries[kind]! });
  }

  /** Runs an entry on the calling thread, chunk by chunk. */
  private local(kind: string, flat: FloatArray, out?: ChunkOut): ChunkResults {
    const e = this.entries[kind]!;
    return runChunks(e.fn, this.memory, this.metadata.memory.heap, this.dim, this.bytes, this.chunk, flat, e.outputs, out);
  }

  /** Whether 'auto' splits this batch: large, and the kernel is compute-bound (see THREAD_BYTES_PER_SECOND). */
  private threadsPay(flat: FloatArray, kind: string): boolean {
    const n = flat.length / this.dim;
    if (n < THREAD_MIN_POINTS) return false;
    const speed = this.wasmPointsPerSecond(flat, kind);
    const bytesPerPoint = this.numbersPerPoint(kind) * this.bytes;
    const limit = canShareMemory() ? THREAD_BYTES_PER_SECOND : THREAD_TRANSFER_BYTES_PER_SECOND;
    return speed * bytesPerPoint < limit && n / speed >= THREAD_MIN_SECONDS;
  }

  /** Memory [params, heap): the params and the prologue's per-batch values. */
  private saveState(): Uint8Array {
    const { params, heap } = this.metadata.memory;
    return new Uint8Array(this.memory.buffer, params, heap - params).slice();
  }

  /** Runs `fn` with memory holding `state`, then puts back the current state; `fn` must read
   *  memory synchronously (every execution path below does, before its first await). */
  private withState<T>(state: Uint8Array, fn: () => T): T {
    const current = this.saveState();
    new Uint8Array(this.memory.buffer).set(state, this.metadata.memory.params);
    try {
      return fn();
    } finally {
      new Uint8Array(this.memory.buffer).set(current, this.metadata.memory.params);
      this.gpuStale = true;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.pool?.destroy();
    this.gpu?.destroy();
    this.gpu = undefined;
  }

  private useGpu(flat: FloatArray, kind: string): boolean {
    if (!this.gpu || !this.gpu.alive) return false;
    if (this.choice === 'webgpu') return true;
    if (this.choice !== 'auto' || this.gpu.software || flat.length / this.dim < AUTO_GPU_MIN_POINTS) return false;
    const gpuPointsPerSecond = GPU_TRANSFER_BYTES_PER_SECOND / (this.numbersPerPoint(kind) * 4); // f32 on the GPU
    const threads = this.pool && (!this.autoSplit || this.threadsPay(flat, kind)) ? this.poolSize : 1;
    return this.wasmPointsPerSecond(flat, kind) * threads < gpuPointsPerSecond;
  }

  /** One wasm thread's speed on this kernel, timed once on the first points of a batch (the
   *  better of two runs: the first may still run in V8's baseline tier). */
  private wasmPointsPerSecond(flat: FloatArray, kind: string): number {
    if (this.wasmSpeed === undefined) {
      const m = Math.min(flat.length / this.dim, 8192);
      let best = Infinity;
      for (let i = 0; i < 2; i++) {
        const t = performance.now();
        this.local(kind, flat.subarray(0, m * this.dim));
        best = Math.min(best, performance.now() - t);
      }
      this.wasmSpeed = m / (Math.max(best, 1e-3) / 1000);
    }
    return this.wasmSpeed;
  }

  /** Params and the prologue's per-batch values, as the shader reads them (f32). */
  private gpuInputs(): { params: Float32Array<ArrayBuffer>; batch: Float32Array<ArrayBuffer> } {
    const view = this.view();
    const slots = paramSlotCount(this.metadata);
    const at = this.metadata.memory.params / this.bytes;
    const params = Float32Array.from(view.subarray(at, at + slots));
    // value k at offset + k * stride (16 for scalar kernels' splatted vectors: their first lane)
    const { offset, count, stride } = this.metadata.memory.batch;
    const batch = new Float32Array(count);
    for (let k = 0; k < count; k++) batch[k] = view[(offset + k * stride) / this.bytes]!;
    return { params, batch };
  }

  /** Starts a GPU run; the params are read now (the upload is queued with the run). */
  private runGpu(flat: FloatArray, kind: string): Promise<ChunkResults> {
    const upload = this.gpuStale ? this.gpuInputs() : undefined;
    this.gpuStale = false;
    const points = flat instanceof Float32Array ? (flat as Float32Array<ArrayBuffer>) : Float32Array.from(flat);
    return this.gpu!.run(kind, points, upload);
  }

  /** Starts the wasm run: everything that reads memory happens before this returns. */
  private runWasm(flat: FloatArray, kind: string): Promise<ChunkResults> | ChunkResults {
    this.backend = 'wasm';
    this.threads = 1;
    const local = (part: FloatArray, out?: ChunkOut) => this.local(kind, part, out);
    const split = this.pool && flat.length / this.dim >= THREAD_MIN_POINTS && (!this.autoSplit || this.threadsPay(flat, kind));
    if (split) {
      this.threads = this.poolSize;
      const state = this.saveState();
      // the first round's share runs now; later rounds run after awaits, on the state of this call
      let first = true;
      const mine = (part: FloatArray, out?: ChunkOut) => {
        if (first) { first = false; return local(part, out); }
        return this.withState(state, () => local(part, out));
      };
      const running = this.pool!.run(flat, kind, state, mine);
      if (!this.autoSplit) return running;
      // 'auto' never fails for want of threads: workers that cannot run (a page's CSP, a crash)
      // leave this kernel on one thread, and the call is redone there
      return running.catch((e: unknown) => {
        if (this.disposed) throw e;
        this.pool?.destroy();
        this.pool = undefined;
        this.threads = 1;
        return this.withState(state, () => local(flat));
      });
    }
    return local(flat);
  }

  /**
   * Calls may overlap (a caller need not await one before the next, or before setParams): each
   * call computes with the params it was made with. Work that reads the wasm memory runs before
   * any await; a call that may read it after one (the one-time GPU probe, a GPU run that falls
   * back to wasm) is registered as pending, and a setParams meanwhile first copies its state aside.
   */
  private async run(points: Points, kind: string): Promise<ChunkResults> {
    this.alive();
    if (this.unset.size > 0) {
      // in the file's declaration order, as k.params lists them (the set is in slot order)
      const names = this.params.map((p) => p.name).filter((name) => this.unset.has(name));
      throw new DivcError(`param${names.length > 1 ? 's' : ''} ${names.map((n) => `'${n}'`).join(', ')} ${names.length > 1 ? 'have' : 'has'} no value: call setParams({ ${names[0]}: ... }) first`);
    }
    const flat = flattenPoints(points, this.dim, this.inputs, this.bytes);
    if (this.stale) { this.prologue(); this.stale = false; this.version++; }
    const version = this.version;
    const n = flat.length / this.dim;
    // memory as this call found it: its snapshot, if a setParams came while it waited
    const onMyState = <T>(fn: () => T): T => {
      const mine = this.snapshots.get(version);
      return mine ? this.withState(mine, fn) : fn();
    };
    const startThreads = this.startThreads !== undefined && this.threadsPay(flat, kind);
    const mayWait = (this.probeGpu !== undefined && n >= AUTO_GPU_MIN_POINTS) || this.gpu !== undefined || startThreads;
    if (!mayWait) return this.runWasm(flat, kind);
    this.pending.set(version, (this.pending.get(version) ?? 0) + 1);
    try {
      if (this.probeGpu && n >= AUTO_GPU_MIN_POINTS) {
        const probe = this.probeGpu;
        this.probeGpu = undefined;
        this.gpu = await probe().catch(() => undefined); // 'auto' never fails for want of a GPU
        if (this.disposed) this.gpu?.destroy();
        this.alive();
      }
      if (startThreads && this.startThreads) {
        const start = this.startThreads;
        this.startThreads = undefined;
        await start();
        if (this.disposed) this.pool?.destroy();
        this.alive();
      }
      if (onMyState(() => this.useGpu(flat, kind) && this.gpu!.has(kind))) {
        try {
          const r = await onMyState(() => this.runGpu(flat, kind));
          this.backend = 'webgpu';
          this.threads = 1;
          return r;
        } catch (e) {
          if (this.gpu?.alive) throw e;
          this.gpu = undefined; // the device was lost: wasm from now on
        }
      }
      return await onMyState(() => this.runWasm(flat, kind));
    } finally {
      const left = this.pending.get(version)! - 1;
      if (left > 0) this.pending.set(version, left);
      else { this.pending.delete(version); this.snapshots.delete(version); }
    }
  }

}

/** Load an artifact (bytes, Response, URL or, in Node, a file path) and return a ready kernel. */
export async function load(artifact: ArtifactSource, options: LoadOptions = {}): Promise<Kernel> {
  const backend = options.backend ?? 'auto';
  if (backend !== 'auto' && backend !== 'wasm' && backend !== 'webgpu') throw new DivcError(`unknown backend '${String(backend)}': expected 'auto', 'wasm' or 'webgpu'`);
  const chunk = options.chunkPoints ?? DEFAULT_CHUNK;
  const threads = options.threads ?? 'auto';
  if (threads !== 'auto' && (!Number.isInteger(threads) || threads < 1 || threads > 256)) throw new DivcError(`threads must be 'auto' or an integer from 1 to 256, got ${String(threads)}`);
  if (!Number.isInteger(chunk) || chunk < 1 || chunk > 1 << 22) throw new DivcError(`chunkPoints must be an integer from 1 to ${1 << 22}, got ${chunk}`);
  const gpuChunk = options.gpuChunkPoints;
  if (gpuChunk !== undefined && (!Number.isInteger(gpuChunk) || gpuChunk < 1 || gpuChunk > 1 << 24)) throw new DivcError(`gpuChunkPoints must be an integer from 1 to ${1 << 24}, got ${gpuChunk}`);
  const bytes = await artifactBytes(artifact);
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new DivcError('not a WebAssembly module (bad magic number): expected a .wasm artifact built by divc');
  }
  let module: WebAssembly.Module;
  try {
    module = await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
  } catch (e) {
    throw new DivcError(`corrupt WebAssembly artifact: ${(e as Error).message}`);
  }
  const meta = readMetadata(module);
  refuseImports(module);
  const wgsl = WebAssembly.Module.customSections(module, WGSL_SECTION)[0];
  // the fused multiply-add build, where this engine validates relaxed SIMD
  const fma = options.fma === true ? WebAssembly.Module.customSections(module, FMA_SECTION)[0] : undefined;
  const fused = fma !== undefined && WebAssembly.validate(fma);
  if (fused) module = await WebAssembly.compile(fma);
  let instance: WebAssembly.Instance;
  try {
    instance = await WebAssembly.instantiate(module, {});
  } catch (e) {
    throw new DivcError(`cannot instantiate the artifact: ${(e as Error).message}`);
  }
  const withThreads = async (k: Kernel) => {
    k.fusedMultiplyAdd = fused;
    if (threads === 'auto') k.autoThreads(Math.min(await coreCount(), 64), module);
    else if (threads > 1) await k.useThreads(threads, module); // started now: a call never waits for them
    return k;
  };
  const slots = paramSlotCount(meta);
  const create = (hardwareOnly: boolean) => GpuRunner.create(new TextDecoder().decode(wgsl!), meta, slots, hardwareOnly, gpuChunk);
  if (backend === 'webgpu') {
    const gpu = wgsl ? await create(false) : undefined;
    if (!gpu) throw new DivcError(wgsl ? 'no WebGPU adapter is available (in Node, install the optional package `webgpu`); use backend \'wasm\' or \'auto\'' : 'this artifact has no WGSL shader');
    return withThreads(new Kernel(meta, instance, chunk, backend, gpu));
  }
  // 'auto' looks for a GPU only when a batch of AUTO_GPU_MIN_POINTS arrives: small jobs (a CLI
  // run on a few points) never pay for starting a WebGPU implementation.
  return withThreads(new Kernel(meta, instance, chunk, backend, undefined, backend === 'auto' && wgsl ? () => create(true) : undefined));
}

// The Kernel: one loaded artifact's entries, run on points. Each call runs on wasm (the calling
// thread, or split across the thread pool) or on the GPU, as the scheduling policy (policy.ts)
// decides, with the params it was made with (param-state.ts).
import { DivcError } from './errors.js';
import { knownEntries, type ArtifactMetadata, type ConditionMeta, type EntryMeta } from './artifact.js';
import { cotangentPacker, runVjp, vjpResult, vjpWidths, VJP_BLOCK_NUMBERS, type Cotangents, type VjpResult } from './vjp.js';
import type { GpuRunner } from './webgpu.js';
import { runChunks, type ChunkOut, type ChunkResults } from './chunks.js';
import { flattenPoints, type FloatArray, type Points } from './inputs.js';
import { conditionRows, packRows, type Conditions } from './conditions.js';
import { checkFlow, integrate, logNormal, type FlowOptions, type FlowResult } from './flow.js';
import { rowWidth } from './metadata.js';
import { chunkNumbers, summedNumbers, ThreadPool, type PoolEntry } from './threads.js';
import { ParamState, type ParamDescription, type ParamValue } from './param-state.js';
import { AUTO_GPU_MIN_POINTS, THREAD_MIN_POINTS, measureSpeed, runsOnGpu, splitsBatch, threadsPay, type Backend } from './policy.js';

/** What every entry takes besides the points. */
export interface CallOptions {
  /** The field's conditions (Kernel.conditions) by name: one value for every point, or one per point. */
  conditions?: Conditions;
}

/** An entry of the artifact: `fn(points, out_0, ..., out_k, n)` and its outputs (docs/ARTIFACT.md). */
interface Entry extends PoolEntry { fn: (...pointersAndCount: number[]) => void }

export class Kernel {
  readonly field: string;
  readonly dim: number;
  readonly inputs: string[];
  /** The field's conditions: per-point inputs that are not differentiated ([] if none). */
  readonly conditions: { name: string; shape: number[] }[];
  /** Numbers per point in the kernel's input rows: dim, then the conditions'. */
  private readonly width: number;
  readonly params: ParamDescription[];
  readonly precision: 'f64' | 'f32';
  /** Whether the wasm kernel is the fused multiply-add build (relaxed SIMD; see LoadOptions.fma). */
  fusedMultiplyAdd = false;
  /** The backend that ran the last call (before any call: the one a large batch would use). */
  backend: Backend = 'wasm';
  /** Threads that ran the last call (1 before any call, and on WebGPU). */
  threads = 1;
  private gpu: GpuRunner | undefined;
  private readonly choice: 'auto' | Backend;
  private poolSize = 1;
  private pool: ThreadPool | undefined;
  /** 'auto' threads: starts the workers, the first time a batch would use them. */
  private startThreads: (() => Promise<void>) | undefined;
  /** 'auto' threads: each batch is split only where threadsPay says so. */
  private autoSplit = false;
  readonly metadata: ArtifactMetadata;
  private readonly memory: WebAssembly.Memory;
  /** The kernel's RK4 (the artifact's entry `flow`), where it has one. */
  private readonly flowRk4: { fn: (...args: number[]) => void; work: number } | undefined;
  /** The kernel's Dormand-Prince (the artifact's entry `flow_dopri5`), where it has one. */
  private readonly flowDopri5: { fn: (...args: number[]) => void; work: number } | undefined;
  /** The artifact's vjp entry (the gradients for training), where it has one. */
  private readonly vjpEntry: { meta: EntryMeta; fn: (...args: number[]) => void } | undefined;
  /** The artifact's entries by name: evaluate and divergence, and where present diagonal and potential. */
  private readonly entries: Record<string, Entry> = {};
  /** 'potential': the field is grad U of a scalar potential U, and div f is its Laplacian. */
  readonly kind: 'field' | 'potential';
  private readonly bytes: 4 | 8;
  private readonly chunk: number;
  /** The params in memory, and the versions of them calls were made with. */
  private readonly paramState: ParamState;
  /** Points per second of one wasm thread, measured when 'auto' first weighs a GPU run. */
  private wasmSpeed: number | undefined;
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
    this.conditions = (meta.conditions ?? []).map((c) => ({ name: c.name, shape: [...c.shape] }));
    this.width = rowWidth(meta);
    this.precision = meta.precision;
    this.bytes = meta.precision === 'f64' ? 8 : 4;
    const ex = instance.exports as Record<string, unknown>;
    const memory = ex.memory, pro = ex[meta.prologue];
    for (const [name, e] of Object.entries(knownEntries(meta))) {
      if (typeof ex[e.export] === 'function') this.entries[name] = { export: e.export, outputs: e.outputs, fn: ex[e.export] as Entry['fn'] };
    }
    if (!(memory instanceof WebAssembly.Memory) || !this.entries.evaluate || !this.entries.divergence || typeof pro !== 'function') {
      throw new DivcError('corrupt divc artifact: it lacks the memory or entry points its metadata names');
    }
    this.memory = memory;
    const flow = meta.entries.flow, adaptive = meta.entries.flow_dopri5;
    if (flow && typeof ex[flow.export] === 'function' && Number.isInteger(flow.work)) this.flowRk4 = { fn: ex[flow.export] as Entry['fn'], work: flow.work! };
    if (adaptive && typeof ex[adaptive.export] === 'function' && Number.isInteger(adaptive.work)) this.flowDopri5 = { fn: ex[adaptive.export] as Entry['fn'], work: adaptive.work! };
    // the vjp entry's rows: the point's, then the cotangents of f, div f and (a potential's) U
    const vjp = meta.entries.vjp, cotangents = this.dim + (meta.kind === 'potential' ? 2 : 1);
    if (vjp && typeof ex[vjp.export] === 'function' && vjp.inputs?.[0]?.name === 'rows' && vjp.inputs[0].width === this.width + cotangents
      && vjp.outputs.some((o) => o.name === 'points' && o.width === this.dim)) this.vjpEntry = { meta: vjp, fn: ex[vjp.export] as Entry['fn'] };
    this.kind = meta.kind === 'potential' ? 'potential' : 'field';
    this.chunk = chunk;
    const need = meta.memory.heap + (chunk * chunkNumbers(this.width, this.entries) + summedNumbers(this.entries, meta.lanes)) * this.bytes;
    const have = memory.buffer.byteLength;
    if (need > have) memory.grow(Math.ceil((need - have) / 65536));
    const partial = meta.prologueParams && ex[meta.prologueParams.export];
    this.paramState = new ParamState(meta, memory, this.bytes, pro as () => void, typeof partial === 'function' ? partial as (mask: number) => void : undefined);
    this.params = this.paramState.described;
  }

  private alive(): void {
    if (this.disposed) throw new DivcError(`kernel '${this.field}' has been disposed`);
  }

  /** Set param values by name: numbers, nested arrays, flat (row-major) typed arrays, or
   *  { shape, data } tensors as divc/runtime/params reads them from .safetensors, .npz and .npy. */
  setParams(values: Record<string, ParamValue>): void {
    this.alive();
    this.paramState.set(values);
  }

  /** div f at each point: a Float64Array (f64 artifacts) or Float32Array (f32) of n numbers. */
  async divergence(points: Points, options?: CallOptions): Promise<FloatArray> {
    return (await this.run(points, 'divergence', options)).divergence!;
  }

  /** f and div f at each point: values is n * dim numbers, row-major; for a potential, U too (the same pass). */
  async evaluate(points: Points, options?: CallOptions): Promise<{ values: FloatArray; divergence: FloatArray; potential?: FloatArray }> {
    const { values, divergence, potential } = await this.run(points, 'evaluate', options);
    return { values: values!, divergence: divergence!, ...(potential ? { potential } : {}) };
  }

  /** A potential's U alone at each point (n numbers): cheaper than evaluate() where grad U is not wanted. */
  async potential(points: Points, options?: CallOptions): Promise<FloatArray> {
    if (!this.entries.potential) throw new DivcError(`potential(): '${this.field}' is not a potential`);
    return (await this.run(points, 'potential', options)).potential!;
  }

  /** A potential's Laplacian at each point: the same numbers as divergence(). */
  async laplacian(points: Points, options?: CallOptions): Promise<FloatArray> {
    if (this.kind !== 'potential') throw new DivcError(`laplacian(): '${this.field}' is not a potential`);
    return this.divergence(points, options);
  }

  /** The Jacobian's diagonal at each point, d f_i / d x_i: n * dim numbers, row-major. */
  async diagonal(points: Points, options?: CallOptions): Promise<FloatArray> {
    if (!this.entries.diagonal) throw new DivcError('no diagonal entry in this artifact (too large unrolled)');
    return (await this.run(points, 'diagonal', options)).diagonal!;
  }

  /**
   * Gradients for training: of sum_i [<values_i, f(x_i)> + divergence_i * div f(x_i) + potential_i *
   * U(x_i)] with respect to every param (summed over the batch, each in its param's shape) and,
   * with `inputs: true`, to each point. Each cotangent is one value for every point or one per
   * point, 0 where absent. Runs on wasm, on the calling thread (k.backend says so).
   */
  async vjp(points: Points, cotangents: Cotangents, options: CallOptions & { inputs?: boolean } = {}): Promise<VjpResult> {
    this.alive();
    const e = this.vjpEntry;
    if (!e) throw new DivcError(`vjp(): this artifact of '${this.field}' has no vjp entry: compile it with one (divc --vjp, or compile(source, { vjp: true }))`);
    this.paramState.checkSet();
    const rows = packRows(flattenPoints(points, this.dim, this.inputs, this.bytes), this.dim, this.metadata.conditions ?? [], options.conditions, this.field);
    const pack = cotangentPacker(rows, this.width, this.dim, this.kind === 'potential', cotangents, this.field);
    const inputs = options.inputs === true, n = rows.length / this.width;
    // large batches on the thread pool: each thread sums its share, and the sums are added
    if (this.startThreads && n >= THREAD_MIN_POINTS) await this.threadsNow();
    // every block computes with the params this call was made with, whatever setParams comes meanwhile
    const version = this.paramState.begin();
    this.paramState.hold(version);
    try {
      return await this.vjpBlocks(e, n, pack, inputs, version);
    } finally {
      this.paramState.release(version);
    }
  }

  private async vjpBlocks(e: NonNullable<Kernel['vjpEntry']>, n: number, pack: (start: number, end: number) => FloatArray, inputs: boolean, version: number): Promise<VjpResult> {
    this.backend = 'wasm';
    const local = (part: FloatArray) => runVjp(e.meta, e.fn, this.memory, this.metadata.memory.heap, this.bytes, this.chunk, this.metadata.lanes, part, inputs);
    // the rows with their cotangents a block at a time (memory flat in n), each block's sums added
    const wide = vjpWidths(e.meta).rows;
    const block = Math.max(THREAD_MIN_POINTS * Math.max(1, this.poolSize), Math.floor(VJP_BLOCK_NUMBERS / wide));
    const sums = new Float64Array(e.meta.outputs.find((o) => o.name === 'params')?.width ?? 0);
    const pointsOut = inputs ? new (this.bytes === 8 ? Float64Array : Float32Array)(n * this.dim) : undefined;
    for (let start = 0; start < n; start += block) {
      const end = Math.min(n, start + block);
      const r = await this.vjpBlock(pack(start, end), end - start, local, inputs, version);
      if (r.params) for (let s = 0; s < sums.length; s++) sums[s] = sums[s]! + r.params[s]!;
      if (pointsOut) pointsOut.set(r.points!, start * this.dim);
    }
    return vjpResult({ params: sums, ...(pointsOut ? { points: pointsOut } : {}) }, this.metadata.params, this.bytes, inputs);
  }

  /** One block of k.vjp's rows: on the thread pool when it is large enough, else here. */
  private async vjpBlock(part: FloatArray, m: number, local: (part: FloatArray) => ChunkResults, inputs: boolean, version: number): Promise<ChunkResults> {
    const mine = (fn: () => ChunkResults) => this.paramState.on(version, fn);
    const r = this.pool && m >= THREAD_MIN_POINTS
      ? await this.onPool((pool) => pool.runSummed(part, 'vjp', this.paramState.on(version, () => this.paramState.save()), (q) => mine(() => local(q)), 'params', inputs))
      : undefined;
    if (r) return r;
    this.threads = 1;
    return mine(() => local(part));
  }

  /**
   * A call's work on the thread pool; where the workers fail and threads were 'auto' (as
   * runWasm), the pool is dropped, one thread from now on, and undefined says to run here.
   */
  private async onPool<T>(work: (pool: ThreadPool) => Promise<T>): Promise<T | undefined> {
    try {
      const r = await work(this.pool!);
      this.threads = this.poolSize;
      return r;
    } catch (e) {
      if (this.disposed || !this.autoSplit) throw e;
      this.pool?.destroy();
      this.pool = undefined;
      return undefined;
    }
  }

  /**
   * The flow dx/dt = f(x; t) from t0 to t1 for each point, with the integral of div f along its
   * path: RK4 with `steps` equal steps, or Dormand-Prince with a step size per point (flow.ts).
   * The time goes to the condition named `t` where the field has one; other conditions stay fixed.
   */
  async flow(points: Points, options: FlowOptions & CallOptions): Promise<FlowResult> {
    this.alive();
    if (!this.entries.evaluate!.outputs.some((o) => o.name === 'divergence')) throw new DivcError(`flow: this artifact of '${this.field}' computes f alone (compiled with fOnly), not div f`);
    const flat = flattenPoints(points, this.dim, this.inputs, 8) as Float64Array;
    const n = flat.length / this.dim;
    const conditions = this.metadata.conditions ?? [];
    const timed = conditions.some((c) => c.name === 't' && c.shape.length === 0);
    if (timed && options?.conditions?.t !== undefined) throw new DivcError(`flow: '${this.field}' takes the time as its condition 't', which the flow sets: do not give it in { conditions }`);
    const fixed = conditionRows(conditions, options?.conditions, n, this.field, timed ? ['t'] : []);
    const o = checkFlow(options);
    // the integrators in the wasm kernel; on a WebGPU kernel each stage is one dispatch of the evaluate entry
    // every stage computes with the params this call was made with, whatever setParams comes meanwhile
    this.paramState.checkSet();
    const version = this.paramState.begin();
    this.paramState.hold(version);
    try {
      const inKernel = o.method === 'rk4' ? this.flowRk4 : this.flowDopri5;
      if (inKernel && this.choice !== 'webgpu' && n > 0 && options.t0 !== options.t1) return await this.flowInKernel(flat, fixed, timed, options.t0, options.t1, o, version);
      return await this.flowFromScript(flat, fixed, timed, conditions, options, version);
    } finally {
      this.paramState.release(version);
    }
  }

  /** The flow driven from JavaScript (runtime/flow.ts): each stage one evaluate call over the points still moving. */
  private flowFromScript(flat: Float64Array, fixed: Record<string, Float64Array>, timed: boolean, conditions: readonly ConditionMeta[], options: FlowOptions, version: number): Promise<FlowResult> {
    const n = flat.length / this.dim;
    return integrate(flat, this.dim, async (states, t, active) => {
      const all = active.length === n;
      const given: Conditions = timed ? { t } : {};
      for (const c of conditions) {
        if (c.name === 't' && timed) continue;
        const rows = fixed[c.name]!;
        given[c.name] = all ? rows : Float64Array.from({ length: active.length * c.size }, (_, e) => rows[active[Math.floor(e / c.size)]! * c.size + (e % c.size)]!);
      }
      const r = await this.run(states, 'evaluate', { conditions: given }, version);
      return { values: r.values!, divergence: r.divergence! };
    }, options);
  }

  /**
   * The flow inside the kernel: RK4 takes blocks of points through all their steps without leaving
   * wasm (backend/flow.ts); Dormand-Prince does the same with a time and a step size per point
   * (backend/flow-dopri5.ts). Chunk by chunk through the buffer at the heap; a large batch is split
   * across the thread pool like any entry's (each worker runs the same export on its share).
   */
  private async flowInKernel(flat: Float64Array, fixed: Record<string, Float64Array>, timed: boolean, t0: number, t1: number, o: ReturnType<typeof checkFlow>, version: number): Promise<FlowResult> {
    const rows = packRows(this.bytes === 8 ? flat : Float32Array.from(flat), this.dim, this.metadata.conditions ?? [], { ...fixed, ...(timed ? { t: 0 } : {}) }, this.field);
    const rk4 = o.method === 'rk4';
    const m = this.metadata, flow = (rk4 ? this.flowRk4 : this.flowDopri5)!, n = flat.length / this.dim;
    const outputs = [{ name: 'end', width: this.dim }, { name: 'integral', width: 1 }, ...(rk4 ? [] : [{ name: 'steps', width: 1 }])];
    // the work area past the chunk's buffers (the same offset in every worker's memory)
    const numbers = Math.max(chunkNumbers(this.width, this.entries), this.width + this.dim + 2);
    const work = Math.ceil((m.memory.heap + this.chunk * numbers * this.bytes) / 16) * 16;
    const need = work + flow.work * this.bytes;
    if (need > this.memory.buffer.byteLength) this.memory.grow(Math.ceil((need - this.memory.buffer.byteLength) / 65536));
    const args = rk4 ? [work, t0, (t1 - t0) / o.steps, o.steps] : [work, t0, t1, o.rtol, o.atol, o.maxSteps];
    const local = (part: FloatArray, out?: ChunkOut) =>
      runChunks((...pointers) => flow.fn(...pointers, ...args), this.memory, m.memory.heap, this.width, this.bytes, this.chunk, part, outputs, out);
    // a flow is several evaluations a point: threads pay from fewer points than one evaluation
    if (this.startThreads && n * 4 * (rk4 ? o.steps : 10) >= THREAD_MIN_POINTS) await this.threadsNow();
    let r: ChunkResults | undefined;
    if (this.pool && n >= 2 * this.poolSize) {
      const state = this.paramState.on(version, () => this.paramState.save());
      r = await this.onPool((pool) => pool.run(rows, rk4 ? 'flow' : 'flow_dopri5', state, (part, out) => this.paramState.withState(state, () => local(part, out)), { args, need }));
    }
    if (!r) {
      r = this.paramState.on(version, () => local(rows));
      this.threads = 1;
    }
    this.backend = 'wasm';
    return { points: Float64Array.from(r.end!), integral: Float64Array.from(r.integral!), steps: rk4 ? new Int32Array(n).fill(o.steps) : Int32Array.from(r.steps!) };
  }

  /**
   * FFJORD's log-likelihood with a standard normal base: the flow from the data's time t0 to the
   * base's time t1, log p(x) = log N(end; 0, I) + the integral of div f along the path.
   */
  async logDensity(points: Points, options: FlowOptions & CallOptions & { base?: 'normal' }): Promise<Float64Array> {
    if (options?.base !== undefined && options.base !== 'normal') throw new DivcError(`logDensity: base must be 'normal', got '${options.base}'`);
    const r = await this.flow(points, options);
    const log = logNormal(r.points, this.dim);
    for (let i = 0; i < log.length; i++) log[i]! += r.integral[i]!;
    return log;
  }

  /** @internal Runs large wasm batches on `count` threads, the calling one and count - 1 workers. */
  async useThreads(count: number, module: WebAssembly.Module): Promise<void> {
    const m = this.metadata;
    const entries: Record<string, PoolEntry> = Object.fromEntries(Object.entries(this.entries).map(([name, e]) => [name, { export: e.export, outputs: e.outputs }]));
    // the flow's RK4 (extra arguments after n: its work area, t0, h, steps)
    if (this.flowRk4) entries.flow = { export: m.entries.flow!.export, outputs: [{ name: 'end', width: this.dim }, { name: 'integral', width: 1 }] };
    if (this.flowDopri5) entries.flow_dopri5 = { export: m.entries.flow_dopri5!.export, outputs: [{ name: 'end', width: this.dim }, { name: 'integral', width: 1 }, { name: 'steps', width: 1 }] };
    // training's vjp: rows of its own width (the cotangents after the point's)
    if (this.vjpEntry) entries.vjp = { export: this.vjpEntry.meta.export, outputs: this.vjpEntry.meta.outputs, width: vjpWidths(this.vjpEntry.meta).rows };
    this.pool = await ThreadPool.create(count - 1, {
      module, heap: m.memory.heap, dim: this.width, bytesPerNumber: this.bytes, chunk: this.chunk, stateOffset: m.memory.params, entries, lanes: m.lanes,
    });
    this.poolSize = count;
  }

  /** 'auto' threads: starts the workers now, for a batch that gains from them (once). */
  private async threadsNow(): Promise<void> {
    const start = this.startThreads!;
    this.startThreads = undefined;
    await start();
    if (this.disposed) this.pool?.destroy();
    this.alive();
  }

  /** @internal 'auto' threads: all `cores`, started by the first batch that gains from them. */
  autoThreads(cores: number, module: WebAssembly.Module): void {
    if (cores < 2) return;
    this.autoSplit = true;
    this.startThreads = () => this.useThreads(cores, module).catch(() => undefined); // no workers (a CSP, say): one thread
  }

  /** Numbers a point moves in and out: its inputs and the entry's outputs. */
  private numbersPerPoint(kind: string): number {
    return chunkNumbers(this.width, { [kind]: this.entries[kind]! });
  }

  /** Runs an entry on the calling thread, chunk by chunk. */
  private local(kind: string, flat: FloatArray, out?: ChunkOut): ChunkResults {
    const e = this.entries[kind]!;
    return runChunks(e.fn, this.memory, this.metadata.memory.heap, this.width, this.bytes, this.chunk, flat, e.outputs, out);
  }

  /** Whether 'auto' splits this batch (policy.ts threadsPay). */
  private threadsPay(flat: FloatArray, kind: string): boolean {
    return threadsPay(flat.length / this.width, this.numbersPerPoint(kind) * this.bytes, () => this.wasmPointsPerSecond(flat, kind));
  }

  /** Whether this wasm batch is split across the thread pool. */
  private splits(flat: FloatArray, kind: string): boolean {
    return splitsBatch(this.pool !== undefined, this.autoSplit, flat.length / this.width, () => this.threadsPay(flat, kind));
  }

  dispose(): void {
    this.disposed = true;
    this.pool?.destroy();
    this.gpu?.destroy();
    this.gpu = undefined;
  }

  private useGpu(flat: FloatArray, kind: string): boolean {
    return runsOnGpu(this.choice, this.gpu, flat.length / this.width, this.numbersPerPoint(kind),
      () => this.wasmPointsPerSecond(flat, kind) * (this.splits(flat, kind) ? this.poolSize : 1));
  }

  /** One wasm thread's speed on this kernel, timed once on the first points of a batch. */
  private wasmPointsPerSecond(flat: FloatArray, kind: string): number {
    return this.wasmSpeed ??= measureSpeed(flat.length / this.width, (m) => this.local(kind, flat.subarray(0, m * this.width)));
  }

  /** Starts a GPU run; the params are read now (the upload is queued with the run). */
  private runGpu(flat: FloatArray, kind: string): Promise<ChunkResults> {
    const upload = this.paramState.gpuUpload();
    const points = flat instanceof Float32Array ? (flat as Float32Array<ArrayBuffer>) : Float32Array.from(flat);
    return this.gpu!.run(kind, points, upload);
  }

  /** Starts the wasm run: everything that reads memory happens before this returns. */
  private runWasm(flat: FloatArray, kind: string): Promise<ChunkResults> | ChunkResults {
    this.backend = 'wasm';
    this.threads = 1;
    const local = (part: FloatArray, out?: ChunkOut) => this.local(kind, part, out);
    if (this.splits(flat, kind)) {
      this.threads = this.poolSize;
      const state = this.paramState.save();
      // the first round's share runs now; later rounds run after awaits, on the state of this call
      let first = true;
      const mine = (part: FloatArray, out?: ChunkOut) => {
        if (first) { first = false; return local(part, out); }
        return this.paramState.withState(state, () => local(part, out));
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
        return this.paramState.withState(state, () => local(flat));
      });
    }
    return local(flat);
  }

  /**
   * Calls may overlap (a caller need not await one before the next, or before setParams): each
   * call computes with the params it was made with. Work that reads the wasm memory runs before
   * any await; a call that may read it after one (the one-time GPU probe, a GPU run that falls
   * back to wasm) holds its version of the params, and a setParams meanwhile first copies that
   * state aside.
   */
  private async run(points: Points, kind: string, options: CallOptions = {}, held?: number): Promise<ChunkResults> {
    this.alive();
    this.paramState.checkSet();
    // the rows the kernel reads: each point's coordinates, then its conditions
    const flat = packRows(flattenPoints(points, this.dim, this.inputs, this.bytes), this.dim, this.metadata.conditions ?? [], options.conditions, this.field);
    // `held`: a flow's stage, on the params the flow was called with
    const version = held ?? this.paramState.begin();
    const n = flat.length / this.width;
    // memory as this call found it: its snapshot, if a setParams came while it waited
    const onMyState = <T>(fn: () => T): T => this.paramState.on(version, fn);
    const startThreads = this.startThreads !== undefined && this.threadsPay(flat, kind);
    const mayWait = (this.probeGpu !== undefined && n >= AUTO_GPU_MIN_POINTS) || this.gpu !== undefined || startThreads;
    if (!mayWait) return held === undefined ? this.runWasm(flat, kind) : onMyState(() => this.runWasm(flat, kind));
    this.paramState.hold(version);
    try {
      if (this.probeGpu && n >= AUTO_GPU_MIN_POINTS) {
        const probe = this.probeGpu;
        this.probeGpu = undefined;
        this.gpu = await probe().catch(() => undefined); // 'auto' never fails for want of a GPU
        if (this.disposed) this.gpu?.destroy();
        this.alive();
      }
      if (startThreads && this.startThreads) await this.threadsNow();
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
      this.paramState.release(version);
    }
  }
}

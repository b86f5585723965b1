// The WebGPU backend: runs the artifact's WGSL shader, in browsers (navigator.gpu) and in Node
// (the optional npm package `webgpu`, Dawn, imported only when asked for). Pipelines and buffers
// are made once and reused; params and per-batch values are uploaded only when they change;
// batches larger than the binding limits run in chunks. Each entry of the artifact is an entry
// point `<export>_main` writing its outputs one after another into one buffer (binding 1), in the
// order and widths the metadata lists, so one dispatch gives all of them (a potential's U too).
import { DivcError } from './errors.js';
import { knownEntries, type ArrayMeta, type ArtifactMetadata } from './artifact.js';
import { rowWidth } from './metadata.js';

export type GpuResult = Record<string, Float32Array>;
/** Params and the prologue's per-batch values, as the shader reads them (f32). */
export interface GpuInputs { params: Float32Array<ArrayBuffer>; batch: Float32Array<ArrayBuffer> }

const WORKGROUP_SIZE = 64;
const MAX_GROUPS_PER_DIMENSION = 65535;

/** Where WebGPU comes from: the page's navigator.gpu, else (in Node) Dawn, the npm package `webgpu`. */
const browserGpu = () => (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
const isNode = () => typeof process !== 'undefined' && !!process.versions?.node;

async function gpuObject(): Promise<GPU | undefined> {
  const nav = browserGpu();
  if (nav) return nav;
  if (!isNode()) return undefined;
  try {
    const name = 'webgpu'; // a variable: bundlers must not pull Dawn into browser builds
    const dawn = await import(/* @vite-ignore */ /* webpackIgnore: true */ name);
    Object.assign(globalThis, dawn.globals);
    return dawn.create([]) as GPU;
  } catch {
    return undefined;
  }
}

/** What an adapter says of itself. */
interface AdapterFacts { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean }

const describeAdapter = (info: AdapterFacts | undefined) => [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' ') || 'WebGPU adapter';
/** Software rasterizers (Mesa's lavapipe / llvmpipe, SwiftShader, WARP as a fallback adapter): 'auto' never picks them. */
const isSoftware = (info: AdapterFacts | undefined) => /llvmpipe|lavapipe|swiftshader|software/i.test(describeAdapter(info)) || info?.isFallbackAdapter === true;

/**
 * Node: the kind of adapter Dawn offers, asked by a child process. Dawn writes to the native
 * stderr, past any JavaScript, while it enumerates adapters (on Mesa lavapipe: "Warning:
 * maxDynamicUniformBuffersPerPipelineLayout artificially reduced ..."), so 'auto', which must print
 * nothing and never picks a software adapter, lets a child find out and drops what the child
 * printed; Dawn starts in this process only where a hardware adapter exists. The child takes about
 * 0.2 s, once per process, on the first batch of AUTO_GPU_MIN_POINTS points. Where it cannot run
 * (no `webgpu` package, no child processes allowed), 'none': 'auto' stays on wasm.
 */
let dawnProbe: Promise<'hardware' | 'software' | 'none'> | undefined;
/** @internal (exported for tests) */
export function dawnAdapterKind(): Promise<'hardware' | 'software' | 'none'> {
  dawnProbe ??= (async () => {
    try {
      const names = ['node:child_process', 'node:module']; // variables: browser bundles must not include them
      const cp = await import(/* @vite-ignore */ /* webpackIgnore: true */ names[0]!) as typeof import('node:child_process');
      const mod = await import(/* @vite-ignore */ /* webpackIgnore: true */ names[1]!) as typeof import('node:module');
      let specifier: string;
      try {
        specifier = mod.createRequire(import.meta.url).resolve('webgpu');
      } catch {
        return 'none'; // no Dawn to ask: no child process either
      }
      const script = `(async () => {
        const dawn = await import(require('node:url').pathToFileURL(${JSON.stringify(specifier)}).href);
        const adapter = await dawn.create([]).requestAdapter();
        const i = adapter && adapter.info;
        const facts = adapter ? { vendor: i && i.vendor, architecture: i && i.architecture, description: i && i.description, isFallbackAdapter: (i && i.isFallbackAdapter) || adapter.isFallbackAdapter } : null;
        process.stdout.write(JSON.stringify(facts), () => process.exit(0));
      })().catch(() => process.exit(1));`;
      const out = await new Promise<string>((resolve, reject) => {
        // a plain Node whatever runs this one: CommonJS input whatever NODE_OPTIONS says, and
        // Electron's binary as Node; a probe that hangs leaves 'auto' on wasm after 10 s
        const env: Record<string, string | undefined> = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
        delete env.NODE_OPTIONS;
        cp.execFile(process.execPath, ['--input-type=commonjs', '-e', script], { timeout: 10_000, windowsHide: true, encoding: 'utf8', env }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
      });
      const facts = JSON.parse(out) as AdapterFacts | null;
      return facts === null ? 'none' : isSoftware(facts) ? 'software' : 'hardware';
    } catch {
      return 'none';
    }
  })();
  return dawnProbe;
}

interface SharedAdapter {
  /** Held so that it lives as long as the device: Dawn's GPU object must not be collected. */
  gpu: GPU;
  adapter: GPUAdapter; description: string; software: boolean;
}
interface SharedDevice extends SharedAdapter { device: GPUDevice; lost: boolean }
let sharedAdapter: Promise<SharedAdapter | undefined> | undefined;
let shared: Promise<SharedDevice | undefined> | undefined;

/** The adapter, and whether it is a software one, from its info: no device yet. */
function adapterInfo(): Promise<SharedAdapter | undefined> {
  sharedAdapter ??= (async () => {
    const gpu = await gpuObject();
    const adapter = await gpu?.requestAdapter();
    if (!adapter) return undefined;
    const info = (adapter as { info?: AdapterFacts }).info;
    const software = isSoftware(info) || (adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter === true;
    return { gpu: gpu!, adapter, description: describeAdapter(info), software };
  })();
  return sharedAdapter;
}

/**
 * One device per process, shared by every kernel: creating and destroying devices repeatedly
 * crashed Dawn in Node (std::system_error), and one device is what WebGPU apps use anyway.
 * `hardwareOnly` ('auto'): undefined on a software adapter, found without starting Dawn in this
 * process (see dawnAdapterKind) and without creating a device.
 */
async function sharedDevice(hardwareOnly: boolean): Promise<SharedDevice | undefined> {
  if (!shared) {
    if (hardwareOnly && !browserGpu() && isNode() && (await dawnAdapterKind()) !== 'hardware') return undefined;
    const found = await adapterInfo();
    if (!found || (hardwareOnly && found.software)) return undefined;
    // an adapter gives one device: a lost device's successor comes from a new adapter
    shared ??= (async () => {
      const device = await found.adapter.requestDevice();
      const entry: SharedDevice = { ...found, device, lost: false };
      device.lost.then(() => { entry.lost = true; shared = undefined; sharedAdapter = undefined; });
      return entry;
    })();
  }
  const owner = await shared;
  return owner && !(hardwareOnly && owner.software) ? owner : undefined;
}

/** The buffers and bind groups of one chunk in flight; two slots let the GPU compute one chunk
 *  while the previous chunk's results are mapped and copied out. */
interface Slot {
  points: GPUBuffer; outputs: GPUBuffer; shape: GPUBuffer; readOutputs: GPUBuffer;
  groups: Record<string, GPUBindGroup>;
  /** The read-back of the chunk last submitted on this slot, awaited before the slot is reused. */
  pending?: Promise<void>;
}
/** Numbers a point of an entry's outputs. */
const widthOf = (outputs: readonly ArrayMeta[]) => outputs.reduce((sum, o) => sum + o.width, 0);

/** Points per chunk on software adapters: a 48 MB mappable read-back buffer crashed Dawn on
 *  lavapipe (std::system_error at mapAsync), so they stay at 2^18 points. */
const SOFTWARE_CHUNK = 1 << 18;
/** Points per chunk on hardware adapters (further capped by the binding limits). Swept on an
 *  H100 (Dawn in Node, 1e7 points, GB/s for lorenz / mlp): 2^16 2.26 / 0.80, 2^18 1.29 / 1.16,
 *  2^20 1.14 / 1.35, 2^22 1.16 / 1.23: the copies dominate and chunk size matters little past
 *  2^18; 2^20 keeps compute-heavy fields fastest. */
const HARDWARE_CHUNK = 1 << 20;

export class GpuRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly params: GPUBuffer;
  private readonly batch: GPUBuffer;
  private readonly slots: Slot[];
  /** Per entry the shader has an entry point for: its pipeline and its outputs. */
  private readonly pipelines: Record<string, { pipeline: GPUComputePipeline; outputs: readonly ArrayMeta[] }> = {};
  /** Points per dispatch. */
  readonly chunk: number;

  /** Per-point tensors of loop shaders too large for private memory (binding 5), or undefined. */
  private readonly scratch: GPUBuffer | undefined;

  private constructor(private readonly owner: SharedDevice, module: GPUShaderModule, readonly dim: number, paramCount: number, batchCount: number, entries: Record<string, { export: string; outputs: readonly ArrayMeta[] }>, chunk?: number, scratchFloats = 0) {
    const device = owner.device;
    const limit = Math.min(device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize);
    const width = Math.max(1, ...Object.values(entries).map((e) => widthOf(e.outputs)));
    this.chunk = Math.max(1, Math.min(chunk ?? (owner.software ? SOFTWARE_CHUNK : HARDWARE_CHUNK), Math.floor(limit / (Math.max(dim, width, scratchFloats) * 4))));
    const make = (size: number, usage: number) => device.createBuffer({ size: Math.max(16, Math.ceil(size / 16) * 16), usage });
    const S = GPUBufferUsage;
    this.params = make(paramCount * 4, S.STORAGE | S.COPY_DST);
    this.batch = make(batchCount * 4, S.STORAGE | S.COPY_DST);
    // one for both slots: the queue runs their dispatches in order
    this.scratch = scratchFloats > 0 ? make(this.chunk * scratchFloats * 4, S.STORAGE) : undefined;
    for (const [name, e] of Object.entries(entries)) {
      this.pipelines[name] = { pipeline: device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: `${e.export}_main` } }), outputs: e.outputs };
    }
    this.slots = [0, 1].map(() => {
      const b = {
        points: make(this.chunk * dim * 4, S.STORAGE | S.COPY_DST),
        outputs: make(this.chunk * width * 4, S.STORAGE | S.COPY_SRC),
        shape: make(16, S.UNIFORM | S.COPY_DST),
        readOutputs: make(this.chunk * width * 4, S.MAP_READ | S.COPY_DST),
      };
      const group = (name: string) => device.createBindGroup({
        layout: this.pipelines[name]!.pipeline.getBindGroupLayout(0),
        entries: [b.points, b.outputs, this.params, this.batch, b.shape, ...(this.scratch ? [this.scratch] : [])].map((buffer, binding) => ({ binding, resource: { buffer } })),
      });
      return { ...b, groups: Object.fromEntries(Object.keys(this.pipelines).map((name) => [name, group(name)])) };
    });
  }

  /** A runner for the artifact's shader, or undefined when no adapter exists. Shader errors throw. */
  static async create(wgsl: string, meta: ArtifactMetadata, paramCount: number, hardwareOnly = false, chunk?: number): Promise<GpuRunner | undefined> {
    const owner = await sharedDevice(hardwareOnly);
    if (!owner) return undefined;
    const device = owner.device;
    device.pushErrorScope('validation');
    const module = device.createShaderModule({ code: wgsl });
    const messages = (await module.getCompilationInfo()).messages.filter((m) => m.type === 'error');
    if (messages.length > 0) {
      await device.popErrorScope();
      throw new DivcError(`the artifact's WGSL does not compile on this device: ${messages.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`).join('; ')}`);
    }
    // the entries the shader has an entry point for (each has, unless the shader was edited)
    const entries = Object.fromEntries(Object.entries(knownEntries(meta)).filter(([, e]) => new RegExp(`\\bfn ${e.export}_main\\b`).test(wgsl)));
    const runner = new GpuRunner(owner, module, rowWidth(meta), paramCount, meta.memory.batch.count, entries, chunk, meta.memory.gpuScratch);
    const error = await device.popErrorScope();
    if (error) { runner.destroy(); throw new DivcError(`WebGPU pipeline creation failed: ${error.message}`); }
    return runner;
  }

  get device(): GPUDevice { return this.owner.device; }
  get description(): string { return this.owner.description; }
  get software(): boolean { return this.owner.software; }
  get alive(): boolean { return !this.owner.lost; }
  /** Whether the shader has an entry point for this entry. */
  has(kind: string): boolean { return this.pipelines[kind] !== undefined; }

  /** Runs one entry over all points, chunk by chunk, after uploading new params and per-batch
   *  values if given; calls are serialized, so each runs with its own upload. */
  run(kind: string, points: Float32Array<ArrayBuffer>, upload?: GpuInputs): Promise<GpuResult> {
    const next = this.queue.then(() => {
      if (upload?.params.length) this.device.queue.writeBuffer(this.params, 0, upload.params);
      if (upload?.batch.length) this.device.queue.writeBuffer(this.batch, 0, upload.batch);
      return this.runNow(kind, points);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Encodes one dispatch of `kind` over the first `m` points of a slot. */
  private dispatch(encoder: GPUCommandEncoder, kind: string, slot: Slot, m: number): void {
    const pass = encoder.beginComputePass();
    pass.setPipeline(this.pipelines[kind]!.pipeline);
    pass.setBindGroup(0, slot.groups[kind]!);
    const groups = Math.ceil(m / WORKGROUP_SIZE);
    const x = Math.min(groups, MAX_GROUPS_PER_DIMENSION);
    pass.dispatchWorkgroups(x, Math.ceil(groups / x));
    pass.end();
  }

  private async runNow(kind: string, points: Float32Array<ArrayBuffer>): Promise<GpuResult> {
    const { device, dim } = this;
    const n = points.length / dim;
    const outputs = this.pipelines[kind]!.outputs;
    const results: GpuResult = {};
    for (const o of outputs) results[o.name] = new Float32Array(n * o.width);
    try {
      for (let start = 0, c = 0; start < n; start += this.chunk, c++) {
        const slot = this.slots[c % 2]!;
        await slot.pending; // this slot's previous chunk is copied out before its buffers are reused
        if (!this.alive) throw new DivcError('the WebGPU device was lost');
        const m = Math.min(this.chunk, n - start);
        device.queue.writeBuffer(slot.points, 0, points, start * dim, m * dim);
        device.queue.writeBuffer(slot.shape, 0, new Uint32Array([m, 0, 0, 0]));
        const encoder = device.createCommandEncoder();
        this.dispatch(encoder, kind, slot, m);
        encoder.copyBufferToBuffer(slot.outputs, 0, slot.readOutputs, 0, m * widthOf(outputs) * 4);
        device.queue.submit([encoder.finish()]);
        slot.pending = this.readBack(slot, m, start, outputs, results);
        slot.pending.catch(() => undefined); // awaited below or on the slot's next use
      }
      for (const slot of this.slots) await slot.pending;
    } finally {
      for (const slot of this.slots) { await slot.pending?.catch(() => undefined); slot.pending = undefined; }
    }
    return results;
  }

  /** The chunk's outputs, one after another in the buffer (output k from m times the widths before it), into the results. */
  private async readBack(slot: Slot, m: number, start: number, outputs: readonly ArrayMeta[], results: GpuResult): Promise<void> {
    const bytes = m * widthOf(outputs) * 4;
    await slot.readOutputs.mapAsync(GPUMapMode.READ, 0, bytes);
    const all = new Float32Array(slot.readOutputs.getMappedRange(0, bytes));
    let at = 0;
    for (const o of outputs) {
      results[o.name]!.set(all.subarray(at, at + m * o.width), start * o.width);
      at += m * o.width;
    }
    slot.readOutputs.unmap();
  }

  /**
   * For benchmarks: seconds for `repeats` dispatches of `kind` over `m` points already resident
   * on the GPU (slot 0's buffers, as the last run left them), no transfers: the kernel's own speed.
   */
  async timeResident(kind: string, m: number, repeats: number): Promise<number> {
    await this.queue;
    const n = Math.min(m, this.chunk);
    const encoder = () => {
      const e = this.device.createCommandEncoder();
      this.dispatch(e, kind, this.slots[0]!, n);
      return e.finish();
    };
    this.device.queue.writeBuffer(this.slots[0]!.shape, 0, new Uint32Array([n, 0, 0, 0]));
    this.device.queue.submit([encoder()]);
    await this.device.queue.onSubmittedWorkDone();
    const t = performance.now();
    this.device.queue.submit(Array.from({ length: repeats }, encoder));
    await this.device.queue.onSubmittedWorkDone();
    return (performance.now() - t) / 1000;
  }

  /** Frees this kernel's buffers (the shared device stays for other kernels). */
  destroy(): void {
    this.scratch?.destroy();
    for (const buffer of [this.params, this.batch, ...this.slots.flatMap((s) => [s.points, s.outputs, s.shape, s.readOutputs])]) buffer.destroy();
  }
}

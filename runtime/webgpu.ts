// The WebGPU backend: runs the artifact's WGSL shader, in browsers (navigator.gpu) and in Node
// (the optional npm package `webgpu`, Dawn, imported only when asked for). Pipelines and buffers
// are made once and reused; params and per-batch values are uploaded only when they change;
// batches larger than the binding limits run in chunks.
import { DivcError } from './errors.js';

export interface GpuResult { values?: Float32Array; divergence: Float32Array }

const WORKGROUP_SIZE = 64;
const MAX_GROUPS_PER_DIMENSION = 65535;

async function gpuObject(): Promise<GPU | undefined> {
  const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
  if (nav?.gpu) return nav.gpu;
  if (typeof process === 'undefined' || !process.versions?.node) return undefined;
  try {
    const name = 'webgpu'; // a variable: bundlers must not pull Dawn into browser builds
    const dawn = await import(/* @vite-ignore */ name);
    Object.assign(globalThis, dawn.globals);
    return dawn.create([]) as GPU;
  } catch {
    return undefined;
  }
}

interface SharedDevice {
  /** Held so that it lives as long as the device: Dawn's GPU object must not be collected. */
  gpu: GPU;
  device: GPUDevice; description: string; software: boolean; lost: boolean;
}
let shared: Promise<SharedDevice | undefined> | undefined;

/**
 * One device per process, shared by every kernel: creating and destroying devices repeatedly
 * crashed Dawn in Node (std::system_error), and one device is what WebGPU apps use anyway.
 */
function sharedDevice(): Promise<SharedDevice | undefined> {
  shared ??= (async () => {
    const gpu = await gpuObject();
    const adapter = await gpu?.requestAdapter();
    if (!adapter) return undefined;
    const device = await adapter.requestDevice();
    const info = (adapter as { info?: GPUAdapterInfo }).info;
    const description = [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' ') || 'WebGPU adapter';
    const software = /llvmpipe|lavapipe|swiftshader|software/i.test(description) || (adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter === true;
    const entry: SharedDevice = { gpu: gpu!, device, description, software, lost: false };
    device.lost.then(() => { entry.lost = true; shared = undefined; });
    return entry;
  })();
  return shared;
}

export class GpuRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly buffers: Record<'points' | 'values' | 'divergence' | 'params' | 'batch' | 'shape' | 'readValues' | 'readDivergence', GPUBuffer>;
  private readonly pipelines: Record<'evaluate' | 'divergence', { pipeline: GPUComputePipeline; group: GPUBindGroup }>;
  /** Points per dispatch. Large mappable buffers crashed Dawn on lavapipe (std::system_error at
   *  mapAsync with a 48 MB read-back buffer), so chunks stay at 2^18 points. */
  readonly chunk: number;

  private constructor(private readonly owner: SharedDevice, module: GPUShaderModule, readonly dim: number, paramCount: number, batchCount: number) {
    const device = owner.device;
    const limit = Math.min(device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize);
    this.chunk = Math.max(1, Math.min(1 << 18, Math.floor(limit / (dim * 4))));
    const make = (size: number, usage: number) => device.createBuffer({ size: Math.max(16, Math.ceil(size / 16) * 16), usage });
    const S = GPUBufferUsage;
    this.buffers = {
      points: make(this.chunk * dim * 4, S.STORAGE | S.COPY_DST),
      values: make(this.chunk * dim * 4, S.STORAGE | S.COPY_SRC),
      divergence: make(this.chunk * 4, S.STORAGE | S.COPY_SRC),
      params: make(paramCount * 4, S.STORAGE | S.COPY_DST),
      batch: make(batchCount * 16, S.STORAGE | S.COPY_DST),
      shape: make(16, S.UNIFORM | S.COPY_DST),
      readValues: make(this.chunk * dim * 4, S.MAP_READ | S.COPY_DST),
      readDivergence: make(this.chunk * 4, S.MAP_READ | S.COPY_DST),
    };
    const pipeline = (entryPoint: string) => {
      const p = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint } });
      const b = this.buffers;
      const group = device.createBindGroup({
        layout: p.getBindGroupLayout(0),
        entries: [b.points, b.values, b.divergence, b.params, b.batch, b.shape].map((buffer, binding) => ({ binding, resource: { buffer } })),
      });
      return { pipeline: p, group };
    };
    this.pipelines = { evaluate: pipeline('evaluate_main'), divergence: pipeline('divergence_main') };
  }

  /** A runner for this shader, or undefined when no adapter exists. Shader errors throw. */
  static async create(wgsl: string, dim: number, paramCount: number, batchCount: number, hardwareOnly = false): Promise<GpuRunner | undefined> {
    const owner = await sharedDevice();
    if (!owner || (hardwareOnly && owner.software)) return undefined;
    const device = owner.device;
    device.pushErrorScope('validation');
    const module = device.createShaderModule({ code: wgsl });
    const messages = (await module.getCompilationInfo()).messages.filter((m) => m.type === 'error');
    if (messages.length > 0) {
      await device.popErrorScope();
      throw new DivcError(`the artifact's WGSL does not compile on this device: ${messages.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`).join('; ')}`);
    }
    const runner = new GpuRunner(owner, module, dim, paramCount, batchCount);
    const error = await device.popErrorScope();
    if (error) { runner.destroy(); throw new DivcError(`WebGPU pipeline creation failed: ${error.message}`); }
    return runner;
  }

  get device(): GPUDevice { return this.owner.device; }
  get description(): string { return this.owner.description; }
  get software(): boolean { return this.owner.software; }
  get alive(): boolean { return !this.owner.lost; }

  upload(params: Float32Array<ArrayBuffer>, batch: Float32Array<ArrayBuffer>): void {
    if (params.length) this.device.queue.writeBuffer(this.buffers.params, 0, params);
    if (batch.length) this.device.queue.writeBuffer(this.buffers.batch, 0, batch);
  }

  /** Runs one entry point over all points, chunk by chunk; calls are serialized. */
  run(kind: 'evaluate' | 'divergence', points: Float32Array<ArrayBuffer>): Promise<GpuResult> {
    const next = this.queue.then(() => this.runNow(kind, points));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow(kind: 'evaluate' | 'divergence', points: Float32Array<ArrayBuffer>): Promise<GpuResult> {
    const { device, dim, buffers: b } = this;
    const n = points.length / dim;
    const divergence = new Float32Array(n);
    const values = kind === 'evaluate' ? new Float32Array(n * dim) : undefined;
    for (let start = 0; start < n; start += this.chunk) {
      if (!this.alive) throw new DivcError('the WebGPU device was lost');
      const m = Math.min(this.chunk, n - start);
      device.queue.writeBuffer(b.points, 0, points, start * dim, m * dim);
      device.queue.writeBuffer(b.shape, 0, new Uint32Array([m, 0, 0, 0]));
      const encoder = device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      const { pipeline, group } = this.pipelines[kind];
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, group);
      const groups = Math.ceil(m / WORKGROUP_SIZE);
      const x = Math.min(groups, MAX_GROUPS_PER_DIMENSION);
      pass.dispatchWorkgroups(x, Math.ceil(groups / x));
      pass.end();
      encoder.copyBufferToBuffer(b.divergence, 0, b.readDivergence, 0, Math.ceil(m * 4 / 4) * 4);
      if (values) encoder.copyBufferToBuffer(b.values, 0, b.readValues, 0, m * dim * 4);
      device.queue.submit([encoder.finish()]);
      await b.readDivergence.mapAsync(GPUMapMode.READ, 0, m * 4);
      divergence.set(new Float32Array(b.readDivergence.getMappedRange(0, m * 4)), start);
      b.readDivergence.unmap();
      if (values) {
        await b.readValues.mapAsync(GPUMapMode.READ, 0, m * dim * 4);
        values.set(new Float32Array(b.readValues.getMappedRange(0, m * dim * 4)), start * dim);
        b.readValues.unmap();
      }
    }
    return { ...(values ? { values } : {}), divergence };
  }

  /** Frees this kernel's buffers (the shared device stays for other kernels). */
  destroy(): void {
    for (const buffer of Object.values(this.buffers)) buffer.destroy();
  }
}

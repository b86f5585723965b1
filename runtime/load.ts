// load(): an artifact's bytes read, checked and instantiated (the FMA build where asked for and
// valid), the backend chosen and the threads set up, as a ready Kernel.
import { DivcError } from './errors.js';
import { artifactBytes, type ArtifactSource } from './source.js';
import { FMA_SECTION, WGSL_SECTION } from './artifact.js';
import { GpuRunner } from './webgpu.js';
import { paramSlotCount, readMetadata, refuseImports } from './metadata.js';
import { coreCount } from './threads.js';
import { Kernel } from './kernel.js';
import type { Backend } from './policy.js';

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

const DEFAULT_CHUNK = 16384;

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

// The scheduling policy: which backend runs a batch and on how many threads. The measured
// thresholds (each with its measurement) and the decisions made from them; the kernel holds
// the GPU runner, the thread pool and the measured speed, and asks here what to do with them.
import { canShareMemory } from './threads.js';

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

/**
 * Whether 'auto' threads split a batch of `points`: large, and the kernel compute-bound (one
 * thread moving less than THREAD_BYTES_PER_SECOND) and slow enough to pay for the split.
 * `speed`, one wasm thread's points per second, is asked only for a large batch (measuring it
 * runs the kernel).
 */
export function threadsPay(points: number, bytesPerPoint: number, speed: () => number): boolean {
  if (points < THREAD_MIN_POINTS) return false;
  const s = speed();
  const limit = canShareMemory() ? THREAD_BYTES_PER_SECOND : THREAD_TRANSFER_BYTES_PER_SECOND;
  return s * bytesPerPoint < limit && points / s >= THREAD_MIN_SECONDS;
}

/**
 * Whether a wasm batch of `points` is split across the kernel's thread pool (`pooled`: it has
 * one): for THREAD_MIN_POINTS points or more, and with 'auto' threads (`auto`) only where `pays`
 * (threadsPay) says so.
 */
export function splitsBatch(pooled: boolean, auto: boolean, points: number, pays: () => boolean): boolean {
  return pooled && points >= THREAD_MIN_POINTS && (!auto || pays());
}

/**
 * Whether a batch of `points` runs on the GPU: always with backend 'webgpu' while the device
 * lives; with 'auto', on a hardware adapter, for AUTO_GPU_MIN_POINTS points or more, where wasm
 * (`wasmPointsPerSecond`: one thread's speed times the threads the batch would get) is slower
 * than the GPU's transfers of the `numbersPerPoint` a point moves (f32 on the GPU).
 */
export function runsOnGpu(choice: 'auto' | Backend, gpu: { alive: boolean; software: boolean } | undefined, points: number, numbersPerPoint: number, wasmPointsPerSecond: () => number): boolean {
  if (!gpu || !gpu.alive) return false;
  if (choice === 'webgpu') return true;
  if (choice !== 'auto' || gpu.software || points < AUTO_GPU_MIN_POINTS) return false;
  const gpuPointsPerSecond = GPU_TRANSFER_BYTES_PER_SECOND / (numbersPerPoint * 4);
  return wasmPointsPerSecond() < gpuPointsPerSecond;
}

/**
 * One wasm thread's points per second, timed on the first points of a batch of `points` (at most
 * 8192; the better of two runs: the first may still run in V8's baseline tier). `run(m)` runs the
 * kernel on the batch's first m points.
 */
export function measureSpeed(points: number, run: (m: number) => void): number {
  const m = Math.min(points, 8192);
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    run(m);
    best = Math.min(best, performance.now() - t);
  }
  return m / (Math.max(best, 1e-3) / 1000);
}

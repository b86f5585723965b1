// WebGPU throughput, for a machine with a real GPU (and, as a smoke run, the software adapters
// here). Per field and batch size (1e3 to 1e8 points):
// - WebGPU end to end: points uploaded, f32 divergence read back (what `k.divergence` costs),
//   as points/s and effective GB/s (bytes in + bytes out per second);
// - WebGPU resident: the shader alone, repeated dispatches over one chunk already on the GPU;
// - wasm SIMD f32 for contrast, one thread and all cores (`threads`);
// and the smallest batch at which WebGPU beats wasm (the 'auto' threshold, measured).
// Runs without the compiler when given precompiled artifacts (bench/gpu-pack.sh makes them), so
// a machine with only `node` and the `webgpu` package can run it.
// Usage: npx tsx bench/gpu.ts [--sizes=1e3,...,1e8] [--fields=a,b] [--budget=3] [--deadline=200]
//        [--artifacts=dir] [--out=file.json]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type Kernel } from '../runtime/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = arg('sizes', '1e3,3e3,1e4,3e4,1e5,3e5,1e6,1e7,1e8').split(',').map(Number);
const artifacts = arg('artifacts', '');
const refDir = artifacts || join(ROOT, 'test/fixtures/reference');
const allFields = readdirSync(refDir).filter((f) => f.endsWith('.expect.json')).map((f) => f.slice(0, -12)).sort();
const fields = arg('fields', allFields.join(',')).split(',');
const budget = Number(arg('budget', '3')); // seconds: a field stops growing its batch past this
const deadline = Number(arg('deadline', '240')); // seconds for the whole script: later fields are skipped
const gpuChunk = args.some((a) => a.startsWith('--gpu-chunk=')) ? Number(arg('gpu-chunk', '')) : undefined;
const wasmToo = arg('wasm', 'yes') !== 'no';
const out = arg('out', join(ROOT, 'bench/results/gpu.json'));
const MAX_BYTES = 2 ** 31; // points held in JS memory at once
const cores = availableParallelism();
const began = performance.now();

interface Reference { dim: number; params: Record<string, unknown>; points: number[][]; divergence: number[]; scale: number[] }

async function artifact(name: string): Promise<Uint8Array> {
  if (artifacts) return readFileSync(join(artifacts, `${name}.f32.wasm`));
  const { compile } = await import('../compiler/index.js');
  return compile(readFileSync(join(refDir, `${name}.div`), 'utf8'), { precision: 'f32' }).wasm!;
}

/** n points cycling through the reference points (copyWithin doubling: fast at 1e8). */
function batch(ref: Reference, n: number): Float32Array {
  const pts = new Float32Array(n * ref.dim);
  const base = ref.points.flat();
  pts.set(base.slice(0, Math.min(base.length, pts.length)));
  for (let filled = Math.min(base.length, pts.length); filled < pts.length; filled *= 2) pts.copyWithin(filled, 0, Math.min(filled, pts.length - filled));
  return pts;
}

/** Median seconds of up to 5 runs, fewer once they add up to `cap` seconds (after one warm-up). */
async function seconds(run: () => Promise<unknown>, cap = 1): Promise<number> {
  const t0 = performance.now();
  await run();
  const warm = (performance.now() - t0) / 1000;
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 5 && (i === 0 || total + warm < cap); i++) {
    const t = performance.now();
    await run();
    times.push((performance.now() - t) / 1000);
    total += times.at(-1)!;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function maxError(got: Float32Array, ref: Reference): number {
  let worst = 0;
  ref.points.forEach((_, i) => { worst = Math.max(worst, Math.abs(got[i]! - ref.divergence[i]!) / Math.max(1, ref.scale[i]!)); });
  return Number.isNaN(worst) ? Infinity : worst;
}

const rows: Record<string, unknown>[] = [];
function save(): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), adapter, cores, node: process.version, summary, rows }, null, 2) + '\n');
}
const summary: Record<string, unknown>[] = [];
let adapter = 'none';
for (const name of fields) {
  if ((performance.now() - began) / 1000 > deadline) { console.log(`${name}: skipped (deadline)`); continue; }
  const ref = JSON.parse(readFileSync(join(refDir, `${name}.expect.json`), 'utf8')) as Reference;
  const bytes = await artifact(name);
  let gpu: Kernel;
  const t0 = performance.now();
  try {
    gpu = await load(bytes, { backend: 'webgpu', ...(gpuChunk ? { gpuChunkPoints: gpuChunk } : {}) });
  } catch (e) {
    console.log(`${name}: no WebGPU run (${(e as Error).message})`);
    continue;
  }
  const pipelineSeconds = (performance.now() - t0) / 1000;
  const runner = (gpu as unknown as { gpu: { description: string; chunk: number; timeResident(kind: 'divergence', m: number, repeats: number): Promise<number> } }).gpu;
  adapter = runner.description;
  const cpu = await load(bytes, { backend: 'wasm', threads: 1 });
  const all = await load(bytes, { backend: 'wasm', threads: cores });
  for (const k of [gpu, cpu, all]) k.setParams(ref.params as never);
  const error = maxError(await gpu.divergence(batch(ref, ref.points.length)) as Float32Array, ref);
  console.log(`${name}: shader ready in ${pipelineSeconds.toFixed(2)} s, error vs reference ${error.toExponential(2)} x max(1, scale)`);
  let slowCpu = !wasmToo, slowAll = !wasmToo;
  const fieldRows: { n: number; gpu: number; cpu: number; all: number }[] = [];
  for (const n of sizes) {
    if (n * ref.dim * 4 > MAX_BYTES) break;
    const pts = batch(ref, n);
    const g = await seconds(() => gpu.divergence(pts));
    const c = slowCpu ? NaN : await seconds(() => cpu.divergence(pts));
    const a = slowAll ? NaN : await seconds(() => all.divergence(pts));
    slowCpu ||= c > budget / 3;
    slowAll ||= a > budget / 3;
    const row = {
      field: name, n,
      webgpuPointsPerSecond: n / g, webgpuGBps: (n * (ref.dim + 1) * 4) / g / 1e9,
      wasmPointsPerSecond: n / c, wasmThreadsPointsPerSecond: n / a, threads: cores,
    };
    rows.push(row);
    fieldRows.push({ n, gpu: n / g, cpu: n / c, all: n / a });
    const e = (v: number) => (Number.isFinite(v) ? v.toExponential(2) : '-');
    console.log(`${name.padEnd(13)} n=${n.toExponential(0).padEnd(5)} webgpu ${e(row.webgpuPointsPerSecond)} pts/s (${row.webgpuGBps.toFixed(2)} GB/s)  wasm ${e(row.wasmPointsPerSecond)}  wasm x${cores} ${e(row.wasmThreadsPointsPerSecond)}`);
    if (g > budget || (performance.now() - began) / 1000 > deadline) break;
  }
  const m = runner.chunk;
  const resident = m / ((await runner.timeResident('divergence', m, 20)) / 20);
  const firstWin = (key: 'cpu' | 'all') => fieldRows.find((r, i) => r.gpu > r[key] && fieldRows.slice(i).every((s) => !(s.gpu < s[key])))?.n ?? null;
  const s = {
    field: name, dim: ref.dim, pipelineSeconds, errorVsReference: error,
    residentPointsPerSecond: resident, residentChunk: m,
    bestWebgpuPointsPerSecond: Math.max(...fieldRows.map((r) => r.gpu)),
    bestWasmPointsPerSecond: Math.max(...fieldRows.map((r) => r.cpu).filter(Number.isFinite)),
    bestWasmThreadsPointsPerSecond: Math.max(...fieldRows.map((r) => r.all).filter(Number.isFinite)),
    webgpuBeatsWasmFrom: firstWin('cpu'), webgpuBeatsWasmThreadsFrom: firstWin('all'),
  };
  summary.push(s);
  console.log(`${name}: resident kernel ${resident.toExponential(2)} pts/s over ${m} points; WebGPU beats wasm from n=${s.webgpuBeatsWasmFrom}, wasm x${cores} from n=${s.webgpuBeatsWasmThreadsFrom}`);
  for (const k of [gpu, cpu, all]) k.dispose();
  save(); // after every field: a run cut short still leaves its numbers
}
save();
console.log(`adapter: ${adapter}; ${((performance.now() - began) / 1000).toFixed(0)} s; wrote ${out}`);
process.exit(0);

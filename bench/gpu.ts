// WebGPU throughput, for a machine with a real GPU (and, as a smoke run, the software adapters
// here): points/s per field and batch size, effective GB/s (points in, divergences out), and the
// same fields on wasm SIMD (one thread) for contrast. Stops growing a field's batch once a run
// takes over `--budget` seconds, so the whole script stays within a few minutes.
// Usage: npx tsx bench/gpu.ts [--sizes=1e4,1e5,1e6,1e7,1e8] [--fields=a,b] [--budget=8] [--out=file]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compile } from '../compiler/index.js';
import { load, type Kernel } from '../runtime/index.js';
import { FIELDS, ROOT, reference, source } from '../test/helpers.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = arg('sizes', '1e4,1e5,1e6,1e7,1e8').split(',').map(Number);
const fields = arg('fields', FIELDS.join(',')).split(',');
const budget = Number(arg('budget', '8'));
const out = arg('out', join(ROOT, 'bench/results/gpu.json'));
const MAX_BYTES = 1 << 30; // points held in JS memory at once

async function seconds(k: Kernel, pts: Float32Array): Promise<number> {
  const t = performance.now();
  await k.divergence(pts);
  return (performance.now() - t) / 1000;
}

const rows: Record<string, unknown>[] = [];
let adapter = 'none';
for (const name of fields) {
  const ref = reference(name);
  const wasmBytes = compile(source(name), { precision: 'f32' }).wasm!;
  let gpu: Kernel;
  try {
    gpu = await load(wasmBytes, { backend: 'webgpu' });
  } catch (e) {
    console.log(`${name}: no WebGPU run (${(e as Error).message})`);
    continue;
  }
  adapter = (gpu as unknown as { gpu?: { description: string } }).gpu?.description ?? adapter;
  const cpu = await load(wasmBytes, { backend: 'wasm' });
  gpu.setParams(ref.params);
  cpu.setParams(ref.params);
  for (const n of sizes) {
    if (n * ref.dim * 4 > MAX_BYTES) break;
    const pts = new Float32Array(n * ref.dim);
    for (let i = 0; i < pts.length; i++) pts[i] = ref.points[Math.floor(i / ref.dim) % ref.points.length]![i % ref.dim]!;
    await seconds(gpu, pts.subarray(0, Math.min(pts.length, 4096 * ref.dim))); // warm-up
    const g = await seconds(gpu, pts);
    const c = n <= 1e6 ? await seconds(cpu, pts) : NaN;
    const row = { field: name, n, webgpuPointsPerSecond: n / g, webgpuGBps: (n * (ref.dim + 1) * 4) / g / 1e9, wasmPointsPerSecond: n / c };
    rows.push(row);
    console.log(`${name.padEnd(13)} n=${n.toExponential(0)}  webgpu ${row.webgpuPointsPerSecond.toExponential(3)} pts/s (${row.webgpuGBps.toFixed(2)} GB/s)  wasm ${Number.isNaN(c) ? '-' : row.wasmPointsPerSecond.toExponential(3)} pts/s`);
    if (g > budget) break;
  }
  gpu.dispose();
  cpu.dispose();
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), adapter, rows }, null, 2) + '\n');
console.log(`adapter: ${adapter}; wrote ${out}`);
process.exit(0);

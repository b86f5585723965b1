// `npx tsx bench/webgpu-nets.ts`: the sweep's networks on WebGPU: the time to create each
// pipeline (the WGSL compiled by the driver) and agreement with the wasm f32 kernel on 256
// points. Writes bench/results/webgpu-nets.json (docs/BENCHMARKS.md, "Networks").
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
import { ROOT } from '../test/support/helpers.js';
import { NETS, net } from './nets.js';

const rows = [];
for (const spec of NETS) {
  const out = compile(net(spec.kind, spec.d, spec.h), { precision: 'f32' });
  const start = performance.now();
  const gpu = await load(out.wasm!, { backend: 'webgpu' }).catch((e: Error) => e);
  const seconds = (performance.now() - start) / 1000;
  if (gpu instanceof Error) { rows.push({ net: spec.name, error: gpu.message }); continue; }
  let s = 7;
  const r = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1;
  const params = Object.fromEntries(out.metadata!.params.map((p) => [p.name, Float64Array.from({ length: p.size }, () => r() / Math.sqrt(p.shape[1] ?? spec.h))]));
  const points = Float32Array.from({ length: 256 * spec.d }, r);
  const cpu = await load(out.wasm!, { backend: 'wasm', threads: 1 });
  gpu.setParams(params); cpu.setParams(params);
  const [a, b] = [await gpu.divergence(points), await cpu.divergence(points)];
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  rows.push({ net: spec.name, pipelineSeconds: Math.round(seconds * 1000) / 1000, wgslLines: out.wgsl!.split('\n').length, storageScratch: out.metadata!.memory.gpuScratch ?? 0, worstVsWasmF32: worst });
  gpu.dispose(); cpu.dispose();
  console.error(`webgpu-nets: ${spec.name}: ${seconds.toFixed(2)} s`);
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/webgpu-nets.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
console.log(JSON.stringify(rows, null, 1));
process.exit(0);

// Markdown for the real-GPU results that bench/gpu-device.sh brought back (bench/results/
// gpu-h100.json, torch-cuda-h100.json, gpu-h100-chunks.json). docs/BENCHMARKS.md includes it
// (bench/run.ts); `npx tsx bench/gpu-report.ts` prints it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS = join(fileURLToPath(new URL('.', import.meta.url)), 'results');
const e = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '-' : v.toExponential(2));

interface GpuSummary {
  field: string; dim: number; pipelineSeconds: number; errorVsReference: number; residentPointsPerSecond: number;
  bestWebgpuPointsPerSecond: number; bestWasmPointsPerSecond: number; bestWasmThreadsPointsPerSecond: number;
  webgpuBeatsWasmFrom: number | null; webgpuBeatsWasmThreadsFrom: number | null;
}
interface GpuRow { field: string; n: number; webgpuPointsPerSecond: number; webgpuGBps: number; wasmPointsPerSecond: number | null; wasmThreadsPointsPerSecond: number | null }

export function gpuReport(): string {
  const file = join(RESULTS, 'gpu-h100.json');
  if (!existsSync(file)) return '';
  const gpu = JSON.parse(readFileSync(file, 'utf8')) as { date: string; adapter: string; cores: number; summary: GpuSummary[]; rows: GpuRow[] };
  // mlp2 was measured in a later run, once its shader had loops (gpu-h100-mlp2.json)
  const later = join(RESULTS, 'gpu-h100-mlp2.json');
  if (existsSync(later)) {
    const m = JSON.parse(readFileSync(later, 'utf8')) as { summary: GpuSummary[]; rows: GpuRow[] };
    gpu.summary.push(...m.summary.filter((s) => !gpu.summary.some((t) => t.field === s.field)));
    gpu.rows.push(...m.rows.filter((r) => !gpu.rows.some((t) => t.field === r.field)));
  }
  const torchFile = join(RESULTS, 'torch-cuda-h100.json');
  const torch = existsSync(torchFile) ? JSON.parse(readFileSync(torchFile, 'utf8')) as { torch: string; device: string; rows: Record<string, number | null | string>[] } : undefined;
  const lines = [
    `## Real GPU: NVIDIA H100 (WebGPU through Dawn in Node, ${gpu.date.slice(0, 10)})`,
    '',
    `Adapter \`${gpu.adapter}\` (Vulkan), ${gpu.cores} CPU cores for wasm. f32 throughout; points/s. End to end = points`,
    'uploaded and divergences read back, the cost of one `k.divergence(points)` call; resident = the shader',
    'alone, 20 dispatches over one chunk already on the GPU. Raw: `bench/results/gpu-h100.json`; run by',
    '`bench/gpu-device.sh` (packed by `scripts/gpu-pack.sh`); mlp2 in a later run, after the WGSL renderer',
    'learned loops (`bench/results/gpu-h100-mlp2.json`, chunks of 2^20 points; the others used 2^22).',
    '',
    `| field | shader ready (s) | WebGPU resident | WebGPU end to end (best) | wasm 1 thread | wasm ${gpu.cores} threads | WebGPU beats 1 thread from n = | beats ${gpu.cores} threads from n = |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...gpu.summary.map((s) => `| ${s.field} | ${s.pipelineSeconds.toFixed(2)} | ${e(s.residentPointsPerSecond)} | ${e(s.bestWebgpuPointsPerSecond)} | ${e(s.bestWasmPointsPerSecond)} | ${e(s.bestWasmThreadsPointsPerSecond)} | ${s.webgpuBeatsWasmFrom === null ? 'never' : e(s.webgpuBeatsWasmFrom)} | ${s.webgpuBeatsWasmThreadsFrom === null ? 'never' : e(s.webgpuBeatsWasmThreadsFrom)} |`),
    '',
    'Per batch size (WebGPU end to end, with effective GB/s = bytes in + bytes out per second):',
    '',
    '| field | n | WebGPU | GB/s | wasm 1 thread | wasm all cores |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...gpu.rows.map((r) => `| ${r.field} | ${e(r.n)} | ${e(r.webgpuPointsPerSecond)} | ${r.webgpuGBps.toFixed(2)} | ${e(r.wasmPointsPerSecond)} | ${e(r.wasmThreadsPointsPerSecond)} |`),
    '',
  ];
  if (torch) {
    const resident = new Map(gpu.summary.map((s) => [s.field, s.residentPointsPerSecond]));
    lines.push(
      `### The anchor: PyTorch ${torch.torch} on the same GPU (CUDA, f32)`,
      '',
      'Best exact method of `vmap(jacrev)`, `vmap(jacfwd)` and d backward passes (bench/torch_bench.py',
      '`--device cuda --dtype float32`), data resident on the GPU, so the fair comparison is divc\'s resident',
      'kernel (measured over chunks of 2^20 to 2^22 points, so compared only at n >= 1e6, where PyTorch is',
      'past its launch overheads too). Raw: `bench/results/torch-cuda-h100.json`.',
      '',
      '| field | n | PyTorch best exact | PyTorch f alone | divc WebGPU resident | divc / PyTorch |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...torch.rows.map((r) => {
        const best = r.bestExactPointsPerSecond as number;
        const mine = resident.get(r.field as string);
        const ratio = mine && best && (r.n as number) >= 1e6 ? mine / best : undefined;
        return `| ${r.field} | ${e(r.n as number)} | ${e(best)} | ${e(r.fPointsPerSecond as number)} | ${mine ? e(mine) : '-'} | ${ratio ? `${ratio.toFixed(ratio < 10 ? 1 : 0)}x` : '-'} |`;
      }),
      '',
      'mlp2\'s first shader (about 48,000 lines of straight-line WGSL) did not finish pipeline creation within',
      '150 s on the NVIDIA driver; with matrix products as loops and the divergence\'s double sum factored',
      '(about 2,100 lines) it compiles in 67 s there (13 s on lavapipe) and runs.',
      '',
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(gpuReport());

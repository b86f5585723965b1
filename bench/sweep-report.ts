// Markdown for the networks sweep (bench/sweep.ts, results in bench/results/sweep.json).
// docs/BENCHMARKS.md includes it (bench/run.ts); `npx tsx bench/sweep-report.ts` rewrites just
// that section of docs/BENCHMARKS.md (bench/sweep.ts does so after a full run).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BEGIN = '<!-- sweep: bench/sweep-report.ts -->', END = '<!-- /sweep -->';

type Row = Record<string, number | string | undefined>;
interface Sweep { date: string; cpu: string; version: string; peaks: { simdMaddFlopsPerSecond: number; simdFlopsPerSecond: number }; torchNote?: string; torchGemmGflops?: number; rounds?: number; rows: Row[] }

const e = (v: unknown) => (typeof v === 'number' ? (v >= 1e4 ? v.toExponential(2) : v.toPrecision(3)) : '-');
const gflops = (v: number) => (v / 1e9).toFixed(1);

export function sweepReport(): string {
  const file = join(HERE, 'results/sweep.json');
  if (!existsSync(file)) return '';
  const r = JSON.parse(readFileSync(file, 'utf8')) as Sweep;
  const lines = [BEGIN, '## Networks (tensor level: loops over weights)', ''];
  lines.push(`Measured by \`npm run bench:sweep\` (bench/sweep.ts) on ${r.date.slice(0, 10)}, ${r.cpu}, divc ${r.version}: one thread, ${r.rounds ?? 'several'} rounds alternating divc's kernels and PyTorch, each contender's best kept. Params and points are the same for both; PyTorch's divergences agree with divc's (f64) to the "agree" column.`, '');
  lines.push(`Yardsticks: wasm f64x2 independent multiply-adds ${gflops(r.peaks.simdMaddFlopsPerSecond)} GFLOP/s (bench/peak.ts: the loop kernels' own inner loop on data in L1, their practical ceiling); PyTorch's f64 GEMM on one thread ${r.torchGemmGflops ? `${r.torchGemmGflops.toFixed(1)} GFLOP/s (OpenBLAS with AVX2/AVX-512 FMA)` : 'not measured'}${r.torchNote ? ` (${r.torchNote})` : ''}.`, '');
  lines.push('| network (d; H) | cold compile (s) | peak MB | artifact KiB | f64: f (points/s) | f + div f | time ratio | f GFLOP/s | f32: f | f + div f | time ratio | ops ratio | directions | PyTorch f (batch) | PyTorch best exact (method, batch) | speed-up f64 | bound | of the bound | agree | jax-js f32 div f (batch) | speed-up f32 over jax-js |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of r.rows) {
    const flops = (row.fOpsPerPoint as number) * (row.f64_f as number);
    // the bound: the speed-up divc would have if its f + div f operations (the stats' count, a
    // multiply-add as 2) ran at the measured peak; "of the bound": the speed-up's share of it
    const bound = row.torchBest === undefined ? undefined : r.peaks.simdMaddFlopsPerSecond / ((row.fOpsPerPoint as number) * (row.opsRatio as number)) / (row.torchBest as number);
    const ofBound = bound === undefined ? undefined : (row.f64_fdiv as number) / (row.torchBest as number) / bound;
    lines.push(`| ${row.net} | ${row.compileSeconds} | ${row.compilePeakMB} | ${row.artifactKiB} | ${e(row.f64_f)} | ${e(row.f64_fdiv)} | ${row.f64_timeRatio} | ${gflops(flops)} | ${e(row.f32_f)} | ${e(row.f32_fdiv)} | ${row.f32_timeRatio} | ${row.opsRatio} | ${row.directions} | ${e(row.torchF)}${row.torchFBatch ? ` (${row.torchFBatch})` : ''} | ${row.torchBest === undefined ? '-' : `${e(row.torchBest)} (${row.torchMethod}${row.torchBatch ? `, ${row.torchBatch}` : ''})`} | ${row.speedup === undefined ? '-' : `${row.speedup}x`} | ${bound === undefined ? '-' : `${bound.toPrecision(3)}x`} | ${ofBound === undefined ? '-' : ofBound.toFixed(2)} | ${row.torchAgreement === undefined ? '-' : (row.torchAgreement as number).toExponential(0)} | ${row.jaxF32 === undefined ? (row.jaxNote ?? '-') : `${e(row.jaxF32)} (${row.jaxBatch})`} | ${row.speedupJax === undefined ? '-' : `${row.speedupJax}x`} |`);
  }
  const gpuFile = join(HERE, 'results/webgpu-nets.json');
  if (existsSync(gpuFile)) {
    const g = JSON.parse(readFileSync(gpuFile, 'utf8')) as { date: string; rows: Row[] };
    lines.push('', `WebGPU (bench/webgpu-nets.ts, ${g.date.slice(0, 10)}, Dawn on Mesa lavapipe, software): the WGSL of each network, loops over weights; pipeline creation (the driver compiling it) and the largest difference from the wasm f32 kernel on 256 points. Per-point tensors above 4,096 numbers live in a storage buffer instead of private memory ("storage scratch": numbers per point).`, '');
    lines.push('| network | pipeline (s) | WGSL lines | storage scratch | vs wasm f32 |', '| --- | ---: | ---: | ---: | ---: |');
    for (const row of g.rows) lines.push(row.error ? `| ${row.net} | failed: ${row.error} | | | |` : `| ${row.net} | ${row.pipelineSeconds} | ${row.wgslLines} | ${row.storageScratch || '-'} | ${(row.worstVsWasmF32 as number).toExponential(1)} |`);
  }
  lines.push('', `Reading the PyTorch columns: its f alone runs its matrix products on OpenBLAS (AVX2/AVX-512 FMA, ${r.torchGemmGflops ? `${r.torchGemmGflops.toFixed(0)} Gflop/s f64` : 'not measured'} on one thread here) against divc's wasm f64x2 multiply-adds (${gflops(r.peaks.simdMaddFlopsPerSecond)} Gflop/s ceiling, no FMA in portable wasm): per operation PyTorch is several times faster, and divc's lead comes from doing far fewer operations (the "ops ratio" against PyTorch's d backward passes). Where d is small (16) or the net deep (input directions), that lead is smaller than the BLAS gap.`);
  lines.push('', '"cold compile": a fresh `node bin/divc.js net.div -o net.wasm` (binaryen\'s load included), with its peak resident memory. "time ratio": f alone / f + div f points/s, same kernel build. "ops ratio": `--emit stats` per-point operations of f + div f over f. "directions": the divergence pass\'s choice (the output matrix\'s columns: the trace contracted per batch, O(f) per point; the input\'s: d tangent directions as small matrix products, the honest min(d, H) for deep nets). "bound": PyTorch\'s best time a point divided by the time divc\'s own f + div f operations (ops ratio x f\'s) would take at the peak above: the speed-up divc would have if its kernels ran at the peak; "of the bound": the measured speed-up over it (issue 24\'s goal: >= 0.6). PyTorch methods: d backward passes, trace of `vmap(jacfwd)`, trace of `vmap(jacrev)` (bench/torch_sweep.py), each at its best of 1k, 4k, 16k and 100k points (the batch in parentheses; a batch whose call would pass 2 s is skipped); "PyTorch f" is its forward pass alone. jax-js: the trace of `jit(vmap(jacfwd(f)))` on its wasm backend, float32 (its default), the same params (bench/jaxjs-nets.ts), checked against divc\'s f32 divergence at 8 points first; "speed-up f32 over jax-js" is divc\'s f32 f + div f over it (issue 24\'s goal: >= 10x).', END);
  return lines.join('\n');
}

export function writeSweepSection(): void {
  const file = join(HERE, '../docs/BENCHMARKS.md');
  const doc = readFileSync(file, 'utf8');
  const at = doc.indexOf(BEGIN), end = doc.indexOf(END);
  const next = at >= 0 && end > at ? doc.slice(0, at) + sweepReport() + doc.slice(end + END.length) : doc.trimEnd() + '\n\n' + sweepReport() + '\n';
  writeFileSync(file, next);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeSweepSection();
  console.log('sweep-report: docs/BENCHMARKS.md updated');
}

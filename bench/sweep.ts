// `npm run bench:sweep`: networks at the widths people train (issue 11's sweep). For each: cold
// CLI compile time and peak memory (a fresh `node bin/divc.js` process, binaryen's load
// included), artifact size, and points/s of f alone and of f + div f on wasm SIMD, one thread,
// f64 and f32, the two measured in alternating rounds (best of each kept; this machine's timings
// swing 3-5x), with f's flop/s against the measured SIMD multiply-add peak (independent
// multiply-adds into 12 accumulators, bench/peak.ts).
// Writes bench/results/sweep.json and prints a Markdown table.   Options: --smoke, --rounds=N,
// --extra (issue 24's CNF and NeRF shapes: bench/results/sweep-extra.json)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, VERSION } from '../compiler/index.js';
import { load, type Kernel } from '../runtime/index.js';
import { ROOT, random } from '../test/support/helpers.js';
import { measurePeaks } from './peak.js';
import { writeSweepSection } from './sweep-report.js';
import { NETS as SWEEP_NETS, EXTRA_NETS, net } from './nets.js';
import { PYTHON, TORCH_ENV } from './torch-env.js';
import { jaxNet, type JaxNet } from './jaxjs-nets.js';

const smoke = process.argv.includes('--smoke');
/** --extra: issue 24's CNF (2; 64x3) and NeRF shapes instead (bench/results/sweep-extra.json; the doc's section is the sweep's). */
const extra = process.argv.includes('--extra');
const NETS: readonly { name: string; kind: 'score' | 'cnf3' | 'silu4' | 'nerf'; d: number; h: number }[] = extra ? EXTRA_NETS : SWEEP_NETS;
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? (smoke ? 1 : 5));
const SECONDS = smoke ? 0.02 : 0.3;
/** PyTorch's batch sizes (issue 24): its best is kept; f64 activations of 100k points leave the cache. */
const TORCH_BATCHES = [1000, 4000, 16000, 100000];
/** jax-js's batch sizes (its rate hardly depends on them: measured 7.5e4 to 5.5e4 from 256 to 4096 points). */
const JAX_BATCHES = [256, 1024];
/** Below this, PyTorch is not running on OpenBLAS (bench/torch-env.ts, scripts/setup-bench.sh). */
const MIN_TORCH_GEMM_GFLOPS = 20;

/** A fresh process compiling the file: wall seconds and peak resident memory (GNU time). */
function coldCompile(file: string, out: string): { seconds: number; peakMB: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(ROOT, 'bin/divc.js'), file, '-o', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`divc failed on ${file}: ${r.stderr}`);
  const [seconds, kb] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: seconds!, peakMB: kb! / 1024 };
}

interface Contender { precision: 'f64' | 'f32'; kernels: Kernel[]; points: Float64Array | Float32Array; best: number[] }

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'divc-sweep-'));
  const peaks = measurePeaks();
  const rows: Record<string, unknown>[] = [];
  const contenders: Contender[][] = [];
  const torchNets: unknown[] = [];
  const lastParams: Record<string, Float64Array>[] = [];
  for (const spec of NETS) {
    const src = net(spec.kind, spec.d, spec.h);
    const file = join(dir, `${spec.kind}-${spec.d}-${spec.h}.div`);
    writeFileSync(file, src);
    const cold = coldCompile(file, join(dir, 'out.wasm'));
    const artifactKiB = statSync(join(dir, 'out.wasm')).size / 1024;
    const n = smoke ? 64 : Math.max(256, Math.min(16384, Math.round(2e8 / (spec.h * spec.h + 2 * spec.d * spec.h))));
    const r = random(1);
    const points = new Float64Array(n * spec.d).map(() => 2 * r() - 1);
    const full64 = compile(src, { precision: 'f64' });
    const params = Object.fromEntries(full64.metadata!.params.map((p) => [p.name, Float64Array.from({ length: p.size }, () => (2 * r() - 1) / Math.sqrt(p.shape[1] ?? spec.h))]));
    const stats = full64.stats!;
    lastParams.push(params);
    rows.push({ net: spec.name, d: spec.d, h: spec.h, compileSeconds: cold.seconds, compilePeakMB: Math.round(cold.peakMB), artifactKiB: Math.round(artifactKiB * 10) / 10, lowering: stats.lowering!.kind, directions: stats.lowering!.directions, opsRatio: stats.ratio, fOpsPerPoint: stats.f.perPoint });
    const mine: Contender[] = [];
    for (const precision of ['f64', 'f32'] as const) {
      const kernels = await Promise.all([load(compile(src, { precision }).wasm!, { threads: 1 }), load(compile(src, { precision, fOnly: true }).wasm!, { threads: 1 })]);
      for (const k of kernels) k.setParams(params);
      mine.push({ precision, kernels, points: precision === 'f32' ? Float32Array.from(points) : points, best: [0, 0] });
    }
    contenders.push(mine);
    const m = Math.min(n, smoke ? 16 : 1024);
    torchNets.push({
      name: spec.name, kind: spec.kind, batches: smoke ? [16] : TORCH_BATCHES,
      params: Object.fromEntries(full64.metadata!.params.map((p) => [p.name, p.shape.length === 2 ? Array.from({ length: p.shape[0]! }, (_, i) => Array.from(params[p.name]!.subarray(i * p.shape[1]!, (i + 1) * p.shape[1]!))) : Array.from(params[p.name]!)])),
      points: Array.from({ length: m }, (_, i) => Array.from(points.subarray(i * spec.d, (i + 1) * spec.d))),
    });
  }
  // jax-js (f32) on the same params, checked against divc's f32 divergence first
  const jaxNets: (JaxNet | undefined)[] = [];
  for (const [i, spec] of NETS.entries()) {
    const mine = contenders[i]!, k32 = mine[1]!.kernels[0]!, pts = mine[1]!.points as Float32Array;
    const shapes = Object.fromEntries(k32.params.map((p) => [p.name, p.shape]));
    const params = lastParams[i]!;
    const jn = jaxNet(spec.kind, spec.d, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, { values: v, shape: shapes[k]! }])));
    const [theirs, ours] = [await jn.divergence(pts, 8), await k32.divergence(pts.subarray(0, 8 * spec.d))];
    const error = Math.max(...Array.from(theirs, (v, p) => Math.abs(v - ours[p]!) / Math.max(1, Math.abs(ours[p]!))));
    rows[i]!.jaxAgreement = error;
    jaxNets.push(error < 1e-3 ? jn : undefined);
    if (error >= 1e-3) rows[i]!.jaxNote = `jax-js disagrees with divc f32 (${error.toExponential(1)}): left out`;
  }
  const jaxBest: { pointsPerSecond: number; batch: number }[] = NETS.map(() => ({ pointsPerSecond: 0, batch: 0 }));
  const torchFile = join(dir, 'nets.json');
  writeFileSync(torchFile, JSON.stringify(torchNets));
  const torch: Record<string, number>[] = torchNets.map(() => ({}));
  let torchDivergence: number[][] | undefined;
  let torchNote: string | undefined;
  let torchGemm = 0;
  // rounds: every divc kernel once, then PyTorch on every network; each contender's best is kept
  for (let round = 0; round < ROUNDS; round++) {
    for (const mine of contenders) {
      for (const c of mine) {
        for (const [j, k] of c.kernels.entries()) {
          const n = c.points.length / k.dim;
          await k.evaluate(c.points);
          let runs = 0;
          const start = performance.now();
          do { await k.evaluate(c.points); runs++; } while (performance.now() - start < SECONDS * 1000);
          c.best[j] = Math.max(c.best[j]!, (n * runs) / ((performance.now() - start) / 1000));
        }
      }
    }
    for (const [i, jn] of jaxNets.entries()) {
      if (!jn) continue;
      const c = contenders[i]![1]!;
      const n = c.points.length / NETS[i]!.d;
      const r = await jn.rate(c.points as Float32Array, (smoke ? [16] : JAX_BATCHES).filter((b) => b <= n), SECONDS);
      if (r.pointsPerSecond > jaxBest[i]!.pointsPerSecond) jaxBest[i] = r;
    }
    const py = spawnSync(PYTHON, [join(ROOT, 'bench/torch_sweep.py'), torchFile, String(SECONDS)], { encoding: 'utf8', maxBuffer: 1 << 26, env: TORCH_ENV });
    const parsed = py.status === 0 ? JSON.parse(py.stdout) : { skipped: `python3 failed: ${py.stderr.slice(-300)}` };
    if (!Array.isArray(parsed)) { torchNote = parsed.skipped; break; }
    parsed.forEach((row: Record<string, number | number[] | null>, i: number) => {
      for (const key of ['fAlone', 'backward', 'jacfwd', 'jacrev']) {
        const v = row[key];
        // the best over the rounds, with the batch it came at
        if (typeof v !== 'number' || v <= (torch[i]![key] ?? 0)) continue;
        torch[i]![key] = v;
        if (typeof row[`${key}Batch`] === 'number') torch[i]![`${key}Batch`] = row[`${key}Batch`] as number;
      }
    });
    torchDivergence = parsed.map((row: { divergence: number[] }) => row.divergence);
    torchGemm = Math.max(torchGemm, ...parsed.map((row: { gemmGflops: number }) => row.gemmGflops));
    console.error(`sweep: round ${round + 1} of ${ROUNDS} done`);
  }
  // Debian's torch without OpenBLAS runs the reference BLAS (4 to 7 GFLOP/s f64 here, against 60
  // to 97 with it): its times would read as speed-ups 10-20x too large (measured 2026-12-06, on a
  // machine where libopenblas0-pthread was missing). No PyTorch column then, and the note says why.
  if (!torchNote && torchGemm < MIN_TORCH_GEMM_GFLOPS) {
    torchNote = `PyTorch's f64 GEMM ran at ${torchGemm.toFixed(1)} GFLOP/s (below ${MIN_TORCH_GEMM_GFLOPS}: the reference BLAS, not OpenBLAS; run scripts/setup-bench.sh), so no PyTorch column`;
    torch.forEach((t) => { for (const key of Object.keys(t)) delete t[key]; });
  }
  for (const [i, mine] of contenders.entries()) {
    const row = rows[i]!;
    for (const c of mine) {
      const [fdiv, f] = c.best as [number, number];
      row[`${c.precision}_f`] = f;
      row[`${c.precision}_fdiv`] = fdiv;
      row[`${c.precision}_timeRatio`] = Math.round((f / fdiv) * 100) / 100;
      // f's multiply-adds at f alone's speed, against the peak (f32 lanes hold twice the numbers)
      row[`${c.precision}_peakFraction`] = Math.round(((row.fOpsPerPoint as number) * f / (peaks.simdMaddFlopsPerSecond * (c.precision === 'f32' ? 2 : 1))) * 1000) / 1000;
    }
    const t = torch[i]!;
    const methods = ['backward', 'jacfwd', 'jacrev'].filter((k) => t[k] !== undefined);
    if (methods.length > 0) {
      const bestMethod = methods.reduce((a, b) => (t[a]! >= t[b]! ? a : b));
      row.torchBest = t[bestMethod];
      row.torchMethod = bestMethod;
      row.torchBatch = t[`${bestMethod}Batch`];
      row.torchFBatch = t.fAloneBatch;
      row.torchF = t.fAlone;
      row.speedup = Math.round(((row.f64_fdiv as number) / t[bestMethod]!) * 10) / 10;
      // the same params and points through divc f64: the two agree on div f
      const k = mine[0]!.kernels[0]!;
      const d = await k.divergence(mine[0]!.points.subarray(0, 8 * k.dim));
      row.torchAgreement = Math.max(...torchDivergence![i]!.map((v, p) => Math.abs(v - d[p]!) / Math.max(1, Math.abs(v))));
    }
    if (jaxBest[i]!.pointsPerSecond > 0) {
      row.jaxF32 = jaxBest[i]!.pointsPerSecond;
      row.jaxBatch = jaxBest[i]!.batch;
      row.speedupJax = Math.round(((row.f32_fdiv as number) / jaxBest[i]!.pointsPerSecond) * 10) / 10;
    }
    for (const c of mine) for (const k of c.kernels) k.dispose();
  }
  const result = { version: VERSION, date: new Date().toISOString(), cpu: cpus()[0]?.model, peaks, torchNote, torchGemmGflops: torchGemm, rounds: ROUNDS, rows };
  if (!smoke) {
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, `bench/results/${extra ? 'sweep-extra' : 'sweep'}.json`), JSON.stringify(result, null, 2) + '\n');
    if (!extra) writeSweepSection();
  }
  const fmt = (x: unknown) => (typeof x === 'number' ? (x >= 1e4 ? x.toExponential(2) : String(Math.round(x * 1000) / 1000)) : x === undefined ? '-' : String(x));
  console.log(`peaks: copy ${fmt(peaks.copyBytesPerSecond)} B/s, SIMD multiply-add ${fmt(peaks.simdMaddFlopsPerSecond)} flop/s (f64)${torchNote ? `; PyTorch: ${torchNote}` : `; PyTorch's f64 GEMM (512 x 512 by 4096, one thread): ${fmt(torchGemm * 1e9)} flop/s`}`);
  console.log('| network (d; H) | compile (s) | peak MB | artifact KiB | f64 f pts/s | f64 f+div pts/s | time ratio | f / peak | f32 f pts/s | f32 f+div pts/s | time ratio | f / peak | ops ratio | directions | PyTorch f pts/s | PyTorch best exact pts/s | speed-up (f64) | jax-js f32 div pts/s | speed-up f32 over jax-js |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.net} | ${fmt(r.compileSeconds)} | ${fmt(r.compilePeakMB)} | ${fmt(r.artifactKiB)} | ${fmt(r.f64_f)} | ${fmt(r.f64_fdiv)} | ${fmt(r.f64_timeRatio)} | ${fmt(r.f64_peakFraction)} | ${fmt(r.f32_f)} | ${fmt(r.f32_fdiv)} | ${fmt(r.f32_timeRatio)} | ${fmt(r.f32_peakFraction)} | ${fmt(r.opsRatio)} | ${r.directions} | ${fmt(r.torchF)} | ${r.torchBest === undefined ? '-' : `${fmt(r.torchBest)} (${r.torchMethod})`} | ${r.speedup === undefined ? '-' : `${r.speedup}x`} | ${r.jaxF32 === undefined ? (r.jaxNote ?? '-') : `${fmt(r.jaxF32)} (${r.jaxBatch})`} | ${r.speedupJax === undefined ? '-' : `${r.speedupJax}x`} |`);
  }
}

await main();

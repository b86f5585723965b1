// Peak memory of a vjp over a large batch (issue 23, "flat memory"): score_net (64-256-256-64,
// softplus), f64, one thread. divc: a fresh Node process that loads the artifact with the runtime
// alone and runs k.vjp over 10^6 points with values and divergence cotangents; its peak resident
// memory (maxRSS) is reported whole and beyond what the process held once its inputs were made
// (the points and the cotangents, 1 GB: the caller's). PyTorch: d backward passes with
// create_graph over the whole batch at once (bench/torch_vjp.py --memory), at sizes this 24 GiB
// machine can hold, and the per-point slope of its peak.
// `npx tsx bench/vjp-memory.ts [--n=1000000] [--torch=1000,2000,4000] [--out=FILE]` writes bench/results/vjp-memory.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { ROOT, reference, source } from '../test/support/helpers.js';
import { PYTHON, TORCH_ENV } from './torch-env.js';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const N = Number(opt('n') ?? 1_000_000);
const torchSizes = (opt('torch') ?? '1000,2000,4000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'divc-vjp-memory-'));
try {
  const ref = reference('score_net');
  const artifact = join(dir, 'score_net.wasm'), paramsFile = join(dir, 'params.json');
  writeFileSync(artifact, compile(source('score_net'), { vjp: true }).wasm!);
  writeFileSync(paramsFile, JSON.stringify(ref.params));
  // the child: the runtime only (no compiler in the process), inputs first, then one k.vjp
  const child = `
    import { readFileSync } from 'node:fs';
    import { load } from ${JSON.stringify(join(ROOT, 'runtime/index.ts'))};
    const k = await load(readFileSync(${JSON.stringify(artifact)}), { backend: 'wasm', threads: 1 });
    k.setParams(JSON.parse(readFileSync(${JSON.stringify(paramsFile)}, 'utf8')));
    const n = ${N}, d = k.dim;
    const pts = new Float64Array(n * d), cv = new Float64Array(n * d), cd = new Float64Array(n);
    for (let i = 0; i < n * d; i++) { pts[i] = Math.sin(i * 0.001); cv[i] = Math.cos(i * 0.002); }
    for (let i = 0; i < n; i++) cd[i] = 1 / n;
    const inputs = process.resourceUsage().maxRSS;
    const start = performance.now();
    const g = await k.vjp(pts, { values: cv, divergence: cd });
    const seconds = (performance.now() - start) / 1000;
    console.log(JSON.stringify({ n, inputsKiB: inputs, peakKiB: process.resourceUsage().maxRSS, seconds, check: g.params.b3[0] }));
  `;
  const file = join(dir, 'child.mts');
  writeFileSync(file, child);
  const divc = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', cwd: ROOT }).trim().split('\n').pop()!);
  console.log(`divc, ${N} points: peak ${(divc.peakKiB / 1024).toFixed(0)} MiB, ${((divc.peakKiB - divc.inputsKiB) / 1024).toFixed(0)} MiB beyond the inputs (${(divc.inputsKiB / 1024).toFixed(0)} MiB once made); ${divc.seconds.toFixed(1)} s`);
  const torch: { n: number; peakMiB: number }[] = [];
  if (spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore', env: TORCH_ENV }).status === 0) {
    for (const n of torchSizes) {
      const data = join(dir, `torch-${n}.json`);
      const pts = Array.from({ length: n }, (_, i) => Array.from({ length: 64 }, (_, c) => Math.sin((i * 64 + c) * 0.001)));
      writeFileSync(data, JSON.stringify({ params: ref.params, points: pts, cv: pts.map((p) => p.map(Math.cos)), cd: pts.map(() => 1 / n) }));
      const o = JSON.parse(execFileSync(PYTHON, [join(ROOT, 'bench/torch_vjp.py'), '--field', 'score_net', '--data', data, '--memory'], { env: TORCH_ENV, encoding: 'utf8' }).trim().split('\n').pop()!);
      torch.push({ n, peakMiB: o.peakKiB / 1024 });
      console.log(`PyTorch create_graph, ${n} points at once: peak ${(o.peakKiB / 1024).toFixed(0)} MiB`);
    }
  }
  const slope = torch.length >= 2 ? (torch.at(-1)!.peakMiB - torch[0]!.peakMiB) / (torch.at(-1)!.n - torch[0]!.n) : undefined;
  if (slope !== undefined) console.log(`PyTorch: ${(slope * 1024).toFixed(1)} KiB a point: ${((slope * N) / 1024).toFixed(0)} GiB for ${N} points at once`);
  const out = opt('out') ?? join(ROOT, 'bench/results/vjp-memory.json');
  writeFileSync(out, `${JSON.stringify({
    date: new Date().toISOString(), node: process.version, field: 'score_net',
    divc: { n: N, peakMiB: divc.peakKiB / 1024, inputsMiB: divc.inputsKiB / 1024, beyondInputsMiB: (divc.peakKiB - divc.inputsKiB) / 1024, seconds: divc.seconds },
    torch, ...(slope !== undefined ? { torchMiBPerPoint: slope, torchExtrapolatedGiB: (slope * N) / 1024 } : {}),
  }, null, 1)}\n`);
  console.log(`wrote ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

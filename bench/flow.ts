// k.flow's RK4 against what it replaces: 4 S separate f + div f evaluations of the same kernel
// (issue 22's goal: the flow at >= 80% of their throughput), and against PyTorch doing the same
// RK4 with the exact divergence by its best method (bench/torch_flow.py, where python3 has torch);
// one thread, f64, in the same run, contenders alternated in rounds and each one's best kept.
// `npx tsx bench/flow.ts [--fields=cnf_time,diffusion_score] [--n=20000] [--steps=20] [--rounds=5]`
// [--out=FILE] writes bench/results/flow.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
import { integrate } from '../runtime/flow.js';
import { ROOT, reference, source } from '../test/support/helpers.js';
import { PYTHON, TORCH_ENV } from './torch-env.js';

const TORCH_FIELDS = ['cnf_time', 'diffusion_score'];
const torch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore', env: TORCH_ENV }).status === 0;
if (!torch) console.log('bench/flow: PyTorch skipped (no python3 with torch; Debian: apt-get install python3-torch)');

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const fields = (opt('fields') ?? 'cnf_time,diffusion_score').split(',');
const n = Number(opt('n') ?? 20000), S = Number(opt('steps') ?? 20), rounds = Number(opt('rounds') ?? 5);

const rows = [];
for (const name of fields) {
  const ref = reference(name);
  const k = await load(compile(source(name), { precision: 'f64' }).wasm!, { backend: 'wasm', threads: 1 });
  k.setParams(ref.params);
  const points = Float64Array.from({ length: n * ref.dim }, (_, i) => ref.points[Math.floor(i / ref.dim) % ref.points.length]![i % ref.dim]!);
  const timed = k.conditions.some((c) => c.name === 't');
  const ts = new Float64Array(n);
  const contenders: Record<string, () => Promise<unknown>> = {
    flow: () => k.flow(points, { t0: 0, t1: 1, method: 'rk4', steps: S }),
    // Dormand-Prince inside the kernel, and driven from JavaScript (runtime/flow.ts) on the same kernel
    adaptive: () => k.flow(points, { t0: 0, t1: 1, method: 'dopri5', rtol: 1e-6, atol: 1e-9 }),
    adaptiveJs: () => integrate(points, ref.dim, async (states, t) => {
      const e = await k.evaluate(states, timed ? { conditions: { t } } : {});
      return { values: e.values, divergence: e.divergence };
    }, { t0: 0, t1: 1, method: 'dopri5', rtol: 1e-6, atol: 1e-9 }),
    // the work the flow replaces: 4 S evaluations (the time per point where the field takes one)
    evaluations: async () => {
      for (let s = 0; s < 4 * S; s++) {
        ts.fill(s / (4 * S));
        await k.evaluate(points, timed ? { conditions: { t: ts } } : {});
      }
    },
  };
  if (torch && TORCH_FIELDS.includes(name)) {
    // one round of every method in a fresh process; its own timing, best method kept
    contenders.torch = async () => {
      const out = JSON.parse(execFileSync(PYTHON, [join(ROOT, 'bench/torch_flow.py'), '--field', name, '--n', String(n), '--steps', String(S)], { env: TORCH_ENV, encoding: 'utf8' }).trim().split('\n').pop()!);
      torchSeconds = Math.min(torchSeconds, ...Object.values(out.seconds as Record<string, number>));
      torchVersion = out.torch;
    };
  }
  let torchSeconds = Infinity, torchVersion = '';
  const best: Record<string, number> = {};
  for (const fn of Object.values(contenders)) await fn(); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [label, fn] of Object.entries(contenders)) {
      const t = performance.now();
      await fn();
      if (label !== 'torch') best[label] = Math.min(best[label] ?? Infinity, (performance.now() - t) / 1000);
    }
  }
  const row = {
    field: name, n, steps: S, flowSeconds: best.flow!, evaluationsSeconds: best.evaluations!, flowShare: best.evaluations! / best.flow!,
    dopri5Seconds: best.adaptive!, dopri5JsSeconds: best.adaptiveJs!,
    ...(Number.isFinite(torchSeconds) ? { torch: torchVersion, torchSeconds, speedupOverTorch: torchSeconds / best.flow! } : {}),
  };
  console.log(`${name}: flow ${row.flowSeconds.toFixed(3)} s, 4S evaluations ${row.evaluationsSeconds.toFixed(3)} s: the flow runs at ${(100 * row.flowShare).toFixed(0)}% of their throughput; Dormand-Prince (rtol 1e-6) in the kernel ${row.dopri5Seconds.toFixed(3)} s, from JS ${row.dopri5JsSeconds.toFixed(3)} s${'torchSeconds' in row ? `; PyTorch ${row.torchSeconds!.toFixed(3)} s (${row.speedupOverTorch!.toFixed(1)}x)` : ''}`);
  rows.push(row);
  k.dispose();
}
writeFileSync(opt('out') ?? join(ROOT, 'bench/results/flow.json'), JSON.stringify({ date: new Date().toISOString(), rounds, rows }, null, 2) + '\n');

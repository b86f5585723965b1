// One training step of examples/pinn-poisson (issue 23, "a training step"): evaluate (u's Laplacian)
// + vjp (the loss's gradient with respect to every weight) + Adam, against the same step in
// PyTorch (bench/torch_pinn.py: the Laplacian by d backward passes with create_graph, or by
// vmap(hessian)), f64, one thread, from the same weights on the same points (the first losses
// are checked equal), contenders alternated in rounds and each one's best kept.
// `npx tsx bench/pinn.ts [--n=256,4096] [--steps=200] [--rounds=5] [--out=FILE]` writes bench/results/pinn.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
import { ROOT, random } from '../test/support/helpers.js';
import { PYTHON, TORCH_ENV } from './torch-env.js';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (opt('n') ?? '256,4096').split(',').map(Number);
const S = Number(opt('steps') ?? 200), rounds = Number(opt('rounds') ?? 5);
const torch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore', env: TORCH_ENV }).status === 0;
if (!torch) console.log('bench/pinn: PyTorch skipped (no python3 with torch; Debian: apt-get install python3-torch)');

const out = compile(readFileSync(join(ROOT, 'examples/pinn-poisson/poisson.div'), 'utf8'), { vjp: true });
const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
const r = random(7);
const gaussian = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
// the weights as nested arrays in their shapes (for PyTorch) and flat (for divc)
const init: Record<string, number | number[] | number[][]> = {};
for (const p of k.params) {
  const fanIn = p.shape.length === 2 ? p.shape[1]! : p.shape[0] ?? 1;
  const draw = () => (p.name.startsWith('b') ? 0.1 * gaussian() : gaussian() / Math.sqrt(fanIn));
  init[p.name] = p.shape.length === 0 ? draw() : p.shape.length === 1 ? Array.from({ length: p.shape[0]! }, draw) : Array.from({ length: p.shape[0]! }, () => Array.from({ length: p.shape[1]! }, draw));
}
const flatOf = (v: number | number[] | number[][]) => Float64Array.from([v].flat(2) as number[]);
const rhs = (x: number, y: number) => -2 * Math.PI ** 2 * Math.sin(Math.PI * x) * Math.sin(Math.PI * y);

const rows = [];
const dir = mkdtempSync(join(tmpdir(), 'divc-pinn-'));
try {
  for (const n of sizes) {
    const points = Array.from({ length: n }, () => [r(), r()]);
    const flat = Float64Array.from(points.flat());
    const f = Float64Array.from(points, ([x, y]) => rhs(x!, y!));
    // one divc training step from weights `theta` with Adam state `s` at step t; returns the loss
    const theta = Object.fromEntries(Object.entries(init).map(([name, v]) => [name, flatOf(v)]));
    const state = Object.fromEntries(Object.entries(theta).map(([name, v]) => [name, { m: new Float64Array(v.length), v: new Float64Array(v.length) }]));
    let t = 0;
    const step = async () => {
      k.setParams(theta);
      const { divergence: lap } = await k.evaluate(flat);
      const res = Float64Array.from(lap, (l, i) => l - f[i]!);
      const { params: grad } = await k.vjp(flat, { divergence: res.map((x) => (2 * x) / n) });
      t++;
      for (const [name, w] of Object.entries(theta)) {
        const g = grad[name]!, s = state[name]!;
        for (let j = 0; j < w.length; j++) {
          s.m[j] = 0.9 * s.m[j]! + 0.1 * g[j]!;
          s.v[j] = 0.999 * s.v[j]! + 0.001 * g[j]! * g[j]!;
          w[j] = w[j]! - (1e-3 * (s.m[j]! / (1 - 0.9 ** t))) / (Math.sqrt(s.v[j]! / (1 - 0.999 ** t)) + 1e-8);
        }
      }
      return res.reduce((a, x) => a + x * x, 0) / n;
    };
    const loss0 = await step();
    const paramsFile = join(dir, 'params.json'), pointsFile = join(dir, 'points.json');
    writeFileSync(paramsFile, JSON.stringify(init));
    writeFileSync(pointsFile, JSON.stringify(points));
    let best = Infinity;
    const torchBest: Record<string, number> = {};
    let torchLoss0: Record<string, number> = {}, version = '';
    for (let round = 0; round < rounds; round++) {
      const start = performance.now();
      for (let s = 0; s < S; s++) await step();
      best = Math.min(best, (performance.now() - start) / 1000 / S);
      if (torch) {
        const o = JSON.parse(execFileSync(PYTHON, [join(ROOT, 'bench/torch_pinn.py'), '--params', paramsFile, '--points', pointsFile, '--steps', String(S), '--rounds', '1'], { env: TORCH_ENV, encoding: 'utf8' }).trim().split('\n').pop()!);
        for (const [m, sec] of Object.entries(o.seconds as Record<string, number>)) torchBest[m] = Math.min(torchBest[m] ?? Infinity, sec);
        torchLoss0 = o.loss0;
        version = o.torch;
      }
    }
    for (const [m, l] of Object.entries(torchLoss0)) {
      if (Math.abs(l - loss0) > 1e-9 * Math.abs(loss0)) throw new Error(`bench/pinn: PyTorch's first loss by ${m} is ${l}, divc's ${loss0}: not the same computation`);
    }
    const torchFastest = Math.min(...Object.values(torchBest));
    const row = {
      n, steps: S, rounds, loss0,
      divcSecondsPerStep: best,
      ...(torch ? { torch: version, torchSecondsPerStep: torchBest, speedup: torchFastest / best } : {}),
    };
    rows.push(row);
    console.log(`n = ${n}: divc ${(best * 1e3).toFixed(3)} ms a step${torch ? `, PyTorch ${Object.entries(torchBest).map(([m, s]) => `${m} ${(s * 1e3).toFixed(3)} ms`).join(', ')}: ${(torchFastest / best).toFixed(1)}x` : ''}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  k.dispose();
}
const file = opt('out') ?? join(ROOT, 'bench/results/pinn.json');
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, note: 'one thread, f64; best of rounds; PyTorch in the same run, alternated', rows }, null, 1)}\n`);
console.log(`wrote ${file}`);

// One training step of an example (issue 23, "a training step"): divc's evaluate + vjp (the loss's
// gradient with respect to every weight) + Adam, against the same step in PyTorch, f64, one
// thread, from the same weights on the same points (the first losses are checked equal),
// contenders alternated in rounds and each one's best kept.
// - pinn: examples/pinn-poisson, the mean squared residual of u's Laplacian (PyTorch: the
//   Laplacian by d backward passes with create_graph, or by vmap(hessian)).
// - score: examples/score-matching, the implicit score-matching loss mean |s|^2 / 2 + div s
//   (PyTorch: div s by d backward passes with create_graph, or vmap(jacrev)).
// PyTorch's side: bench/torch_train_step.py --case.
// `npx tsx bench/train-step.ts --case=pinn|score [--n=256,4096] [--steps=200] [--rounds=5] [--out=FILE]`
// writes bench/results/pinn.json or bench/results/score-step.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { load, type Kernel } from '../runtime/index.js';
import { ROOT, random } from '../test/support/helpers.js';
import { PYTHON, TORCH_ENV } from './torch-env.js';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const which = opt('case') ?? 'pinn';
const sizes = (opt('n') ?? '256,4096').split(',').map(Number);
const S = Number(opt('steps') ?? 200), rounds = Number(opt('rounds') ?? 5);
const torch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore', env: TORCH_ENV }).status === 0;
if (!torch) console.log('bench/train-step: PyTorch skipped (no python3 with torch; Debian: apt-get install python3-torch)');

const r = random(7);
const gaussian = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

interface Case {
  div: string; results: string;
  /** An initial weight of param `name` with fan-in `fanIn`. */
  draw: (name: string, fanIn: number, fanOut: number) => number;
  /** The batch's points. */
  points: (n: number) => number[][];
  /** The loss at the current weights and its gradient (k.vjp). */
  lossAndGrad: (k: Kernel, flat: Float64Array, n: number) => Promise<{ loss: number; grad: Record<string, ArrayLike<number>> }>;
}

const CASES: Record<string, Case> = {
  pinn: {
    div: 'examples/pinn-poisson/poisson.div', results: 'bench/results/pinn.json',
    draw: (name, fanIn) => (name.startsWith('b') ? 0.1 * gaussian() : gaussian() / Math.sqrt(fanIn)),
    points: (n) => Array.from({ length: n }, () => [r(), r()]),
    lossAndGrad: async (k, flat, n) => {
      const rhs = (x: number, y: number) => -2 * Math.PI ** 2 * Math.sin(Math.PI * x) * Math.sin(Math.PI * y);
      const { divergence: lap } = await k.evaluate(flat);
      const res = Float64Array.from(lap, (l, i) => l - rhs(flat[2 * i]!, flat[2 * i + 1]!));
      const { params: grad } = await k.vjp(flat, { divergence: res.map((x) => (2 * x) / n) });
      return { loss: res.reduce((a, x) => a + x * x, 0) / n, grad };
    },
  },
  score: {
    div: 'examples/score-matching/score.div', results: 'bench/results/score-step.json',
    draw: (name, fanIn, fanOut) => (name.startsWith('b') ? 0.1 * gaussian() : gaussian() * Math.sqrt(2 / (fanIn + fanOut))),
    points: (n) => Array.from({ length: n }, () => {
      const a = (2 * Math.PI * Math.floor(8 * r())) / 8;
      return [2 * Math.cos(a) + 0.3 * gaussian(), 2 * Math.sin(a) + 0.3 * gaussian()];
    }),
    lossAndGrad: async (k, flat, n) => {
      const { values: s, divergence } = await k.evaluate(flat);
      let loss = 0;
      for (let i = 0; i < n; i++) loss += (s[2 * i]! ** 2 + s[2 * i + 1]! ** 2) / 2 + divergence[i]!;
      const { params: grad } = await k.vjp(flat, { values: s.map((v) => v / n), divergence: 1 / n });
      return { loss: loss / n, grad };
    },
  },
};
const c = CASES[which];
if (!c) throw new Error(`bench/train-step: no case '${which}' (${Object.keys(CASES).join(', ')})`);

const out = compile(readFileSync(join(ROOT, c.div), 'utf8'), { vjp: true });
const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
// the weights as nested arrays in their shapes (for PyTorch) and flat (for divc)
const init: Record<string, number | number[] | number[][]> = {};
for (const p of k.params) {
  const draw = () => c.draw(p.name, p.shape.length === 2 ? p.shape[1]! : p.shape[0] ?? 1, p.shape[0] ?? 1);
  init[p.name] = p.shape.length === 0 ? draw() : p.shape.length === 1 ? Array.from({ length: p.shape[0]! }, draw) : Array.from({ length: p.shape[0]! }, () => Array.from({ length: p.shape[1]! }, draw));
}
const flatOf = (v: number | number[] | number[][]) => Float64Array.from([v].flat(2) as number[]);

const rows = [];
const dir = mkdtempSync(join(tmpdir(), 'divc-train-step-'));
try {
  for (const n of sizes) {
    const points = c.points(n);
    const flat = Float64Array.from(points.flat());
    // one divc training step from weights `theta` with Adam state at step t; returns the loss
    const theta = Object.fromEntries(Object.entries(init).map(([name, v]) => [name, flatOf(v)]));
    const state = Object.fromEntries(Object.entries(theta).map(([name, v]) => [name, { m: new Float64Array(v.length), v: new Float64Array(v.length) }]));
    let t = 0;
    const step = async () => {
      k.setParams(theta);
      const { loss, grad } = await c.lossAndGrad(k, flat, n);
      t++;
      for (const [name, w] of Object.entries(theta)) {
        const g = grad[name]!, s = state[name]!;
        for (let j = 0; j < w.length; j++) {
          s.m[j] = 0.9 * s.m[j]! + 0.1 * g[j]!;
          s.v[j] = 0.999 * s.v[j]! + 0.001 * g[j]! * g[j]!;
          w[j] = w[j]! - (1e-3 * (s.m[j]! / (1 - 0.9 ** t))) / (Math.sqrt(s.v[j]! / (1 - 0.999 ** t)) + 1e-8);
        }
      }
      return loss;
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
        const o = JSON.parse(execFileSync(PYTHON, [join(ROOT, 'bench/torch_train_step.py'), '--case', which, '--params', paramsFile, '--points', pointsFile, '--steps', String(S), '--rounds', '1'], { env: TORCH_ENV, encoding: 'utf8' }).trim().split('\n').pop()!);
        for (const [m, sec] of Object.entries(o.seconds as Record<string, number>)) torchBest[m] = Math.min(torchBest[m] ?? Infinity, sec);
        torchLoss0 = o.loss0;
        version = o.torch;
      }
    }
    for (const [m, l] of Object.entries(torchLoss0)) {
      if (Math.abs(l - loss0) > 1e-9 * Math.max(1, Math.abs(loss0))) throw new Error(`bench/train-step: PyTorch's first loss by ${m} is ${l}, divc's ${loss0}: not the same computation`);
    }
    const torchFastest = Math.min(...Object.values(torchBest));
    const row = {
      n, steps: S, rounds, loss0,
      divcSecondsPerStep: best,
      ...(torch ? { torch: version, torchSecondsPerStep: torchBest, speedup: torchFastest / best } : {}),
    };
    rows.push(row);
    console.log(`${which}, n = ${n}: divc ${(best * 1e3).toFixed(3)} ms a step${torch ? `, PyTorch ${Object.entries(torchBest).map(([m, s]) => `${m} ${(s * 1e3).toFixed(3)} ms`).join(', ')}: ${(torchFastest / best).toFixed(2)}x` : ''}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  k.dispose();
}
const file = opt('out') ?? join(ROOT, c.results);
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, case: which, note: 'one thread, f64; best of rounds; PyTorch in the same run, alternated', rows }, null, 1)}\n`);
console.log(`wrote ${file}`);

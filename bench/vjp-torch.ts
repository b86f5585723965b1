// k.vjp against PyTorch (issue 23, "against PyTorch"): the gradient with respect to every weight of
// sum_i <cv_i, f(x_i)> + cd_i div f(x_i) (+ cu_i U(x_i)) on the networks, f64, one thread, divc's
// loop kernel against PyTorch's d backward passes with create_graph and torch.func's
// vmap(jacrev) (bench/torch_vjp.py) at batch sizes 256 to 4,096, OpenBLAS unpinned
// (bench/torch-env.ts). Rounds alternate the two; each contender's best is kept. The gradients
// are checked to agree (each param's sum and sum of squares, 1e-8) before any time is kept.
// The goal: divc's speed-up >= min(20, d / 3).
// `npx tsx bench/vjp-torch.ts [--n=4096] [--rounds=3] [--fields=a,b] [--out=FILE]` writes bench/results/vjp-torch.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
import { ROOT, random, reference, source } from '../test/support/helpers.js';
import { PYTHON, TORCH_ENV } from './torch-env.js';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const N = Number(opt('n') ?? 4096), rounds = Number(opt('rounds') ?? 3);
const FIELDS = (opt('fields') ?? 'mlp,mlp_potential,mlp2,score_net,diffusion_score,score-matching').split(',');
if (spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore', env: TORCH_ENV }).status !== 0) {
  console.log('bench/vjp-torch: needs python3 with torch (Debian: apt-get install python3-torch)');
  process.exit(0);
}

const r = random(23);
const gaussian = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const dir = mkdtempSync(join(tmpdir(), 'divc-vjp-torch-'));
const rows = [];
try {
  for (const name of FIELDS) {
    const example = name === 'score-matching';
    const src = example ? readFileSync(join(ROOT, 'examples/score-matching/score.div'), 'utf8') : source(name);
    const out = compile(src, { vjp: true });
    const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    // the reference's params (the example: Glorot-scaled draws), nested in their shapes for PyTorch
    const params: Record<string, unknown> = example
      ? Object.fromEntries(k.params.map((p) => {
        const draw = () => gaussian() * (p.shape.length === 2 ? Math.sqrt(2 / (p.shape[0]! + p.shape[1]!)) : 0.1);
        return [p.name, p.shape.length === 2 ? Array.from({ length: p.shape[0]! }, () => Array.from({ length: p.shape[1]! }, draw)) : Array.from({ length: p.shape[0] ?? 1 }, draw)];
      }))
      : (reference(name).params as Record<string, unknown>);
    k.setParams(params as never);
    const d = k.dim, potential = k.kind === 'potential';
    const points = Array.from({ length: N }, () => Array.from({ length: d }, () => gaussian()));
    const cv = Array.from({ length: N }, () => Array.from({ length: d }, () => gaussian()));
    const cd = Array.from({ length: N }, () => gaussian());
    const cu = potential ? Array.from({ length: N }, () => gaussian()) : undefined;
    const t = k.conditions.length ? Array.from({ length: N }, () => r()) : undefined;
    const flat = Float64Array.from(points.flat()), cvFlat = Float64Array.from(cv.flat()), cdFlat = Float64Array.from(cd);
    const call = () => k.vjp(flat, { values: cvFlat, divergence: cdFlat, ...(cu ? { potential: Float64Array.from(cu) } : {}) }, t ? { conditions: { t: Float64Array.from(t) } } : {});
    const first = await call();
    const dataFile = join(dir, `${name}.json`);
    // PyTorch's params: the example's scalars as 0-d (none here); the mlp2's t a scalar
    writeFileSync(dataFile, JSON.stringify({ params, points, cv, cd, ...(cu ? { cu } : {}), ...(t ? { t } : {}) }));
    let divc = Infinity;
    const torchBest: Record<string, number> = {};
    let version = '';
    for (let round = 0; round < rounds; round++) {
      for (let rep = 0; rep < 3; rep++) {
        const start = performance.now();
        await call();
        divc = Math.min(divc, (performance.now() - start) / 1000);
      }
      const o = JSON.parse(execFileSync(PYTHON, [join(ROOT, 'bench/torch_vjp.py'), '--field', name, '--data', dataFile, '--rounds', '1'], { env: TORCH_ENV, encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop()!);
      version = o.torch;
      for (const [method, check] of Object.entries(o.check as Record<string, Record<string, [number, number]> & { error?: string }>)) {
        if (check.error) continue;
        for (const [param, [sum, squares]] of Object.entries(check)) {
          const g = first.params[param]!;
          const [s, q] = [g.reduce((a, v) => a + v, 0), g.reduce((a, v) => a + v * v, 0)];
          if (Math.abs(s - sum) > 1e-8 * Math.max(1, Math.sqrt(q) * Math.sqrt(g.length)) || Math.abs(q - squares) > 1e-8 * Math.max(1, q)) {
            throw new Error(`bench/vjp-torch: ${name}, PyTorch ${method}'s gradient of ${param} (sum ${sum}, squares ${squares}) is not divc's (${s}, ${q})`);
          }
        }
      }
      for (const [m, sec] of Object.entries(o.seconds as Record<string, number | null>)) if (sec !== null) torchBest[m] = Math.min(torchBest[m] ?? Infinity, sec);
    }
    k.dispose();
    const [bestMethod, bestTorch] = Object.entries(torchBest).sort((a, b) => a[1] - b[1])[0]!;
    const row = {
      field: name, d, n: N, paramSlots: k.params.reduce((a, p) => a + p.shape.reduce((x, y) => x * y, 1), 0), torch: version,
      divcSeconds: divc, torchSeconds: torchBest, torchBest: bestMethod, speedup: bestTorch / divc, goal: Math.min(20, d / 3),
    };
    rows.push(row);
    console.log(`${name.padEnd(16)} d = ${String(d).padStart(2)}: divc ${(divc * 1e3).toFixed(1)} ms, PyTorch's best ${bestMethod} ${(bestTorch * 1e3).toFixed(1)} ms: ${row.speedup.toFixed(1)}x (goal ${row.goal.toFixed(1)}x)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const file = opt('out') ?? join(ROOT, 'bench/results/vjp-torch.json');
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, note: `one thread, f64, ${N} points; best of ${rounds} alternated rounds (divc best of 3 calls a round); PyTorch at each batch size`, rows }, null, 1)}\n`);
console.log(`wrote ${file}`);

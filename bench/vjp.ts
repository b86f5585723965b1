// k.vjp against divc's own forward (issue 23's first goal: a vjp with values and divergence
// cotangents costs <= 4x the time of evaluate, f + div f): both on the same kernel and points,
// one thread, f64, alternated in rounds, each one's best kept; the operation counts beside them.
// Fields lowered to straight-line code, networks lowered to loops (their default), and two of
// them compiled with --lowering scalar too.
// `npx tsx bench/vjp.ts [--n=20000] [--rounds=7] [--out=FILE]` writes bench/results/vjp.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
import { ROOT, reference, source } from '../test/support/helpers.js';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const n = Number(opt('n') ?? 20000), rounds = Number(opt('rounds') ?? 7);

const CASES: { name: string; src: string; lowering: 'auto' | 'scalar'; params?: Record<string, unknown>; points?: number[][] }[] = [
  ...['lorenz', 'gmm_score', 'charges_potential', 'coulomb', 'taylor_green'].map((name) => ({ name, src: source(name), lowering: 'auto' as const })),
  ...['mlp', 'mlp_potential'].map((name) => ({ name: `${name} (--lowering scalar)`, src: source(name), lowering: 'scalar' as const, params: reference(name).params, points: reference(name).points })),
  { name: 'pinn-poisson', src: readFileSync(join(ROOT, 'examples/pinn-poisson/poisson.div'), 'utf8'), lowering: 'auto' },
  // networks lowered to loops over weights (tensor/vjp.ts)
  ...['mlp', 'mlp_potential', 'mlp2', 'score_net', 'diffusion_score', 'cnf_time'].map((name) => ({ name, src: source(name), lowering: 'auto' as const })),
  { name: 'score-matching', src: readFileSync(join(ROOT, 'examples/score-matching/score.div'), 'utf8'), lowering: 'auto' },
];

const rows = [];
for (const c of CASES) {
  const base = c.name.split(' ')[0]!;
  const ref: { params: unknown; points: number[][]; conditions?: Record<string, number[]> } | undefined = c.params ? { params: c.params, points: c.points! } : base.includes('-') ? undefined : reference(base);
  const out = compile(c.src, { lowering: c.lowering, vjp: true });
  const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
  if (ref) k.setParams(ref.params as never);
  else k.setParams(Object.fromEntries(k.params.map((p) => [p.name, Float64Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, (_, i) => 0.3 * Math.sin(i + 1))])));
  const d = k.dim;
  const pts = Float64Array.from({ length: n * d }, (_, i) => (ref ? ref.points[Math.floor(i / d) % ref.points.length]![i % d]! : Math.abs(Math.sin(i))) * (1 + 1e-3 * (i % 5)));
  const cv = Float64Array.from({ length: n * d }, (_, i) => Math.cos(i));
  const cd = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
  // conditions (a time): the reference's, repeated
  const conditions = ref?.conditions ? Object.fromEntries(Object.entries(ref.conditions).map(([name, v]) => [name, Float64Array.from({ length: n }, (_, i) => v[i % v.length]!)])) : undefined;
  const options = conditions ? { conditions } : {};
  const contenders: Record<string, () => Promise<unknown>> = {
    evaluate: () => k.evaluate(pts, options),
    vjp: () => k.vjp(pts, { values: cv, divergence: cd }, options),
  };
  const best: Record<string, number> = {};
  for (const fn of Object.values(contenders)) await fn(); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [what, fn] of Object.entries(contenders)) {
      const t = performance.now();
      await fn();
      best[what] = Math.min(best[what] ?? Infinity, (performance.now() - t) / 1000);
    }
  }
  k.dispose();
  const row = {
    field: c.name, n, lowering: out.schedule!.lowering,
    evaluateSeconds: best.evaluate!, vjpSeconds: best.vjp!, ratio: best.vjp! / best.evaluate!,
    opsPerPoint: { evaluate: out.stats!.evaluate?.perPoint ?? out.stats!.divergence.perPoint, vjp: out.stats!.vjp!.perPoint },
  };
  rows.push(row);
  console.log(`${c.name.padEnd(28)} evaluate ${(row.evaluateSeconds * 1e3).toFixed(2)} ms, vjp ${(row.vjpSeconds * 1e3).toFixed(2)} ms: ${row.ratio.toFixed(2)}x (operations ${row.opsPerPoint.vjp} / ${row.opsPerPoint.evaluate} = ${(row.opsPerPoint.vjp / row.opsPerPoint.evaluate).toFixed(2)}x)`);
}
const file = opt('out') ?? join(ROOT, 'bench/results/vjp.json');
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, note: 'one thread, f64, best of rounds, alternated', rows }, null, 1)}\n`);
console.log(`wrote ${file}`);

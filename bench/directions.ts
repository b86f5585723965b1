// `npm run bench:directions`: is the divergence entry at least as fast as every other exact
// kernel divc emits for the same field (issue 24, "directions chosen by cost that is measured")?
// For each network: f + div f (evaluate), div f alone (divergence), and the Jacobian's diagonal
// with its sum (diagonal), f64, one thread, alternating rounds, best of each kept.
// Writes bench/results/directions.json.   Options: --smoke, --rounds=N
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, VERSION } from '../compiler/index.js';
import { load, type Kernel } from '../runtime/index.js';
import { FIELDS, ROOT, random, source } from '../test/support/helpers.js';
import { NETS, NERF, net } from './nets.js';

const smoke = process.argv.includes('--smoke');
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? (smoke ? 1 : 5));
const SECONDS = smoke ? 0.01 : 0.15;

export { NERF } from './nets.js';

export const nets: { name: string; src: string }[] = [
  ...NETS.map((s) => ({ name: s.name, src: net(s.kind, s.d, s.h) })),
  { name: 'tanh CNF 2; 64x3', src: net('cnf3', 2, 64) },
  { name: 'NeRF 3 -> 36; 128 ReLU', src: NERF },
  ...['mlp', 'mlp2', 'mlp_potential', 'score_net'].filter((f) => FIELDS.includes(f)).map((f) => ({ name: f, src: source(f) })),
];

interface Row { name: string; directions: string; lowering: string; n: number; kernels: Kernel[]; points: Float64Array; best: number[] }
const ENTRIES = ['evaluate', 'divergence', 'diagonal'] as const;

const rows: Row[] = [];
if (process.argv[1]?.endsWith("directions.ts")) await main();
async function main(): Promise<void> {
for (const { name, src } of nets) {
  const out = compile(src, { precision: 'f64' });
  if (!out.wasm) throw new Error(`${name}: ${JSON.stringify(out.diagnostics)}`);
  const r = random(5);
  const meta = out.metadata!;
  const params = Object.fromEntries(meta.params.map((p) => [p.name, Float64Array.from({ length: p.size }, () => (2 * r() - 1) / Math.sqrt(p.shape[1] ?? 16))]));
  const k = await load(out.wasm, { threads: 1, backend: 'wasm' });
  k.setParams(params);
  const ops = out.stats!.f.perPoint;
  const n = smoke ? 64 : Math.max(256, Math.min(8192, Math.round(4e7 / Math.max(1, ops))));
  const points = Float64Array.from({ length: n * meta.dim }, () => 2 * r() - 1);
  rows.push({ name, directions: out.stats!.lowering?.directions ?? '-', lowering: out.stats!.lowering?.kind ?? '-', n, kernels: [k], points, best: [0, 0, 0] });
}
for (let round = 0; round < ROUNDS; round++) {
  for (const row of rows) {
    const k = row.kernels[0]!;
    for (const [j, entry] of ENTRIES.entries()) {
      const call = () => (entry === 'evaluate' ? k.evaluate(row.points) : entry === 'divergence' ? k.divergence(row.points) : k.diagonal(row.points));
      await call();
      let runs = 0;
      const start = performance.now();
      do { await call(); runs++; } while (performance.now() - start < SECONDS * 1000);
      row.best[j] = Math.max(row.best[j]!, (row.n * runs) / ((performance.now() - start) / 1000));
    }
  }
  console.error(`directions: round ${round + 1} of ${ROUNDS}`);
}
const table = rows.map((r) => ({
  net: r.name, lowering: r.lowering, directions: r.directions, points: r.n,
  evaluate: r.best[0], divergence: r.best[1], diagonal: r.best[2],
  // > 1: the divergence entry is slower than the diagonal, which also yields div f
  diagonalOverDivergence: Math.round((r.best[2]! / r.best[1]!) * 100) / 100,
  evaluateOverDivergence: Math.round((r.best[0]! / r.best[1]!) * 100) / 100,
}));
for (const r of rows) r.kernels[0]!.dispose();
const fmt = (x: number) => x.toExponential(2);
console.log('| network | lowering | directions | f + div f pts/s | div f pts/s | diagonal pts/s | diagonal / div f |');
console.log('| --- | --- | --- | ---: | ---: | ---: | ---: |');
for (const t of table) console.log(`| ${t.net} | ${t.lowering} | ${t.directions} | ${fmt(t.evaluate!)} | ${fmt(t.divergence!)} | ${fmt(t.diagonal!)} | ${t.diagonalOverDivergence} |`);
if (!smoke) {
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/directions.json'), JSON.stringify({ version: VERSION, date: new Date().toISOString(), rounds: ROUNDS, rows: table }, null, 2) + '\n');
}
}

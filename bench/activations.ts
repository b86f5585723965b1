// `npm run bench:activations`: what a network's activation costs in f (issue 24, "f far from the
// peak at small widths"): the 16-64-64-16 score net of the sweep with softplus, tanh, sigmoid
// and relu, f alone, one thread, f64 and f32, best of alternating rounds. relu is the yardstick:
// the matrix products alone. Writes bench/results/activations.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, VERSION } from '../compiler/index.js';
import { load, type Kernel } from '../runtime/index.js';
import { ROOT, random } from '../test/support/helpers.js';
import { net } from './nets.js';

const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);
const base = net('score', 16, 64);
const MULTIPLY_ADDS = 16 * 64 + 64 * 64 + 64 * 16;
const rows: { activation: string; precision: 'f64' | 'f32'; k: Kernel; points: Float64Array | Float32Array; best: number }[] = [];
const n = 8192;
for (const precision of ['f64', 'f32'] as const) {
  const r = random(2);
  const points = (precision === 'f32' ? Float32Array : Float64Array).from({ length: n * 16 }, () => 2 * r() - 1);
  for (const activation of ['softplus', 'tanh', 'sigmoid', 'relu']) {
    const out = compile(base.replaceAll('softplus', activation), { fOnly: true, precision });
    const k = await load(out.wasm!, { threads: 1, backend: 'wasm' });
    const q = random(1);
    k.setParams(Object.fromEntries(out.metadata!.params.map((p) => [p.name, Float64Array.from({ length: p.size }, () => (2 * q() - 1) / 8)])));
    rows.push({ activation, precision, k, points, best: Infinity });
  }
}
for (let round = 0; round < ROUNDS; round++) {
  for (const row of rows) {
    await row.k.evaluate(row.points);
    let runs = 0;
    const start = performance.now();
    do { await row.k.evaluate(row.points); runs++; } while (performance.now() - start < 200);
    row.best = Math.min(row.best, ((performance.now() - start) * 1e6) / (runs * n));
  }
}
const table = rows.map((r) => ({ activation: r.activation, precision: r.precision, nsPerPoint: Math.round(r.best), productGflops: Math.round((2 * MULTIPLY_ADDS / r.best) * 100) / 100 }));
console.log('| activation | precision | f, ns a point | its products, GFLOP/s |');
console.log('| --- | --- | ---: | ---: |');
for (const t of table) console.log(`| ${t.activation} | ${t.precision} | ${t.nsPerPoint} | ${t.productGflops} |`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/activations.json'), JSON.stringify({ version: VERSION, date: new Date().toISOString(), net: '16-64-64-16', rounds: ROUNDS, rows: table }, null, 2) + '\n');
for (const r of rows) r.k.dispose();

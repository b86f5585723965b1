// `npm run bench:calibrate`: the divergence pass's cost table (compiler/tensor/op-costs.ts),
// measured, not counted (issue 24). Each network of bench/directions.ts and each shared field the
// loop level takes is compiled at the tensor level in each of its directions; every entry's kernel
// (f alone, f + div f, div f, the diagonal) is timed on wasm, f64, one thread, alternating rounds,
// best kept. Each kernel's per-point nodes are counted by kind (tensor/cost.ts costFeatures) and
// the nanoseconds a unit of each kind costs are fitted, nonnegative, minimizing the squared
// relative error over all kernels. Writes compiler/tensor/op-costs.ts and bench/results/op-costs.json.
// Options: --rounds=N, --dry (print, write nothing)
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { analyze, compile, VERSION } from '../compiler/index.js';
import { COST_FEATURES, costFeatures, type CostFeature } from '../compiler/tensor/cost.js';
import { load, type Kernel } from '../runtime/index.js';
import { FIELDS, ROOT, random, source } from '../test/support/helpers.js';
import { nets } from './directions.js';

const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const dry = process.argv.includes('--dry');
const SECONDS = 0.1;
type Mode = 'input directions' | 'columns of the output matrix' | 'forward Laplacian' | undefined;

interface Sample { name: string; entry: string; features: Record<CostFeature, number>; kernel: Kernel; call: 'evaluate' | 'divergence' | 'diagonal'; points: Float64Array; n: number; best: number }
const samples: Sample[] = [];
/** Two-layer softplus potentials (bench/potentials.ts's): the forward Laplacian's kind of work. */
const potential = (d: number, h: number) => `param W1: [${h}, ${d}]\nparam b1: [${h}]\nparam W2: [${h}, ${h}]\nparam b2: [${h}]\nparam w: [${h}]\npotential u(x: [${d}]) = dot(w, softplus(W2 @ softplus(W1 @ x + b1) + b2)) + norm2(x) / 2\n`;
const sources = [
  ...nets,
  { name: 'potential 16; 64x2', src: potential(16, 64) },
  { name: 'potential 32; 128x2', src: potential(32, 128) },
  ...FIELDS.map((f) => ({ name: f, src: source(f) })).filter(({ src }) => !/field \w+\([^)]*;/.test(src)),
];
for (const { name, src } of sources) {
  const seen = new Set<string>();
  for (const directions of ['input directions', 'columns of the output matrix', 'forward Laplacian', undefined] as Mode[]) {
    const schedule = directions ? { directions } : {};
    const a = analyze(src, { lowering: 'tensor', schedule });
    const t = a.tensor;
    if (!t || seen.has(t.evaluate.directions ?? '')) continue;
    seen.add(t.evaluate.directions ?? '');
    const r = random(3);
    const full = compile(src, { lowering: 'tensor', schedule });
    const fOnly = compile(src, { lowering: 'tensor', schedule, fOnly: true });
    const meta = full.metadata!;
    const params = Object.fromEntries(meta.params.map((p) => [p.name, Float64Array.from({ length: p.size }, () => (2 * r() - 1) / Math.sqrt(p.shape[1] ?? 4))]));
    const [k, kf] = await Promise.all([load(full.wasm!, { threads: 1, backend: 'wasm' }), load(fOnly.wasm!, { threads: 1, backend: 'wasm' })]);
    k.setParams(params); kf.setParams(params);
    const n = Math.max(256, Math.min(16384, Math.round(2e7 / Math.max(1, full.stats!.divergence.perPoint))));
    const points = Float64Array.from({ length: n * meta.dim }, () => 2 * r() - 1);
    const label = `${name} (${t.evaluate.directions})`;
    samples.push({ name: label, entry: 'f', features: costFeatures(t.f), kernel: kf, call: 'evaluate', points, n, best: Infinity });
    samples.push({ name: label, entry: 'f + div f', features: costFeatures(t.evaluate), kernel: k, call: 'evaluate', points, n, best: Infinity });
    samples.push({ name: label, entry: 'div f', features: costFeatures(t.divergence), kernel: k, call: 'divergence', points, n, best: Infinity });
    samples.push({ name: label, entry: 'diagonal', features: costFeatures(t.diagonal), kernel: k, call: 'diagonal', points, n, best: Infinity });
  }
}
console.error(`calibrate: ${samples.length} kernels`);
for (let round = 0; round < ROUNDS; round++) {
  for (const s of samples) {
    const call = () => s.kernel[s.call](s.points);
    await call();
    let runs = 0;
    const start = performance.now();
    do { await call(); runs++; } while (performance.now() - start < SECONDS * 1000);
    s.best = Math.min(s.best, ((performance.now() - start) * 1e6) / (runs * s.n));
  }
  console.error(`calibrate: round ${round + 1} of ${ROUNDS}`);
}

/** Nonnegative least squares on relative errors, by projected coordinate descent (8 unknowns). */
function fit(rows: { x: number[]; y: number }[]): number[] {
  const m = COST_FEATURES.length;
  // rows scaled by 1 / y: each kernel's relative error weighs the same
  const A = rows.map((r) => r.x.map((v) => v / r.y));
  const AtA = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => A.reduce((s, a) => s + a[i]! * a[j]!, 0)));
  const Atb = Array.from({ length: m }, (_, i) => A.reduce((s, a) => s + a[i]!, 0));
  const w = new Array(m).fill(0);
  for (let sweep = 0; sweep < 20000; sweep++) {
    for (let i = 0; i < m; i++) {
      if (AtA[i]![i]! === 0) continue;
      let r = Atb[i]!;
      for (let j = 0; j < m; j++) if (j !== i) r -= AtA[i]![j]! * w[j]!;
      w[i] = Math.max(0, r / AtA[i]![i]!);
    }
  }
  return w;
}
const rows = samples.map((s) => ({ x: COST_FEATURES.map((k) => s.features[k]), y: s.best }));
const w = fit(rows);
const weights = Object.fromEntries(COST_FEATURES.map((k, i) => [k, Number(w[i]!.toPrecision(4))])) as Record<CostFeature, number>;
const errors = samples.map((s) => COST_FEATURES.reduce((t, k) => t + s.features[k] * weights[k], 0) / s.best - 1);
const sorted = errors.map(Math.abs).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!, worst = sorted.at(-1)!;
console.log('weights (ns a unit, a point):', weights);
console.log(`fit over ${samples.length} kernels: median |relative error| ${(median * 100).toFixed(1)}%, worst ${(worst * 100).toFixed(1)}%`);
for (const [i, s] of samples.entries()) console.log(`${s.name.padEnd(60)} ${s.entry.padEnd(10)} ${s.best.toFixed(1).padStart(9)} ns  predicted ${((errors[i]! + 1) * s.best).toFixed(1).padStart(9)}`);
if (!dry) {
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(join(ROOT, 'compiler/tensor/op-costs.ts'), `// The divergence pass's cost table: nanoseconds a point that one unit of each kind of per-point
// work costs in the loop kernels (tensor/cost.ts costFeatures), measured by bench/calibrate-costs.ts
// (\`npm run bench:calibrate\`, which rewrites this file) on ${cpus()[0]?.model ?? 'this machine'}, Node
// ${process.versions.node}, wasm f64, one thread, ${date}: ${samples.length} kernels (f, f + div f, div f and the diagonal of
// ${sources.length} fields in each of their directions), fitted nonnegative; median relative error
// ${(median * 100).toFixed(1)}%, worst ${(worst * 100).toFixed(1)}%. Only ratios matter to the choice: on another machine the
// kinds' relative costs are what carries over.
import type { CostFeature } from './cost.js';

export const OP_COSTS: Record<CostFeature, number> = ${JSON.stringify(weights, null, 2).replace(/"(\w+)":/g, '$1:')};
`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/op-costs.json'), JSON.stringify({ version: VERSION, date: new Date().toISOString(), cpu: cpus()[0]?.model, rounds: ROUNDS, weights, median, worst, kernels: samples.map((s, i) => ({ name: s.name, entry: s.entry, features: s.features, nsPerPoint: s.best, predicted: (errors[i]! + 1) * s.best })) }, null, 2) + '\n');
}
for (const s of new Set(samples.map((x) => x.kernel))) s.dispose();

// `npm run bench:trig`: issue 15's yardstick. The fluid fields made of sin and cos (taylor_green,
// double_gyre, cellular2d) and a held-out Kuramoto-like field (sums of sin of differences), with
// lorenz (arithmetic only) as the reference, in bytes/s against a wasm memory copy of the same
// machine: f64 and f32, 1e5 points, one thread, the divergence-only entry (points in, div f out)
// and f + div f (points in, f and div f out). Rounds alternate every kernel with the copy; each
// one's best is kept. Writes bench/results/trig.json and the section of docs/BENCHMARKS.md.
//   Options: --smoke, --rounds=N
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { compile, VERSION } from '../compiler/index.js';
import { load, type Kernel } from '../runtime/index.js';
import { ROOT, reference, source } from '../test/support/helpers.js';
import { measurePeaks } from './peak.js';
import { writeTrigSection } from './trig-report.js';

const smoke = process.argv.includes('--smoke');

/** The clock in MHz: Node's, or Linux's /proc/cpuinfo where Node reports 0 (some VMs); 0 if unknown. */
function clockMHz(): number {
  const speed = cpus()[0]?.speed ?? 0;
  if (speed > 0) return speed;
  try {
    return Number(/cpu MHz\s*:\s*([\d.]+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? (smoke ? 1 : 5));
const SECONDS = smoke ? 0.02 : 0.3;
const N = smoke ? 1000 : 100_000;

/** Held out of the shared fields: 8 phase oscillators, every pair coupled by sin(x_j - x_i). */
export const KURAMOTO = `param w: [8] = [0.9, 1.1, 1.0, 0.95, 1.05, 1.2, 0.8, 1.0]
param K = 1.5
field kuramoto(x: [8]) = [i in 8: w[i] + K / 8 * sum(j in 8: sin(x[j] - x[i]))]
`;

const FIELDS = [
  ...['lorenz', 'taylor_green', 'double_gyre', 'cellular2d'].map((name) => ({ name, source: source(name), params: reference(name).params, points: reference(name).points })),
  { name: 'kuramoto (8)', source: KURAMOTO, params: {}, points: [[0.1, 0.7, -0.4, 2.0, -1.3, 0.25, 1.1, -2.2]] },
];

interface Setup { name: string; precision: 'f64' | 'f32'; dim: number; ops: { f: number; div: number; divOnly: number }; k: Kernel; pts: Float64Array | Float32Array; div: number; evaluate: number }

async function best(fn: () => Promise<unknown>): Promise<number> {
  let runs = 0;
  const start = performance.now();
  do { await fn(); runs++; } while (performance.now() - start < SECONDS * 1000);
  return (N * runs) / ((performance.now() - start) / 1000);
}

const setups: Setup[] = [];
for (const f of FIELDS) {
  for (const precision of ['f64', 'f32'] as const) {
    const out = compile(f.source, { precision });
    if (!out.wasm) throw new Error(`${f.name}: ${out.diagnostics.map((d) => d.message).join('; ')}`);
    const k = await load(out.wasm, { backend: 'wasm', threads: 1 });
    k.setParams(f.params as never);
    const dim = k.dim;
    // the reference points, each scaled a little differently: every point is another point
    const pts = (precision === 'f64' ? Float64Array : Float32Array).from({ length: N * dim }, (_, i) => f.points[Math.floor(i / dim) % f.points.length]![i % dim]! * (1 + 1e-3 * (Math.floor(i / dim) % 13)));
    const s = out.stats!;
    setups.push({ name: f.name, precision, dim, ops: { f: s.f.perPoint, div: s.divergence.perPoint, divOnly: s.divergenceOnly?.perPoint ?? NaN }, k, pts, div: 0, evaluate: 0 });
  }
}
let copy = 0;
for (let round = 0; round < ROUNDS; round++) {
  copy = Math.max(copy, measurePeaks().copyBytesPerSecond);
  for (const s of setups) {
    s.div = Math.max(s.div, await best(() => s.k.divergence(s.pts)));
    s.evaluate = Math.max(s.evaluate, await best(() => s.k.evaluate(s.pts)));
  }
  console.log(`bench:trig round ${round + 1}/${ROUNDS}`);
}
const rows = setups.map((s) => {
  const bytes = s.precision === 'f64' ? 8 : 4;
  const row = {
    field: s.name, precision: s.precision, dim: s.dim, ops: s.ops, divergencePointsPerSecond: s.div, evaluatePointsPerSecond: s.evaluate,
    divergenceCopyFraction: (s.div * (s.dim + 1) * bytes) / copy,
    evaluateCopyFraction: (s.evaluate * (2 * s.dim + 1) * bytes) / copy,
  };
  console.log(`${s.name.padEnd(14)} ${s.precision}  div f ${s.div.toExponential(3)} pts/s (${(100 * row.divergenceCopyFraction).toFixed(1)}% of copy)  f + div f ${s.evaluate.toExponential(3)} (${(100 * row.evaluateCopyFraction).toFixed(1)}%)`);
  s.k.dispose();
  return row;
});
const result = { date: new Date().toISOString(), cpu: cpus()[0]?.model ?? 'unknown', mhz: clockMHz(), version: VERSION, rounds: ROUNDS, n: N, copyBytesPerSecond: copy, rows };
if (smoke) console.log('bench:trig: smoke run, nothing written');
else {
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/trig.json'), JSON.stringify(result, null, 2) + '\n');
  writeTrigSection();
  console.log('bench:trig: wrote bench/results/trig.json and docs/BENCHMARKS.md');
}

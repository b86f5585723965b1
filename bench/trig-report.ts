// Markdown for the trigonometric fields' benchmark (bench/trig.ts, bench/results/trig.json): the
// section of docs/BENCHMARKS.md between its markers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BEGIN = '<!-- trig: bench/trig-report.ts -->', END = '<!-- /trig -->';

interface Row { field: string; precision: string; dim: number; ops: { f: number; div: number; divOnly: number }; divergencePointsPerSecond: number; evaluatePointsPerSecond: number; divergenceCopyFraction: number; evaluateCopyFraction: number }

export function trigReport(): string {
  const file = join(HERE, 'results/trig.json');
  if (!existsSync(file)) return '';
  const r = JSON.parse(readFileSync(file, 'utf8')) as { date: string; cpu: string; mhz?: number; version: string; rounds: number; n: number; copyBytesPerSecond: number; rows: Row[] };
  const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
  const lines = [BEGIN, '## Fields made of sin and cos (every builtin in the kernel)', ''];
  lines.push(`Measured by \`npm run bench:trig\` (bench/trig.ts) on ${r.date.slice(0, 10)}, ${r.cpu}, divc ${r.version}: one thread, ${r.n.toExponential(0)} points, ${r.rounds} rounds alternating every kernel with a wasm memory copy (best ${(r.copyBytesPerSecond / 1e9).toFixed(1)} GB/s), each one's best kept. Bytes: points in and div f out for the divergence entry; points in, f and div f out for f + div f. kuramoto is held out of the shared fields: f_i = w_i + K/8 sum_j sin(x_j - x_i).`, '');
  lines.push('| field | precision | ops/point: f, f + div f, div f | div f (points/s) | bytes/s vs copy | f + div f (points/s) | bytes/s vs copy |', '| --- | --- | --- | ---: | ---: | ---: | ---: |');
  for (const row of r.rows) {
    lines.push(`| ${row.field} | ${row.precision} | ${row.ops.f}, ${row.ops.div}, ${row.ops.divOnly} | ${row.divergencePointsPerSecond.toExponential(2)} | ${pct(row.divergenceCopyFraction)} | ${row.evaluatePointsPerSecond.toExponential(2)} | ${pct(row.evaluateCopyFraction)} |`);
  }
  const half64 = 0.5 * r.copyBytesPerSecond / (7 * 8); // taylor_green f + div f: 3 coordinates in, 3 values and div f out
  const clock = (r.mhz ?? 0) * 1e6;
  const tg = r.rows.find((row) => row.field === 'taylor_green' && row.precision === 'f64');
  lines.push('', `The divergence entries of lorenz (a per-batch constant), taylor_green (0 operations a point: its derivative terms cancel, passes/cancel-terms.ts) and double_gyre (3: its gyre is divergence-free, the compressible part c (x y, y^2) remains) hardly compute, so they run near the copy's speed; cellular2d and kuramoto keep cosines in div f. f + div f computes every sin and cos: one native_sincos call for the two of one argument (one range reduction, each kernel polynomial once), 93 f64x2 instructions for two points, so a few of them a point cannot move bytes at a copy's rate. f32 kernels compute sin and cos in f32 code of their own (compiler/math/trig32.ts: the reduction in f64, the polynomials in f32), 107 instructions for four points: about half an f64 point's work, for half its bytes. Why half a copy's rate is out of reach for f + div f at these accuracies (1 f64 ulp, 0.8 f32 ulp): taylor_green takes 3 sin-cos pairs a point, about 140 f64 or 80 f32 SIMD instructions; half a copy's rate leaves ${(half64 / 1e6).toFixed(0)}M f64 points/s (56 bytes each) or ${(2 * half64 / 1e6).toFixed(0)}M f32 points/s, ${clock ? `${(clock / half64).toFixed(1)} and ${(clock / half64 / 2).toFixed(1)} cycles a point at ${(clock / 1e9).toFixed(1)} GHz: ${(140 * half64 / clock).toFixed(0)} or more SIMD instructions a cycle, where taylor_green's f64 kernel runs ${tg ? (140 * tg.evaluatePointsPerSecond / clock).toFixed(1) : '?'}` : 'a few cycles a point'}.`, END);
  return lines.join('\n');
}

export function writeTrigSection(): void {
  const file = join(HERE, '../docs/BENCHMARKS.md');
  const doc = readFileSync(file, 'utf8');
  const at = doc.indexOf(BEGIN), end = doc.indexOf(END);
  const next = at >= 0 && end > at ? doc.slice(0, at) + trigReport() + doc.slice(end + END.length) : doc.trimEnd() + '\n\n' + trigReport() + '\n';
  writeFileSync(file, next);
}

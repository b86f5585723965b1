// Markdown for the potentials benchmark (bench/potentials.ts, bench/results/potentials.json):
// the Potentials section of docs/BENCHMARKS.md, between its markers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BEGIN = '<!-- potentials: bench/potentials-report.ts -->', END = '<!-- /potentials -->';
const e = (v: unknown) => (typeof v === 'number' ? (v >= 1e4 ? v.toExponential(2) : v.toPrecision(3)) : '-');

export function potentialsReport(): string {
  const file = join(HERE, 'results/potentials.json');
  if (!existsSync(file)) return '';
  const r = JSON.parse(readFileSync(file, 'utf8')) as { date: string; cpu: string; version: string; rounds: number; torchNote?: string; rows: Record<string, unknown>[] };
  const lines = [BEGIN, '## Potentials: the Laplacian and the Hessian diagonal', ''];
  lines.push(`Measured by \`npm run bench:potentials\` (bench/potentials.ts) on ${r.date.slice(0, 10)}, ${r.cpu}, divc ${r.version}: one thread, f64, ${r.rounds} rounds alternating divc and PyTorch (bench/torch_potentials.py, on OpenBLAS), each one's best kept, PyTorch's at the best of the batch sizes listed (the batch in parentheses); the same params and points; "agree": PyTorch's Laplacian against divc's at 8 points.${r.torchNote ? ` PyTorch: ${r.torchNote}.` : ''}`, '');
  lines.push('| potential | lowering, directions | ops/point: U, grad U, Laplacian, diagonal | divc grad U (points/s) | divc Laplacian | divc forward-over-reverse (ops/point) | divc diagonal | PyTorch grad U | PyTorch best exact Laplacian (method, batch) | speed-up Laplacian | bound | of the bound | speed-up diagonal | agree |');
  lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of r.rows) {
    const of = typeof row.speedupLaplacian === 'number' && typeof row.boundLaplacian === 'number' ? (row.speedupLaplacian / row.boundLaplacian).toFixed(2) : '-';
    const overReverse = row.divcOverReverse === undefined ? '-' : `${e(row.divcOverReverse)} (${row.opsOverReverse})`;
    lines.push(`| ${row.name} | ${row.lowering}, ${row.directions ?? '-'} | ${row.opsU}, ${row.opsGrad}, ${row.opsLaplacian}, ${row.opsDiagonal} | ${e(row.divcGrad)} | ${e(row.divcLaplacian)} | ${overReverse} | ${e(row.divcDiagonal)} | ${e(row.torchGrad)} | ${row.torchBest === undefined ? '-' : `${e(row.torchBest)} (${row.torchMethod}, ${row.torchBatch ?? '-'})`} | ${row.speedupLaplacian === undefined ? '-' : `${row.speedupLaplacian}x`} | ${row.boundLaplacian === undefined ? '-' : `${row.boundLaplacian}x`} | ${of} | ${row.speedupDiagonal === undefined ? '-' : `${row.speedupDiagonal}x`} | ${row.agree === undefined ? '-' : (row.agree as number).toExponential(0)} |`);
  }
  lines.push('', `"forward-over-reverse": divc's own kernel with the input's directions forced (the divergence pass on grad U's reverse expansion), where the cost model chose the forward Laplacian. "bound": PyTorch's best time a point over the time divc's Laplacian operations would take at the measured wasm SIMD multiply-add peak (${e((r as { simdMaddFlopsPerSecond?: number }).simdMaddFlopsPerSecond)} flop/s, bench/peak.ts); "of the bound": the speed-up's share of it.`);
  lines.push('', 'PyTorch\'s diagonal comes from the same Hessians as its Laplacian (no cheaper exact method), so the diagonal speed-up is against its best Laplacian method.', END);
  return lines.join('\n');
}

export function writePotentialsSection(): void {
  const file = join(HERE, '../docs/BENCHMARKS.md');
  const doc = readFileSync(file, 'utf8');
  const at = doc.indexOf(BEGIN), end = doc.indexOf(END);
  const next = at >= 0 && end > at ? doc.slice(0, at) + potentialsReport() + doc.slice(end + END.length) : doc.trimEnd() + '\n\n' + potentialsReport() + '\n';
  writeFileSync(file, next);
}

// Markdown for the thread speed-ups (bench/threads.ts: Node worker_threads; bench/
// threads-browser.ts: Web Workers in Chromium). docs/BENCHMARKS.md includes it (bench/run.ts);
// `npx tsx bench/threads-report.ts` rewrites just that section of docs/BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = join(HERE, 'results');
const BEGIN = '<!-- threads: bench/threads-report.ts -->', END = '<!-- /threads -->';
const e = (v: number) => v.toExponential(2);

interface Row { field: string; n: number; threads: number; oneThreadPointsPerSecond: number; threadsPointsPerSecond: number; speedup: number; oneThreadBytesPerSecond?: number; page?: string }

export function threadsReport(): string {
  const lines = [BEGIN, '## Threads', ''];
  const nodeFile = join(RESULTS, 'threads-node.json');
  if (existsSync(nodeFile)) {
    const r = JSON.parse(readFileSync(nodeFile, 'utf8')) as { cpu: string; cores: number; node: string; threads: number; rows: Row[] };
    lines.push(`Node ${r.node} worker_threads, ${r.cpu}, ${r.cores} cores; f64 divergence entry, best of 3 to 5 runs (bench/threads.ts). "GB/s" is what one thread moves (points in, div f out): the 'auto' rule splits a batch only below THREAD_BYTES_PER_SECOND = 3 GB/s (1.2 GB/s where workers get copies: THREAD_TRANSFER_BYTES_PER_SECOND).`, '');
    lines.push(`| field | n | 1 thread (points/s) | ${r.threads} threads | speed-up | 1 thread GB/s |`, '|---|---:|---:|---:|---:|---:|');
    for (const row of r.rows) lines.push(`| ${row.field} | ${row.n.toExponential(1)} | ${e(row.oneThreadPointsPerSecond)} | ${e(row.threadsPointsPerSecond)} | ${row.speedup.toFixed(2)}x | ${(row.oneThreadBytesPerSecond! / 1e9).toFixed(2)} |`);
    lines.push('');
  }
  const browserFile = join(RESULTS, 'threads-browser.json');
  if (existsSync(browserFile)) {
    const r = JSON.parse(readFileSync(browserFile, 'utf8')) as { browser: string; n: number; rows: Row[] };
    lines.push(`Web Workers in headless ${r.browser}, same machine, n = ${r.n.toExponential(0)}, f64 divergence, threads forced (bench/threads-browser.ts): an ordinary page transfers each worker a copy of its slice; a cross-origin isolated page shares the points and results through SharedArrayBuffers.`, '');
    lines.push('| field | page | 1 thread (points/s) | all cores | threads | speed-up |', '|---|---|---:|---:|---:|---:|');
    for (const row of r.rows) lines.push(`| ${row.field} | ${row.page} | ${e(row.oneThreadPointsPerSecond)} | ${e(row.threadsPointsPerSecond)} | ${row.threads} | ${row.speedup.toFixed(2)}x |`);
    lines.push('');
  }
  lines.push(END);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = join(HERE, '../docs/BENCHMARKS.md');
  const doc = readFileSync(file, 'utf8');
  const at = doc.indexOf(BEGIN), end = doc.indexOf(END);
  const next = at >= 0 && end > at ? doc.slice(0, at) + threadsReport() + doc.slice(end + END.length) : doc.trimEnd() + '\n\n' + threadsReport() + '\n';
  writeFileSync(file, next);
  console.log('threads-report: docs/BENCHMARKS.md updated');
}

// divc bench's multi-thread row says how many threads ran (issue 25): the runtime keeps batches
// under THREAD_MIN_POINTS (32,768) points on the calling thread whatever `threads` asks, so with a
// smaller --n the "N threads" row measured one thread and said N.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIVC, REFERENCE_DIR } from '../support/helpers.js';
import { formatBench } from '../../compiler/cli/bench.js';
import { THREAD_MIN_POINTS } from '../../runtime/index.js';

const lorenz = join(REFERENCE_DIR, 'lorenz.div');
const cores = availableParallelism();

function bench(n: number) {
  const r = spawnSync(process.execPath, [DIVC, 'bench', lorenz, '--n', String(n), '--json'], { encoding: 'utf8', cwd: tmpdir() });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { rows: { backend: string; threads?: number; pointsPerSecond: number | null }[] };
}

describe('divc bench: the threads each row ran on', () => {
  it.skipIf(cores < 2)(`below ${THREAD_MIN_POINTS} points the ${cores}-thread row says it ran on 1`, () => {
    expect(THREAD_MIN_POINTS).toBe(32_768);
    const rows = bench(1000).rows;
    const multi = rows.find((row) => row.backend.startsWith(`wasm f64, ${cores} threads`))!;
    expect(multi.threads).toBe(1);
    expect(multi.backend).toBe(`wasm f64, ${cores} threads: ran on 1 (n < 32,768)`);
    for (const row of rows.filter((r) => r.backend.startsWith('wasm'))) expect(row.threads).toBe(1);
  }, 60_000);

  it.skipIf(cores < 2)(`from ${THREAD_MIN_POINTS} points the row runs on ${cores} threads and says so plainly`, () => {
    const rows = bench(THREAD_MIN_POINTS).rows;
    const multi = rows.find((row) => row.backend.startsWith(`wasm f64, ${cores} threads`))!;
    expect(multi.backend).toBe(`wasm f64, ${cores} threads`);
    expect(multi.threads).toBe(cores);
  }, 60_000);

  it('the table keeps its columns aligned with the longer label', () => {
    const rows = [
      { backend: 'wasm f64, 1 thread', threads: 1, pointsPerSecond: 1.5e7, fAlonePointsPerSecond: 3e7 },
      { backend: 'wasm f64, 2 threads: ran on 1 (n < 32,768)', threads: 1, pointsPerSecond: 1.5e7, fAlonePointsPerSecond: 3e7 },
    ];
    const lines = formatBench({ rows, field: 'f', dim: 3, kind: 'field' }, 500).trim().split('\n').slice(2);
    const ends = lines.map((l) => l.indexOf('(points/s)') >= 0 ? l.indexOf('(points/s)') + '(points/s)'.length : l.indexOf('e+7') + 3);
    expect(new Set(ends).size).toBe(1);
    expect(lines[2]).toMatch(/^wasm f64, 2 threads: ran on 1 \(n < 32,768\) +1\.50e\+7 +3\.00e\+7 +2\.00x$/);
  });
});

// Worker-thread speed-up in Node: every field, one thread against `threads` threads (default all
// cores), f64 divergence entry, best of a few runs.  `npx tsx bench/threads.ts [--sizes=..]
// [--threads=N] [--fields=a,b] [--out=FILE]` writes bench/results/threads-node.json.
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
import { FIELDS, ROOT, reference, source } from '../test/support/helpers.js';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (opt('sizes') ?? '32768,1e5,1e6').split(',').map(Number);
const threads = Number(opt('threads') ?? availableParallelism());
const fields = opt('fields')?.split(',') ?? FIELDS;
const out = opt('out') ?? join(ROOT, 'bench/results/threads-node.json');

async function best(fn: () => Promise<unknown>, budgetMs: number): Promise<number> {
  await fn();
  let min = Infinity;
  const start = performance.now();
  for (let i = 0; i < 5 && (i < 2 || performance.now() - start < budgetMs); i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min / 1000;
}

const rows = [];
for (const name of fields) {
  const ref = reference(name);
  const wasm = compile(source(name), { precision: 'f64' }).wasm!;
  const one = await load(wasm, { backend: 'wasm', threads: 1 });
  const many = await load(wasm, { backend: 'wasm', threads });
  for (const k of [one, many]) k.setParams(ref.params);
  for (const n of sizes) {
    const pts = Float64Array.from({ length: n * ref.dim }, (_, i) => ref.points[Math.floor(i / ref.dim) % ref.points.length]![i % ref.dim]! * (1 + 1e-3 * (Math.floor(i / ref.dim) % 13)));
    const t1 = await best(() => one.divergence(pts), 3000);
    if (t1 * 3 > 60) continue; // mlp2 at 1e6: too slow to repeat here
    const tn = await best(() => many.divergence(pts), 3000);
    const row = { field: name, n, threads, oneThreadPointsPerSecond: n / t1, threadsPointsPerSecond: n / tn, speedup: t1 / tn, oneThreadBytesPerSecond: (n * (ref.dim + 1) * 8) / t1 };
    rows.push(row);
    console.log(`${name.padEnd(13)} n=${n.toExponential(1)} 1 thread ${row.oneThreadPointsPerSecond.toExponential(2)} pts/s, ${threads} threads ${row.threadsPointsPerSecond.toExponential(2)}: x${row.speedup.toFixed(2)} (1 thread moves ${(row.oneThreadBytesPerSecond / 1e9).toFixed(2)} GB/s)`);
  }
  one.dispose();
  many.dispose();
}
writeFileSync(out, JSON.stringify({ cpu: cpus()[0]?.model, cores: availableParallelism(), node: process.version, threads, rows }, null, 1) + '\n');

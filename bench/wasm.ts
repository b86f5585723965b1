// Throughput of divc's wasm kernels, one thread: points/s for div f (divergence entry), f + div f
// (evaluate entry), per field, precision and batch size. Writes bench/results/wasm.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
import { FIELDS, reference, source } from '../test/helpers.js';

const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1e5').split(',').map(Number);
const only = args.find((a) => a.startsWith('--fields='))?.slice(9).split(',');
const minSeconds = Number(args.find((a) => a.startsWith('--seconds='))?.slice(10) ?? 0.5);

async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm up (tier-up of the wasm code)
  let runs = 0;
  const start = performance.now();
  do { await fn(); runs++; } while (performance.now() - start < minSeconds * 1000);
  return (performance.now() - start) / 1000 / runs;
}

const rows: Record<string, unknown>[] = [];
for (const name of FIELDS.filter((f) => !only || only.includes(f))) {
  const ref = reference(name);
  for (const precision of ['f64', 'f32'] as const) {
    const t0 = performance.now();
    const out = compile(source(name), { precision });
    const compileMs = performance.now() - t0;
    const kernel = await load(out.wasm!);
    kernel.setParams(ref.params);
    for (const n of sizes) {
      const pts = (precision === 'f64' ? Float64Array : Float32Array).from({ length: n * ref.dim }, (_, i) => ref.points[Math.floor(i / ref.dim) % ref.points.length]![i % ref.dim]! * (1 + 1e-3 * ((i * 7919) % 13)));
      const div = await time(() => kernel.divergence(pts));
      const both = await time(() => kernel.evaluate(pts));
      const row = { field: name, precision, n, compileMs: Math.round(compileMs), divergencePointsPerSecond: n / div, evaluatePointsPerSecond: n / both, stats: out.stats };
      rows.push(row);
      console.log(`${name.padEnd(13)} ${precision} n=${n.toExponential(0)}  div ${(n / div).toExponential(3)} pts/s  f+div ${(n / both).toExponential(3)} pts/s  (compile ${Math.round(compileMs)} ms)`);
    }
  }
}
mkdirSync('bench/results', { recursive: true });
const machine = { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version };
writeFileSync('bench/results/wasm.json', JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + '\n');

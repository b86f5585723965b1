import { readFileSync } from 'node:fs';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
const names = process.argv.slice(2);
for (const name of names) {
  const src = readFileSync(`test/fixtures/reference/${name}.div`, 'utf8');
  const ref = JSON.parse(readFileSync(`test/fixtures/reference/${name}.expect.json`, 'utf8'));
  for (const precision of ['f64', 'f32'] as const) {
    const t0 = performance.now();
    const out = compile(src, { precision });
    const t1 = performance.now();
    const k = await load(out.wasm!, { threads: 1 }); // one thread: comparable with docs/BENCHMARKS.md
    k.setParams(ref.params);
    const n = 100000;
    const pts = new Float64Array(n * k.dim).map((_, i) => ref.points[(i / k.dim | 0) % ref.points.length][i % k.dim]);
    await k.divergence(pts);
    const t2 = performance.now();
    await k.divergence(pts);
    const t3 = performance.now();
    console.log(name, precision, `compile ${(t1 - t0).toFixed(0)} ms`, `${(n / ((t3 - t2) / 1000)).toExponential(3)} points/s`);
  }
}

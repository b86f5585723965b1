// Quick: compile every shared field, run it through the runtime, compare with the references.
import { readFileSync, readdirSync } from 'node:fs';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';
const dir = 'test/fixtures/reference';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.div'))) {
  const src = readFileSync(`${dir}/${f}`, 'utf8');
  const ref = JSON.parse(readFileSync(`${dir}/${f.replace('.div', '.expect.json')}`, 'utf8'));
  for (const precision of ['f64', 'f32'] as const) {
    const t0 = performance.now();
    const out = compile(src, { filename: f, precision });
    const t1 = performance.now();
    if (!out.wasm) { console.log(f, out.diagnostics); continue; }
    const k = await load(out.wasm);
    k.setParams(ref.params);
    const r = await k.evaluate(ref.points);
    let worst = 0;
    ref.points.forEach((_: unknown, i: number) => {
      const tol = Math.max(1, ref.scale[i]);
      worst = Math.max(worst, Math.abs(r.divergence[i]! - ref.divergence[i]) / tol);
      for (let c = 0; c < k.dim; c++) worst = Math.max(worst, Math.abs(r.values[i * k.dim + c]! - ref.values[i][c]) / Math.max(1, Math.abs(ref.values[i][c])));
    });
    console.log(f.padEnd(20), precision, 'compile ms', (t1 - t0).toFixed(0), 'size', out.wasm.length, 'err', worst.toExponential(2), JSON.stringify(out.stats));
  }
}

// Prints --emit stats for every reference field: f alone vs f + div f, per point and per batch.
import { analyze } from '../compiler/analyze.js';
import { FIELDS, source } from '../test/support/helpers.js';

for (const name of FIELDS.filter((f) => process.argv.length <= 2 || process.argv.slice(2).includes(f))) {
  const t0 = performance.now();
  const a = analyze(source(name), { optimize: !process.env.NO_OPT });
  const s = a.stats!;
  console.log(`${name.padEnd(13)} f ${String(s.f.perPoint).padStart(6)}  f+div ${String(s.divergence.perPoint).padStart(7)} (+${s.divergence.perBatch} per batch)  ratio ${s.ratio.toFixed(3)}  div-only ${s.divergenceOnly.perPoint}  [${(performance.now() - t0).toFixed(0)} ms]`);
}

// `npm run bench:params`: what a param change costs on a wide network (issue 24): the
// 784-1024-1024-784 SiLU score net, f64, one thread. Times setParams of every param and of one
// bias, the first 64-point call after each (the per-batch prologue reruns what the change
// touched), and a 64-point call with no change. Best of rounds. Writes bench/results/param-change.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, VERSION } from '../compiler/index.js';
import { load } from '../runtime/index.js';
import { ROOT, random } from '../test/support/helpers.js';
import { measurePeaks } from './peak.js';

const smoke = process.argv.includes('--smoke');
const [D, H] = smoke ? [16, 32] : [784, 1024];
const ROUNDS = smoke ? 1 : 5;
const source = `const D = ${D}\nconst H = ${H}\nparam W1: [H, D]\nparam b1: [H]\nparam W2: [H, H]\nparam b2: [H]\nparam W3: [D, H]\nparam b3: [D]\n`
  + 'fn silu(v) = v * sigmoid(v)\nfield score(x: [D]) {\n  let h1 = silu(W1 @ x + b1)\n  let h2 = silu(W2 @ h1 + b2)\n  return W3 @ h2 + b3\n}\n';

const t0 = performance.now();
const out = compile(source, { precision: 'f64' });
const compileSeconds = (performance.now() - t0) / 1000;
const k = await load(out.wasm!, { threads: 1 });
const r = random(7);
const fresh = () => Object.fromEntries(out.metadata!.params.map((p) => [p.name, Float64Array.from({ length: p.size }, () => (2 * r() - 1) / Math.sqrt(p.shape[1] ?? H))]));
const points = Float64Array.from({ length: 64 * D }, () => 2 * r() - 1);
const time = async (fn: () => unknown) => { const s = performance.now(); await fn(); return (performance.now() - s) / 1000; };
const best: Record<string, number> = {};
const keep = (key: string, s: number) => { best[key] = Math.min(best[key] ?? Infinity, s); };
k.setParams(fresh());
await k.divergence(points);
for (let round = 0; round < ROUNDS; round++) {
  const all = fresh();
  keep('setParamsAll', await time(() => k.setParams(all)));
  keep('callAfterAll', await time(() => k.divergence(points)));
  const b3 = Float64Array.from({ length: D }, () => r());
  keep('setParamsBias', await time(() => k.setParams({ b3 })));
  keep('callAfterBias', await time(() => k.divergence(points)));
  const b1 = Float64Array.from({ length: H }, () => r());
  keep('setParamsB1', await time(() => k.setParams({ b1 })));
  keep('callAfterB1', await time(() => k.divergence(points)));
  keep('callUnchanged', await time(() => k.divergence(points)));
  best.peakFlops = Math.max(best.peakFlops ?? 0, measurePeaks().simdMaddFlopsPerSecond);
}
// the prologue's share of the call after every param changed: W1 W3's multiply-adds, against the peak
const prologueSeconds = best.callAfterAll! - best.callUnchanged!;
const prologueFlops = (2 * H * D * H) / prologueSeconds;
const result = { version: VERSION, date: new Date().toISOString(), net: `${D}-${H}-${H}-${D} SiLU`, compileSeconds, rounds: ROUNDS, lowering: out.stats?.lowering, seconds: best, prologue: { seconds: prologueSeconds, flops: prologueFlops, ofPeak: prologueFlops / best.peakFlops! } };
console.log(JSON.stringify(result, null, 2));
if (!smoke) {
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/param-change.json'), JSON.stringify(result, null, 2) + '\n');
}
k.dispose();

// Trains the score network of score.div on a 2-D mixture of 8 Gaussians (a ring of radius 2,
// standard deviation 0.3) with the implicit score-matching loss (Hyvarinen 2005)
//   J(theta) = mean_i [ |s(x_i)|^2 / 2 + div s(x_i) ],
// whose minimiser is the data's score grad log p. Each step draws a fresh batch, evaluates s and
// div s (k.evaluate) and gets dJ/dtheta from one k.vjp call with the cotangents s(x_i) / n on the
// values and 1 / n on the divergence. Adam updates the weights. Then annealed Langevin dynamics
// through k.evaluate, x <- x + (eps / 2) s(x) + sqrt(eps) z with eps falling, samples the model,
// and the samples' mean log-likelihood under the true mixture is compared with the truth's own.
//
//   node examples/score-matching/train.mjs [--steps 3000] [--batch 256] [--lr 0.003] [--seed 1]
//                                          [--samples 4000] [--png samples.png] [--json]
//
// The kernel is score.div compiled here with the package's compiler (f64, vjp: true); the CLI's
// `divc score.div --vjp -o score.wasm` builds the same. A 2-64-64-2 network is lowered to loops
// over weights: its vjp sums the weights' gradients over the batch inside the kernel.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compile } from 'divc';
import { load } from 'divc/runtime';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    steps: { type: 'string', default: '3000' },
    batch: { type: 'string', default: '256' },
    lr: { type: 'string', default: '0.003' },
    seed: { type: 'string', default: '1' },
    samples: { type: 'string', default: '4000' },
    png: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const steps = Number(args.steps), n = Number(args.batch), lr0 = Number(args.lr), m = Number(args.samples);

// a small seeded generator (mulberry32): the same run every time
let seed = Number(args.seed) >>> 0;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

// the data: 8 equal Gaussians on a ring
const MODES = 8, RADIUS = 2, SIGMA = 0.3;
const centers = Array.from({ length: MODES }, (_, j) => [RADIUS * Math.cos((2 * Math.PI * j) / MODES), RADIUS * Math.sin((2 * Math.PI * j) / MODES)]);
const sampleData = (count) => {
  const x = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    const c = centers[Math.floor(random() * MODES)];
    x[2 * i] = c[0] + SIGMA * gaussian();
    x[2 * i + 1] = c[1] + SIGMA * gaussian();
  }
  return x;
};
/** log p(x) of the mixture (log-sum-exp over the modes). */
const logDensity = (x, y) => {
  const logs = centers.map(([cx, cy]) => -((x - cx) ** 2 + (y - cy) ** 2) / (2 * SIGMA * SIGMA));
  const top = Math.max(...logs);
  return top + Math.log(logs.reduce((s, l) => s + Math.exp(l - top), 0) / MODES) - Math.log(2 * Math.PI * SIGMA * SIGMA);
};
const meanLogLikelihood = (xs) => {
  let s = 0;
  for (let i = 0; i < xs.length / 2; i++) s += logDensity(xs[2 * i], xs[2 * i + 1]);
  return s / (xs.length / 2);
};

// vjp: true builds the artifact's vjp entry (k.vjp), off by default
const out = compile(readFileSync(join(here, 'score.div'), 'utf8'), { filename: 'score.div', vjp: true });
if (!out.wasm) throw new Error(out.diagnostics.map((d) => d.message).join('\n'));
const k = await load(out.wasm, { backend: 'wasm', threads: 1 });

// Glorot-scaled initial weights, biases 0, each param a flat array in its shape's row-major order
const theta = Object.fromEntries(k.params.map((p) => {
  const size = p.shape.reduce((a, b) => a * b, 1);
  const scale = p.shape.length === 2 ? Math.sqrt(2 / (p.shape[0] + p.shape[1])) : 0;
  return [p.name, Float64Array.from({ length: size }, () => scale * gaussian())];
}));

// Adam (Kingma and Ba), per param
const adam = Object.fromEntries(Object.entries(theta).map(([name, v]) => [name, { m: new Float64Array(v.length), v: new Float64Array(v.length) }]));
const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];

const losses = [];
const start = performance.now();
for (let step = 1; step <= steps; step++) {
  const x = sampleData(n);
  k.setParams(theta);
  const { values: s, divergence } = await k.evaluate(x);
  let loss = 0;
  for (let i = 0; i < n; i++) loss += (s[2 * i] ** 2 + s[2 * i + 1] ** 2) / 2 + divergence[i];
  losses.push(loss / n);
  // dJ/dtheta = sum_i <s_i / n, ds_i/dtheta> + (1 / n) d div s_i / dtheta
  const { params: grad } = await k.vjp(x, { values: s.map((v) => v / n), divergence: 1 / n });
  const lr = lr0 * (step > 0.7 * steps ? 0.1 : 1); // a step down late
  for (const [name, w] of Object.entries(theta)) {
    const g = grad[name], st = adam[name];
    for (let j = 0; j < w.length; j++) {
      st.m[j] = beta1 * st.m[j] + (1 - beta1) * g[j];
      st.v[j] = beta2 * st.v[j] + (1 - beta2) * g[j] * g[j];
      w[j] -= (lr * (st.m[j] / (1 - beta1 ** step))) / (Math.sqrt(st.v[j] / (1 - beta2 ** step)) + eps);
    }
  }
}
const trainSeconds = (performance.now() - start) / 1000;
k.setParams(theta);

// annealed Langevin dynamics from a broad start: eps falls geometrically over LEVELS levels
const LEVELS = 10, PER_LEVEL = 40, EPS_HI = 0.1, EPS_LO = 0.002;
const samples = Float64Array.from({ length: 2 * m }, () => 3 * (2 * random() - 1));
const sampleStart = performance.now();
for (let level = 0; level < LEVELS; level++) {
  const e = EPS_HI * (EPS_LO / EPS_HI) ** (level / (LEVELS - 1));
  for (let t = 0; t < PER_LEVEL; t++) {
    const { values: s } = await k.evaluate(samples);
    for (let j = 0; j < samples.length; j++) samples[j] += (e / 2) * s[j] + Math.sqrt(e) * gaussian();
  }
}
const sampleSeconds = (performance.now() - sampleStart) / 1000;
k.dispose();

const truth = sampleData(m);
const mean = (a) => a.reduce((s, x) => s + x, 0) / a.length;
// the loss at the true score: E[|s*|^2 / 2 + div s*] = -E|s*|^2 / 2 (by parts), estimated on data
const exactScore = (x, y) => {
  const w = centers.map(([cx, cy]) => -((x - cx) ** 2 + (y - cy) ** 2) / (2 * SIGMA * SIGMA));
  const top = Math.max(...w);
  const p = w.map((l) => Math.exp(l - top));
  const z = p.reduce((a, b) => a + b, 0);
  return [centers.reduce((s, [cx], j) => s + (p[j] / z) * (cx - x), 0) / (SIGMA * SIGMA), centers.reduce((s, [, cy], j) => s + (p[j] / z) * (cy - y), 0) / (SIGMA * SIGMA)];
};
let bestLoss = 0;
for (let i = 0; i < m; i++) { const [a, b] = exactScore(truth[2 * i], truth[2 * i + 1]); bestLoss -= (a * a + b * b) / 2 / m; }
// each mode's share of the samples (the nearest centre's): the log-likelihood alone cannot see a
// missed mode (the samples of 4 of the 8 modes score as the truth's own)
const shares = new Array(MODES).fill(0);
for (let i = 0; i < m; i++) {
  const d = centers.map(([cx, cy]) => (samples[2 * i] - cx) ** 2 + (samples[2 * i + 1] - cy) ** 2);
  shares[d.indexOf(Math.min(...d))] += 1 / m;
}
const report = {
  steps, batch: n, trainSeconds, sampleSeconds, modeShares: shares,
  lossFirst: mean(losses.slice(0, 20)), lossLast: mean(losses.slice(-100)), lossAtTrueScore: bestLoss,
  samples: m, logLikelihoodModel: meanLogLikelihood(samples), logLikelihoodTruth: meanLogLikelihood(truth),
};

if (args.png !== undefined) {
  // the true density (white to blue) under the samples (dark red dots), [-3.5, 3.5]^2
  const { encode } = await import('fast-png');
  const W = 420, L = 3.5;
  const data = new Uint8Array(W * W * 3);
  let top = -Infinity;
  const logs = new Float64Array(W * W);
  for (let r = 0; r < W; r++) for (let c = 0; c < W; c++) { const v = logDensity(-L + (2 * L * (c + 0.5)) / W, L - (2 * L * (r + 0.5)) / W); logs[r * W + c] = v; top = Math.max(top, v); }
  for (let q = 0; q < W * W; q++) {
    const t = Math.exp(logs[q] - top);
    data.set([Math.round(255 * (1 - 0.75 * t)), Math.round(255 * (1 - 0.55 * t)), 255], 3 * q);
  }
  for (let i = 0; i < m; i++) {
    const c = Math.floor(((samples[2 * i] + L) / (2 * L)) * W), r = Math.floor(((L - samples[2 * i + 1]) / (2 * L)) * W);
    for (const [dr, dc] of [[0, 0], [0, 1], [1, 0], [1, 1]]) {
      if (r + dr >= 0 && r + dr < W && c + dc >= 0 && c + dc < W) data.set([150, 20, 20], 3 * ((r + dr) * W + c + dc));
    }
  }
  writeFileSync(args.png, encode({ width: W, height: W, data, depth: 8, channels: 3 }));
}

if (args.json) console.log(JSON.stringify(report));
else {
  console.log(`${steps} Adam steps of ${n} points in ${trainSeconds.toFixed(2)} s (${((1000 * trainSeconds) / steps).toFixed(2)} ms a step: evaluate + vjp + Adam)`);
  console.log(`implicit score-matching loss: ${report.lossFirst.toFixed(3)} over the first 20 steps, ${report.lossLast.toFixed(3)} over the last 100 (${bestLoss.toFixed(3)} at the true score)`);
  console.log(`${m} samples by annealed Langevin (${LEVELS} x ${PER_LEVEL} steps) in ${sampleSeconds.toFixed(2)} s`);
  console.log(`mean log-likelihood under the true mixture: samples ${report.logLikelihoodModel.toFixed(3)}, the truth's own ${report.logLikelihoodTruth.toFixed(3)}`);
  console.log(`the modes' shares of the samples (1/8 = 0.125 each in the mixture): ${shares.map((x) => x.toFixed(3)).join(' ')}`);
  if (args.png !== undefined) console.log(`wrote ${args.png}`);
}

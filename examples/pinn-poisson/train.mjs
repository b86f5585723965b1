// Trains the PINN of poisson.div: Delta u = f on the unit square with u = 0 on the boundary, for
// f = -2 pi^2 sin(pi x) sin(pi y), whose exact solution is u* = sin(pi x) sin(pi y).
// The loss is the mean squared residual over random interior points, mean_i (Delta u(x_i) - f(x_i))^2;
// its gradient with respect to every weight is one k.vjp call with the divergence's cotangent
// 2 (Delta u - f) / n (the kernel's divergence of a potential is its Laplacian). Adam updates the
// weights. At the end: the relative L2 error of u against u* on a grid.
//
//   node examples/pinn-poisson/train.mjs [--steps 2000] [--points 256] [--lr 0.01] [--seed 1] [--json]
//
// The kernel is poisson.div compiled here with the package's compiler (f64), with its vjp entry
// (the CLI's `divc poisson.div --vjp -o poisson.wasm` builds the same).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compile } from 'divc';
import { load } from 'divc/runtime';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    steps: { type: 'string', default: '2000' },
    points: { type: 'string', default: '256' },
    lr: { type: 'string', default: '0.01' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});
const steps = Number(args.steps), n = Number(args.points), lr0 = Number(args.lr);

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

// vjp: true builds the artifact's vjp entry (k.vjp), off by default
const out = compile(readFileSync(join(here, 'poisson.div'), 'utf8'), { filename: 'poisson.div', vjp: true });
if (!out.wasm) throw new Error(out.diagnostics.map((d) => d.message).join('\n'));
const k = await load(out.wasm, { backend: 'wasm', threads: 1 });

// Glorot-scaled initial weights, each param a flat array in its shape's row-major order
const theta = Object.fromEntries(k.params.map((p) => {
  const size = p.shape.reduce((a, b) => a * b, 1);
  const fanIn = p.shape.length === 2 ? p.shape[1] : p.shape.length === 1 ? p.shape[0] : 1;
  const scale = p.name.startsWith('b') ? 0 : Math.sqrt(1 / fanIn);
  return [p.name, Float64Array.from({ length: size }, () => scale * gaussian())];
}));

// Adam (Kingma and Ba), per param
const adam = Object.fromEntries(Object.entries(theta).map(([name, v]) => [name, { m: new Float64Array(v.length), v: new Float64Array(v.length) }]));
const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];

const rhs = (x, y) => -2 * Math.PI * Math.PI * Math.sin(Math.PI * x) * Math.sin(Math.PI * y);
const exact = (x, y) => Math.sin(Math.PI * x) * Math.sin(Math.PI * y);

const losses = [];
const start = performance.now();
for (let step = 1; step <= steps; step++) {
  // fresh collocation points every step: the residual is fitted everywhere, not at a fixed set
  const points = Float64Array.from({ length: 2 * n }, () => random());
  k.setParams(theta);
  const { divergence: laplacian } = await k.evaluate(points);
  const residual = Float64Array.from(laplacian, (lap, i) => lap - rhs(points[2 * i], points[2 * i + 1]));
  losses.push(residual.reduce((s, r) => s + r * r, 0) / n);
  // d loss / d theta = sum_i 2 (Delta u_i - f_i) / n * d Delta u_i / d theta
  const { params: grad } = await k.vjp(points, { divergence: residual.map((r) => (2 * r) / n) });
  const lr = lr0 * (step > 0.6 * steps ? 0.1 : 1); // a step down late: the last digits
  for (const [name, w] of Object.entries(theta)) {
    const g = grad[name], s = adam[name];
    for (let j = 0; j < w.length; j++) {
      s.m[j] = beta1 * s.m[j] + (1 - beta1) * g[j];
      s.v[j] = beta2 * s.v[j] + (1 - beta2) * g[j] * g[j];
      w[j] -= (lr * (s.m[j] / (1 - beta1 ** step))) / (Math.sqrt(s.v[j] / (1 - beta2 ** step)) + eps);
    }
  }
}
const seconds = (performance.now() - start) / 1000;

// the error against the exact solution on a 51 x 51 grid (boundary included: u is 0 there by construction)
k.setParams(theta);
const m = 51;
const grid = new Float64Array(2 * m * m);
for (let j = 0; j < m; j++) for (let i = 0; i < m; i++) { grid[2 * (j * m + i)] = i / (m - 1); grid[2 * (j * m + i) + 1] = j / (m - 1); }
const u = await k.potential(grid);
let err = 0, norm = 0;
for (let c = 0; c < m * m; c++) {
  const e = exact(grid[2 * c], grid[2 * c + 1]);
  err += (u[c] - e) ** 2;
  norm += e * e;
}
k.dispose();
const relativeL2 = Math.sqrt(err / norm);
const mean = (a) => a.reduce((s, x) => s + x, 0) / a.length;
const report = {
  steps, points: n, seconds,
  lossFirst: mean(losses.slice(0, 10)), lossLast: mean(losses.slice(-10)),
  relativeL2,
};
if (args.json) console.log(JSON.stringify(report));
else {
  console.log(`${steps} Adam steps of ${n} points in ${seconds.toFixed(2)} s (${((1000 * seconds) / steps).toFixed(2)} ms a step: evaluate + vjp)`);
  console.log(`mean squared residual: ${report.lossFirst.toExponential(3)} over the first 10 steps, ${report.lossLast.toExponential(3)} over the last 10`);
  console.log(`relative L2 error of u against sin(pi x) sin(pi y) on a ${m} x ${m} grid: ${relativeL2.toExponential(3)}`);
}

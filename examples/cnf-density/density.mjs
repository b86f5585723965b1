// The density of a continuous normalizing flow (FFJORD) on a grid: log p(x) = log N(z; 0, I) +
// the integral of div f along the path from x (t = 0) to z (t = 1), for every cell centre of a
// 256 x 256 grid over [-4, 4]^2, with f and div f from one divc kernel (k.logDensity).
//
//   node examples/cnf-density/density.mjs [--artifact cnf.wasm | --precision f64|f32] [--grid 256] [--box 4]
//                                        [--steps 8 | --rtol 1e-6] [--threads 1|N|auto] [--repeat 1] [--png density.png]
//
// Without --artifact it compiles cnf.div (next to this file) with the package's compiler; with it,
// it loads an artifact built by the CLI (`npx divc examples/cnf-density/cnf.div -o cnf.wasm`).
// The weights come from cnf.safetensors (make-weights.mjs) through divc/runtime/params.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { load } from 'divc/runtime';
import { matchParams, readTensors } from 'divc/runtime/params';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    artifact: { type: 'string' },
    grid: { type: 'string', default: '256' },
    box: { type: 'string', default: '4' },
    steps: { type: 'string' },
    rtol: { type: 'string' },
    threads: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '1' },
    precision: { type: 'string', default: 'f64' },
    png: { type: 'string' },
  },
});
const n = Number(args.grid), L = Number(args.box), repeat = Number(args.repeat);
const threads = args.threads === 'auto' ? 'auto' : Number(args.threads);
// RK4 with 8 equal steps by default: log p within 5e-5 of a converged flow wherever p > 1e-3 (4 steps: 1e-3)
const flow = args.rtol !== undefined
  ? { method: 'dopri5', rtol: Number(args.rtol), atol: Number(args.rtol) / 100 }
  : { method: 'rk4', steps: Number(args.steps ?? 8) };

// the kernel: a CLI-built artifact, or cnf.div compiled here
let artifact;
if (args.artifact !== undefined) artifact = args.artifact;
else {
  const { compile } = await import('divc');
  artifact = compile(readFileSync(join(here, 'cnf.div'), 'utf8'), { precision: args.precision }).wasm;
}
const k = await load(artifact, { backend: 'wasm', threads });
const precision = k.precision;

// the weights: a safetensors file whose tensors are named as the params (W1, b1, ..., b3)
const file = join(here, 'cnf.safetensors');
k.setParams(matchParams(readTensors(readFileSync(file), file), k.params).values);

// cell centres, row-major from the top row (largest y) down, as an image is stored
const h = (2 * L) / n;
const points = new Float64Array(2 * n * n);
for (let j = 0; j < n; j++) {
  for (let i = 0; i < n; i++) {
    points[2 * (j * n + i)] = -L + (i + 0.5) * h;
    points[2 * (j * n + i) + 1] = L - (j + 0.5) * h;
  }
}

let logp, best = Infinity;
for (let r = 0; r < repeat; r++) {
  const start = performance.now();
  logp = await k.logDensity(points, { t0: 0, t1: 1, base: 'normal', ...flow });
  best = Math.min(best, performance.now() - start);
}
k.dispose();

let mass = 0, peak = 0, at = 0;
for (let c = 0; c < logp.length; c++) {
  const p = Math.exp(logp[c]);
  mass += p * h * h;
  if (p > peak) { peak = p; at = c; }
}
const how = flow.method === 'rk4' ? `RK4, ${flow.steps} steps` : `Dormand-Prince, rtol ${args.rtol}`;
console.log(`log p on a ${n} x ${n} grid over [-${L}, ${L}]^2 (${how}, ${precision}, ${threads} thread${threads === 1 ? '' : 's'}): ${(best / 1000).toFixed(3)} s${repeat > 1 ? ` (best of ${repeat})` : ''}`);
console.log(`integral of p over the grid (sum of p times the cell area): ${mass.toFixed(6)}`);
console.log(`largest p: ${peak.toFixed(4)} at (${points[2 * at].toFixed(3)}, ${points[2 * at + 1].toFixed(3)})`);

if (args.png !== undefined) {
  // p / max p on a white-to-blue ramp, one pixel a cell (fast-png is the PNG encoder divc plot uses)
  const { encode } = await import('fast-png');
  const data = new Uint8Array(3 * n * n);
  for (let c = 0; c < logp.length; c++) {
    const v = Math.exp(logp[c]) / peak;
    data[3 * c] = Math.round(255 * (1 - 0.85 * v));
    data[3 * c + 1] = Math.round(255 * (1 - 0.7 * v));
    data[3 * c + 2] = Math.round(255 * (1 - 0.25 * v));
  }
  writeFileSync(args.png, encode({ width: n, height: n, data, depth: 8, channels: 3 }));
  console.log(`wrote ${args.png}`);
}

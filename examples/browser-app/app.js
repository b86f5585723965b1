// divc/runtime in a browser page without a build step: fetch the artifact, set params, evaluate.
import { load } from 'divc/runtime';

const kernel = await load(new URL('./lorenz.wasm', import.meta.url)); // backend and threads: 'auto'
kernel.setParams({ sigma: 10, rho: 28, beta: 8 / 3 });

const points = [[1, 1, 1], [-7.2, -4.8, 11.6], [0.5, -2, 30]];
const { values, divergence } = await kernel.evaluate(points);
document.getElementById('points').textContent = points
  .map((p, i) => `x = (${p.join(', ')})  f = (${Array.from(values.subarray(3 * i, 3 * i + 3), (v) => v.toFixed(4)).join(', ')})  div f = ${divergence[i]}`)
  .join('\n');

// a large batch: 'auto' picks the backend (a hardware GPU where it is faster) and the threads
const n = 1_000_000;
const many = new Float64Array(3 * n).map(() => 40 * Math.random() - 20);
const start = performance.now();
const big = await kernel.divergence(many);
const ms = performance.now() - start;
document.getElementById('timing').textContent =
  `${n.toLocaleString('en')} points in ${ms.toFixed(1)} ms on ${kernel.backend} (${kernel.threads} thread${kernel.threads > 1 ? 's' : ''}); div f at the first: ${big[0]}`;
globalThis.divcResult = { points, values: Array.from(values), divergence: Array.from(divergence), batch: big.length, backend: kernel.backend };

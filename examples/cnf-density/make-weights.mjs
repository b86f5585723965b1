// Writes cnf.safetensors, the weights of cnf.div: plain Node, no dependencies, the same bytes on
// every run (a seeded generator). `node examples/cnf-density/make-weights.mjs [OUT.safetensors]`
//
// The two hidden layers are random (seeded, scaled so that tanh stays mostly out of saturation on
// the box [-4.5, 4.5]^2 and t in [0, 1]); the output layer is fitted by least squares, so that the
// network's field approximates a hand-written target: the flow from data (t = 0) to noise
// (t = 1) that straightens a banana into a standard normal,
//
//   f*(x, t) = (-k1 x1 - w t x2,  -k2 x2 - b (x1^2 - c) + w t x1)
//
// a shear that pulls the arms of the banana down (b, c), a slight rotation growing with t (w) and
// a different scaling per axis (k1, k2, so div f* = -k1 - k2 is not 0). Only the network is used
// afterwards: its density is whatever its weights give, the target just shapes it. Every layer is
// tanh of a bounded input, so f is bounded and no path blows up.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const H = 32;                                   // hidden width (cnf.div declares the same)
const [k1, k2, b, c, w] = [-0.15, -0.4, 0.5, 2.5, 0.6];
const SEED = 22;

/** mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function uniform(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = uniform(SEED);
/** A standard normal number (Box-Muller). */
const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
/** rows x cols of normal numbers times `scale`, row-major. */
const matrix = (rows, cols, scale) => Float64Array.from({ length: rows * cols }, () => scale * normal());

// the random layers: h1 = tanh(W1 [x; t] + b1), h2 = tanh(W2 [h1; t] + b2)
const W1 = matrix(H, 3, 0.15), b1 = matrix(H, 1, 2);
for (let i = 0; i < H; i++) W1[i * 3 + 2] *= 2;                 // the t column: t varies on [0, 1] only
const W2 = matrix(H, H + 1, 1 / Math.sqrt(H)), b2 = matrix(H, 1, 0.5);
// rounded to float32 now, as stored, so that the fit below sees the layers the file holds
for (const a of [W1, b1, W2, b2]) a.set(Float32Array.from(a));

function hidden(x1, x2, t) {
  const h1 = new Float64Array(H), h2 = new Float64Array(H);
  for (let i = 0; i < H; i++) h1[i] = Math.tanh(W1[i * 3] * x1 + W1[i * 3 + 1] * x2 + W1[i * 3 + 2] * t + b1[i]);
  for (let i = 0; i < H; i++) {
    let s = b2[i] + W2[i * (H + 1) + H] * t;
    for (let j = 0; j < H; j++) s += W2[i * (H + 1) + j] * h1[j];
    h2[i] = Math.tanh(s);
  }
  return h2;
}

// the output layer [W3 | b3] by ridge least squares on samples of the box and of t: features
// [h2; t; 1] (H + 2), one right-hand side per output component, a small ridge keeping W3 modest
const P = H + 2, samples = 6000;
const A = new Float64Array(P * P), rhs = [new Float64Array(P), new Float64Array(P)];
for (let s = 0; s < samples; s++) {
  const x1 = 9 * rand() - 4.5, x2 = 9 * rand() - 4.5, t = rand();
  const phi = [...hidden(x1, x2, t), t, 1];
  const target = [-k1 * x1 - w * t * x2, -k2 * x2 - b * (x1 * x1 - c) + w * t * x1];
  for (let i = 0; i < P; i++) {
    for (let j = 0; j < P; j++) A[i * P + j] += phi[i] * phi[j];
    rhs[0][i] += phi[i] * target[0];
    rhs[1][i] += phi[i] * target[1];
  }
}
for (let i = 0; i < P; i++) A[i * P + i] += 1e-5 * samples;

/** x with A x = y for A symmetric positive definite (Cholesky). */
function solve(A, y) {
  const L = new Float64Array(P * P);
  for (let i = 0; i < P; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * P + j];
      for (let k = 0; k < j; k++) s -= L[i * P + k] * L[j * P + k];
      L[i * P + j] = i === j ? Math.sqrt(s) : s / L[j * P + j];
    }
  }
  const z = new Float64Array(P), x = new Float64Array(P);
  for (let i = 0; i < P; i++) { let s = y[i]; for (let k = 0; k < i; k++) s -= L[i * P + k] * z[k]; z[i] = s / L[i * P + i]; }
  for (let i = P - 1; i >= 0; i--) { let s = z[i]; for (let k = i + 1; k < P; k++) s -= L[k * P + i] * x[k]; x[i] = s / L[i * P + i]; }
  return x;
}
const fit = rhs.map((y) => solve(A, y));
const W3 = Float64Array.from({ length: 2 * (H + 1) }, (_, e) => fit[Math.floor(e / (H + 1))][e % (H + 1)]);
const b3 = Float64Array.from([fit[0][H + 1], fit[1][H + 1]]);

// safetensors: an 8-byte little-endian header length, a JSON header (padded with spaces to 8
// bytes), then the tensors' bytes, float32 little-endian, as PyTorch's save_file writes them
const tensors = { W1: [[H, 3], W1], b1: [[H], b1], W2: [[H, H + 1], W2], b2: [[H], b2], W3: [[2, H + 1], W3], b3: [[2], b3] };
const header = { __metadata__: { format: 'pt', source: 'examples/cnf-density/make-weights.mjs' } };
let offset = 0;
for (const [name, [shape, data]] of Object.entries(tensors)) {
  header[name] = { dtype: 'F32', shape, data_offsets: [offset, offset + 4 * data.length] };
  offset += 4 * data.length;
}
let json = JSON.stringify(header);
json += ' '.repeat((8 - (json.length % 8)) % 8);
const text = new TextEncoder().encode(json);
const bytes = new Uint8Array(8 + text.length + offset);
const view = new DataView(bytes.buffer);
view.setBigUint64(0, BigInt(text.length), true);
bytes.set(text, 8);
let at = 8 + text.length;
for (const [, data] of Object.values(tensors)) for (const v of data) { view.setFloat32(at, v, true); at += 4; }

const out = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'cnf.safetensors');
writeFileSync(out, bytes);
console.log(`wrote ${out} (${bytes.length} bytes)`);

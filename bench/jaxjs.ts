// jax-js anchor for `npm run bench`: div f as the trace of jit(vmap(jacfwd(f))) on the jax-js
// wasm device (its CPU backend), for the fields written by hand below. Each is checked against
// the reference values first. jax-js computes in float32 here (its default dtype).
import { jax, type JaxArray as A } from './jaxjs-setup.js';
import { reference } from '../test/support/helpers.js';

const { numpy: np, jit, vmap, jacfwd } = jax;

const arr = (v: unknown) => np.array(new Float32Array((v as number[]).flat(3) as number[])).reshape(shapeOf(v));
function shapeOf(v: unknown): number[] {
  const s: number[] = [];
  for (let x = v; Array.isArray(x); x = x[0]) s.push(x.length);
  return s;
}

/** The fields in jax-js (arguments are consumed: `.ref` keeps a value alive for another use). */
function fields(P: Record<string, unknown>): Record<string, (x: A) => A> {
  const num = (k: string, d: number) => (P[k] as number | undefined) ?? d;
  return {
    lorenz: (x) => {
      const [s, r, b] = [num('sigma', 10), num('rho', 28), num('beta', 8 / 3)];
      const x0 = x.ref.slice(0), x1 = x.ref.slice(1), x2 = x.slice(2);
      return np.stack([x1.ref.sub(x0.ref).mul(s), x0.ref.mul(np.subtract(r, x2.ref)).sub(x1.ref), x0.mul(x1).sub(x2.mul(b))]);
    },
    mlp: (x) => {
      const W1 = arr(P.W1), b1 = arr(P.b1), W2 = arr(P.W2), b2 = arr(P.b2);
      return np.matmul(W2, np.tanh(np.matmul(W1, x).add(b1))).add(b2);
    },
    mlp2: (x) => {
      const W1 = arr(P.W1), b1 = arr(P.b1), c1 = arr(P.c1), W2 = arr(P.W2), b2 = arr(P.b2), W3 = arr(P.W3), b3 = arr(P.b3);
      const t = num('t', 0);
      const softplus = (z: A) => jax.nn.softplus(z);
      const h1 = softplus(np.matmul(W1, x).add(b1.add(c1.mul(t))));
      const h2 = softplus(np.matmul(W2, h1).add(b2));
      return np.matmul(W3, h2).add(b3);
    },
    gmm_score: (x) => {
      const mu = arr(P.mu), logw = arr(P.logw), s = arr(P.s);
      const D = shapeOf(P.mu)[1]!;
      const d = x.ref.reshape([1, D]).sub(mu.ref);
      const s2 = s.ref.mul(s.ref);
      const logp = logw.sub(d.ref.mul(d).sum(1).div(s2.ref.mul(2))).sub(np.log(s).mul(D));
      const r = jax.nn.softmax(logp);
      return r.div(s2).reshape([-1, 1]).mul(mu.sub(x.reshape([1, D]))).sum(0);
    },
    lorenz96: (x) => {
      const F = num('F', 8);
      return np.roll(x.ref, -1).sub(np.roll(x.ref, 2)).mul(np.roll(x.ref, 1)).sub(x).add(F);
    },
    coulomb: (x) => {
      const q = arr(P.q), p = arr(P.p);
      const d = x.ref.reshape([1, 3]).sub(p);
      const n = np.sqrt(d.ref.mul(d.ref).sum(1));
      const w = q.div(n.ref.mul(n.ref).mul(n)).reshape([-1, 1]);
      return d.mul(w).sum(0).add(x.ref.mul(x));
    },
  };
}

export interface JaxRow { field: string; n: number; pointsPerSecond: number; maxError: number }

export async function benchJax(names: string[], sizes: number[], minSeconds: number): Promise<JaxRow[]> {
  const rows: JaxRow[] = [];
  for (const name of names) {
    const ref = reference(name);
    const f = fields(ref.params)[name];
    if (!f) continue;
    const div = jit((X: A) => np.trace(vmap(jacfwd(f))(X), 0, 1, 2));
    const pts = np.array(new Float32Array(ref.points.flat())).reshape([ref.points.length, ref.dim]);
    let got: Float32Array;
    try {
      got = (await div(pts).data()) as Float32Array;
    } catch (e) {
      console.log(`jax-js ${name}: failed (${(e as Error).message}); left out`);
      continue;
    }
    const maxError = Math.max(...ref.divergence.map((d, i) => Math.abs(got[i]! - d) / Math.max(1, ref.scale[i]!)));
    if (!(maxError < 1e-3)) throw new Error(`jax-js ${name} disagrees with the reference (error ${maxError})`);
    for (const n of sizes) {
      const data = new Float32Array(n * ref.dim).map((_, i) => ref.points[Math.floor(i / ref.dim) % ref.points.length]![i % ref.dim]!);
      const run = async () => { const X = np.array(data).reshape([n, ref.dim]); await div(X).data(); };
      await run();
      let runs = 0;
      const start = performance.now();
      do { await run(); runs++; } while (performance.now() - start < minSeconds * 1000);
      const pps = n / ((performance.now() - start) / 1000 / runs);
      rows.push({ field: name, n, pointsPerSecond: pps, maxError });
      console.log(`jax-js ${name.padEnd(10)} n=${n.toExponential(0)}  ${pps.toExponential(3)} pts/s (f32, max error ${maxError.toExponential(1)})`);
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchJax(process.argv.slice(2).length ? process.argv.slice(2) : ['lorenz', 'coulomb', 'gmm_score', 'mlp', 'mlp2', 'lorenz96'], [1000], 0.1);
}

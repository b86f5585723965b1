// jax-js on the sweep's networks (bench/nets.ts), for bench/sweep.ts: div f as the trace of
// jit(vmap(jacfwd(f))) on jax-js's wasm device (its CPU backend), float32 (its default dtype),
// the same params as divc's kernels. Each network is checked against divc's f32 divergence first.
import { jax, type JaxArray as A } from './jaxjs-setup.js';

const { numpy: np, jit, vmap, jacfwd } = jax;

/** A param as a jax-js array of its declared shape. */
const arr = (values: ArrayLike<number>, shape: readonly number[]) => np.array(Float32Array.from(values)).reshape([...shape]);

/** f of one network kind (bench/nets.ts), on params given by name with their shapes. */
function field(kind: string, params: Record<string, { values: ArrayLike<number>; shape: readonly number[] }>): (x: A) => A {
  const P = Object.fromEntries(Object.entries(params).map(([k, p]) => [k, arr(p.values, p.shape)]));
  // params are captured by the traced function: .ref keeps each alive for the next trace
  const lin = (W: string, x: A, b?: string) => (b ? np.matmul(P[W]!.ref, x).add(P[b]!.ref) : np.matmul(P[W]!.ref, x));
  if (kind === 'score') return (x) => lin('W3', jax.nn.softplus(lin('W2', jax.nn.softplus(lin('W1', x, 'b1')), 'b2')), 'b3');
  if (kind === 'cnf3') return (x) => lin('W4', np.tanh(lin('W3', np.tanh(lin('W2', np.tanh(lin('W1', x, 'b1')), 'b2')), 'b3')));
  if (kind === 'nerf') {
    return (x) => {
      // bench/nets.ts NERF: per octave k, sin(2^k x) then cos(2^k x) (x's last use consumes it)
      const parts: A[] = [];
      for (let k = 0; k < 6; k++) parts.push(np.sin(x.ref.mul(2 ** k)), np.cos((k === 5 ? x : x.ref).mul(2 ** k)));
      return lin('W2', jax.nn.relu(lin('W1', np.concatenate(parts), 'b1')), 'b2');
    };
  }
  const silu = (z: A) => jax.nn.silu(z);
  return (x) => lin('W5', silu(lin('W4', silu(lin('W3', silu(lin('W2', silu(lin('W1', x, 'b')), 'b')), 'b')), 'b')));
}

export interface JaxNet {
  /** div f at each point (float32). */
  divergence(points: Float32Array, n: number): Promise<Float32Array>;
  /** Best points/s of div f over the batch sizes, each timed for `seconds` at least. */
  rate(points: Float32Array, batches: number[], seconds: number): Promise<{ pointsPerSecond: number; batch: number }>;
}

export function jaxNet(kind: string, d: number, params: Record<string, { values: ArrayLike<number>; shape: readonly number[] }>): JaxNet {
  const div = jit((X: A) => np.trace(vmap(jacfwd(field(kind, params)))(X), 0, 1, 2));
  const divergence = async (points: Float32Array, n: number) => (await div(np.array(points.subarray(0, n * d)).reshape([n, d])).data()) as Float32Array;
  return {
    divergence,
    async rate(points, batches, seconds) {
      let best = { pointsPerSecond: 0, batch: 0 };
      for (const n of batches) {
        await divergence(points, n);
        let runs = 0;
        const start = performance.now();
        do { await divergence(points, n); runs++; } while (performance.now() - start < seconds * 1000);
        const pps = (n * runs) / ((performance.now() - start) / 1000);
        if (pps > best.pointsPerSecond) best = { pointsPerSecond: pps, batch: n };
      }
      return best;
    },
  };
}

// `divc bench FILE.div [--n N]`: points per second of the field's kernel on each backend this
// machine has (wasm SIMD f64 and f32 on one thread and on all cores, WebGPU when an adapter
// exists), each against f alone (an artifact without the divergence) on the same backend, so the
// price of div f is visible. Points are uniform in [-1, 1]^d; best of repeated runs. A field's
// conditions take the values --cond gives (one for every point), the others are drawn per point
// as the points are, uniform in [-1, 1].
// The runtime keeps batches under THREAD_MIN_POINTS points on one thread whatever `threads` asks:
// the all-cores row then says it ran on one (`wasm f64, 2 threads: ran on 1 (n < 32,768)`).
import { availableParallelism } from 'node:os';
import { compile } from '../compile.js';
import { load, THREAD_MIN_POINTS, type CallOptions, type Kernel, type LoadOptions, type ParamMeta } from '../../runtime/index.js';
import { conditionSize, type ConditionInfo, type CondValues } from './conditions.js';

/** `threads`: the wasm threads that ran the measured calls (absent on WebGPU). */
export interface BenchRow { backend: string; threads?: number; pointsPerSecond: number | null; fAlonePointsPerSecond: number | null; note?: string }
export interface BenchOptions {
  field?: string; n: number; seconds: number;
  /** The values, or a function of the field's declared params giving them (a tensor file's
   *  names are matched against those). */
  params: Record<string, unknown> | ((declared: ParamMeta[]) => Record<string, unknown>);
  /** The conditions' values for every point (--cond), checked against the field's conditions;
   *  a condition given none is drawn per point, uniform in [-1, 1]. */
  conditions?: (declared: readonly ConditionInfo[], field: string) => CondValues;
  /** Told what is measured as each measurement starts: the whole run takes seconds. */
  progress?: (line: string) => void;
}

/** Best seconds of one call, repeated for about `budget` seconds after a warm-up run. */
async function time(fn: () => Promise<unknown>, budget: number): Promise<number> {
  await fn();
  let best = Infinity;
  const start = performance.now();
  do {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
  } while (performance.now() - start < budget * 1000);
  return best / 1000;
}

/** A condition's value in a bench: the one given with --cond, or drawn per point. */
export const DRAWN = 'uniform in [-1, 1]' as const;

/** What was measured: a field's f and div f, or a potential's grad U, U and Laplacian; with the
 *  values its conditions had (absent: it has none). */
export interface BenchResult { rows: BenchRow[]; field: string; dim: number; kind: 'field' | 'potential'; conditions?: Record<string, number | number[] | typeof DRAWN> }

/** The rows, or the diagnostics-bearing compile output when the source does not compile. */

export async function bench(source: string, filename: string, o: BenchOptions): Promise<BenchResult | { diagnostics: ReturnType<typeof compile>['diagnostics'] }> {
  const base = { filename, ...(o.field ? { field: o.field } : {}) };
  const full = { f64: compile(source, { ...base, precision: 'f64' }), f32: compile(source, { ...base, precision: 'f32' }) };
  if (!full.f64.wasm || !full.f32.wasm) return { diagnostics: full.f64.diagnostics };
  const fOnly = { f64: compile(source, { ...base, precision: 'f64', fOnly: true }).wasm!, f32: compile(source, { ...base, precision: 'f32', fOnly: true }).wasm! };
  const { dim, field } = full.f64.metadata!;
  const params = typeof o.params === 'function' ? o.params(full.f64.metadata!.params) : o.params;
  const declared = full.f64.metadata!.conditions ?? [];
  const given = o.conditions?.(declared, field) ?? {};
  const cores = availableParallelism();
  const configs: { name: string; precision: 'f64' | 'f32'; options: LoadOptions }[] = [
    { name: 'wasm f64, 1 thread', precision: 'f64', options: { backend: 'wasm', threads: 1 } },
    ...(cores > 1 ? [{ name: `wasm f64, ${cores} threads`, precision: 'f64' as const, options: { backend: 'wasm' as const, threads: cores } }] : []),
    { name: 'wasm f32, 1 thread', precision: 'f32', options: { backend: 'wasm', threads: 1 } },
    { name: 'webgpu f32', precision: 'f32', options: { backend: 'webgpu' } },
  ];
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * 2 - 1; // reproducible
  const f64 = Float64Array.from({ length: o.n * dim }, random);
  const points = { f64, f32: Float32Array.from(f64) };
  // conditions without a --cond value: drawn per point after the points (which stay as they were)
  const drawn = declared.filter((c) => !Object.hasOwn(given, c.name)).map((c) => [c.name, Float64Array.from({ length: o.n * conditionSize(c) }, random)] as const);
  const options = (precision: 'f64' | 'f32'): CallOptions | undefined => (declared.length === 0 ? undefined
    : { conditions: { ...given, ...Object.fromEntries(drawn.map(([name, v]) => [name, precision === 'f32' ? Float32Array.from(v) : v])) } });
  const callOptions = { f64: options('f64'), f32: options('f32') };
  const rows: BenchRow[] = [];
  for (const [i, c] of configs.entries()) {
    o.progress?.(`${i + 1}/${configs.length}: ${c.name}`);
    const kernels: Kernel[] = [];
    try {
      const k = await load(full[c.precision].wasm!, c.options);
      const f = await load(fOnly[c.precision], c.options);
      kernels.push(k, f);
      for (const kernel of kernels) kernel.setParams(params as never);
      const pts = points[c.precision], opts = callOptions[c.precision];
      // evaluate on both: values and div f against values alone
      const t = await time(() => k.evaluate(pts, opts), o.seconds);
      const threads = k.threads;
      const tf = await time(() => f.evaluate(pts, opts), o.seconds);
      if (c.options.backend !== 'wasm') { rows.push({ backend: c.name, pointsPerSecond: o.n / t, fAlonePointsPerSecond: o.n / tf }); continue; }
      // a row asking for more threads than ran says so (small batches stay on one thread)
      const asked = c.options.threads as number;
      const ran = Math.min(threads, f.threads);
      const backend = ran === asked ? c.name : `${c.name}: ran on ${ran}${o.n < THREAD_MIN_POINTS ? ` (n < ${THREAD_MIN_POINTS.toLocaleString('en')})` : ''}`;
      rows.push({ backend, threads: ran, pointsPerSecond: o.n / t, fAlonePointsPerSecond: o.n / tf });
    } catch (e) {
      if (c.options.backend !== 'webgpu') throw e;
      rows.push({ backend: c.name, pointsPerSecond: null, fAlonePointsPerSecond: null, note: (e as Error).message });
    } finally {
      for (const kernel of kernels) kernel.dispose();
    }
  }
  const conditions = declared.length ? { conditions: Object.fromEntries(declared.map((c) => [c.name, given[c.name] ?? DRAWN])) } : {};
  return { rows, field, dim, kind: full.f64.metadata!.kind === 'potential' ? 'potential' : 'field', ...conditions };
}

export function formatBench(r: BenchResult, n: number): string {
  const e = (v: number | null) => (v === null ? '-' : v.toExponential(2));
  // a potential's kernel gives grad U (its field), U and the Laplacian (its divergence)
  const [both, alone, cost] = r.kind === 'potential'
    ? ['grad U, U + Laplacian (points/s)', 'grad U, U alone', 'cost of Laplacian']
    : ['f + div f (points/s)', 'f alone', 'cost of div f'];
  const conds = Object.entries(r.conditions ?? {}).map(([name, v]) => (v === DRAWN ? `${name} ${DRAWN}` : `${name} = ${Array.isArray(v) ? `[${v.join(', ')}]` : v}`));
  const lines = [`${r.kind === 'potential' ? 'potential ' : ''}${r.field} (dim ${r.dim}), ${n.toLocaleString('en')} points uniform in [-1, 1]^${r.dim}${conds.map((c) => `, ${c}`).join('')}, best of repeated runs`, ''];
  const [w0, w1, w2, w3] = [Math.max(22, ...r.rows.map((row) => row.backend.length)), both.length, Math.max(10, alone.length), cost.length];
  lines.push(`${'backend'.padEnd(w0)} ${both} ${alone.padStart(w2)} ${cost}`);
  for (const row of r.rows) {
    if (row.pointsPerSecond === null) { lines.push(`${row.backend.padEnd(w0)} not available: ${row.note}`); continue; }
    lines.push(`${row.backend.padEnd(w0)} ${e(row.pointsPerSecond).padStart(w1)} ${e(row.fAlonePointsPerSecond).padStart(w2)} ${`${(row.fAlonePointsPerSecond! / row.pointsPerSecond).toFixed(2)}x`.padStart(w3)}`);
  }
  return lines.join('\n') + '\n';
}

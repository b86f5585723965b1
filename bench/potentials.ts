// `npm run bench:potentials`: potentials (issue 12): the Laplacian and the Hessian diagonal of
// mlp_potential, charges_potential and a two-hidden-layer potential, against grad U alone in
// divc and against PyTorch's exact methods (d double-backward passes, vmap(hessian),
// vmap(jacfwd(jacrev))) and its grad alone, one thread, f64, the same params and points,
// alternating rounds, each contender's best kept. Writes bench/results/potentials.json and
// rewrites the Potentials section of docs/BENCHMARKS.md.   Options: --smoke, --rounds=N
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, VERSION } from '../compiler/index.js';
import { load, type Kernel } from '../runtime/index.js';
import { ROOT, random } from '../test/support/helpers.js';
import { writePotentialsSection } from './potentials-report.js';
import { PYTHON, TORCH_ENV } from './torch-env.js';
import { measurePeaks } from './peak.js';

const smoke = process.argv.includes('--smoke');
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? (smoke ? 1 : 3));
const SECONDS = smoke ? 0.02 : 0.3;

const reference = (name: string) => ({
  source: readFileSync(join(ROOT, `test/fixtures/reference/${name}.div`), 'utf8'),
  params: JSON.parse(readFileSync(join(ROOT, `test/fixtures/reference/${name}.expect.json`), 'utf8')).params as Record<string, unknown>,
});
/** A tanh or softplus MLP potential: U = w . s(W_L .. s(W_1 x + b_1) .. + b_L) (+ |x|^2 / 2). */
function mlpSource(dims: number[], act: string, halfNorm2: boolean): string {
  const lines = dims.slice(1).flatMap((h, i) => [`param W${i + 1}: [${h}, ${dims[i]}]`, `param b${i + 1}: [${h}]`]);
  let body = 'x';
  dims.slice(1).forEach((_, i) => { body = `${act}(W${i + 1} @ ${body} + b${i + 1})`; });
  return [...lines, `param w: [${dims.at(-1)}]`, `potential u(x: [${dims[0]}]) = dot(w, ${body})${halfNorm2 ? ' + norm2(x) / 2' : ''}`, ''].join('\n');
}

interface Spec { name: string; kind: string; d: number; source: string; params?: Record<string, unknown>; dims?: number[]; act?: string; halfNorm2?: boolean; n?: number; torchBatches?: number[] }
const mlp = (name: string, dims: number[], act: string, halfNorm2: boolean, more: Partial<Spec> = {}): Spec =>
  ({ name, kind: 'deep', d: dims[0]!, source: mlpSource(dims, act, halfNorm2), dims, act, halfNorm2, ...more });

const SPECS: Spec[] = [
  // PyTorch at its best of the batch sizes listed (f64 activations of many points leave the cache)
  { name: 'mlp_potential (16; 64)', kind: 'mlp', d: 16, ...reference('mlp_potential'), torchBatches: [1024, 4096] },
  { name: 'charges_potential (3; 8 charges)', kind: 'charges', d: 3, ...reference('charges_potential'), torchBatches: [1024, 4096] },
  mlp('two hidden layers (16; 64 x 2)', [16, 64, 64], 'softplus', true, { torchBatches: [1024, 4096] }),
  mlp('two hidden layers (32; 128 x 2)', [32, 128, 128], 'softplus', true, { n: 4096, torchBatches: [256, 1024, 4096] }),
  // torch-jet's Laplacian benchmark network (issue 24): a tanh MLP 50-768-768-512-512-1, f64
  mlp("torch-jet's net (50; 768-768-512-512)", [50, 768, 768, 512, 512], 'tanh', false, { n: 64, torchBatches: [64, 256] }),
];

/** Two significant digits below 10, one decimal above. */
const round2 = (v: number) => (v < 10 ? Number(v.toPrecision(2)) : Math.round(v * 10) / 10);

async function rate(fn: () => Promise<unknown>, n: number): Promise<number> {
  await fn();
  let runs = 0;
  const start = performance.now();
  do { await fn(); runs++; } while (performance.now() - start < SECONDS * 1000);
  return (n * runs) / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const r = random(3);
  const setups: { kernel: Kernel; grad: Kernel; reverseKernel?: Kernel; points: Float64Array; n: number; row: Record<string, unknown>; best: Record<string, number> }[] = [];
  const torchSpecs: unknown[] = [];
  for (const spec of SPECS) {
    const out = compile(spec.source);
    const params = spec.params ?? Object.fromEntries(out.metadata!.params.map((p) => [p.name, Array.from({ length: p.size }, () => (2 * r() - 1) / Math.sqrt(p.shape[1] ?? 64))]));
    const n = smoke ? Math.min(64, spec.n ?? 64) : spec.n ?? 8192;
    // divc's n points, and as many as PyTorch's largest batch (the same first ones)
    const all = Float64Array.from({ length: Math.max(n, ...(spec.torchBatches ?? [])) * spec.d }, () => 2 * r() - 1);
    const points = all.subarray(0, n * spec.d);
    const kernel = await load(out.wasm!, { threads: 1 }), grad = await load(compile(spec.source, { fOnly: true }).wasm!, { threads: 1 });
    // forward-over-reverse in divc: the same potential with the input's directions forced
    // (the divergence pass on grad U's reverse expansion), where the cost model chose otherwise
    const chosen = out.stats!.lowering!.directions;
    const overReverse = chosen === 'forward Laplacian' ? compile(spec.source, { schedule: { directions: 'input directions' } }) : undefined;
    const reverseKernel = overReverse && await load(overReverse.wasm!, { threads: 1 });
    kernel.setParams(params as never); grad.setParams(params as never); reverseKernel?.setParams(params as never);
    const s = out.stats!;
    setups.push({ kernel, grad, reverseKernel, points, n, best: {}, row: { name: spec.name, lowering: s.lowering!.kind, directions: chosen, opsU: s.potential?.perPoint, opsGrad: s.f.perPoint, opsLaplacian: s.divergenceOnly.perPoint, opsDiagonal: s.diagonal?.perPoint, ...(overReverse ? { opsOverReverse: overReverse.stats!.divergenceOnly.perPoint } : {}) } });
    const flat = (v: unknown): unknown => v;
    torchSpecs.push({ name: spec.name, kind: spec.kind, layers: spec.dims ? spec.dims.length - 1 : 0, act: spec.act, halfNorm2: spec.halfNorm2, batches: spec.torchBatches, params: Object.fromEntries(Object.entries(params).map(([k, v]) => {
      const meta = out.metadata!.params.find((p) => p.name === k);
      const values = ([v] as unknown[]).flat(3) as number[];
      return [k, meta && meta.shape.length === 2 ? Array.from({ length: meta.shape[0]! }, (_, i) => values.slice(i * meta.shape[1]!, (i + 1) * meta.shape[1]!)) : flat(v)];
    })), points: Array.from({ length: smoke ? Math.min(n, 16) : Math.max(...(spec.torchBatches ?? [Math.min(n, 1024)])) }, (_, i) => Array.from(all.subarray(i * spec.d, (i + 1) * spec.d))) });
  }
  const dir = mkdtempSync(join(tmpdir(), 'divc-potentials-'));
  const file = join(dir, 'potentials.json');
  writeFileSync(file, JSON.stringify(torchSpecs));
  const torch: Record<string, number>[] = SPECS.map(() => ({}));
  let torchLaplacian: number[][] | undefined, torchNote: string | undefined;
  let peak = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // the wasm SIMD multiply-add peak, in every round (its best kept), for the bound
    peak = Math.max(peak, measurePeaks().simdMaddFlopsPerSecond);
    for (const s of setups) {
      const entries: [string, () => Promise<unknown>][] = [['grad', () => s.grad.evaluate(s.points)], ['laplacian', () => s.kernel.laplacian(s.points)], ['diagonal', () => s.kernel.diagonal(s.points)]];
      if (s.reverseKernel) entries.push(['overReverse', () => s.reverseKernel!.laplacian(s.points)]);
      for (const [name, fn] of entries) s.best[name] = Math.max(s.best[name] ?? 0, await rate(fn, s.n));
    }
    const py = spawnSync(PYTHON, [join(ROOT, 'bench/torch_potentials.py'), file, String(SECONDS)], { encoding: 'utf8', maxBuffer: 1 << 26, env: TORCH_ENV });
    const parsed = py.status === 0 ? JSON.parse(py.stdout) : { skipped: `python3 failed: ${py.stderr.slice(-300)}` };
    if (!Array.isArray(parsed)) { torchNote = parsed.skipped; break; }
    parsed.forEach((row: Record<string, number | number[] | null>, i: number) => {
      // each method's best rate over the rounds, with the batch it came at
      for (const [k, v] of Object.entries(row)) {
        if (typeof v !== 'number' || k.endsWith(' batch') || v <= (torch[i]![k] ?? 0)) continue;
        torch[i]![k] = v;
        if (typeof row[`${k} batch`] === 'number') torch[i]![`${k} batch`] = row[`${k} batch`] as number;
      }
    });
    torchLaplacian = parsed.map((row: { laplacian: number[] }) => row.laplacian);
    console.error(`potentials: round ${round + 1} of ${ROUNDS} done`);
  }
  const rows = [];
  for (const [i, s] of setups.entries()) {
    const t = torch[i]!;
    const methods = ['double backward', 'vmap(hessian)', 'vmap(jacfwd(jacrev))'].filter((m) => t[m] !== undefined);
    const bestMethod = methods.length ? methods.reduce((a, b) => (t[a]! >= t[b]! ? a : b)) : undefined;
    const lap = await s.kernel.laplacian(s.points.subarray(0, 8 * s.kernel.dim));
    rows.push({
      ...s.row, divcGrad: s.best.grad, divcLaplacian: s.best.laplacian, divcDiagonal: s.best.diagonal, ...(s.best.overReverse ? { divcOverReverse: s.best.overReverse } : {}),
      ...(bestMethod ? { torchGrad: t.grad, torchBest: t[bestMethod], torchMethod: bestMethod, torchBatch: t[`${bestMethod} batch`], torchMethods: Object.fromEntries(methods.map((m) => [m, t[m]])), speedupLaplacian: round2(s.best.laplacian! / t[bestMethod]!), speedupDiagonal: round2(s.best.diagonal! / t[bestMethod]!),
        // the speed-up divc's Laplacian would have if its operations ran at the wasm peak
        boundLaplacian: round2(peak / (s.row.opsLaplacian as number) / t[bestMethod]!) } : {}),
      ...(torchLaplacian ? { agree: Math.max(...torchLaplacian[i]!.map((v, p) => Math.abs(v - lap[p]!) / Math.max(1, Math.abs(v)))) } : {}),
    });
    s.kernel.dispose(); s.grad.dispose(); s.reverseKernel?.dispose();
  }
  const result = { version: VERSION, date: new Date().toISOString(), cpu: cpus()[0]?.model, rounds: ROUNDS, simdMaddFlopsPerSecond: peak, torchNote, rows };
  if (!smoke) {
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/potentials.json'), JSON.stringify(result, null, 2) + '\n');
    writePotentialsSection();
  }
  console.log(JSON.stringify(result, null, 1));
}

await main();

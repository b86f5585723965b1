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

const smoke = process.argv.includes('--smoke');
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? (smoke ? 1 : 3));
const SECONDS = smoke ? 0.02 : 0.3;

const reference = (name: string) => ({
  source: readFileSync(join(ROOT, `test/fixtures/reference/${name}.div`), 'utf8'),
  params: JSON.parse(readFileSync(join(ROOT, `test/fixtures/reference/${name}.expect.json`), 'utf8')).params as Record<string, unknown>,
});
const MLP2 = `param W1: [64, 16]\nparam b1: [64]\nparam W2: [64, 64]\nparam b2: [64]\nparam w: [64]\npotential energy2(x: [16]) = dot(w, softplus(W2 @ softplus(W1 @ x + b1) + b2)) + norm2(x) / 2\n`;

const SPECS = [
  { name: 'mlp_potential (16; 64)', kind: 'mlp', d: 16, ...reference('mlp_potential') },
  { name: 'charges_potential (3; 8 charges)', kind: 'charges', d: 3, ...reference('charges_potential') },
  { name: 'two hidden layers (16; 64 x 2)', kind: 'mlp2', d: 16, source: MLP2, params: undefined as Record<string, unknown> | undefined },
];

async function rate(fn: () => Promise<unknown>, n: number): Promise<number> {
  await fn();
  let runs = 0;
  const start = performance.now();
  do { await fn(); runs++; } while (performance.now() - start < SECONDS * 1000);
  return (n * runs) / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const r = random(3);
  const setups: { kernel: Kernel; grad: Kernel; points: Float64Array; n: number; row: Record<string, unknown>; best: Record<string, number> }[] = [];
  const torchSpecs: unknown[] = [];
  for (const spec of SPECS) {
    const out = compile(spec.source);
    const params = spec.params ?? Object.fromEntries(out.metadata!.params.map((p) => [p.name, Array.from({ length: p.size }, () => (2 * r() - 1) / Math.sqrt(p.shape[1] ?? 64))]));
    const n = smoke ? 64 : 8192;
    const points = Float64Array.from({ length: n * spec.d }, () => 2 * r() - 1);
    const kernel = await load(out.wasm!, { threads: 1 }), grad = await load(compile(spec.source, { fOnly: true }).wasm!, { threads: 1 });
    kernel.setParams(params as never); grad.setParams(params as never);
    const s = out.stats!;
    setups.push({ kernel, grad, points, n, best: {}, row: { name: spec.name, lowering: s.lowering!.kind, opsU: s.potential?.perPoint, opsGrad: s.f.perPoint, opsLaplacian: s.divergenceOnly.perPoint, opsDiagonal: s.diagonal?.perPoint } });
    const flat = (v: unknown): unknown => v;
    torchSpecs.push({ name: spec.name, kind: spec.kind, params: Object.fromEntries(Object.entries(params).map(([k, v]) => {
      const meta = out.metadata!.params.find((p) => p.name === k);
      const values = ([v] as unknown[]).flat(3) as number[];
      return [k, meta && meta.shape.length === 2 ? Array.from({ length: meta.shape[0]! }, (_, i) => values.slice(i * meta.shape[1]!, (i + 1) * meta.shape[1]!)) : flat(v)];
    })), points: Array.from({ length: Math.min(n, smoke ? 16 : 1024) }, (_, i) => Array.from(points.subarray(i * spec.d, (i + 1) * spec.d))) });
  }
  const dir = mkdtempSync(join(tmpdir(), 'divc-potentials-'));
  const file = join(dir, 'potentials.json');
  writeFileSync(file, JSON.stringify(torchSpecs));
  const torch: Record<string, number>[] = SPECS.map(() => ({}));
  let torchLaplacian: number[][] | undefined, torchNote: string | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of setups) {
      const entries: [string, () => Promise<unknown>][] = [['grad', () => s.grad.evaluate(s.points)], ['laplacian', () => s.kernel.laplacian(s.points)], ['diagonal', () => s.kernel.diagonal(s.points)]];
      for (const [name, fn] of entries) s.best[name] = Math.max(s.best[name] ?? 0, await rate(fn, s.n));
    }
    const py = spawnSync(PYTHON, [join(ROOT, 'bench/torch_potentials.py'), file, String(SECONDS)], { encoding: 'utf8', maxBuffer: 1 << 26, env: TORCH_ENV });
    const parsed = py.status === 0 ? JSON.parse(py.stdout) : { skipped: `python3 failed: ${py.stderr.slice(-300)}` };
    if (!Array.isArray(parsed)) { torchNote = parsed.skipped; break; }
    parsed.forEach((row: Record<string, number | number[] | null>, i: number) => {
      for (const [k, v] of Object.entries(row)) if (typeof v === 'number') torch[i]![k] = Math.max(torch[i]![k] ?? 0, v);
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
      ...s.row, divcGrad: s.best.grad, divcLaplacian: s.best.laplacian, divcDiagonal: s.best.diagonal,
      ...(bestMethod ? { torchGrad: t.grad, torchBest: t[bestMethod], torchMethod: bestMethod, speedupLaplacian: Math.round((s.best.laplacian! / t[bestMethod]!) * 10) / 10, speedupDiagonal: Math.round((s.best.diagonal! / t[bestMethod]!) * 10) / 10 } : {}),
      ...(torchLaplacian ? { agree: Math.max(...torchLaplacian[i]!.map((v, p) => Math.abs(v - lap[p]!) / Math.max(1, Math.abs(v)))) } : {}),
    });
    s.kernel.dispose(); s.grad.dispose();
  }
  const result = { version: VERSION, date: new Date().toISOString(), cpu: cpus()[0]?.model, rounds: ROUNDS, torchNote, rows };
  if (!smoke) {
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/potentials.json'), JSON.stringify(result, null, 2) + '\n');
    writePotentialsSection();
  }
  console.log(JSON.stringify(result, null, 1));
}

await main();

// The WGSL backend, run for real: Dawn (npm `webgpu`) on a software Vulkan driver (lavapipe,
// installed by scripts/setup-gpu.sh). vitest runs each test file in its own forked process; this
// file holds one WebGPU device for all its kernels (the runtime shares one device per process).
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.js';
import { load, type Kernel } from '../../runtime/index.js';
import { FIELDS, conditionsOf, reference, source, worstError } from '../support/helpers.js';

// every shared field, both lowerings: mlp, mlp2 and score_net run the tensor level's loop shader
const GPU_FIELDS = FIELDS;
const kernels: Kernel[] = [];
afterAll(() => kernels.forEach((k) => k.dispose()));

// a field with conditions (a per-point input beside the state) also through the scalar
// lowering's shader: cnf_time (diffusion_score's 64 x 64 layer unrolled took lavapipe 220 s to compile)
const CASES = GPU_FIELDS.flatMap((name) => [[name, 'auto'] as const, ...(name === 'cnf_time' ? [[name, 'scalar'] as const] : [])]);

describe.each(CASES)('%s on WebGPU (lowering: %s)', (name, lowering) => {
  it('matches the references (1e-4) and the wasm f32 kernel', async () => {
    const ref = reference(name);
    const options = conditionsOf(ref);
    const out = compile(source(name), { precision: 'f32', lowering });
    if (lowering === 'scalar') expect(out.stats!.lowering!.kind).toBe('scalar');
    const wasm = out.wasm!;
    const gpu = await load(wasm, { backend: 'webgpu' });
    kernels.push(gpu);
    expect(gpu.backend).toBe('webgpu');
    gpu.setParams(ref.params);
    const r = await gpu.evaluate(ref.points, options);
    expect(r.divergence).toBeInstanceOf(Float32Array);
    const err = worstError(r, ref);
    expect(err.divergence).toBeLessThanOrEqual(1e-4);
    expect(err.values).toBeLessThanOrEqual(1e-4);
    const cpu = await load(wasm, { backend: 'wasm' });
    cpu.setParams(ref.params);
    const c = await cpu.evaluate(ref.points, options);
    ref.points.forEach((_, i) => expect(Math.abs(r.divergence[i]! - c.divergence[i]!) / Math.max(1, ref.scale[i]!)).toBeLessThanOrEqual(1e-4));
    // the divergence-only entry point agrees with the fused one
    const d = await gpu.divergence(ref.points, options);
    ref.points.forEach((_, i) => expect(d[i]).toBeCloseTo(r.divergence[i]!, 5));
    if (ref.diagonal) {
      const diagonal = await gpu.diagonal(ref.points, options);
      expect(gpu.backend).toBe('webgpu');
      ref.points.forEach((_, i) => ref.diagonal![i]!.forEach((v, c) => expect(Math.abs(diagonal[i * ref.dim + c]! - v) / Math.max(1, ref.scale[i]!)).toBeLessThanOrEqual(1e-4)));
    }
  }, 120_000);
});

describe('the flow on WebGPU: each RK4 stage one dispatch', () => {
  it.each(['cnf_time', 'linear_flow'])('%s against its flow references (f32, 1e-4; Dormand-Prince at rtol 1e-6, what f32 can hold)', async (name) => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { REFERENCE_DIR } = await import('../support/helpers.js');
    const ref = JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.flow.json`), 'utf8'));
    const gpu = await load(compile(source(name), { precision: 'f32' }).wasm!, { backend: 'webgpu' });
    kernels.push(gpu);
    gpu.setParams(ref.params);
    for (const c of ref.cases) {
      const r = await gpu.flow(c.points, c.method === 'rk4' ? { t0: c.t0, t1: c.t1, steps: c.steps } : { t0: c.t0, t1: c.t1, method: 'dopri5', rtol: 1e-6, atol: 1e-9 });
      expect(gpu.backend).toBe('webgpu');
      c.end.forEach((p: number[], i: number) => p.forEach((v, d) => expect(Math.abs(r.points[ref.dim * i + d]! - v) / Math.max(1, Math.abs(v))).toBeLessThanOrEqual(1e-4)));
      c.integral.forEach((v: number, i: number) => expect(Math.abs(r.integral[i]! - v) / Math.max(1, Math.abs(v))).toBeLessThanOrEqual(1e-4));
    }
  }, 120_000);
});

describe('found by review (WebGPU)', () => {
  it.each([
    ['a condition named like a flattened input', 'field f(x: [2]; x_1) = x * x_1', [[1, 2]], { x_1: 3 }, [3, 6]],
    ['a condition named like the shader\'s own row', 'field f(x, y; row) = (x * row, y)', [[1, 2]], { row: 4 }, [4, 2]],
  ] as const)('%s compiles and runs', async (_what, src, points, conditions, values) => {
    const gpu = await load(compile(src, { precision: 'f32' }).wasm!, { backend: 'webgpu' });
    kernels.push(gpu);
    const r = await gpu.evaluate(points as unknown as number[][], { conditions });
    expect(gpu.backend).toBe('webgpu');
    expect(Array.from(r.values)).toEqual(values);
  });

  it('a flow driven from JavaScript (each stage a dispatch) keeps the params it was called with', async () => {
    const gpu = await load(compile('param a = 1\nfield f(x, y) = (-a * y, a * x)', { precision: 'f32' }).wasm!, { backend: 'webgpu' });
    kernels.push(gpu);
    const want = await gpu.flow([[1, 0]], { t0: 0, t1: 1, steps: 20 });
    const p = gpu.flow([[1, 0]], { t0: 0, t1: 1, steps: 20 });
    gpu.setParams({ a: 5 });
    expect(Array.from((await p).points)).toEqual(Array.from(want.points));
  });
});

describe('networks at the tensor level on WebGPU', () => {
  it.each([[16, 128, 'score'], [16, 128, 'cnf3']] as const)('(%i; %i) %s: the loop shader agrees with the wasm f32 kernel at every point', async (d, h, kind) => {
    // the cnf3 one takes the input's 16 directions: its per-point tangent blocks (128 x 16) go
    // to the storage scratch
    const { net } = await import('../../bench/nets.js');
    const out = compile(net(kind, d, h), { precision: 'f32' });
    expect(out.stats!.lowering!.kind).toBe('tensor');
    // the cnf3's tangent blocks need the storage scratch in every entry
    if (kind === 'cnf3') expect(out.metadata!.memory.gpuScratch).toBeGreaterThan(4096);
    const gpu = await load(out.wasm!, { backend: 'webgpu' });
    kernels.push(gpu);
    const cpu = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    let s = 3;
    const r = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const params = Object.fromEntries(out.metadata!.params.map((p) => [p.name, Float64Array.from({ length: p.size }, () => r() / Math.sqrt(p.shape[1] ?? h))]));
    gpu.setParams(params); cpu.setParams(params);
    const points = Float32Array.from({ length: 128 * d }, r);
    const [a, b] = [await gpu.evaluate(points), await cpu.evaluate(points)];
    expect(gpu.backend).toBe('webgpu');
    for (let i = 0; i < 128; i++) expect(Math.abs(a.divergence[i]! - b.divergence[i]!)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(b.divergence[i]!)));
    for (let i = 0; i < 128 * d; i++) expect(Math.abs(a.values[i]! - b.values[i]!)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(b.values[i]!)));
    cpu.dispose();
  }, 120_000);
});

describe('training on a WebGPU kernel', () => {
  it('an artifact with a vjp entry evaluates on the GPU as without; k.vjp runs on wasm (k.backend says so), then the GPU again', async () => {
    // the vjp entry is not in the shader, but its summed values grow the per-batch range the GPU reads
    const ref = reference('mlp');
    const out = compile(source('mlp'), { precision: 'f32', vjp: true });
    expect(out.schedule!.lowering).toBe('tensor');
    expect(out.wgsl).not.toMatch(/vjp/);
    const gpu = await load(out.wasm!, { backend: 'webgpu' });
    kernels.push(gpu);
    const cpu = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    gpu.setParams(ref.params as never); cpu.setParams(ref.params as never);
    const [a, b] = [await gpu.evaluate(ref.points), await cpu.evaluate(ref.points)];
    expect(gpu.backend).toBe('webgpu');
    b.divergence.forEach((v, i) => expect(Math.abs(a.divergence[i]! - v)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(v))));
    const [ga, gb] = [await gpu.vjp(ref.points, { divergence: 1 }), await cpu.vjp(ref.points, { divergence: 1 })];
    expect(gpu.backend).toBe('wasm');
    expect(ga.params).toEqual(gb.params);
    await gpu.evaluate(ref.points);
    expect(gpu.backend).toBe('webgpu');
    cpu.dispose();
  }, 120_000);
});

describe('WebGPU runtime', () => {
  it('runs a batch over several dispatches (three chunks, both read-back slots reused) and agrees with wasm', async () => {
    const ref = reference('coulomb');
    const wasm = compile(source('coulomb'), { precision: 'f32' }).wasm!;
    const gpu = await load(wasm, { backend: 'webgpu' });
    kernels.push(gpu);
    gpu.setParams(ref.params);
    const n = 2 * (1 << 18) + 1001; // chunks of 2^18 points on software adapters
    const pts = new Float32Array(n * 3).map((_, i) => ref.points[Math.floor(i / 3) % ref.points.length]![i % 3]! + 1e-4 * (Math.floor(i / 3) % 17));
    const g = await gpu.evaluate(pts);
    const cpu = await load(wasm, { backend: 'wasm' });
    cpu.setParams(ref.params);
    const c = await cpu.evaluate(pts);
    expect(g.divergence.length).toBe(n);
    expect(g.values.length).toBe(3 * n);
    const worst = (a: ArrayLike<number>, b: ArrayLike<number>) => {
      let w = 0;
      for (let i = 0; i < a.length; i++) w = Math.max(w, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
      return w;
    };
    expect(worst(g.divergence, c.divergence)).toBeLessThan(1e-4);
    expect(worst(g.values, c.values)).toBeLessThan(1e-4);
  }, 120_000);

  it('overlapping calls, with setParams between them, each use the params they were made with', async () => {
    const ref = reference('gmm_score');
    const wasm = compile(source('gmm_score'), { precision: 'f32' }).wasm!;
    const gpu = await load(wasm, { backend: 'webgpu' });
    const auto = await load(wasm, { backend: 'auto' }); // its first large batch awaits the GPU probe
    const cpu = await load(wasm, { backend: 'wasm' });
    kernels.push(gpu, auto, cpu);
    for (const k of [gpu, auto, cpu]) k.setParams(ref.params);
    const n = (1 << 18) + 77;
    const pts = new Float32Array(n * 8).map((_, i) => ref.points[Math.floor(i / 8) % ref.points.length]![i % 8]! + 1e-4 * (Math.floor(i / 8) % 17));
    const s2 = (ref.params.s as number[]).map((s) => 1.5 * s); // the divergence depends on s
    const calls = [gpu, auto].map((k) => k.divergence(pts));
    for (const k of [gpu, auto]) k.setParams({ s: s2 });
    const later = [gpu, auto].map((k) => k.divergence(pts));
    const before = await cpu.divergence(pts);
    cpu.setParams({ s: s2 });
    const after = await cpu.divergence(pts);
    const worst = (a: ArrayLike<number>, b: ArrayLike<number>) => {
      let w = 0;
      for (let i = 0; i < a.length; i++) w = Math.max(w, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
      return w;
    };
    for (const r of await Promise.all(calls)) expect(worst(r, before)).toBeLessThan(1e-4);
    for (const r of await Promise.all(later)) expect(worst(r, after)).toBeLessThan(1e-4);
    expect(worst(after, before)).toBeGreaterThan(1e-2); // the two param sets really differ
  }, 120_000);

  it('a call waiting for the GPU probe keeps its params when setParams follows with no other call', async () => {
    const ref = reference('gmm_score');
    const wasm = compile(source('gmm_score'), { precision: 'f32' }).wasm!;
    const auto = await load(wasm, { backend: 'auto' });
    const cpu = await load(wasm, { backend: 'wasm' });
    kernels.push(auto, cpu);
    for (const k of [auto, cpu]) k.setParams(ref.params);
    const n = (1 << 16) + 5;
    const pts = new Float32Array(n * 8).map((_, i) => ref.points[Math.floor(i / 8) % ref.points.length]![i % 8]!);
    const call = auto.divergence(pts); // awaits the probe before it computes
    auto.setParams({ mu: (ref.params.mu as number[][]).map((row) => row.map((m) => m + 0.5)), s: (ref.params.s as number[]).map((s) => 1.5 * s) });
    const [got, want] = await Promise.all([call, cpu.divergence(pts)]);
    let differ = 0;
    for (let i = 0; i < n; i++) if (!Object.is(got[i], want[i])) differ++;
    expect(differ).toBe(0);
  }, 120_000);

  it('uploads params again when they change', async () => {
    const wasm = compile(source('lorenz'), { precision: 'f32' }).wasm!;
    const gpu = await load(wasm, { backend: 'webgpu' });
    kernels.push(gpu);
    expect((await gpu.divergence([1, 2, 3]))[0]).toBeCloseTo(-(10 + 1 + 8 / 3), 5);
    gpu.setParams({ sigma: 1, beta: 2 });
    expect((await gpu.divergence([1, 2, 3]))[0]).toBe(-4);
  });

  it("'auto' keeps small batches, and any batch on a software adapter, on wasm", async () => {
    const k = await load(compile(source('lorenz')).wasm!, { backend: 'auto' });
    kernels.push(k);
    await k.divergence([1, 2, 3]);
    expect(k.backend).toBe('wasm');
  });

  it("'auto' asks a child process for the adapter's kind, and it is the adapter this process gets", async () => {
    // the child keeps Dawn's stderr out of this process (test/runtime/auto-backend-quiet.test.ts);
    // it must not answer 'none' where an adapter exists, nor call lavapipe hardware
    const { dawnAdapterKind } = await import('../../runtime/webgpu.js');
    const k = await load(compile(source('lorenz'), { precision: 'f32' }).wasm!, { backend: 'webgpu' });
    kernels.push(k);
    const software = (k as unknown as { gpu: { software: boolean; description: string } }).gpu.software;
    expect(await dawnAdapterKind()).toBe(software ? 'software' : 'hardware');
  });
});

describe('random programs on WebGPU', () => {
  it('the WGSL kernel agrees with the interpreter rounding every value to f32', async () => {
    const { programArb, sourceOf } = await import('../support/arbitrary.js');
    const { analyze, interpret } = await import('../../compiler/index.js');
    const { assertForBudget } = await import('../support/property-budget.js');
    await assertForBudget('random programs on WebGPU', programArb(true), async (p) => {
      const src = sourceOf(p);
      const k = await load(compile(src, { precision: 'f32' }).wasm!, { backend: 'webgpu' });
      kernels.push(k);
      if (k.params.length > 0) k.setParams({ k: p.k });
      const r = await k.evaluate(p.points);
      const program = analyze(src).programs!.evaluate;
      p.points.forEach((pt, i) => {
        // against the interpreter in f32 (every node rounded, the f32 kernels' sin and cos): a
        // program can be ill-conditioned in f32 (seed 575685337: sin(101^4), where 101^4 rounds
        // by 1 in f32 and the f64 value differs by 0.27), and the GPU is held to f32's answer
        const ref = interpret(program, pt.map(Math.fround), [Math.fround(p.k)], Math.fround);
        const scale = 1 + Math.abs(ref.divergence!) + ref.values.reduce((a, v) => a + Math.abs(v), 0);
        expect(Math.abs(r.divergence[i]! - ref.divergence!)).toBeLessThanOrEqual(1e-3 * scale);
        ref.values.forEach((v, c) => expect(Math.abs(r.values[i * p.dim + c]! - v)).toBeLessThanOrEqual(1e-3 * (1 + Math.abs(v))));
      });
    }, { floor: 15, seconds: 15, max: 40 });
  }, 300_000);

  it('random vector fields (matrix products as loops, factored sums): WGSL agrees with the interpreter', async () => {
    const { vectorProgramArb } = await import('../support/arbitrary-vector.js');
    const { analyze, interpret } = await import('../../compiler/index.js');
    // the generator's programs include fields using grad and potentials (grad U, its Laplacian and U)
    const { assertForBudget } = await import('../support/property-budget.js');
    await assertForBudget('random vector fields on WebGPU', vectorProgramArb(true), async (p) => {
      const k = await load(compile(p.source, { precision: 'f32' }).wasm!, { backend: 'webgpu' });
      kernels.push(k);
      const r = await k.evaluate(p.points);
      const programs = analyze(p.source).programs!, program = programs.evaluate;
      const params: number[] = [];
      for (const q of program.params) q.default!.forEach((v, i) => { params[q.slot + i] = Math.fround(v); });
      p.points.forEach((pt, i) => {
        const ref = interpret(program, pt.map(Math.fround), params);
        const scale = 1 + Math.abs(ref.divergence!) + ref.values.reduce((a, v) => a + Math.abs(v), 0);
        expect(Math.abs(r.divergence[i]! - ref.divergence!)).toBeLessThanOrEqual(1e-4 * scale);
        ref.values.forEach((v, c) => expect(Math.abs(r.values[i * p.dim + c]! - v)).toBeLessThanOrEqual(1e-4 * (1 + Math.abs(v))));
        if (programs.potential) {
          const U = interpret(programs.potential, pt.map(Math.fround), params).potential!;
          expect(Math.abs(r.potential![i]! - U)).toBeLessThanOrEqual(1e-4 * (scale + Math.abs(U)));
        }
      });
    }, { floor: 15, seconds: 15, max: 40 });
  }, 300_000);
});

describe('accuracy on WebGPU', () => {
  it('every builtin\'s WGSL stays within the bound docs/ACCURACY.md states', async () => {
    const { measureAccuracy, wgslBound } = await import('../../scripts/accuracy-measure.js');
    const rows = await measureAccuracy(true);
    for (const r of rows) {
      expect(r.wgsl, `${r.name}`).toBeDefined();
      expect(r.wgsl!, `${r.name} WGSL`).toBeLessThanOrEqual(wgslBound(r.name));
    }
  }, 300_000);
});

describe('derivative conventions on WebGPU', () => {
  // the same IR as the interpreter and wasm (test/compiler/conventions.test.ts); WGSL leaves 1 / 0
  // to the implementation, so only the finite cases are held here
  it('norm, hypot and pow at 0, min/max ties, clamp at its bounds: WGSL gives the convention', async () => {
    const { CONVENTION_CASES } = await import('../support/conventions-cases.js');
    for (const { name, src, params, point, divergence } of CONVENTION_CASES.filter((c) => Number.isFinite(c.divergence))) {
      const gpu = await load(compile(src, { precision: 'f32' }).wasm!, { backend: 'webgpu' });
      kernels.push(gpu);
      gpu.setParams(params);
      expect((await gpu.divergence([point]))[0], name).toBeCloseTo(divergence, 6);
    }
  }, 120_000);
});

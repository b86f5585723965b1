// The Schedule (compiler/schedule.ts, issue 21 item 4): the one object that holds how a field's
// kernels are built, chosen by one cost model. What it chooses for a few fields (lorenz scalar, mlp
// and mlp2 with loops, their reasons and blocking), the cost model's thresholds at their edges,
// and that a schedule set by hand (tests and benchmarks only) changes the emitted code as it
// says, and never the numbers: blocking, tiles and fusion reorder no arithmetic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, compile, type CompileOutput } from '../../compiler/index.js';
import { buildsVjp, chooseLevel, chooseSchedule, loopsCanHold, type ScalarSchedule, type ScheduleOverride, type TensorSchedule } from '../../compiler/schedule.js';
import type { Program } from '../../compiler/ir/program.js';
import { load } from '../../runtime/index.js';
import { ROOT, reference, source } from '../support/helpers.js';

const point = (node: number, weights: [number, number], columns = 1) => ({ node, weights, columns, stage: 'point', rows: 2, vectors: 4 });

describe('the schedule the cost model chooses', () => {
  it('lorenz: straight-line code, every entry, no binaryen passes', () => {
    const out = compile(source('lorenz'));
    const s = out.schedule as ScalarSchedule;
    expect(s).toEqual({
      lowering: 'scalar',
      reason: '11 scalar operations and weights in f unrolled, no layer of 512 weights: straight-line code',
      entries: ['evaluate', 'divergence', 'diagonal'],
      optimizer: { passes: 'none', reason: '29 IR nodes (at most 4000): no binaryen passes, -O2 gave no speed' },
      inlineDepth: 24,
      gpuLoopTerms: 8,
    });
    // the same object in the stats, and analyze (--emit stats, no backend) chooses the same
    expect(out.stats!.schedule).toBe(s);
    expect(analyze(source('lorenz')).stats!.schedule).toEqual(s);
    expect(out.stats!.lowering).toEqual({ kind: 'scalar', reason: s.reason });
  });

  it('mlp: loops for its 1024-weight layer, tiles of 4 vectors, each product 2 rows x 4 vectors', () => {
    const s = compile(source('mlp')).schedule as TensorSchedule;
    expect(s).toEqual({
      lowering: 'tensor',
      reason: 'a layer of 1024 weights (at least 512): loops over weights',
      entries: ['evaluate', 'divergence', 'diagonal'],
      optimizer: { passes: 'none', reason: 'loop code: no binaryen passes, -O2 gave no speed' },
      tile: { block: 4, groups: 1, vectors: 4 },
      // f's W1 x and W2 h, and the diagonal's (W2 * W1^T, per batch) applied to tanh'
      products: [point(2, [64, 16]), point(7, [16, 64]), point(16, [16, 64])],
      fusedDepth: 12,
      fma: true,
    });
  });

  it('mlp2: loops for its size, a per-batch product in the prologue (one vector), a per-point matrix product', () => {
    const s = analyze(source('mlp2')).schedule as TensorSchedule;
    expect(s.lowering).toBe('tensor');
    expect(s.reason).toBe('18897 scalar operations and weights in f unrolled (more than 8192): loops over weights');
    expect(s.tile).toEqual({ block: 4, groups: 1, vectors: 4 });
    expect(s.products).toEqual([
      point(7, [64, 16]), point(12, [64, 64]), point(16, [16, 64]), point(24, [64, 64], 16),
      { node: 30, weights: [64, 16], columns: 64, stage: 'batch', rows: 2, vectors: 1 },
      point(33, [64, 64]),
    ]);
    expect([s.fusedDepth, s.fma]).toEqual([12, true]);
  });

  it('a potential has the potential entry; f alone (benchmarks) has a schedule of its own', () => {
    const harmonic = readFileSync(join(ROOT, 'examples/harmonic.div'), 'utf8');
    expect(analyze(harmonic).schedule!.entries).toEqual(['evaluate', 'divergence', 'diagonal', 'potential']);
    // the vjp entry (training) when asked for; a small one keeps the bare module
    const withVjp = analyze(harmonic, { vjp: true }).schedule!;
    expect(withVjp.entries).toEqual(['evaluate', 'divergence', 'diagonal', 'potential', 'vjp']);
    expect(withVjp.optimizer.passes).toBe(analyze(harmonic).schedule!.optimizer.passes);
    const fOnly = compile(source('mlp'), { fOnly: true });
    const s = fOnly.schedule as TensorSchedule;
    expect(s.entries).toEqual(['evaluate', 'divergence']);
    expect(s.products.map((p) => p.node)).toEqual([2, 7]);
    expect(fOnly.stats!.schedule!.entries).toEqual(['evaluate', 'divergence', 'diagonal']);
  });
});

describe("the cost model's rules at their thresholds", () => {
  it('the level: more than 8192 unrolled operations, or a layer of 512 weights', () => {
    expect(chooseLevel({ unrolledOps: 8192, largestLayer: 511 }).kind).toBe('scalar');
    expect(chooseLevel({ unrolledOps: 8193, largestLayer: 0 }).kind).toBe('tensor');
    expect(chooseLevel({ unrolledOps: 100, largestLayer: 512 })).toEqual({ kind: 'tensor', reason: 'a layer of 512 weights (at least 512): loops over weights' });
  });

  // only sizes matter to the scalar rules
  const sized = (size: number) => ({ graph: { size } }) as unknown as Program;
  const scalar = (programs: Record<string, Program>) => chooseSchedule({ lowering: 'scalar', reason: 'r', programs }) as ScalarSchedule;

  it("no binaryen passes up to 4000 IR nodes in the kernel's entries, locals shared above", () => {
    expect(scalar({ evaluate: sized(2000), divergence: sized(1000), diagonal: sized(1000) }).optimizer.passes).toBe('none');
    expect(scalar({ evaluate: sized(2000), divergence: sized(1000), diagonal: sized(1001) }).optimizer.passes).toBe('locals');
  });

  it('an unrolled diagonal larger than 50,000 nodes and than f + div f is left out (and not counted)', () => {
    const s = scalar({ evaluate: sized(60_000), divergence: sized(10), diagonal: sized(60_001) });
    expect(s.entries).toEqual(['evaluate', 'divergence']);
    expect(s.omitted?.diagonal).toBe("60001 IR nodes unrolled (more than f + div f's 60000 and 50000): the tensor level has a contracted one");
    expect(s.optimizer.reason).toMatch(/^60010 IR nodes/);
    expect(scalar({ evaluate: sized(100), divergence: sized(10), diagonal: sized(50_000) }).entries).toContain('diagonal');
    expect(scalar({ evaluate: sized(70_000), divergence: sized(10), diagonal: sized(60_000) }).entries).toContain('diagonal');
  });

  it('a vjp entry of more than 50,000 nodes is left out; one kept counts towards the locals (its frame); built only for f + div f of 12,500 nodes or fewer', () => {
    const s = scalar({ evaluate: sized(3000), divergence: sized(1000), vjp: sized(50_001) });
    expect(s.entries).toEqual(['evaluate', 'divergence']);
    expect(s.omitted?.vjp).toBe('50001 IR nodes unrolled (more than 50000)');
    const kept = scalar({ evaluate: sized(3000), divergence: sized(1000), vjp: sized(50_000) });
    expect(kept.entries).toEqual(['evaluate', 'divergence', 'vjp']);
    expect(kept.optimizer).toEqual({ passes: 'locals', reason: '54000 IR nodes (more than 4000): locals shared only, -O2 gave no speed' });
    expect(scalar({ evaluate: sized(1000), divergence: sized(1000), vjp: sized(2000) }).optimizer.passes).toBe('none');
    expect([buildsVjp(12_500), buildsVjp(12_501)]).toEqual([true, false]);
  });
});

it("a wide field whose loop-level divergence would keep a [d, d] block a point gets straight-line code (the mutation fuzzer's 4,040-site Lorenz-96 took 18-26 s to compile)", () => {
  const src = 'const D = 2100\nparam F = 8\nfield l96(x: [D]) = [i in D: (x[(i + 1) % D] - x[(i + D - 2) % D]) * x[(i + D - 1) % D] - x[i] + F]';
  const lowering = analyze(src).stats!.lowering!;
  expect(lowering.kind).toBe('scalar');
  expect(lowering.reason).toBe(`f + div f at the loop level would keep ${2100 * 2100} numbers a point in one tensor (more than 1048576): straight-line code`);
  // networks stay far below (torch-jet's net: [768, 50])
  expect([loopsCanHold(768 * 50).ok, loopsCanHold(1 << 20).ok, loopsCanHold((1 << 20) + 1).ok]).toEqual([true, true, false]);
});

describe('a schedule set by hand (tests and benchmarks only) changes the code as it says, not the numbers', () => {
  const ref = reference('mlp');
  const run = async (out: CompileOutput) => {
    const k = await load(out.wasm!, { threads: 1 });
    k.setParams(ref.params);
    return k.evaluate(ref.points);
  };
  const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
  const mlp = (schedule: ScheduleOverride) => compile(source('mlp'), { text: true, schedule });
  const base = mlp({});
  const fmaSections = (out: CompileOutput) => WebAssembly.Module.customSections(new WebAssembly.Module(out.wasm!), 'divc.fma').length;

  it.each<[string, ScheduleOverride, (o: CompileOutput) => void]>([
    ['1 weight row per pass: fewer multiply-adds per step, the points read from memory by each', { rows: 1 }, (o) => {
      expect((o.schedule as TensorSchedule).products.every((p) => p.rows === 1)).toBe(true);
      expect(count(o.wat!, /f64x2\.mul/g)).toBeLessThan(count(base.wat!, /f64x2\.mul/g));
    }],
    ['tiles of 8 vectors: twice the per-point scratch', { block: 8 }, (o) => {
      expect((o.schedule as TensorSchedule).tile).toEqual({ block: 8, groups: 1, vectors: 8 });
      expect(o.metadata!.memory.heap).toBeGreaterThan(base.metadata!.memory.heap);
    }],
    ['2 groups of 2 vectors: the same tile, each weight row serving 2 groups', { block: 2, groups: 2 }, (o) => {
      expect((o.schedule as TensorSchedule).products.every((p) => p.vectors === 2)).toBe(true);
      expect(o.metadata!.memory.heap).toBe(base.metadata!.memory.heap);
    }],
    ['one product alone blocked by 3 rows', { products: { 7: { rows: 3 } } }, (o) => {
      expect((o.schedule as TensorSchedule).products.map((p) => p.rows)).toEqual([2, 3, 2]);
      expect(o.wasm).not.toEqual(mlp({ rows: 3 }).wasm);
    }],
    ['no fusion: every map through memory', { fusedDepth: 0 }, (o) => {
      expect(count(o.wat!, /v128\.store/g)).toBeGreaterThan(count(base.wat!, /v128\.store/g));
    }],
    ['no FMA build', { fma: false }, (o) => {
      expect(fmaSections(base)).toBe(1);
      expect(fmaSections(o)).toBe(0);
    }],
    ["binaryen's -O2", { optimizer: 'full' }, (o) => {
      expect(o.schedule!.optimizer).toEqual({ passes: 'full', reason: 'set by hand (tests, benchmarks)' });
      expect(o.wasm!.length).toBeLessThan(base.wasm!.length);
    }],
  ])('mlp, %s', async (_, schedule, check) => {
    const out = mlp(schedule);
    expect(out.stats!.schedule).toBe(out.schedule);
    expect(out.wasm).not.toEqual(base.wasm);
    check(out);
    const [got, want] = [await run(out), await run(base)];
    expect(Array.from(got.values)).toEqual(Array.from(want.values));
    expect(Array.from(got.divergence)).toEqual(Array.from(want.divergence));
  });

  it('straight-line code: inlining depth, optimizer, WGSL loops', () => {
    const lorenz = (schedule: ScheduleOverride) => compile(source('lorenz'), { text: true, schedule });
    const plain = lorenz({ optimizer: 'none' });
    const shallow = lorenz({ optimizer: 'none', inlineDepth: 1 });
    expect(count(shallow.wat!, /local\.set/g)).toBeGreaterThan(count(plain.wat!, /local\.set/g));
    expect(lorenz({}).wat).toBe(plain.wat); // bare by default
    expect(lorenz({ optimizer: 'full' }).wat).not.toBe(plain.wat);
    const twoLayer = readFileSync(join(ROOT, 'test/fixtures/golden-src/two_layer.div'), 'utf8');
    expect(compile(twoLayer).wgsl).toMatch(/for \(var k/);
    expect(compile(twoLayer, { schedule: { gpuLoopTerms: 10_000 } }).wgsl).not.toMatch(/for \(var k/);
  });

  it('refuses a blocking the loops cannot run', () => {
    expect(() => mlp({ products: { 2: { vectors: 3 } } })).toThrow("schedule: product 2 cannot take 3 vectors (not a divisor of the tile's 4)");
    expect(() => mlp({ products: { 3: { rows: 2 } } })).toThrow('schedule: node 3 is not a matrix product of this field');
    expect(() => mlp({ rows: 0 })).toThrow('schedule: rows of product 2 must be an integer of at least 1, not 0');
  });
});

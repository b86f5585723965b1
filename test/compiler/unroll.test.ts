// Scalar code as a lowering of the tensor program (issue 21): unroll(TensorProgram) -> Program, the
// one way scalar code is made since the front end builds only tensor programs.
// - No per-point operation count grew: every entry (f, f + div f, div f alone, the diagonal, a
//   potential's U and its evaluate entry) of every reference field and example, at each lowering,
//   costs at most what the scalar front end's program cost when it still existed
//   (test/fixtures/op-counts.json, recorded at 50c503e).
// - grad re-derived at the scalar level against the tensor gradient pass unrolled: the same values.
// - The tensor divergence and diagonal passes' programs unroll, against the tensor interpreter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { analyze } from '../../compiler/analyze.js';
import { DiagnosticBag } from '../../compiler/diagnostics.js';
import { FileScope, elaborateField } from '../../compiler/frontend/elaborate.js';
import { interpret } from '../../compiler/ir/interpret.js';
import type { Program } from '../../compiler/ir/program.js';
import { runPipeline } from '../../compiler/passes/pipeline.js';
import { countOps } from '../../compiler/stats.js';
import { tensorDiagonal, tensorDivergence } from '../../compiler/tensor/divergence.js';
import { expandGradients } from '../../compiler/tensor/expand-gradients.js';
import { tensorInterpreter } from '../../compiler/tensor/interpret.js';
import type { TensorProgram } from '../../compiler/tensor/program.js';
import { unroll, type UnrollOptions } from '../../compiler/tensor/unroll.js';
import { ROOT, paramSlots, random, reference, source } from '../support/helpers.js';

type Counts = Partial<Record<'f' | 'divergence' | 'divergenceOnly' | 'diagonal' | 'potential' | 'evaluate', number>> & { kind: string };
const BOUNDS = (JSON.parse(readFileSync(join(ROOT, 'test/fixtures/op-counts.json'), 'utf8')) as { counts: Record<string, Counts> }).counts;

function field(name: string, text: string): TensorProgram {
  const parsed = parse(text);
  expect(parsed.errors).toEqual([]);
  const scope = new FileScope(parsed.program!, new DiagnosticBag(name));
  scope.checkDeclarations();
  const p = elaborateField(scope, scope.fields[0]!);
  expect(scope.diags.list).toEqual([]);
  return p!;
}

/** f + div f through the scalar pipeline, as analyze runs it, from the unrolled program. */
function evaluate(t: TensorProgram, options: UnrollOptions = {}): Program {
  return runPipeline(unroll(t, options), { divergence: true, optimize: true });
}

const table: string[] = [];
afterAll(() => {
  if (table.length > 0) console.info(table.join('\n'));
});

describe('unroll: the scalar program as a lowering of the tensor program', () => {
  // every field and lowering the bounds were recorded for (scalar and tensor levels alike)
  it.each(Object.keys(BOUNDS))('%s: no per-point operation count above the scalar front end\'s', (key) => {
    const [file, lowering, noOpt] = key.split(' ') as [string, 'auto' | 'scalar' | 'tensor', string | undefined];
    const a = analyze(readFileSync(join(ROOT, file), 'utf8'), { filename: file, lowering, optimize: noOpt === undefined });
    expect(a.diagnostics).toEqual([]);
    const s = a.stats!;
    const now: Counts = {
      kind: s.lowering!.kind, f: s.f.perPoint, divergence: s.divergence.perPoint, divergenceOnly: s.divergenceOnly?.perPoint,
      diagonal: s.diagonal?.perPoint, potential: s.potential?.perPoint, evaluate: s.evaluate?.perPoint,
    };
    const bound = BOUNDS[key]!;
    // pendulum's grad at the tensor level: it was scalar (the old tensor front end had no grad), and is now expanded for loops when asked
    if (key !== 'test/fixtures/reference/pendulum.div tensor') expect(now.kind).toBe(bound.kind);
    else expect(now.kind).toBe('tensor');
    for (const k of ['f', 'divergence', 'divergenceOnly', 'diagonal', 'potential', 'evaluate'] as const) {
      expect(now[k] === undefined, `${key} ${k}`).toBe(bound[k] === undefined);
      if (now.kind === bound.kind && bound[k] !== undefined) expect(now[k], `${key} ${k}`).toBeLessThanOrEqual(bound[k]!);
    }
  }, 120_000);

  it('grad: the tensor gradient pass unrolled gives the same values as the scalar re-derivation, at a cost', () => {
    for (const name of ['mlp_potential', 'charges_potential', 'pendulum']) {
      const t = field(name, source(name));
      const ref = reference(name);
      const [a, b] = [evaluate(t), evaluate(t, { gradient: 'tensor' })];
      // grad from the tensor pass agrees with the scalar reverse pass to rounding only
      const slots = paramSlots(a.params, ref.params);
      for (const point of ref.points) {
        const [ra, rb] = [interpret(a, point, slots), interpret(b, point, slots)];
        ra.values.forEach((v, c) => expect(Math.abs(v - rb.values[c]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v))));
        expect(Math.abs(ra.divergence! - rb.divergence!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(ra.divergence!)));
      }
      const [ca, cb] = [countOps(a).perPoint, countOps(b).perPoint];
      expect(ca).toBeLessThanOrEqual(cb);
      table.push(`${name}: f + div f ${ca} operations per point with grad re-derived over scalars, ${cb} with the tensor gradient unrolled`);
    }
  }, 120_000);

  it("the tensor divergence and diagonal passes' programs unroll too (matrix tangents, eye, axis reductions)", () => {
    // every op and layout the tensor level has, against the tensor interpreter (whose reductions
    // run left to right, so agreement to rounding, not to the bit)
    const fields = ['mlp', 'gmm_score', 'coulomb', 'charges_potential', 'lorenz96', 'piecewise', 'cellular2d']
      .map((name) => ({ name, text: source(name), ref: reference(name) as { params: Record<string, unknown>; points: number[][]; scale?: number[] } }));
    // two hidden layers (tangents through a layer: per-point matrices times weights) and a
    // product of two weight matrices (per batch)
    const r = random(21);
    fields.push({
      name: 'deep',
      text: `param W1: [5, 3]
param W2: [4, 5]
param W3: [3, 4]
param b: [5]
field deep(x: [3]) {
  let h1 = tanh(W1 @ x + b)
  let h2 = softplus(W2 @ h1)
  return W3 @ (h2 + (W2 @ W1) @ x) + sum(h2) * x
}`,
      ref: {
        params: { W1: Array.from({ length: 15 }, () => r() - 0.5), W2: Array.from({ length: 20 }, () => r() - 0.5), W3: Array.from({ length: 12 }, () => r() - 0.5), b: Array.from({ length: 5 }, () => r() - 0.5) },
        points: Array.from({ length: 6 }, () => [0, 0, 0].map(() => 4 * r() - 2)),
      },
    });
    for (const { name, text, ref } of fields) {
      const t = expandGradients(field(name, text));
      const programs = [
        ['divergence, input directions', tensorDivergence(t, 'input directions')],
        ['divergence, columns of the output matrix', tensorDivergence(t, 'columns of the output matrix')],
        ['diagonal', tensorDiagonal(t)],
      ] as const;
      for (const [what, q] of programs) {
        const p = unroll(q, { gradient: 'tensor' });
        expect(p.outputs.divergence).toBeDefined();
        const slots = paramSlots(p.params, ref.params);
        const run = tensorInterpreter(q, slots);
        ref.points.forEach((point, i) => {
          const [a, b] = [run(point), interpret(p, point, slots)];
          const scale = Math.max(1, ref.scale?.[i] ?? 0);
          expect(b.values.length).toBe(a.values.length);
          a.values.forEach((v, c) => expect(Math.abs(v - b.values[c]!), `${name} ${what} values[${c}] at ${i}`).toBeLessThanOrEqual(1e-12 * Math.max(scale, Math.abs(v))));
          expect(Math.abs(a.divergence! - b.divergence!), `${name} ${what} divergence at ${i}`).toBeLessThanOrEqual(1e-12 * scale);
        });
      }
    }
  }, 120_000);

  it('the --no-opt baseline: simplify off builds a graph without the rewrite rules', () => {
    const t = field('lorenz', source('lorenz'));
    expect(unroll(t, { simplify: false }).graph.simplify).toBe(false);
    expect(unroll(t).graph.simplify).toBe(true);
  });
});

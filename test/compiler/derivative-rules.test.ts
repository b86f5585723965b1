// The derivative rules (compiler/passes/derivative-rules.ts) where values alone do not show them:
// a structurally zero tangent builds no work, a conditional with one constant branch keeps the
// other's tangent, only a sum of squares is a norm (derivative 0 at 0), and a * a takes one
// product per direction. Written against surviving mutants of `npm run mutate` (docs/TESTING.md,
// "Mutation testing").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { interpret } from '../../compiler/ir/interpret.js';
import { Graph } from '../../compiler/ir/graph.js';
import { OPS, type ComputeOp } from '../../compiler/ir/ops.js';
import { DERIVATIVES } from '../../compiler/passes/derivative-rules.js';

describe('derivative rules (compiler/passes/derivative-rules.ts)', () => {
  const divergence = (src: string, point: number[]) => interpret(analyze(src).programs!.evaluate, point, []).divergence!;

  it('a structurally zero tangent stays undefined: no op builds work for it', () => {
    // (reachable: the bottleneck pass asks for every node of a region, floor(s) included)
    for (const op of Object.keys(DERIVATIVES) as ComputeOp[]) {
      const g = new Graph(), info = OPS[op];
      const args = Array.from({ length: info.arity }, (_, i) => {
        const type = info.args === 'f' ? 'f' : info.args[i]!;
        if (op === 'powi' && i === 1) return g.const(3);
        return type === 'b' ? g.op('lt', g.input(i), g.param(i)) : g.op('exp', g.input(i));
      });
      expect(DERIVATIVES[op](g, args, g.op(op, ...args), args.map(() => undefined)), op).toBeUndefined();
    }
  });

  it('a conditional whose other branch is constant keeps the branch tangent', () => {
    expect(divergence('field f(x: [1]) = [if x[0] > 0 then x[0] * x[0] else 1]', [2])).toBe(4);
    expect(divergence('field f(x: [1]) = [if x[0] > 0 then 1 else x[0] * x[0]]', [-2])).toBe(-4);
  });

  it('only a sum of squares is a norm (derivative 0 at 0); a plain sqrt keeps 1 / (2 * 0)', () => {
    expect(divergence('field f(x: [1]) = [sqrt(x[0]^4)]', [0])).toBe(0);
    expect(divergence('field f(x: [1]) = [sqrt(x[0]^3)]', [0])).toBeNaN(); // Inf * 0
    expect(divergence('field f(x: [2]) = [sqrt(x[0] * x[1]), 0]', [0, 1])).toBe(Infinity);
  });

  it('a * a: one product per direction with the shared factor 2a', () => {
    const g = new Graph();
    const a = g.op('exp', g.input(0)), t = g.op('sin', g.input(1));
    expect(DERIVATIVES.mul(g, [a, a], g.op('mul', a, a), [t, t])).toBe(g.op('mul', t, g.op('add', a, a)));
  });
});

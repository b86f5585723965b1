// The optimizer never loses to --no-opt (issue 13 item 13): per-point operations of f + div f
// after the rewrite rules and the mixed-mode divergence pass are at most those of the plain
// forward mode. Attention, where it lost: a rule floated a shared invariant factor into each
// consumer, and the mixed mode multiplied each leaf of a sum by the same weight. Random programs
// check the same property in test/support/differential.ts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/index.js';

/** Self-attention over T tokens of width D (x holds them in a row), scores scaled by `scale`. */
function attention(scale: string, out: (o: string) => string, extra = ''): string {
  return `const D = 4
const T = 3
param Wq: [D, D]
param Wk: [D, D]
param Wv: [D, D]
param s: [1]
${extra}
field attn(x: [12]) {
  let X = [t in T: [j in D: x[t * D + j]]]
  let Q = [t in T: Wq @ X[t]]
  let K = [t in T: Wk @ X[t]]
  let V = [t in T: Wv @ X[t]]
  let O = [t in T: ${out(`sum(u in T: softmax([v in T: dot(Q[t], K[v]) ${scale}])[u] * V[u])`)}]
  return [i in 12: O[floor(i / D)][i % D]]
}
`;
}

const FIELDS: [string, string][] = [
  ['scores / sqrt(D)', attention('/ sqrt(D)', (o) => o)],
  ['scores * a param', attention('* s[0]', (o) => o)],
  ['an output projection and a residual', attention('/ sqrt(D)', (o) => `Wo @ ${o} + X[t]`, 'param Wo: [D, D]')],
];

describe('the optimizer never loses to --no-opt', () => {
  it.each(FIELDS)('attention, %s', (_name, source) => {
    const opt = analyze(source, { savings: true }), plain = analyze(source, { optimize: false });
    expect(opt.diagnostics).toEqual([]);
    expect(opt.stats!.lowering!.kind).toBe('scalar');
    expect(opt.stats!.divergence.perPoint).toBeLessThanOrEqual(plain.stats!.divergence.perPoint);
    // neither step of the optimizer adds work
    expect(opt.stats!.savings!.rules).toBeGreaterThanOrEqual(0);
    expect(opt.stats!.savings!.mixedMode).toBeGreaterThanOrEqual(0);
  });
});

// Scalar bottlenecks (compiler/passes/bottleneck.ts): the derivative chain of a pair potential's
// U'(s) hangs below s = |x - p|^2 + e^2; built once and multiplied into each direction, the
// Laplacian of 8 softened charges took 360 operations a point against 592 pushing all three
// directions through the chain (issue 12's goal: at most 4x U's 95).
describe('scalar bottlenecks', () => {
  const charges = (n: number) => `param q: [${n}]
param p: [${n}, 3]
param eps = 0.05
potential phi(x: [3]) = sum(i in ${n}: q[i] / sqrt(norm2(x - p[i]) + eps^2))
`;
  it.each([1, 8])('the Laplacian of %i softened charges costs at most 4x U', (n) => {
    const a = analyze(charges(n));
    expect(a.diagnostics).toEqual([]);
    expect(a.stats!.divergenceOnly!.perPoint).toBeLessThanOrEqual(4 * a.stats!.potential!.perPoint);
    // the Hessian's diagonal too (8 charges: 583 a point without, 367 with; 1 charge: 45 for U's 11)
    if (n === 8) expect(a.stats!.diagonal!.perPoint).toBeLessThanOrEqual(4 * a.stats!.potential!.perPoint);
  });

  it('agree with the plain forward mode where they apply (a radial field and a chain below a shared sum)', async () => {
    const { interpret } = await import('../../compiler/index.js');
    const source = `field f(x, y, z) {
  let s = x^2 + 2 * y^2 + sin(z) + 1
  let u = tanh(sqrt(s)) / s
  return (x * u, y * exp(u), cos(u) * z)
}
`;
    const opt = analyze(source).programs!, plain = analyze(source, { optimize: false }).programs!;
    expect(analyze(source).stats!.divergence.perPoint).toBeLessThan(analyze(source, { optimize: false }).stats!.divergence.perPoint);
    for (const pt of [[0.3, -0.7, 1.1], [1.5, 0.2, -2], [-0.1, 0.05, 0.4]]) {
      const a = interpret(opt.evaluate, pt, []).divergence!, b = interpret(plain.evaluate, pt, []).divergence!;
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(b)));
    }
  });
});

// sin(x_j - x_i) and sin(x_i - x_j) are one node and a negation (rules.ts: sin odd, cos even):
// a Kuramoto field computes each difference's sin and cos once, 64 trigonometric nodes in f and
// div f against 128 (8 oscillators: sin and cos of 28 pairs, sin of 8 self-differences x_i - x_i,
// whose cos terms in div f cancel: d/dx_i sin(x_i - x_i) = cos(0) - cos(0), cancel-terms.ts).
describe('sums of sin of differences', () => {
  it('take each unordered pair once', async () => {
    const source = `param w: [8]
param K = 1.5
field kuramoto(x: [8]) = [i in 8: w[i] + K / 8 * sum(j in 8: sin(x[j] - x[i]))]
`;
    const opt = analyze(source).programs!, plain = analyze(source, { optimize: false }).programs!;
    const trig = (p: typeof opt.evaluate) => p.graph.nodes.filter((n) => n.op === 'sin' || n.op === 'cos').length;
    expect(trig(plain.evaluate)).toBe(128);
    expect(trig(opt.evaluate)).toBe(64);
    const { interpret } = await import('../../compiler/index.js');
    const params = [0.9, 1.1, 1, 0.95, 1.05, 1.2, 0.8, 1, 1.5];
    const pt = [0.1, 0.7, -0.4, 2, -1.3, 0.25, 1.1, -2.2];
    // exact rules: the same bits as the plain program
    const a = interpret(opt.evaluate, pt, params), b = interpret(plain.evaluate, pt, params);
    expect(a.values).toEqual(b.values);
    expect(Math.abs(a.divergence! - b.divergence!)).toBeLessThanOrEqual(1e-15 * Math.abs(b.divergence!) + 1e-15);
  });
});

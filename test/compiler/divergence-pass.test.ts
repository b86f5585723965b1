// The divergence pass (compiler/passes/divergence.ts) and its bottleneck analysis
// (compiler/passes/bottleneck.ts): regions, exits and derivatives on hand-built graphs, which
// candidates the cost model builds and its estimates, the choice among them, the node limit, and
// the per-point operations of chosen fields. Written against surviving mutants of the two files
// (`npm run mutate`, docs/TESTING.md "Mutation testing"). Most of those mutants change which work
// the passes build, not what it computes, so these tests pin per-point operation counts (`stats`:
// an exact count fails if the optimizer gets worse) as well as values.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { interpret } from '../../compiler/ir/interpret.js';
import { Graph, GraphLimitError } from '../../compiler/ir/graph.js';
import type { Program } from '../../compiler/ir/program.js';
import { rebuild } from '../../compiler/passes/rebuild.js';
import { divergence, divergenceCandidates, optimizedDiagonal, perPointOps } from '../../compiler/passes/divergence.js';
import { forwardDiagonal } from '../../compiler/passes/divergence-forward.js';
import { bottlenecks } from '../../compiler/passes/bottleneck.js';

/** Param slots from the program's defaults. */
function defaults(p: { params: { slot: number; size: number; default?: number[] }[] }): number[] {
  const slots: number[] = [];
  for (const q of p.params) q.default!.forEach((v, i) => { slots[q.slot + i] = v; });
  return slots;
}

const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(b)));

describe('scalar bottlenecks (compiler/passes/bottleneck.ts)', () => {
  it('a chain below the first operation of a field of one input is preaccumulated in the Jacobian diagonal', () => {
    // node 0 is x, node 1 is s = sin(x), the region's head (kills ROOT = +1, which took node 1 for
    // "no dominator"); s has one varying operand, an input, which ends the region (kills the
    // mutants that count inputs as interior or let an input operand through). Seeded with 1 at
    // s, the derivative chain costs 9 operations a point; pushing s's tangent cos(x) through it
    // (the plain forward mode) costs 11.
    const a = analyze('field f(x) = exp(sin(x)) + sin(x)^3 + cos(sin(x))');
    expect(a.diagnostics).toEqual([]);
    expect(a.stats!.diagonal!.perPoint).toBe(9);
    const x = 0.7, s = Math.sin(x);
    near(interpret(a.programs!.diagonal, [x], []).values[0]!, Math.cos(x) * (Math.exp(s) + 3 * s * s - Math.sin(s)));
  });

  it('affine nodes are not interior: V @ tanh(W @ x + b) with one input, along the frontier', () => {
    // with x: [1], W @ x + b is W[i] * x + b[i]: the product is affine but not on the frontier
    // (the sum is). A mutant that counts affine (or per-batch) nodes as interior made the
    // product a region head whose frontier seed is zero, and the divergence lost every tanh term
    // (0 instead of -2.409 at x = 0.3, with fewer operations, so the pass kept it).
    const a = analyze(`param W: [2, 1] = [[0.5], [-1.5]]
param b: [2] = [0.3, 0.7]
param V: [1, 2] = [[1, 2]]
field f(x: [1]) = V @ tanh(W @ x + b)
`);
    expect(a.diagnostics).toEqual([]);
    const params = defaults(a.programs!.evaluate);
    for (const x of [0.3, -1.1]) {
      const exact = 1 * 0.5 * (1 - Math.tanh(0.5 * x + 0.3) ** 2) + 2 * -1.5 * (1 - Math.tanh(-1.5 * x + 0.7) ** 2);
      near(interpret(a.programs!.evaluate, [x], params).divergence!, exact);
      near(interpret(a.programs!.divergence, [x], params).divergence!, exact);
    }
    expect(a.stats!.divergenceOnly.perPoint).toBe(13);
  });
});

describe('bottlenecks: regions, exits and derivatives on a hand-built graph', () => {
  // x, y inputs, p a param. s = x*x + y*y heads a region (every path from the inputs to its
  // nodes passes through s): e = exp(s), c = cos(s), r = e * c, q = sqrt(r), o2 = e + p.
  // o1 = q * x is a head of its own (x reaches it around s), as are m1 = x*x and m2 = y*y (an
  // input operand: no interior dominator) and s (two heads meet). w = nograd(c) is what the
  // divergence pass calls affine (a source, in no region). Outputs o1 and o2 are the leaves.
  const build = () => {
    const g = new Graph({ simplify: false });
    const x = g.input(0), y = g.input(1), p = g.param(0);
    const m1 = g.op('mul', x, x), m2 = g.op('mul', y, y), s = g.op('add', m1, m2);
    const e = g.op('exp', s), c = g.op('cos', s), r = g.op('mul', e, c), q = g.op('sqrt', r);
    const o1 = g.op('mul', q, x), o2 = g.op('add', e, p), w = g.op('nograd', c);
    return { g, nodes: { x, y, p, m1, m2, s, e, c, r, q, o1, o2, w } };
  };

  it('top: the region head of each node, the node itself outside any region (affine and per-batch nodes too)', () => {
    const { g, nodes } = build();
    const bn = bottlenecks(g, (v) => v === nodes.w, [nodes.o1, nodes.o2]);
    const head: Record<string, keyof typeof nodes> = { e: 's', c: 's', r: 's', q: 's', o2: 's' };
    expect(g.size).toBe(Object.keys(nodes).length);
    for (const [name, id] of Object.entries(nodes)) expect([name, bn.top[id]]).toEqual([name, nodes[head[name] ?? (name as keyof typeof nodes)]]);
  });

  it('exit: exactly the region nodes used outside their region (by another head, an affine node) and the leaves in a region', () => {
    const { g, nodes } = build();
    const bn = bottlenecks(g, (v) => v === nodes.w, [nodes.o1, nodes.o2]);
    const exits = Object.entries(nodes).filter(([, id]) => bn.exit[id] === 1).map(([name]) => name);
    expect(exits.sort()).toEqual(['c', 'o2', 'q']); // q by o1, c by w, o2 a leaf; e only inside
  });

  it('derivative(v) is d v / d top(v), built by forward mode inside the region', () => {
    const { g, nodes } = build();
    const bn = bottlenecks(g, (v) => v === nodes.w, [nodes.o1, nodes.o2]);
    const dq = bn.derivative(nodes.q)!;
    expect(bn.derivative(nodes.q)).toBe(dq);
    const d = [dq, bn.derivative(nodes.o2)!, bn.derivative(nodes.c)!, bn.derivative(nodes.r)!];
    const program: Program = { graph: g, field: 'f', inputs: ['x', 'y'], dim: 2, params: [], paramSlots: 1, outputs: { values: d } };
    for (const [x, y] of [[0.3, 0.4], [-0.7, 0.2]] as const) {
      const s = x * x + y * y, got = interpret(program, [x, y], [1.5]).values;
      const r = Math.exp(s) * Math.cos(s), dr = Math.exp(s) * (Math.cos(s) - Math.sin(s));
      near(got[0]!, dr / (2 * Math.sqrt(r)));
      near(got[1]!, Math.exp(s));
      near(got[2]!, -Math.sin(s));
      near(got[3]!, dr);
    }
  });
});

describe('the cost model: which candidates the divergence pass builds, with its estimates', () => {
  const listed = (p: Program) => divergenceCandidates(p).map(({ name, estimate }) => `${name} ${estimate}`);
  const candidates = (src: string) => {
    const a = analyze(src, { lowering: 'scalar' });
    expect(a.diagnostics).toEqual([]);
    return listed(rebuild(a.programs!.f, true));
  };

  it('(sin(x) * y, exp(x * y)): both direction sets estimated at 8, each also with bottlenecks, and the forward mode', () => {
    // inputs: direction x weighs one leaf, sin(x) * y (a root and a weight: 2), through two
    // operations with x live (sin(x) and the product: 2); direction y weighs exp(x * y) through
    // x * y and exp (4). The frontier is {x, y} here: the same estimate. exp(x * y) lies in the
    // region of x * y and is a leaf, an exit, so the bottleneck candidates are built too (there
    // is more than one direction).
    expect(candidates('field f(x, y) = (sin(x) * y, exp(x * y))')).toEqual([
      'inputs 8', 'inputs with bottlenecks 8', 'frontier 8', 'frontier with bottlenecks 8', 'forward 8',
    ]);
  });

  it('(x * y, y * z, z * x): no region has an exit, so no bottleneck candidates', () => {
    // direction x weighs one leaf, x * y (output 0: a root and a weight, 2), and the product (1):
    // 3 per direction. Every interior node is a head (its operands are inputs): no regions.
    expect(candidates('field f(x, y, z) = (x * y, y * z, z * x)')).toEqual(['inputs 9', 'frontier 9', 'forward 9']);
  });

  it('V @ tanh(W @ x + b), 3 inputs, 2 hidden: the frontier (6) only; the inputs (18) and the forward mode are not close', () => {
    // frontier direction z_i: one root tanh(z_i) with one weight (2) and tanh itself (1): 3 each;
    // input direction x_j: both tanh nodes, two weights V[j, i] (4), two tanh (2): 6 each, 18
    expect(candidates(`param W: [2, 3]
param b: [2]
param V: [3, 2]
field f(x: [3]) = V @ tanh(W @ x + b)`)).toEqual(['frontier 6', 'frontier with bottlenecks 6']);
  });

  // sum_i V_i tanh(W_i x + b_i), built by hand (the front end takes seconds for n = 4097)
  const wide = (n: number): Program => {
    const g = new Graph();
    const x = g.input(0);
    let sum: number | undefined;
    for (let i = 0; i < n; i++) {
      const t = g.op('mul', g.param(2 * n + i), g.op('tanh', g.op('add', g.op('mul', g.param(i), x), g.param(n + i))));
      sum = sum === undefined ? t : g.op('add', sum, t);
    }
    return { graph: g, field: 'f', inputs: ['x'], dim: 1, params: [], paramSlots: 3 * n, outputs: { values: [sum!] } };
  };

  it('a frontier of more than 4096 nodes is not a candidate (bitsets of 4096 bits a node at most)', () => {
    // per frontier direction z_i: one root, tanh(z_i), one weight, V_i W_i, and the tanh (3); the
    // one input direction: n roots, n distinct weights V_i and n tanh (3 n as well). One input
    // direction: no bottleneck candidate for it.
    expect(listed(wide(4096))).toEqual(['inputs 12288', 'frontier 12288', 'frontier with bottlenecks 12288', 'forward 12288']);
    expect(listed(wide(4097))).toEqual(['inputs 12291', 'forward 12291']);
  });
});

describe('the divergence pass (compiler/passes/divergence.ts)', () => {
  it('perPointOps counts each per-point operation once: no leaves, no per-batch work, no nograd, a root listed twice once', () => {
    const g = new Graph({ simplify: false });
    const x = g.input(0), p = g.param(0);
    const e = g.op('exp', p); // per batch
    const s = g.op('sin', x), m = g.op('mul', s, e), n = g.op('nograd', m), t = g.op('add', n, x);
    expect(perPointOps(g, [t])).toBe(3); // sin, mul, add
    expect(perPointOps(g, [t, t, m])).toBe(3);
    expect(perPointOps(g, [e, p])).toBe(0);
  });

  it('a leaf tangent that is node 0 counts: (y, x * y) has divergence x', () => {
    // x is node 0, and the tangent of x * y along y is x itself; `tangent >= 0` tells a built
    // tangent from none (-1), so `> 0` dropped it (divergence 0, one operation fewer)
    const a = analyze('field f(x, y) = (y, x * y)');
    expect(a.diagnostics).toEqual([]);
    for (const [x, y] of [[0.3, 0.42], [-1.5, 2]] as const) {
      expect(interpret(a.programs!.evaluate, [x, y], []).divergence).toBe(x);
      expect(interpret(a.programs!.divergence, [x, y], []).divergence).toBe(x);
    }
  });

  it('a field whose forward mode the cost model leaves out: V @ tanh(W @ x + b), 6 inputs, 2 hidden', () => {
    // the frontier (2 directions) is estimated at less than half the input directions (6), so
    // neither they nor the forward mode are built; the builders list must then hold only functions
    const src = `param W: [2, 6] = [[0.5, -0.25, 0.75, 1, -0.5, 0.25], [-1, 0.5, 0.25, -0.75, 1, 0.5]]
param b: [2] = [0.1, -0.2]
param V: [6, 2] = [[1, -0.5], [0.25, 0.75], [-1, 0.5], [0.5, 0.5], [-0.25, 1], [0.75, -1]]
field f(x: [6]) = V @ tanh(W @ x + b)
`;
    const a = analyze(src);
    expect(a.diagnostics).toEqual([]);
    const W = [[0.5, -0.25, 0.75, 1, -0.5, 0.25], [-1, 0.5, 0.25, -0.75, 1, 0.5]], b = [0.1, -0.2];
    const V = [[1, -0.5], [0.25, 0.75], [-1, 0.5], [0.5, 0.5], [-0.25, 1], [0.75, -1]];
    const x = [0.3, -0.2, 0.5, 0.1, -0.4, 0.25];
    let exact = 0;
    for (let i = 0; i < 2; i++) {
      const z = W[i]!.reduce((acc, w, j) => acc + w * x[j]!, b[i]!);
      exact += (1 - Math.tanh(z) ** 2) * V.reduce((acc, row, j) => acc + row[i]! * W[i]![j]!, 0);
    }
    near(interpret(a.programs!.evaluate, x, defaults(a.programs!.evaluate)).divergence!, exact);
    expect(a.stats!.divergenceOnly.perPoint).toBe(33);
  });

  // A program with room for `extra` more nodes than its own: the candidates are built in the same
  // graph, so a limit between the first candidate's size and all of theirs cuts the others off.
  const SRC = `field f(x, y, z) {
  let s = x^2 + y^2 + z^2 + 1
  let u = exp(-s) * cos(s) + sqrt(s)
  return (x * u, y * u, z * u)
}
`;
  let f: Program | undefined; // built in the tests, not while collecting them (Stryker's per-test coverage)
  const withRoom = (extra: number): Program => {
    const q = rebuild((f ??= analyze(SRC).programs!.f), true);
    (q.graph as { limit: number }).limit = q.graph.size + extra;
    return q;
  };
  const ops = (q: Program) => perPointOps(q.graph, [...q.outputs.values, q.outputs.divergence!]);
  const at = [0.3, 0.5, -0.2];

  it('a node limit reached while building a later candidate keeps the earlier one; reached by the first, it throws', () => {
    const full = divergence(withRoom(1e9)), want = interpret(full, at, []).divergence!;
    const room = full.graph.size - withRoom(0).graph.size;
    let kept = 0;
    expect(() => divergence(withRoom(0))).toThrow(GraphLimitError);
    for (let extra = 0; extra < room; extra++) {
      let q: Program;
      try { q = divergence(withRoom(extra)); } catch (e) { expect(e).toBeInstanceOf(GraphLimitError); continue; }
      near(interpret(q, at, []).divergence!, want);
      if (ops(q) > ops(full)) kept++;
    }
    expect(kept).toBeGreaterThan(0); // some limits left only a costlier candidate
  });

  it('the optimized Jacobian diagonal falls back to the plain one where the preaccumulated one does not fit', () => {
    const shared = optimizedDiagonal(withRoom(1e9)), plain = forwardDiagonal(withRoom(1e9));
    expect(ops(shared)).toBeLessThan(ops(plain));
    const want = interpret(shared, at, []).values;
    let fellBack = 0;
    expect(() => optimizedDiagonal(withRoom(0))).toThrow(GraphLimitError);
    for (let extra = 0; extra < shared.graph.size - withRoom(0).graph.size; extra++) {
      let q: Program;
      try { q = optimizedDiagonal(withRoom(extra)); } catch (e) { expect(e).toBeInstanceOf(GraphLimitError); continue; }
      interpret(q, at, []).values.forEach((v, i) => near(v, want[i]!));
      if (ops(q) === ops(plain)) fellBack++;
    }
    expect(fellBack).toBeGreaterThan(0);
  });
});

// Exact operation counts a point (f + div f, div f alone, the Jacobian diagonal, U, and f + div f's
// per-batch work) of programs drawn by the differential test's generators (test/arbitrary*.ts) and
// of a Gaussian pair potential: each changes under mutants of the candidates' cost model, of which
// candidates are built, or of how the cheapest is chosen (docs/TESTING.md lists which). The pass
// keeps the candidate with the fewest per-point operations, but later passes (cancel-terms,
// simplify) change the counts, so a different choice shows here, often as more work. An exact
// count fails if the optimizer gets worse (and if it gets better: then update the count).
const COSTS: [string, (number | null)[], string][] = [
  ['net 24', [201, 162, 169, null, 66], // the ranking of the candidates by estimate (sort), the estimate per leaf and weight, the live operands of a node (an affine operand live where seeded) and LINEAR_PASSTHROUGH
    `param t = 0.25
param c: [6]
param W0: [6, 4]
param b0: [6]
param V: [3, 6]
param u: [6]
field net(x: [3]) {
  let z = [x[0], x[1], x[2], t]
  let h0 = sqrt(1 + (W0 @ z + b0 + t * c)^2)
  return x * (1 - 0.1 * tanh(sum(h0))) + V @ h0
}
`],
  ['vec smooth 13', [52, 45, 45, null, 14], // one frontier direction: no bottleneck candidate for a single direction (one more a point here); only the operands of interior nodes are frontier directions; a tie keeps the candidate built first
    `param k = -0.78
param W: [2, 1] = [[-0.701], [0]]
param b: [2] = [0.709, 0.004]
param V: [1, 2] = [[-0.005, 0.002]]
fn g(a) = softplus(a)
field f(x0) {
  let x = [x0]
  let h = erf(W @ atan(x)) * b
  let s = prod(i in 2: 1 + 0.1 * tanh(h[i]))
  return x * s - V @ sin(h)
}
`],
  ['vec smooth 53', [50, 40, 40, null, 8], // the estimate: leaves with no weight in a direction left out, one product per distinct weight, the 50,000,000 cut-off not taken early
    `param k = -1
param W: [2, 2] = [[-0.233, -0.748], [0.721, -0.464]]
param b: [2] = [-0.943, 0]
param V: [2, 2] = [[0, -0.54], [-0.914, -0.009]]
fn g(a) = log10(3 + tanh(a))
field f(x: [2]) {
  let h = softplus(W @ x + b)
  let s = dot(h, b)
  return softplus(x) * s + V @ h
}
`],
  ['arb rough 108', [39, 35, 37, null, 5], // the optimized Jacobian diagonal takes the preaccumulated one only where it is strictly cheaper
    `param k = 1
field f(x0, x1, x2) = (sqrt(1 + (min(min((x2) / (1 + (x0)^2), sqrt(1 + (1.25)^2)), 2))^2), atan2(atan2(x1, 1 + (x0)^2), 1 + (max(sigmoid(k), sqrt(1 + (2)^2)))^2), log(2 + sin(x0)))
`],
  ['vec rough 127', [73, 45, 86, null, 53], // only the operands of interior nodes are frontier directions
    `param k = -0.739
param W: [1, 9] = [[0.657, -0.603, -0.154, 0.859, 0, -0.007, 0.619, 0.278, -0.004]]
param b: [1] = [-0.009]
param V: [9, 1] = [[0.111], [0.653], [0], [0.821], [-0.867], [-0.957], [-0.997], [0.847], [-0.006]]
fn g(a) = (a)^3
field f(x: [9]) {
  let h = exp(-(W @ x + b)^2)
  let s = sqrt(1 + norm2(h))
  let q = grad(s, x)
  return q + V @ h
}
`],
  ['pot n2 k1 D2', [42, 36, 37, 17, 2], // the estimate of a nonlinear node: one operation where an operand is live, none where none is
    `param q: [2]
param p: [2, 2]
param eps = 0.05
potential phi(x: [2]) = sum(i in 2: q[i] * exp(-norm2(x - p[i])))
`],
  ['vec smooth 29', [261, 259, 259, null, 24], // the forward mode is a candidate where the input directions' estimate is close
    `param k = 0.008
param W: [6, 1] = [[-0.374], [-0.004], [-0.922], [0.004], [0.001], [0]]
param b: [6] = [0, -0.001, 0.002, -0.409, -0.289, 0.006]
param V: [1, 6] = [[-0.314, -1, 0.004, -0.565, -0.085, 0.315]]
fn g(a) = pow(2 + tanh(a), 1.5)
field f(x0) {
  let x = [x0]
  let h = cos(W @ x + b)
  let s = prod(i in 6: 1 + 0.1 * tanh(h[i]))
  let q = [grad(dot(x, V @ h) + s, x0)]
  return [i in 1: q[i] * x[i]] + V @ h
}
`],
  ['vec smooth 107', [637, 629, 623, null, 15], // the leaves in ascending order (the order of the weighted sum's terms)
    `param k = 0
param W: [3, 4] = [[-0.567, 0, 0.006, 0], [0, 0.853, 0, 0.933], [-0.808, -0.007, 0.008, 0.276]]
param b: [3] = [-0.586, 0, 0.97]
param V: [4, 3] = [[0.631, 0.997, 0.992], [-0.002, 0.36, -0.274], [0.264, -0.904, 0], [0.435, 0.816, 1]]
fn g(a) = atan(a)
field f(x0, x1, x2, x3) {
  let x = [x0, x1, x2, x3]
  let h = softmax(W @ x) * k + b
  let s = prod(i in 3: 1 + 0.1 * tanh(h[i]))
  let q = grad(dot(x, V @ h) + s)
  return acos(0.9 * tanh(q)) + V @ h
}
`],
  ['vec rough 3', [212, 144, 144, null, 22], // the estimate counts one product per distinct weight
    `param k = 0.997
param W: [2, 11] = [[0.047, 0.076, 0, 0.005, -0.995, 0.002, 0.005, -0.005, -0.988, -0.998, -0.61], [0, 0, 0, -0.007, 0, -0.991, -0.001, 0.002, -0.045, -0.877, -0.993]]
param b: [2] = [0.657, -0.667]
param V: [11, 2] = [[-0.463, -0.842], [0, 0.708], [-0.995, -0.001], [0.004, -0.007], [-0.631, 0], [0.005, 0], [0.264, -0.439], [0.736, 0], [0, 1], [0.297, 0], [-0.468, 0.592]]
fn g(a) = (a)^3
field f(x: [11]) {
  let h = sin(W @ x + b)
  let s = norm2(x) * 0.1
  return x * s - V @ (h) % 1.5
}
`],
  ['vec smooth 126', [929, 909, 914, null, 400], // the estimate of add / sub / nograd: live operands - 1
    `param k = 0.841
param W: [5, 10] = [[0.609, -0.001, 0, 0.916, 0.274, -0.947, -0.991, 0.998, 0.639, 0.696], [-0.976, 0.025, 0.841, -0.017, 0.465, 0.744, -0.991, 0.157, 0.001, 0.256], [0, 0.999, -0.791, 0.991, 0.432, 0.25, -0.032, 0.974, 0, 0.5], [0.768, 0, 0, 0, 0.116, -0.999, 0.779, 0.82, 0.743, 0.095], [-0.001, 0.995, 0.033, 0.958, -0.004, 0.91, 0.037, 0.327, -0.311, -0.347]]
param b: [5] = [0.77, -0.184, 0.001, 0, 0]
param V: [10, 5] = [[-0.473, -0.998, 0.576, 0.714, -0.794], [0.297, 0, 0.007, -0.36, 0.906], [-0.39, 0.836, 0, 0.439, 0], [-0.843, -0.882, 0, 0.687, 0.996], [0, 0, -0.294, -0.453, 0.998], [0.55, -0.005, -0.574, 0.3, 0], [-0.05, 0, 0, 0.807, -0.198], [-0.156, 0, 0.837, 0.068, 0.995], [0.504, 0.059, 0, 0, -0.918], [0.637, -0.012, -0.67, -0.514, -0.002]]
fn g(a) = asin(0.9 * tanh(a))
field f(x0, x1, x2, x3, x4, x5, x6, x7, x8, x9) {
  let x = [x0, x1, x2, x3, x4, x5, x6, x7, x8, x9]
  let h = exp(-(W @ x + b)^2)
  let s = dot(h, b)
  let q = [grad(dot(x, V @ h) + s, x0), grad(dot(x, V @ h) + s, x1), grad(dot(x, V @ h) + s, x2), grad(dot(x, V @ h) + s, x3), grad(dot(x, V @ h) + s, x4), grad(dot(x, V @ h) + s, x5), grad(dot(x, V @ h) + s, x6), grad(dot(x, V @ h) + s, x7), grad(dot(x, V @ h) + s, x8), grad(dot(x, V @ h) + s, x9)]
  return (q)^3 + V @ h
}
`],
  ['vec rough 575', [108, 96, 96, null, 12], // the estimate counts an affine operand live only in the directions it is seeded in
    `param k = 0.944
param W: [2, 4] = [[-1, -0.486, 0, 0.028], [-0.897, 0, 0.991, 0.576]]
param b: [2] = [-0.593, 0.54]
param V: [4, 2] = [[-0.288, 0], [0, -0.993], [-0.236, 0.755], [0.519, -0.038]]
fn g(a) = expm1(0.5 * tanh(a))
field f(x0, x1, x2, x3) {
  let x = [x0, x1, x2, x3]
  let h = expm1(0.5 * tanh(W @ x + b))
  let s = logsumexp(h)
  return [i in 4: if x[i] < 0.3 then (x[i])^3 * s else V[i, 0] * h[0]]
}
`],
];

describe('per-point operations of chosen fields (candidates, the cost model and the choice)', () => {
  it.each(COSTS)('%s: %j', (_name, want, src) => {
    const a = analyze(src);
    expect(a.diagnostics).toEqual([]);
    const s = a.stats!;
    expect([s.divergence.perPoint, s.divergenceOnly.perPoint, s.diagonal?.perPoint ?? null, s.potential?.perPoint ?? null, s.divergence.perBatch]).toEqual(want);
  });
});

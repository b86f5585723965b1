// A setParams recomputes only the per-batch values that depend on the params it changed (issue
// 24, item 1): each value of the prologue records its params as bits of a mask, the artifact
// names each param's bit, and the runtime passes the changed ones to prologue_params(mask). A
// wrong mask would leave a stale contraction behind: after a change of any one param, every
// output must equal a fresh kernel's given the same params, bit for bit.
import { describe, expect, it } from 'vitest';
import { analyze, compile } from '../../compiler/index.js';
import { prologueBits } from '../../compiler/backend/tensor/prologue-bits.js';
import { load } from '../../runtime/index.js';
import { random } from '../support/helpers.js';

const NET = `const D = 5
const H = 9
param W1: [H, D]
param b1: [H]
param W2: [H, H]
param b2: [H]
param W3: [D, H]
param b3: [D]
param s = 0.7
fn silu(v) = v * sigmoid(v)
field score(x: [D]) {
  let h1 = silu(s * (W1 @ x) + b1)
  let h2 = silu(W2 @ h1 + b2)
  return W3 @ h2 + b3
}`;

// 34 params: past 31, params share a mask bit
const GAINS = Array.from({ length: 32 }, (_, k) => `g${k}`);
const MANY = `param W1: [6, 3]\nparam W2: [3, 6]\n${GAINS.map((g, k) => `param ${g} = ${1 + k / 10}`).join('\n')}
field f(x: [3]) = (${GAINS.join(' + ')}) * (W2 @ tanh(W1 @ x)) + ${GAINS.slice(0, 3).join(' * ')} * x`;

// params named like Object.prototype's members: their bits must be their own
const NAMED = `param W1: [6, 3]\nparam __proto__: [3, 6]\nparam toString = 1.5\nfield f(x: [3]) = toString * (__proto__ @ tanh(W1 @ x))`;

function randomValues(params: { name: string; size: number }[], seed: number): Record<string, Float64Array> {
  const r = random(seed);
  return Object.fromEntries(params.map((p) => [p.name, Float64Array.from({ length: p.size }, () => 2 * r() - 1)]));
}

describe('setParams recomputes what the changed params touch', () => {
  it("each per-batch value's bits are those of the params it reads, through the contractions", () => {
    const t = analyze(NET, { lowering: 'tensor' }).tensor!.evaluate;
    const g = t.graph;
    const computed = g.nodes.map((n, id) => ({ n, id })).filter(({ n }) => !n.varying && !n.summed && n.op !== 'param' && n.op !== 'const' && n.op !== 'eye').map(({ id }) => id);
    const { nodeBits, paramBits } = prologueBits(t, computed);
    expect(Object.keys(paramBits).sort()).toEqual(['W1', 'W2', 'W3', 'b1', 'b2', 'b3', 's']);
    const bit = (name: string) => 1 << paramBits[name]!;
    // the divergence's contraction W1 W3 (the columns of the output matrix)
    const w1w3 = computed.find((id) => g.node(id).op === 'matmul' && g.node(id).args.every((a) => g.node(a).op === 'param'));
    expect(w1w3).toBeDefined();
    expect(nodeBits.get(w1w3!)).toBe(bit('W1') | bit('W3'));
    // no contraction reads a bias: a new bias recomputes nothing
    for (const b of ['b1', 'b2', 'b3']) for (const id of computed) expect(nodeBits.get(id)! & bit(b)).toBe(0);
  });

  it('a per-batch value of constants alone (A @ A: no param, bit 31) is computed by the first call and kept across setParams', async () => {
    const out = compile('param s = 1\nfield f(x: [3]) {\n  let A = [[1, 2, 0], [0, 1, 3], [2, 0, 1]]\n  return s * tanh((A @ A) @ x)\n}', { lowering: 'tensor' });
    const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    const A = [[1, 2, 0], [0, 1, 3], [2, 0, 1]];
    const AA = A.map((row) => [0, 1, 2].map((j) => row.reduce((t, a, m) => t + a * A[m]![j]!, 0)));
    const x = [0.3, -0.2, 0.1];
    for (const s of [1, 2]) {
      k.setParams({ s });
      const got = (await k.evaluate([x])).values;
      AA.forEach((row, i) => expect(got[i]).toBeCloseTo(s * Math.tanh(row.reduce((t, a, j) => t + a * x[j]!, 0)), 12));
    }
    k.dispose();
  });

  it.each([['a net', 'f64', NET], ['a net', 'f32', NET], ['34 params sharing bits', 'f64', MANY], ["params named __proto__ and toString", 'f64', NAMED]] as const)('%s (%s): after setParams of any one param, f, div f and the diagonal equal a fresh kernel\'s, bit for bit', async (_, precision, src) => {
    const out = compile(src, { lowering: 'tensor', precision });
    expect(out.diagnostics).toEqual([]);
    expect(out.metadata!.prologueParams!.export).toBe('prologue_params');
    const params = out.metadata!.params;
    const r = random(3);
    const points = Array.from({ length: 13 }, () => Array.from({ length: out.metadata!.dim }, () => 2 * r() - 1));
    const k = await load(out.wasm!, { backend: 'wasm', threads: 1 });
    const current = randomValues(params, 1);
    k.setParams(current);
    await k.evaluate(points);
    let seed = 10;
    for (const p of params) {
      const v = randomValues([p], seed++)[p.name]!;
      current[p.name] = v;
      k.setParams({ [p.name]: v });
      const got = await k.evaluate(points), gotDiagonal = await k.diagonal(points);
      const fresh = await load(out.wasm!, { backend: 'wasm', threads: 1 });
      fresh.setParams(current);
      const want = await fresh.evaluate(points), wantDiagonal = await fresh.diagonal(points);
      fresh.dispose();
      expect(Array.from(got.values), p.name).toEqual(Array.from(want.values));
      expect(Array.from(got.divergence), p.name).toEqual(Array.from(want.divergence));
      expect(Array.from(gotDiagonal), p.name).toEqual(Array.from(wantDiagonal));
    }
    k.dispose();
  });
});

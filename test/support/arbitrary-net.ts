// Random networks for the differential property of the tensor level (fast-check): f(x: [D]) with
// 1 to 3 hidden layers of random widths, activations from the smooth builtins (or the rough ones),
// biases, a time-like scalar param, inputs stacked with params, residual and gating terms,
// reductions (sum, norm2, dot), vector @ matrix products and slices, and potentials (grad U by
// reverse mode in both lowerings: two independent implementations). Params come with the program
// (not as defaults), scaled like an initialized network.
// Square nets (every hidden width equal to the input's size) one time in three: a matrix used
// where its transpose belongs has the right shape there, so only a wrong number shows the mistake
// (non-square ones throw). The input may go through an activation first (act(W @ act0(x)): the
// trace's per-batch Hadamard product of the input directions), the output may be an activation
// of a product (only the input directions apply) or a sum of products (the output matrix's
// columns may be cheaper), and comprehensions range over a..b starting anywhere.
import fc from 'fast-check';
import { coordinate, ROUGH, SMOOTH } from './arbitrary-vector.js';

export interface NetProgram { source: string; dim: number; smooth: boolean; points: number[][]; params: Record<string, number | number[]> }

const apply = (f: string, a: string) => f.replaceAll('A', a);

/** `v - o` as source (`i - 3`, `i + 2`, `i`). */
const minus = (v: string, o: number) => (o === 0 ? v : o > 0 ? `${v} - ${o}` : `${v} + ${-o}`);

export const netProgramArb = (smooth: boolean, maxWidth = 24): fc.Arbitrary<NetProgram> => {
  const act = fc.constantFrom(...(smooth ? SMOOTH : [...SMOOTH, ...ROUGH]).filter((o) => !o.includes('g(')));
  return fc.record({
    D: fc.integer({ min: 1, max: 10 }),
    widths: fc.array(fc.integer({ min: 1, max: maxWidth }), { minLength: 1, maxLength: 3 }),
    // every hidden width D: square weight matrices (W0 too unless t is stacked)
    square: fc.integer({ min: 0, max: 2 }).map((k) => k === 0),
    acts: fc.array(act, { minLength: 3, maxLength: 3 }),
    // an activation on the input before the first layer (two networks in three)
    inputAct: fc.option(act, { freq: 3 }),
    // x itself, x stacked with t, or x through a comprehension over a range starting at o
    input: fc.constantFrom('x', 'stacked', 'comprehension'),
    o: fc.integer({ min: -3, max: 5 }),
    shape: fc.integer({ min: 0, max: 7 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    // a potential: U = u . h + |x|^2 / 10 (its field grad U by reverse mode, in both lowerings)
    potential: fc.boolean(),
  }).chain(({ D, widths: drawn, square, acts, inputAct, input, o, shape, seed, potential }) => {
    const widths = square ? drawn.map(() => D) : drawn;
    const stacked = input === 'stacked';
    // layer 0 reads x (or x stacked with t: D + 1 inputs); layer k reads layer k-1
    const inputs = stacked ? D + 1 : D;
    const lines: string[] = ['param t = 0.25', `param c: [${widths[0]}]`];
    const params: Record<string, number[] | number> = {};
    let next = seed;
    const rand = () => { next = (next * 16807) % 2147483647; return next / 2147483647 * 2 - 1; };
    const matrix = (name: string, m: number, n: number) => {
      lines.push(`param ${name}: [${m}, ${n}]`);
      params[name] = Array.from({ length: m * n }, () => 1.6 * rand() / Math.sqrt(n));
    };
    const vector = (name: string, n: number) => {
      lines.push(`param ${name}: [${n}]`);
      params[name] = Array.from({ length: n }, () => 0.5 * rand());
    };
    params.c = Array.from({ length: widths[0]! }, () => 0.5 * rand());
    params.t = 0.25;
    const body: string[] = [];
    // (a one-element stack's gradient is beyond the tensor level's reverse mode: potentials of
    // one input keep x itself)
    const z = stacked ? `[${Array.from({ length: D }, (_, i) => `x[${i}]`).join(', ')}, t]`
      : input === 'comprehension' && (D > 1 || !potential) ? `[i in ${o}..${o + D}: x[${minus('i', o)}] * (1 + 0.1 * i)]` : 'x';
    body.push(`  let z = ${inputAct === null ? z : apply(inputAct, z)}`);
    let prev = 'z', width = inputs;
    widths.forEach((h, k) => {
      matrix(`W${k}`, h, width);
      vector(`b${k}`, h);
      const pre = `W${k} @ ${prev} + b${k}${k === 0 ? ' + t * c' : ''}`;
      body.push(`  let h${k} = ${apply(acts[k % acts.length]!, pre)}`);
      prev = `h${k}`;
      width = h;
    });
    const last = prev, H = width;
    matrix('V', D, H);
    vector('u', H);
    const out = [
      `V @ ${last}`,
      `x * (1 - 0.1 * tanh(sum(${last}))) + V @ ${last}`,
      `${last} @ transpose(V) + 0.2 * x * dot(u, ${last})`,
      `V @ (${last} * sigmoid(u)) - 0.1 * x * norm2(${last})`,
      `[i in ${o}..${o + D}: x[(${minus('i', o)} + 1) % ${D}] * ${last}[0] * (1 + 0.1 * i)] + V @ ${last}`,
      `V @ ${last} + x[0] * u[0]`,
      // no product outside: the input directions only
      apply(acts[2]!, `V @ ${last}`),
      `tanh(V @ ${last}) * 0.5 + V @ (${last} * u)`,
    ][shape]!;
    body.push(`  return ${potential ? `dot(u, ${last}) + 0.1 * norm2(x)` : out}`);
    const source = [...lines, `${potential ? 'potential' : 'field'} net(x: [${D}]) {`, ...body, '}'].join('\n');
    return fc.array(fc.array(coordinate, { minLength: D, maxLength: D }), { minLength: 1, maxLength: 20 })
      .map((points) => ({ source, dim: D, smooth, points, params }));
  });
};

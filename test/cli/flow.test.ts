// `divc flow` (CONTRACT.md "Conditions, flows and gradients"): the shared flow references of
// cnf_time and linear_flow through the command line (RK4 to 1e-10 of their own RK4, Dormand-Prince
// to each case's tolerance), CSV and .npy output, --base normal against log N(end; 0, I) + the
// integral computed here, the command and k.flow / k.logDensity agreeing exactly, a condition read
// per point from a column, and each usage error with its message; `divc plot --trajectories`
// drawing the flow's paths. The commands run in-process (errors checked by class: main.ts maps
// UsageError to exit 2); one test runs the built CLI (`npm run build` first) for exit statuses.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'fast-png';
import { DIVC, REFERENCE_DIR } from '../support/helpers.js';
import { flowCommand, type FlowFlags } from '../../compiler/cli/commands/flow.js';
import { plotCommand, type PlotFlags } from '../../compiler/cli/commands/plot.js';
import { TRAJECTORY } from '../../compiler/cli/plot.js';
import { readNpy, npyHeader } from '../../compiler/cli/npy.js';
import { UsageError } from '../../compiler/cli/usage-error.js';
import { compile } from '../../compiler/compile.js';
import { load } from '../../runtime/index.js';

interface FlowCase { t0: number; t1: number; method: 'rk4' | 'dopri5'; steps?: number; rtol?: number; atol?: number; tol: number; points: number[][]; end: number[][]; integral: number[] }
interface FlowReference { field: string; dim: number; params: Record<string, unknown>; cases: FlowCase[] }

const refPath = (name: string) => join(REFERENCE_DIR, `${name}.flow.json`);
const flowReference = (name: string): FlowReference => JSON.parse(readFileSync(refPath(name), 'utf8'));
const divPath = (name: string) => join(REFERENCE_DIR, `${name}.div`);

const dir = mkdtempSync(join(tmpdir(), 'divc-flow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let serial = 0;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, `${serial++}-${name}`);
  writeFileSync(path, content);
  return path;
};
const outPath = (ext: string) => join(dir, `${serial++}-out${ext}`);
const csv = (rows: number[][]) => rows.map((r) => r.map(String).join(',')).join('\n') + '\n';
const npy = (rows: number[][]) => Buffer.concat([npyHeader([rows.length, rows[0]!.length], false), Buffer.from(Float64Array.from(rows.flat()).buffer)]);

/** The flags commander gives flow, with these set (wasm, one thread: reproducible to the bit). */
const flowFlags = (points: string, more: Partial<FlowFlags> = {}): FlowFlags => ({
  points, header: false, stepsColumn: false, cond: [], backend: 'wasm', threads: 1, precision: 'f64', param: [], paramMap: [], ...more,
});

/** The options of a reference case as flow's command-line flags. */
const caseFlags = (c: FlowCase): Partial<FlowFlags> => ({
  t0: String(c.t0), t1: String(c.t1),
  ...(c.method === 'rk4' ? { steps: String(c.steps) } : { method: 'dopri5', rtol: String(c.rtol), atol: String(c.atol) }),
});

/** divc flow in-process into a .csv or .npy file: its rows, `width` numbers each. */
async function flow(artifact: string, points: string, more: Partial<FlowFlags>, width: number, ext = '.csv'): Promise<number[][]> {
  const output = outPath(ext);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(await flowCommand(artifact, flowFlags(points, { output, ...more }), new Set())).toBe(0);
  } finally {
    stderr.mockRestore();
  }
  if (ext === '.npy') {
    const flat = Array.from(readNpy(output, readFileSync(output), width));
    expect(readFileSync(output).subarray(0, 128).toString('latin1')).toContain(`'shape': (${flat.length / width}, ${width})`);
    return Array.from({ length: flat.length / width }, (_, i) => flat.slice(i * width, (i + 1) * width));
  }
  const lines = readFileSync(output, 'utf8').trim().split('\n');
  return lines.map((line) => line.split(',').map(Number)).map((row) => (expect(row).toHaveLength(width), row));
}

/** log N(z; 0, I), written out here (not the runtime's logNormal). */
const logNormal = (z: number[]) => -z.reduce((s, v) => s + v * v, 0) / 2 - (z.length / 2) * Math.log(2 * Math.PI);

const close = (got: number, want: number, tol: number, what: string) => expect(Math.abs(got - want) / Math.max(1, Math.abs(want)), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(tol);

/** A compiled kernel of a reference field, params set, as the command makes it (wasm, one thread). */
async function kernelOf(name: string) {
  const k = await load(compile(readFileSync(divPath(name), 'utf8'), { filename: divPath(name) }).wasm!, { backend: 'wasm', threads: 1 });
  k.setParams(flowReference(name).params as never);
  return k;
}

/** The usage error a promise rejects with: its message. */
async function usage(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e, (e as Error).message).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe.each(['cnf_time', 'linear_flow'])('divc flow on %s\'s flow reference', (name) => {
  const ref = flowReference(name);

  it.each(ref.cases.map((c, i) => [`${c.method} ${c.t0} -> ${c.t1}`, i] as const))('%s: CSV rows of the end and the integral', async (_, i) => {
    const c = ref.cases[i]!;
    const rows = await flow(divPath(name), file('p.csv', csv(c.points)), { params: refPath(name), ...caseFlags(c) }, ref.dim + 1);
    expect(rows).toHaveLength(c.points.length);
    const tol = c.method === 'rk4' ? 1e-10 : c.tol;
    rows.forEach((row, p) => {
      c.end[p]!.forEach((v, d) => close(row[d]!, v, tol, `point ${p} end ${d}`));
      close(row[ref.dim]!, c.integral[p]!, tol, `point ${p} integral`);
    });
  });

  it('.npy out with --base normal and --steps-column: log p = log N(end; 0, I) + the integral; the steps', async () => {
    for (const c of ref.cases) {
      const rows = await flow(divPath(name), file('p.npy', npy(c.points)), { params: refPath(name), ...caseFlags(c), base: 'normal', stepsColumn: true }, ref.dim + 3, '.npy');
      expect(rows).toHaveLength(c.points.length);
      const tol = c.method === 'rk4' ? 1e-10 : c.tol;
      rows.forEach((row, p) => {
        const end = row.slice(0, ref.dim), integral = row[ref.dim]!;
        end.forEach((v, d) => close(v, c.end[p]![d]!, tol, `point ${p} end ${d}`));
        close(integral, c.integral[p]!, tol, `point ${p} integral`);
        close(row[ref.dim + 1]!, logNormal(end) + integral, 1e-12, 'log p');
        if (c.method === 'rk4') expect(row[ref.dim + 2]).toBe(c.steps);
        else expect(row[ref.dim + 2]).toBeGreaterThan(1);
      });
    }
  });
});

describe('divc flow and the runtime agree exactly', () => {
  it('cnf_time, Dormand-Prince: the ends, integrals and steps of k.flow, log p of k.logDensity', async () => {
    const c = flowReference('cnf_time').cases.find((x) => x.method === 'dopri5')!;
    const rows = await flow(divPath('cnf_time'), file('p.csv', csv(c.points)), { params: refPath('cnf_time'), ...caseFlags(c), base: 'normal', stepsColumn: true }, 5, '.npy');
    const k = await kernelOf('cnf_time');
    try {
      const options = { t0: c.t0, t1: c.t1, method: 'dopri5' as const, rtol: c.rtol!, atol: c.atol! };
      const r = await k.flow(c.points, options);
      const logp = await k.logDensity(c.points, { ...options, base: 'normal' });
      expect(rows).toEqual(c.points.map((_, i) => [r.points[2 * i]!, r.points[2 * i + 1]!, r.integral[i]!, logp[i]!, r.steps[i]!]));
      // the comparison sees the options: other tolerances give other numbers
      const other = await k.flow(c.points, { ...options, rtol: 1e-4 });
      expect(rows.map((row) => row[0])).not.toEqual(c.points.map((_, i) => other.points[2 * i]));
    } finally {
      k.dispose();
    }
  });

  it('linear_flow, RK4 backwards (t1 < t0), CSV with --header: the numbers of k.flow as JavaScript prints them', async () => {
    const c = flowReference('linear_flow').cases[0]!;
    const chunks: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (chunks.push(String(s)), true));
    const out = outPath('.csv');
    try {
      expect(await flowCommand(divPath('linear_flow'), flowFlags(file('p.csv', csv(c.points)), { params: refPath('linear_flow'), t0: '2', t1: '0.5', steps: '30', header: true, output: out }), new Set())).toBe(0);
    } finally {
      stderr.mockRestore();
    }
    const k = await kernelOf('linear_flow');
    try {
      const r = await k.flow(c.points, { t0: 2, t1: 0.5, steps: 30 });
      const lines = readFileSync(out, 'utf8').split('\n');
      expect(lines[0]).toBe('end_x[0],end_x[1],end_x[2],integral');
      expect(lines.slice(1, -1)).toEqual(c.points.map((_, i) => [...r.points.subarray(3 * i, 3 * i + 3), r.integral[i]!].map(String).join(',')));
      expect(lines.at(-1)).toBe('');
    } finally {
      k.dispose();
    }
    expect(chunks.join('')).toBe(`divc flow: ${c.points.length} points from t = 2 to 0.5, RK4, 30 steps\n`);
  });
});

describe('divc flow: conditions', () => {
  // dx/dt = c t x: x(t) = x0 exp(c t^2 / 2), the integral of div f = 2 c t^2 / 2 (two coordinates)
  const G = 'field g(x, y; t, c) = (c * t * x, c * t * y)\n';
  const points = [[1, 2], [-0.5, 0.25], [0.3, -1]];
  const cs = [0.7, -1.2, 0.1];

  it('a condition per point as a column after the state (CSV and .npy), or once with --cond; t is the flow\'s', async () => {
    const g = file('g.div', G);
    const withC = points.map((p, i) => [...p, cs[i]!]);
    const k = await load(compile(G).wasm!, { backend: 'wasm', threads: 1 });
    try {
      const r = await k.flow(points, { t0: 0, t1: 1.5, steps: 200, conditions: { c: cs } });
      const want = points.map((_, i) => [r.points[2 * i]!, r.points[2 * i + 1]!, r.integral[i]!]);
      expect(await flow(g, file('gc.csv', csv(withC)), { t0: '0', t1: '1.5', steps: '200' }, 3)).toEqual(want);
      expect(await flow(g, file('gc.npy', npy(withC)), { t0: '0', t1: '1.5', steps: '200' }, 3, '.npy')).toEqual(want);
      // and those are the exact flow's, each point with its own c
      want.forEach(([x, y, integral], i) => {
        const grow = Math.exp((cs[i]! * 1.5 ** 2) / 2);
        close(x!, points[i]![0]! * grow, 1e-9, 'x');
        close(y!, points[i]![1]! * grow, 1e-9, 'y');
        close(integral!, cs[i]! * 1.5 ** 2, 1e-9, 'integral');
      });
      // --cond c: the state alone
      const once = await k.flow(points, { t0: 0, t1: 1.5, steps: 200, conditions: { c: 0.7 } });
      expect(await flow(g, file('g.csv', csv(points)), { t0: '0', t1: '1.5', steps: '200', cond: ['c=0.7'] }, 3))
        .toEqual(points.map((_, i) => [once.points[2 * i]!, once.points[2 * i + 1]!, once.integral[i]!]));
    } finally {
      k.dispose();
    }
  });

  it('--cond t is refused (the flow sets it); a missing column names the columns', async () => {
    const g = file('g.div', G);
    const output = outPath('.csv');
    expect(await usage(flowCommand(g, flowFlags(file('g.csv', csv(points)), { t0: '0', t1: '1', cond: ['t=0.5', 'c=1'], output }), new Set())))
      .toBe("--cond t=0.5: 'g' takes the time as its condition t, which the flow sets (from --t0 to --t1): do not give it");
    await expect(flowCommand(g, flowFlags(file('g.csv', csv(points)), { t0: '0', t1: '1', output }), new Set()))
      .rejects.toThrow('expected 3 columns (x, y, c), got 2: conditions not given with --cond are columns after the state (c); --cond c=VALUE gives one value for every point');
    expect(existsSync(output)).toBe(false);
  });
});

describe('divc flow: usage errors', () => {
  const lorenz = divPath('lorenz');
  it.each([
    [{ t1: '1' }, '--t0 is required: the flow runs from the points\' time --t0 to --t1 (e.g. --t0 0 --t1 1)'],
    [{}, '--t0 and --t1 are required: the flow runs from the points\' time --t0 to --t1 (e.g. --t0 0 --t1 1)'],
    [{ t0: '0' }, '--t1 is required: the flow runs from the points\' time --t0 to --t1 (e.g. --t0 0 --t1 1)'],
    [{ t0: 'abc', t1: '1' }, '--t0 abc: expected a finite number'],
    [{ t0: '0', t1: 'inf' }, '--t1 inf: expected a finite number'],
    [{ t0: '0', t1: '' }, '--t1 : expected a finite number'],
    [{ t0: '0', t1: '1', method: 'dopri5', steps: '10' }, '--steps 10 with --method dopri5: Dormand-Prince chooses each point\'s steps (--rtol, --atol); --steps is for --method rk4'],
    [{ t0: '0', t1: '1', method: 'rk4', rtol: '1e-6' }, '--rtol with --method rk4: RK4 takes --steps N equal steps; --rtol and --atol are for --method dopri5'],
    [{ t0: '0', t1: '1', method: 'rk4', atol: '1e-9' }, '--atol with --method rk4: RK4 takes --steps N equal steps; --rtol and --atol are for --method dopri5'],
    [{ t0: '0', t1: '1', steps: '10', rtol: '1e-6' }, "--steps with --rtol: --steps N is RK4's (equal steps), --rtol / --atol Dormand-Prince's (a step size per point); give one of them, or --method"],
    [{ t0: '0', t1: '1', method: 'euler' }, '--method euler: expected rk4 or dopri5'],
    [{ t0: '0', t1: '1', steps: '0' }, '--steps 0: expected an integer from 1 to 10000000'],
    [{ t0: '0', t1: '1', steps: '2.5' }, '--steps 2.5: expected an integer from 1 to 10000000'],
    [{ t0: '0', t1: '1', rtol: '0' }, '--rtol 0: expected a number > 0'],
    [{ t0: '0', t1: '1', atol: '-1' }, '--atol -1: expected a number >= 0'],
    [{ t0: '0', t1: '1', rtol: 'x' }, '--rtol x: expected a finite number'],
    [{ t0: '0', t1: '1', base: 'uniform' }, "--base uniform: the base density divc knows is 'normal' (the standard normal N(0, I))"],
    [{ t0: '0', t1: '1', output: 'out.txt' }, "unknown output kind '.txt': flow -o takes a .npy or .csv file (or no -o: CSV on stdout)"],
    [{ t0: '0', t1: '1', output: 'out.npy', header: true }, '--header: a .npy array has no column names (-o out.npy); --header is for CSV output'],
    [{ t0: '0', t1: '1', cond: ['t=1'] }, "--cond t=1: field 'lorenz' takes no conditions"],
  ] as [Partial<FlowFlags>, string][])('%j', async (more, message) => {
    const points = file('l.csv', '1,2,3\n');
    expect(await usage(flowCommand(lorenz, flowFlags(points, { ...more, ...(more.output ? { output: join(dir, more.output) } : {}) }), new Set()))).toBe(message.replace('-o out.npy', `-o ${join(dir, 'out.npy')}`));
    expect(readdirSync(dir).filter((f) => f.startsWith('.') || f.startsWith('out'))).toEqual([]); // no file, not even a temporary one
  });

  it('the built CLI: exit 2 for a usage error, 1 for a runtime error (no stack), 0 with CSV on stdout and the summary on stderr', { timeout: 120_000 }, () => {
    const divc = (...args: string[]) => {
      const r = spawnSync(process.execPath, [DIVC, ...args], { encoding: 'utf8', cwd: dir });
      expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
      return r;
    };
    const points = file('l.csv', '1,2,3\n-1,0.5,2\n');
    const bad = divc('flow', lorenz, '--points', points, '--t0', '0', '--t1', '1', '--method', 'dopri5', '--steps', '5');
    expect(bad.status, bad.stderr).toBe(2);
    expect(bad.stderr).toBe("divc: error: --steps 5 with --method dopri5: Dormand-Prince chooses each point's steps (--rtol, --atol); --steps is for --method rk4\n");
    expect(divc('flow', lorenz, '--points', points, '--t1', '1').status).toBe(2);
    // a param of the wrong shape: the runtime's DivcError, as a message
    const shape = divc('flow', divPath('linear_flow'), '--points', file('p3.csv', '1,2,3\n'), '--t0', '0', '--t1', '1', '--param', 'A=[1,2]');
    expect(shape.status, shape.stderr).toBe(1);
    expect(shape.stderr).toMatch(/^divc: error: .*A/);
    const ok = divc('flow', lorenz, '--points', points, '--t0', '0', '--t1', '0.01', '--steps', '4', '--header', '--base', 'normal', '--steps-column');
    expect(ok.status, ok.stderr).toBe(0);
    const lines = ok.stdout.trim().split('\n');
    expect(lines[0]).toBe('end_x,end_y,end_z,integral,logp,steps');
    expect(lines).toHaveLength(3);
    // lorenz's div f is -(sigma + 1 + beta) = -13.67 everywhere: the integral over 0.01 is exact
    for (const line of lines.slice(1)) {
      const row = line.split(',').map(Number);
      close(row[3]!, -(10 + 1 + 8 / 3) * 0.01, 1e-12, 'integral');
      close(row[4]!, logNormal(row.slice(0, 3)) + row[3]!, 1e-12, 'log p');
      expect(row[5]).toBe(4);
    }
    expect(ok.stderr).toBe('divc flow: 2 points from t = 0 to 0.01, RK4, 4 steps\n');
    const dopri = divc('flow', lorenz, '--points', points, '--t0', '0', '--t1', '0.5');
    expect(dopri.status, dopri.stderr).toBe(0);
    expect(dopri.stderr).toMatch(/^divc flow: 2 points from t = 0 to 0\.5, Dormand-Prince \(rtol 1e-6, atol 1e-9\), steps per point \d+ to \d+ \(mean [\d.]+\)\n$/);
    const help = divc('flow', '--help').stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--steps-column a last column: the steps each point took/);
  });
});

describe('divc plot --trajectories', () => {
  const plotFlags = (output: string, more: Partial<PlotFlags> = {}): PlotFlags => ({
    output, grid: '8', arrows: '0', negate: false, slice: [], at: [], cond: [], backend: 'wasm', threads: 1, precision: 'f64', param: [], paramMap: [], ...more,
  });
  // a rotation: the paths are arcs of circles about 0, one radian from t = 0 to 1
  const ROT = 'field rot(x, y) = (-y, x)\n';
  const quiet = async (p: Promise<number>) => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      return await p;
    } finally {
      stderr.mockRestore();
    }
  };
  /** The SVG's flow paths as points in the field's coordinates ([-2, 2]^2 over a 480-pixel square at (60, 40)). */
  const paths = (svg: string) => {
    const group = /<g id="trajectories"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    return [...group.matchAll(/<polyline points="([^"]*)"\/>/g)].map((m) => m[1]!.split(' ').map((pair) => {
      const [px, py] = pair.split(',').map(Number);
      return [((px! - 60) / 480) * 4 - 2, 2 - ((py! - 40) / 480) * 4];
    }));
  };

  it('SVG: N x N polylines along the flow, one vertex per step; --negate the other way; PNG pixels in their colour', async () => {
    const rot = file('rot.div', ROT);
    const svgOut = outPath('.svg');
    expect(await quiet(plotCommand(rot, plotFlags(svgOut, { trajectories: '3', steps: '20' }), new Set()))).toBe(0);
    const svg = readFileSync(svgOut, 'utf8');
    expect(svg).toContain(`<g id="trajectories" fill="none" stroke="${TRAJECTORY}"`);
    const drawn = paths(svg);
    expect(drawn).toHaveLength(9);
    // starts at the centres of a 3 x 3 grid over [-2, 2]^2, top row first
    const starts = [4 / 3, 0, -4 / 3].flatMap((y) => [-4 / 3, 0, 4 / 3].map((x) => [x, y]));
    drawn.forEach((path, i) => {
      const [x0, y0] = starts[i]!;
      const r = Math.hypot(x0!, y0!);
      if (r === 0) { // the centre stays put
        for (const [x, y] of path) expect(Math.hypot(x!, y!)).toBeLessThan(0.01);
        return;
      }
      expect(path).toHaveLength(21);
      path.forEach(([x, y], s) => {
        // on the circle, at angle s / 20 radians further counter-clockwise (to the SVG's 0.1 pixel)
        const a = Math.atan2(y0!, x0!) + s / 20;
        expect(Math.hypot(x! - r * Math.cos(a), y! - r * Math.sin(a)), `path ${i} vertex ${s}`).toBeLessThan(0.002);
      });
    });
    // --negate: the paths of -f, clockwise
    const negOut = outPath('.svg');
    expect(await quiet(plotCommand(rot, plotFlags(negOut, { trajectories: '3', steps: '20', negate: true }), new Set()))).toBe(0);
    const back = paths(readFileSync(negOut, 'utf8'));
    const [x0, y0] = starts[0]!;
    const a = Math.atan2(y0!, x0!) - 1;
    expect(Math.hypot(back[0]!.at(-1)![0]! - Math.hypot(x0!, y0!) * Math.cos(a), back[0]!.at(-1)![1]! - Math.hypot(x0!, y0!) * Math.sin(a))).toBeLessThan(0.002);
    // without --trajectories, none
    const plain = outPath('.svg');
    expect(await quiet(plotCommand(rot, plotFlags(plain), new Set()))).toBe(0);
    expect(readFileSync(plain, 'utf8')).not.toContain('trajectories');
    // PNG: pixels in the paths' colour, none without them
    const rgb = [1, 3, 5].map((k) => parseInt(TRAJECTORY.slice(k, k + 2), 16));
    const count = async (more: Partial<PlotFlags>) => {
      const png = outPath('.png');
      expect(await quiet(plotCommand(rot, plotFlags(png, more), new Set()))).toBe(0);
      const img = decode(readFileSync(png));
      let n = 0;
      for (let o = 0; o < img.data.length; o += img.channels) if (img.data[o] === rgb[0] && img.data[o + 1] === rgb[1] && img.data[o + 2] === rgb[2]) n++;
      return n;
    };
    expect(await count({ trajectories: '4' })).toBeGreaterThan(300);
    expect(await count({})).toBe(0);
  });

  it('a field with the time t: paths of the flow, the heatmap at t = --t0; mistakes are usage errors', async () => {
    const cnf = divPath('cnf_time');
    const out = outPath('.svg');
    expect(await quiet(plotCommand(cnf, plotFlags(out, { params: refPath('cnf_time'), trajectories: '2', t0: '0.25', t1: '1', steps: '10' }), new Set()))).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(/<title>(.*)<\/title>/.exec(svg)![1]).toBe('div f of cnf at t = 0.25');
    // the paths are cnf's flow from t = 0.25 to 1 (the runtime's, in 10 steps of RK4)
    const k = await kernelOf('cnf_time');
    try {
      const r = await k.flow([[-1, 1]], { t0: 0.25, t1: 1, steps: 10 });
      const end = paths(svg)[0]!.at(-1)!;
      expect(Math.abs(r.points[0]!) < 2 && Math.abs(r.points[1]!) < 2, 'the path stays on the plot').toBe(true);
      expect(Math.abs(end[0]! - r.points[0]!)).toBeLessThan(0.01); // to the SVG's 0.1 pixel
      expect(Math.abs(end[1]! - r.points[1]!)).toBeLessThan(0.01);
      expect(Math.hypot(r.points[0]! + 1, r.points[1]! - 1), 'the path moves').toBeGreaterThan(0.05);
      expect(paths(svg)).toHaveLength(4);
    } finally {
      k.dispose();
    }
    const rot = file('rot.div', ROT);
    const bad = outPath('.svg');
    expect(await usage(plotCommand(rot, plotFlags(bad, { t1: '2' }), new Set()))).toBe("--t1 2: the flow's times are for --trajectories N (flow paths from an N x N grid)");
    expect(await usage(plotCommand(rot, plotFlags(bad, { steps: '5' }), new Set()))).toBe("--steps 5: the flow's steps are for --trajectories N (flow paths from an N x N grid)");
    expect(await usage(plotCommand(rot, plotFlags(bad, { trajectories: '101' }), new Set()))).toBe('--trajectories 101: expected an integer from 0 to 100');
    expect(await usage(plotCommand(rot, plotFlags(bad, { trajectories: '3', t0: 'x' }), new Set()))).toBe('--t0 x: expected a finite number');
    expect(await usage(plotCommand(rot, plotFlags(bad, { trajectories: '3', steps: '0' }), new Set()))).toBe('--steps 0: expected an integer from 1 to 10000');
    expect(await usage(plotCommand(cnf, plotFlags(bad, { params: refPath('cnf_time'), trajectories: '3', negate: true }), new Set())))
      .toBe("--negate with --trajectories: 'cnf' depends on its time t, so the paths of -f are not those of f run backwards; draw the paths of f (without --negate)");
    expect(existsSync(bad)).toBe(false);
  });
});

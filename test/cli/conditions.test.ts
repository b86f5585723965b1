// Conditions on the command line (CONTRACT.md "Conditions, flows and gradients"): `divc run
// --cond NAME=VALUE` (one value for every point) and conditions read as columns of the points file
// after the state (CSV, JSON rows, .npy); `divc plot --cond` (required for each condition); `divc
// bench` on a field with conditions; each mistake a usage error (or, for the points file, an input
// error) naming the columns or the field's conditions. The commands run in-process (their
// errors are checked by class: main.ts maps UsageError to exit 2, InputError to 1); one test runs
// the built CLI for the exit statuses and the help texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIVC, REFERENCE_DIR, reference } from '../support/helpers.js';
import { runCommand, type RunFlags } from '../../compiler/cli/commands/run.js';
import { plotCommand, type PlotFlags } from '../../compiler/cli/commands/plot.js';
import { benchCommand } from '../../compiler/cli/commands/bench.js';
import { bench, formatBench, DRAWN, type BenchResult } from '../../compiler/cli/bench.js';
import { parseCondFlags, rowLayout, splitRows } from '../../compiler/cli/conditions.js';
import { InputError } from '../../compiler/cli/io.js';
import { npyHeader, readNpy } from '../../compiler/cli/npy.js';
import { UsageError } from '../../compiler/cli/usage-error.js';
import { compile } from '../../compiler/compile.js';
import { load } from '../../runtime/index.js';

const dir = mkdtempSync(join(tmpdir(), 'divc-conditions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let serial = 0;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, `${serial++}-${name}`);
  writeFileSync(path, content);
  return path;
};
const outPath = (ext: string) => join(dir, `${serial++}-out${ext}`);

const cnf = join(REFERENCE_DIR, 'cnf_time.div');
const cnfParams = join(REFERENCE_DIR, 'cnf_time.expect.json');
const ref = reference('cnf_time');
const lorenz = join(REFERENCE_DIR, 'lorenz.div');
/** A small field with a scalar and a [2] condition: div g = (2 c0 + c1) x, diagonal (2 c0 x, c1 x). */
const G = 'field g(x, y; t, c: [2]) = (c[0] * x^2 + t * y, c[1] * x * y + t)\n';
let g: string;
beforeAll(() => { g = file('g.div', G); });
const gAt = (x: number, y: number, t: number, c0: number, c1: number) => [c0 * x * x + t * y, c1 * x * y + t, (2 * c0 + c1) * x, 2 * c0 * x, c1 * x];

/** The flags commander gives run, with these set. */
const runFlags = (points: string, more: Partial<RunFlags> = {}): RunFlags => ({
  points, values: true, diagonal: true, header: false, progress: false, cond: [], backend: 'wasm', threads: 1, precision: 'f64', param: [], paramMap: [], ...more,
});

/** divc run in-process, output to a .csv (or .npy) file: its rows of numbers. */
async function run(artifact: string, points: string, more: Partial<RunFlags> = {}, ext = '.csv'): Promise<number[][]> {
  const output = outPath(ext);
  expect(await runCommand(artifact, runFlags(points, { output, ...more }), new Set())).toBe(0);
  if (ext === '.npy') {
    const width = 1 + 2 * 2; // f (2), div f, diagonal (2)
    const flat = Array.from(readNpy(output, readFileSync(output), width));
    return Array.from({ length: flat.length / width }, (_, i) => flat.slice(i * width, (i + 1) * width));
  }
  return readFileSync(output, 'utf8').trim().split('\n').map((line) => line.split(',').map(Number));
}

/** The error a promise rejects with, checked to be of `kind`: its message. */
async function failure(p: Promise<unknown>, kind: typeof UsageError | typeof InputError): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e, (e as Error).message).toBeInstanceOf(kind);
    return (e as Error).message;
  }
  throw new Error(`expected a ${kind.name}`);
}

const csv = (rows: number[][]) => rows.map((r) => r.map((v) => String(v)).join(',')).join('\n') + '\n';
const npy = (rows: number[][]) => Buffer.concat([npyHeader([rows.length, rows[0]!.length], false), Buffer.from(Float64Array.from(rows.flat()).buffer)]);

/** Each row against cnf_time's reference (f, div f, diagonal), to 1e-9 relative to max(1, scale). */
function expectReference(rows: number[][]) {
  expect(rows).toHaveLength(ref.points.length);
  rows.forEach((row, i) => {
    const want = [...ref.values[i]!, ref.divergence[i]!, ...ref.diagonal![i]!];
    const tol = 1e-9 * Math.max(1, ref.scale[i]!);
    expect(row).toHaveLength(want.length);
    row.forEach((v, k) => expect(Math.abs(v - want[k]!), `point ${i}, column ${k}: ${v} vs ${want[k]}`).toBeLessThanOrEqual(tol));
  });
}

describe('divc run --cond: one value for every point', () => {
  it('--cond t=0.5 gives the runtime\'s evaluate(points, { conditions: { t: 0.5 } }) and diagonal', async () => {
    const points = file('state.csv', csv(ref.points));
    const rows = await run(cnf, points, { params: cnfParams, cond: ['t=0.5'] });
    const k = await load(compile(readFileSync(cnf, 'utf8'), { filename: cnf }).wasm!, { backend: 'wasm', threads: 1 });
    try {
      k.setParams(ref.params as never);
      const flat = ref.points.flat();
      const r = await k.evaluate(flat, { conditions: { t: 0.5 } });
      const d = await k.diagonal(flat, { conditions: { t: 0.5 } });
      expect(rows).toEqual(ref.points.map((_, i) => [r.values[2 * i]!, r.values[2 * i + 1]!, r.divergence[i]!, d[2 * i]!, d[2 * i + 1]!]));
      // t matters here: another t gives other numbers, so the comparison above sees --cond
      const other = await k.divergence(flat, { conditions: { t: -0.5 } });
      expect(rows.map((row) => row[2])).not.toEqual(Array.from(other));
    } finally {
      k.dispose();
    }
  });

  it('a [k] condition: comma-separated numbers or a JSON array, with a scalar condition', async () => {
    const state = [[0.5, -1], [2, 0.25], [-1.5, 3]];
    const points = file('g-state.csv', csv(state));
    const want = state.map(([x, y]) => gAt(x!, y!, 3, 1, 2));
    expect(await run(g, points, { cond: ['c=1,2', 't=3'] })).toEqual(want);
    expect(await run(g, points, { cond: ['t=3', 'c=[1, 2]'] })).toEqual(want);
    expect(await run(g, points, { cond: ['t=3', 'c= 1 , 2 '] })).toEqual(want);
  });

  it('--cond without a points-file column: the state alone, also from JSON and .npy', async () => {
    const state = [[0.5, -1], [2, 0.25]];
    const want = state.map(([x, y]) => gAt(x!, y!, -2, 0.5, 4));
    expect(await run(g, file('s.json', JSON.stringify(state)), { cond: ['t=-2', 'c=0.5,4'] })).toEqual(want);
    expect(await run(g, file('s.npy', npy(state)), { cond: ['t=-2', 'c=0.5,4'] })).toEqual(want);
  });
});

describe('divc run: conditions as columns after the state', () => {
  it('cnf_time per-point t as a CSV column (with a header line) gives the reference values', async () => {
    const rows = ref.points.map((p, i) => [...p, ref.conditions!.t![i] as number]);
    expectReference(await run(cnf, file('cnf.csv', 'x0,x1,t\n' + csv(rows)), { params: cnfParams }));
  });

  it('cnf_time per-point t as a .npy column gives the reference values (and .npy out)', async () => {
    const rows = ref.points.map((p, i) => [...p, ref.conditions!.t![i] as number]);
    const points = file('cnf.npy', npy(rows));
    expectReference(await run(cnf, points, { params: cnfParams }));
    expectReference(await run(cnf, points, { params: cnfParams }, '.npy'));
  });

  it('cnf_time per-point t as the third number of JSON rows gives the reference values', async () => {
    const rows = ref.points.map((p, i) => [...p, ref.conditions!.t![i] as number]);
    expectReference(await run(cnf, file('cnf.json', JSON.stringify({ points: rows })), { params: cnfParams }));
  });

  it('a [k] condition as k columns, in declaration order, the ones --cond gives left out', async () => {
    const pts = [[0.5, -1, 3, 1, 2], [2, 0.25, -1, 0.5, -3], [-1.5, 3, 0, 2, 1]]; // x, y, t, c[0], c[1]
    const want = pts.map(([x, y, t, c0, c1]) => gAt(x!, y!, t!, c0!, c1!));
    expect(await run(g, file('all.csv', csv(pts)))).toEqual(want);
    expect(await run(g, file('all.npy', npy(pts)))).toEqual(want);
    // t from --cond: rows x, y, c[0], c[1]
    const noT = pts.map(([x, y, , c0, c1]) => [x!, y!, c0!, c1!]);
    expect(await run(g, file('no-t.csv', csv(noT)), { cond: ['t=7'] })).toEqual(pts.map(([x, y, , c0, c1]) => gAt(x!, y!, 7, c0!, c1!)));
    // c from --cond: rows x, y, t
    const noC = pts.map(([x, y, t]) => [x!, y!, t!]);
    expect(await run(g, file('no-c.npy', npy(noC)), { cond: ['c=-1,0.5'] })).toEqual(pts.map(([x, y, t]) => gAt(x!, y!, t!, -1, 0.5)));
  });

  it('the row layout and its split (conditions.ts): offsets, names and values per point', () => {
    const conds = [{ name: 't', shape: [] }, { name: 'c', shape: [2] }];
    const all = rowLayout(['x', 'y'], conds, {});
    expect(all.width).toBe(5);
    expect(all.read).toEqual([{ name: 't', size: 1, offset: 2 }, { name: 'c', size: 2, offset: 3 }]);
    expect(all.columns!.names).toEqual(['x', 'y', 't', 'c[0]', 'c[1]']);
    const noT = rowLayout(['x', 'y'], conds, { t: 1 });
    expect(noT.read).toEqual([{ name: 'c', size: 2, offset: 2 }]);
    expect(noT.columns!.names).toEqual(['x', 'y', 'c[0]', 'c[1]']);
    expect(rowLayout(['x', 'y'], conds, { t: 1, c: [1, 2] })).toEqual({ width: 2, read: [] });
    const split = splitRows(Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 2, 5, all.read);
    expect(split.points).toBeInstanceOf(Float32Array);
    expect(Array.from(split.points)).toEqual([1, 2, 6, 7]);
    expect(Array.from(split.conditions.t!)).toEqual([3, 8]);
    expect(Array.from(split.conditions.c!)).toEqual([4, 5, 9, 10]);
  });
});

describe('divc run: mistakes', () => {
  it('a wrong column count names the expected columns, in CSV, JSON and .npy (input errors)', async () => {
    const two = ref.points.slice(0, 2);
    expect(await failure(run(cnf, file('two.csv', csv(two)), { params: cnfParams }), InputError))
      .toMatch(/two\.csv:1: expected 3 columns \(x\[0\], x\[1\], t\), got 2: conditions not given with --cond are columns after the state \(t\); --cond t=VALUE gives one value for every point$/);
    expect(await failure(run(cnf, file('two.json', JSON.stringify(two)), { params: cnfParams }), InputError))
      .toMatch(/two\.json: point 0 has 2 numbers, expected 3 columns \(x\[0\], x\[1\], t\)/);
    expect(await failure(run(cnf, file('two.npy', npy(two)), { params: cnfParams }), InputError))
      .toMatch(/two\.npy: shape \(2, 2\) does not hold rows of 3 columns \(x\[0\], x\[1\], t\): expected \(n, 3\)/);
    // a [k] condition's columns by name, with and without the ones --cond gives
    expect(await failure(run(g, file('g3.csv', '1,2,3\n')), InputError)).toContain('expected 5 columns (x, y, t, c[0], c[1]), got 3');
    expect(await failure(run(g, file('g3b.csv', '1,2,3\n'), { cond: ['t=1'] }), InputError)).toContain('expected 4 columns (x, y, c[0], c[1]), got 3');
    // a field without conditions keeps the plain message
    expect(await failure(run(lorenz, file('l.csv', '1,2\n')), InputError)).toMatch(/expected 3 numbers per point, got 2$/);
  });

  it('--cond naming no condition of the field, or on a field without conditions: a usage error listing its conditions', async () => {
    const points = file('p.csv', '1,2\n');
    const output = outPath('.csv');
    expect(await failure(runCommand(cnf, runFlags(points, { params: cnfParams, cond: ['s=1'], output }), new Set()), UsageError))
      .toBe("--cond s=1: field 'cnf' has no condition 's' (its conditions: t)");
    expect(await failure(runCommand(g, runFlags(points, { cond: ['T=1'], output }), new Set()), UsageError))
      .toBe("--cond T=1: field 'g' has no condition 'T' (its conditions: t, c: [2])");
    expect(await failure(runCommand(lorenz, runFlags(file('p3.csv', '1,2,3\n'), { cond: ['t=1'], output }), new Set()), UsageError))
      .toBe("--cond t=1: field 'lorenz' takes no conditions");
    expect(existsSync(output)).toBe(false); // nothing written, not even an empty file
    expect(readdirSync(dir).filter((f) => f.includes('.tmp') || f.startsWith('.'))).toEqual([]);
  });

  it('a malformed --cond: not NAME=VALUE, not numbers, the wrong count, given twice', () => {
    const conds = [{ name: 't', shape: [] }, { name: 'c', shape: [2] }];
    const bad = (...list: string[]) => {
      try {
        parseCondFlags(list, conds, 'g');
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      throw new Error(`accepted ${list.join(' ')}`);
    };
    expect(bad('t')).toBe("--cond t: expected NAME=VALUE (conditions of 'g': t, c: [2])");
    expect(bad('=1')).toBe("--cond =1: expected NAME=VALUE (conditions of 'g': t, c: [2])");
    expect(bad('t=abc')).toBe("--cond t=abc: 'abc' is not a number");
    expect(bad('t=')).toBe("--cond t=: '' is not a number");
    expect(bad('t=1,2')).toBe('--cond t=1,2: expected a number, got 2 numbers');
    expect(bad('c=1')).toBe('--cond c=1: expected 2 numbers, comma-separated or a JSON array (c has shape [2]), got 1 numbers');
    expect(bad('c=[1, "a"]')).toBe(`--cond c=[1, "a"]: '[1, "a"]' is not 2 numbers, comma-separated or a JSON array (c has shape [2])`);
    expect(bad('c=[1, 2')).toContain("'[1, 2' is not 2 numbers");
    expect(bad('c=1,,2')).toContain("'1,,2' is not 2 numbers");
    expect(bad('t=1', 't=2')).toBe("--cond t=2: condition 't' is given twice");
    // what is accepted: a number (special values too), k numbers, a JSON array
    expect(parseCondFlags(['t=-1.5e-3', 'c=[3, 4]'], conds, 'g')).toEqual({ t: -1.5e-3, c: [3, 4] });
    expect(parseCondFlags(['t=inf', 'c=nan,2'], conds, 'g')).toEqual({ t: Infinity, c: [NaN, 2] });
  });
});

describe('divc plot with conditions', () => {
  const plotFlags = (output: string, more: Partial<PlotFlags> = {}): PlotFlags => ({
    output, grid: '6', arrows: '0', negate: false, slice: [], at: [], cond: [], backend: 'wasm', threads: 1, precision: 'f64', param: [], paramMap: [], ...more,
  });
  const titleOf = (svg: string) => /<title>(.*)<\/title>/.exec(svg)![1];

  it('--cond gives each condition: the plot is of f at those values, the title says them', async () => {
    // div g = (2 c0 + c1) x: zero everywhere at c = (0, 0), not at c = (1, 0)
    const zero = outPath('.svg');
    expect(await plotCommand(g, plotFlags(zero, { cond: ['t=1', 'c=0,0'] }), new Set())).toBe(0);
    expect(titleOf(readFileSync(zero, 'utf8'))).toBe('div f of g at t = 1, c = [0, 0]: div f = 0 everywhere (constant)');
    const slope = outPath('.svg');
    expect(await plotCommand(g, plotFlags(slope, { cond: ['c=[1, 0]', 't=2'] }), new Set())).toBe(0);
    expect(titleOf(readFileSync(slope, 'utf8'))).toBe('div f of g at c = [1, 0], t = 2');
    const cnfPlot = outPath('.png');
    expect(await plotCommand(cnf, plotFlags(cnfPlot, { params: cnfParams, cond: ['t=0.5'] }), new Set())).toBe(0);
    expect(readFileSync(cnfPlot).subarray(1, 4).toString()).toBe('PNG');
  });

  it('a condition without --cond is a usage error naming the missing ones; --slice on a condition says --cond', async () => {
    const output = outPath('.svg');
    expect(await failure(plotCommand(cnf, plotFlags(output, { params: cnfParams }), new Set()), UsageError))
      .toBe("condition 't' of field 'cnf' has no value: a plot holds each condition fixed; give --cond t=VALUE");
    expect(await failure(plotCommand(g, plotFlags(output), new Set()), UsageError))
      .toBe("conditions 't', 'c' of field 'g' have no value: a plot holds each condition fixed; give --cond t=VALUE --cond c=V1,V2");
    expect(await failure(plotCommand(g, plotFlags(output, { cond: ['t=1'] }), new Set()), UsageError))
      .toBe("condition 'c' of field 'g' has no value: a plot holds each condition fixed; give --cond c=V1,V2");
    expect(await failure(plotCommand(cnf, plotFlags(output, { params: cnfParams, slice: ['t=0.5'] }), new Set()), UsageError))
      .toBe("--slice t=0.5: t is a condition of 'cnf', not an input: give --cond t=0.5");
    expect(await failure(plotCommand(g, plotFlags(output, { cond: ['t=1', 'c=1,2', 'u=3'] }), new Set()), UsageError))
      .toBe("--cond u=3: field 'g' has no condition 'u' (its conditions: t, c: [2])");
    expect(existsSync(output)).toBe(false);
  });
});

describe('divc bench with conditions', () => {
  it('runs on a field with conditions: --cond values, the others drawn per point; the report says which', async () => {
    const source = readFileSync(g, 'utf8');
    const quick = { n: 64, seconds: 0.001, params: {} };
    const drawn = await bench(source, g, { ...quick, conditions: (declared, field) => parseCondFlags(['c=1,2'], declared, field) });
    if ('diagnostics' in drawn) throw new Error(JSON.stringify(drawn.diagnostics));
    expect(drawn.conditions).toEqual({ t: DRAWN, c: [1, 2] });
    const wasm = drawn.rows.filter((row) => row.backend.startsWith('wasm'));
    expect(wasm.length).toBeGreaterThan(0);
    for (const row of wasm) expect(row.pointsPerSecond! > 0 && row.fAlonePointsPerSecond! > 0, row.backend).toBe(true);
    expect(formatBench(drawn, 64).split('\n')[0]).toBe('g (dim 2), 64 points uniform in [-1, 1]^2, t uniform in [-1, 1], c = [1, 2], best of repeated runs');
    // without a conditions option every condition is drawn
    const all = await bench(source, g, quick) as BenchResult;
    expect(all.conditions).toEqual({ t: DRAWN, c: DRAWN });
    expect(all.rows.some((row) => row.pointsPerSecond !== null)).toBe(true);
    // a field without conditions says none
    expect((await bench(readFileSync(lorenz, 'utf8'), lorenz, quick) as BenchResult).conditions).toBeUndefined();
  });

  it('--cond naming no condition is a usage error', async () => {
    const base = { n: '10', json: true, param: [], paramMap: [] };
    expect(await failure(benchCommand(g, { ...base, cond: ['s=1'] }), UsageError)).toBe("--cond s=1: field 'g' has no condition 's' (its conditions: t, c: [2])");
    expect(await failure(benchCommand(lorenz, { ...base, cond: ['t=1'] }), UsageError)).toBe("--cond t=1: field 'lorenz' takes no conditions");
  });
});

describe('the built CLI', () => {
  const divc = (...args: string[]) => {
    const r = spawnSync(process.execPath, [DIVC, ...args], { encoding: 'utf8', cwd: dir });
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
    return r;
  };

  it('--cond in run, bench and plot: help texts, exit 2 for a bad --cond, exit 1 for a wrong column count, values on stdout', () => {
    const help = (command: string) => divc(command, '--help').stdout.replace(/\s+/g, ' '); // commander wraps lines
    expect(help('run')).toMatch(/--cond <name=value> a condition's value for every point.*columns after the state/);
    expect(help('bench')).toMatch(/--cond <name=value> a condition's value for every point.*drawn per point/);
    expect(help('plot')).toMatch(/--cond <name=value> a condition's value.*required for each condition/);
    const points = file('cli.csv', '0.5,-1\n2,0.25\n');
    const bad = divc('run', g, '--points', points, '--cond', 'q=1');
    expect(bad.status, bad.stderr).toBe(2);
    expect(bad.stderr).toBe("divc: error: --cond q=1: field 'g' has no condition 'q' (its conditions: t, c: [2])\n");
    const short = divc('run', g, '--points', points, '--cond', 't=1');
    expect(short.status, short.stderr).toBe(1);
    expect(short.stderr).toContain('expected 4 columns (x, y, c[0], c[1]), got 2');
    const ok = divc('run', g, '--points', points, '--cond', 't=1', '--cond', 'c=1,2');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(`${(2 + 2) * 0.5}\n${(2 + 2) * 2}\n`);
  });
});

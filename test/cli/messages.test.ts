// What the CLI tells its user, where a new user was misled (issue 13): a malformed first CSV line
// is an error naming it (not dropped as a header); one params file for a file with several fields
// (a note for the params a field does not use); `check` on such a file; the missing-param advice
// (CLI options, not the API); plots of a divergence-free field saying so, and of a stretched
// range; -o's help, bench's progress on stderr, the float32 note of an f64 artifact on WebGPU.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIVC, REFERENCE_DIR } from '../support/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'divc-cli-user-'));
const lorenz = join(REFERENCE_DIR, 'lorenz.div');

function divc(...args: string[]) {
  const r = spawnSync(process.execPath, [DIVC, ...args], { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 26 });
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// two fields sharing one params file: energy uses W and b, charge uses Kq
const TWO_FIELDS = file('two.div', 'param W: [2, 2]\nparam Kq\nparam b: [2]\nfield energy(x: [2]) = tanh(W @ x + b)\nfield charge(x: [2]) = Kq * x\n');

describe('divc run: the CSV header rule', () => {
  it('a first line with no number at all is a header; a malformed first line is an error naming it', () => {
    expect(divc('run', lorenz, '--points', file('header.csv', 'x,y,z\n1,1,1\n2,0,5\n')).stdout.trim().split('\n')).toHaveLength(2);
    for (const [name, text, message] of [
      ['trailing.csv', '1,2,\n1,1,1\n', 'trailing.csv:1: an empty cell is not a number'],
      ['word.csv', '1,abc,3\n1,1,1\n', "word.csv:1: 'abc' is not a number"],
      ['comment.csv', '# points\n1,abc,3\n1,1,1\n', "comment.csv:2: 'abc' is not a number"],
    ]) {
      const r = divc('run', lorenz, '--points', file(name!, text!));
      expect(r.code, name).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe(''); // no result at all rather than n - 1 of them
    }
  });
});

describe('one params file for a file with several fields', () => {
  it('run takes the file for either field, ignoring (with one note) the params the field does not use', () => {
    const params = file('all.json', JSON.stringify({ W: [[1, 0], [0, 1]], b: [0, 0], Kq: 2 }));
    const pts = file('pts2.csv', '0,0\n');
    const energy = divc('run', TWO_FIELDS, '--field', 'energy', '--points', pts, '--params', params);
    expect(energy.code, energy.stderr).toBe(0);
    expect(Number(energy.stdout)).toBe(2); // div tanh(x) at 0
    expect(energy.stderr.match(/note:/g)).toHaveLength(1);
    expect(energy.stderr).toContain("'Kq'");
    const charge = divc('run', TWO_FIELDS, '--field', 'charge', '--points', pts, '--params', params);
    expect(charge.code, charge.stderr).toBe(0);
    expect(Number(charge.stdout)).toBe(4);
    // a misspelt --param on the command line is still an error
    expect(divc('run', TWO_FIELDS, '--field', 'charge', '--points', pts, '--param', 'Kx=1').stderr).toContain("unknown param 'Kx'");
  });
});

describe('divc check on a file with several fields', () => {
  it('checks every field by default, and takes --field', () => {
    const all = divc('check', TWO_FIELDS);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toContain('ok (field energy, dim 2)');
    expect(all.stderr).toContain('ok (field charge, dim 2)');
    const one = divc('check', TWO_FIELDS, '--field', 'charge');
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toContain('ok (field charge, dim 2)');
    expect(one.stderr).not.toContain('energy');
    // an error in one field is reported (once) and fails the check
    const bad = file('bad2.div', 'param k = 1\nfield f(x) = (k * x)\nfield g(x) = (k * y)\n');
    const r = divc('check', bad);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/unknown name 'y'/g)?.length ?? r.stderr).toBe(1);
  });
});

describe('the missing-param error in the CLI', () => {
  it('names --param NAME=VALUE and --params FILE, not the API', () => {
    const src = file('nodefault.div', 'param k\nfield f(x) = (k * x)\n');
    const r = divc('run', src, '--points', file('one.csv', '2\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("param 'k' has no value: give --param k=VALUE, or --params FILE");
    expect(r.stderr).not.toContain('setParams');
  });
});

describe('divc plot of a divergence-free field', () => {
  /** The PNG's faintest heatmap channel and the dark pixels beside the colour bar (its labels). */
  const inks = async (png: string, cells: number) => {
    const { decode } = await import('fast-png');
    const img = decode(readFileSync(join(dir, png)));
    const w = cells * Math.floor(480 / cells);
    let faintest = 255, labelPixels = 0;
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const o = (y * img.width + x) * img.channels;
        if (x < w) faintest = Math.min(faintest, img.data[o]!, img.data[o + 1]!, img.data[o + 2]!);
        else if (x >= w + 36 && img.data[o]! < 60) labelPixels++;
      }
    }
    return { faintest, labelPixels };
  };

  it('a divergence 0 to rounding (a stream function\'s field): says so, keeps the heatmap white (not noise at full colour), labels the PNG colour bar', async () => {
    // d/dx d psi/dy - d/dy d psi/dx: the mixed partials come out a few ulps apart
    const s = file('stream.div', 'fn psi(x, y) = sin(x) * exp(x * y / 3)\nfield s(x, y) = (grad(psi(x, y), y), -grad(psi(x, y), x))\n');
    const r = divc('plot', s, '-o', 's.png', '--range', '-3:3,-3:3', '--grid', '40', '--arrows', '0');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('div f = 0 to rounding');
    const { faintest, labelPixels } = await inks('s.png', 40);
    expect(faintest).toBeGreaterThanOrEqual(245); // rounding noise (|div f| ~ 1e-15) stays white
    expect(labelPixels).toBeGreaterThan(30); // the numbers beside the colour bar
    expect(divc('plot', s, '-o', 's.svg', '--range', '-3:3,-3:3', '--grid', '40').code).toBe(0);
    expect(readFileSync(join(dir, 's.svg'), 'utf8')).toMatch(/<title>div f of s: div f = 0 to rounding \(\|div f\| &lt;= [\d.e-]+\)<\/title>/);
    // a field whose divergence is not 0 keeps its own scale and no note
    const sq = divc('plot', file('sq2.div', 'field sq(x, y) = (x^2, y)\n'), '-o', 'sq2.png', '--grid', '4', '--x', '-1:1', '--y', '0:2');
    expect(sq.stderr).toBe('');
  });

  it('a divergence exactly 0 (Taylor-Green: the derivatives cancel exactly): a constant, said as such, not a ±rounding colour bar', async () => {
    const tg = file('tg.div', 'field tg(x, y) = (sin(x) * cos(y), -cos(x) * sin(y))\n');
    const r = divc('plot', tg, '-o', 'tg.png', '--range', '-3:3,-3:3', '--grid', '40', '--arrows', '0');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('div f = 0 at every point of this grid: the plot is one colour');
    expect(r.stderr).not.toContain('to rounding');
    const { faintest, labelPixels } = await inks('tg.png', 40);
    expect(faintest).toBe(255); // exactly white
    expect(labelPixels).toBeGreaterThan(30); // the one label, 0
    expect(divc('plot', tg, '-o', 'tg.svg', '--range', '-3:3,-3:3', '--grid', '40').code).toBe(0);
    const svg = readFileSync(join(dir, 'tg.svg'), 'utf8');
    expect(svg).toContain('<title>div f of tg: div f = 0 everywhere (constant)</title>');
    expect(svg).not.toMatch(/e-1\d/); // no ±3e-12 scale anywhere
  });

  it('a 1 x 2 range keeps its aspect ratio; a ratio past the grid says it is stretched', () => {
    const sq = file('sq3.div', 'field sq(x, y) = (x^2, y)\n');
    expect(divc('plot', sq, '-o', 'tall.svg', '--grid', '10', '--x', '0:1', '--y', '0:2', '--arrows', '0').code).toBe(0);
    const svg = readFileSync(join(dir, 'tall.svg'), 'utf8');
    const cells = [...svg.matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)" fill/g)].slice(0, 50);
    expect(new Set(cells.map((c) => c[1])).size).toBe(5); // 5 columns
    expect(cells[0]![3]).toBe(cells[0]![4]); // square cells
    const wide = divc('plot', sq, '-o', 'wide.svg', '--grid', '10', '--x', '0:100', '--y', '0:1', '--arrows', '0');
    expect(wide.code).toBe(0);
    expect(wide.stderr).toContain('drawn 10 x 2 cells, stretched');
  });
});

describe('smaller CLI items', () => {
  it("-o's help names .js; run -o with an unknown extension is refused as compile's is", () => {
    expect(divc('--help').stdout.replace(/\s+/g, ' ')).toContain('-o, --output <file> write the artifact (.wasm), the WGSL shader (.wgsl) or an ES module exporting the ready kernel (.js; .mjs, or .cjs: CommonJS exporting a Promise of it)');
    const pts = file('p3.csv', '1,1,1\n');
    const r = divc('run', lorenz, '--points', pts, '-o', 'x.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown output kind '.txt': run -o takes a .npy or .csv file");
    expect(divc('run', lorenz, '--points', pts, '-o', 'x.csv').code).toBe(0);
  });

  it('bench reports progress on stderr as it goes, and keeps stdout for the results', () => {
    const r = divc('bench', lorenz, '--n', '1000', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('divc bench: 1/');
    expect(JSON.parse(r.stdout).field).toBe('lorenz');
  }, 60_000);

  it('an f64 artifact run on WebGPU says its results have float32 precision', () => {
    const r = divc('run', lorenz, '--points', file('p4.csv', '1,1,1\n'), '--backend', 'webgpu', '-o', 'gpu.npy');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('computes in float32: results have float32 precision (written as float64)');
  }, 60_000);
});

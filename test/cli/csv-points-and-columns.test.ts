// CSV in and out of `divc run` (issue 25): the header rule checked cell by cell (a first line
// with any number in it is data, and a bad cell there is an error naming line 1, never dropped as
// a header); one separator per file (',', ';', a tab or spaces); the column layout of --values and
// --diagonal and the names --header prints.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../compiler/index.js';
import { DIVC, source } from '../support/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'divc-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A field compiled here, once: each run below then loads an artifact instead of compiling (binaryen) again. */
const artifact = (text: string, name: string) => {
  writeFileSync(join(dir, name), compile(text).wasm!);
  return name;
};
const lorenz = artifact(source('lorenz'), 'lorenz.wasm');
const DIV = -(10 + 1 + 8 / 3);

function divc(...args: string[]) {
  const r = spawnSync(process.execPath, [DIVC, ...args], { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 26 });
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let count = 0;
const file = (text: string, name = `p${count++}.csv`) => {
  writeFileSync(join(dir, name), text);
  return name;
};

const ROUTE = artifact('field route(x, y) = (x * y, y)\n', 'route.wasm'); // 2-D, div = y + 1

describe('the header rule, cell by cell', () => {
  // a mutation of csvLine that looked at the first cell only dropped `abc,2,3` and `,2,3` as a
  // header (a point lost, exit 0): every cell of the first line must be a non-number for a header
  for (const [first, shown] of [['abc,2,3', "'abc' is not a number"], ['1,abc,3', "'abc' is not a number"], ['1,2,abc', "'abc' is not a number"], [',2,3', 'an empty cell is not a number'], ['1,,3', 'an empty cell is not a number'], ['1,2,', 'an empty cell is not a number']]) {
    it(`first line '${first}': an error naming line 1, no output`, () => {
      const name = file(`${first}\n1,1,1\n`);
      const r = divc('run', lorenz, '--points', name);
      expect(r.code, r.stdout).toBe(1);
      expect(r.stderr).toContain(`divc: error: ${name}:1: ${shown}`);
      expect(r.stdout).toBe('');
    });
  }

  it('x,y,z (no number at all) is a header, with any separator; so is one with empty cells', () => {
    for (const text of ['x,y,z\n1,1,1\n2,0,5\n', 'x;y;z\n1;1;1\n2;0;5\n', 'x y z\n1 1 1\n2 0 5\n', '"x","y","z"\n1,1,1\n2,0,5\n', 'x,,z\n1,1,1\n2,0,5\n']) {
      const r = divc('run', lorenz, '--points', file(text));
      expect(r.code, `${JSON.stringify(text)}: ${r.stderr}`).toBe(0);
      expect(r.stdout.trim().split('\n').map(Number)).toEqual([DIV, DIV]);
    }
  });

  it('an empty cell between two separators is an error, not merged away (a 2-D point 1,,3 is not (1, 3))', () => {
    const r = divc('run', ROUTE, '--points', file('0,0\n1,,3\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/:2: an empty cell is not a number/);
    const tabs = divc('run', ROUTE, '--points', file('0\t0\n1\t\t3\n'));
    expect(tabs.code).toBe(1);
    expect(tabs.stderr).toMatch(/:2: an empty cell is not a number/);
  });
});

describe('separators: one per file', () => {
  it("',' ';' a tab or spaces, with spaces around them", () => {
    for (const text of ['1,2\n3,4\n', '1;2\n3;4\n', '1\t2\n3\t4\n', '1 2\n3   4\n', ' 1 , 2 \n3,\t4\n', '1 ;2\n3; 4\n', '1\t 2\n3 \t4\n']) {
      const r = divc('run', ROUTE, '--points', file(text));
      expect(r.code, JSON.stringify(text) + r.stderr).toBe(0);
      expect(r.stdout).toBe('3\n5\n');
    }
  });

  it('a line separated otherwise than the first is an error naming both lines', () => {
    // `0,5;1,5` (decimal commas) would otherwise be four numbers
    for (const [text, line, found] of [['1,2\n3;4\n', 2, "';'"], ['x;y\n1;2\n1,5;2\n', 3, "','"], ['1 2\n3,4\n', 2, "','"], ['1\t2\n3;4\n', 2, "';'"], ['1,2;3\n', 1, "';'"]] as const) {
      const name = file(text);
      const r = divc('run', ROUTE, '--points', name);
      expect(r.code, JSON.stringify(text)).toBe(1);
      expect(r.stderr).toContain(`divc: error: ${name}:${line}: ${found}`);
      expect(r.stderr).toContain('one separator per file');
    }
  });

  it('the --points help names the separators', () => {
    expect(divc('run', '--help').stdout.replace(/\s+/g, ' ')).toMatch(/--points <file> .*separated by ',', ';', a tab or spaces/);
  });
});

describe('--values, --diagonal: the columns, and --header', () => {
  it('a field: f, div f, then the diagonal; --header names them from the inputs', () => {
    const pts = file('1,2,3\n');
    const r = divc('run', lorenz, '--points', pts, '--values', '--diagonal', '--header');
    expect(r.code, r.stderr).toBe(0);
    const [head, row] = r.stdout.trim().split('\n');
    expect(head).toBe('f_x,f_y,f_z,div_f,d_x,d_y,d_z');
    expect(row!.split(',').map(Number)).toEqual([10, 1 * 25 - 2, 2 - 8, DIV, -10, -1, -8 / 3]);
    expect(divc('run', lorenz, '--points', pts, '--header').stdout).toBe(`div_f\n${DIV}\n`);
    expect(divc('run', lorenz, '--points', pts, '--diagonal', '--header').stdout.split('\n')[0]).toBe('div_f,d_x,d_y,d_z');
  });

  it('a potential: U, grad U, the Laplacian, then the Hessian diagonal', () => {
    const src = file('potential bowl(x, y) = x^2 + 2 * y^2\n', 'bowl.div');
    const r = divc('run', src, '--points', file('1,1\n'), '--values', '--diagonal', '--header', '-o', 'bowl.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'bowl.csv'), 'utf8')).toBe('U,grad_x,grad_y,laplacian,d2_x,d2_y\n3,2,4,6,2,4\n');
  });

  it('vector inputs name their components', () => {
    const src = file('field sq(v: [2]) = v * v\n', 'sq.div');
    expect(divc('run', src, '--points', file('1,2\n'), '--values', '--header').stdout).toBe('f_v[0],f_v[1],div_f\n1,4,6\n');
  });

  it('--header with .npy output is a usage error', () => {
    const r = divc('run', lorenz, '--points', file('1,2,3\n'), '--header', '-o', 'out.npy');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--header');
    expect(r.stderr).toContain('.npy');
  });

  it('the help says what the columns are', () => {
    const help = divc('run', '--help').stdout.replace(/\s+/g, ' ');
    expect(help).toContain('(n, 2d + 1)');
    expect(help).toContain('(n, 2d + 2)');
    expect(help).toContain('--header');
  });
});

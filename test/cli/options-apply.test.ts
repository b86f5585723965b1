// Options that cannot apply are usage errors (exit 2) naming the option, never silently ignored
// (issue 25): --precision or --field given with a .wasm artifact, whose precision and field were
// fixed when it was compiled, are accepted only when they say what the artifact holds; --field
// naming a field the .div file does not define; plot options naming no input; a compiled artifact
// given to a command that takes a source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIVC, REFERENCE_DIR } from '../support/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'divc-options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const lorenz = join(REFERENCE_DIR, 'lorenz.div');

function divc(...args: string[]) {
  const r = spawnSync(process.execPath, [DIVC, ...args], { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 26 });
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 2, one `divc: error:` line that names the option, nothing on stdout. */
function usage(r: ReturnType<typeof divc>, ...parts: string[]) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^divc: error: /);
  for (const p of parts) expect(r.stderr).toContain(p);
}

beforeAll(() => {
  writeFileSync(join(dir, 'p.csv'), '1,1,1\n');
  expect(divc(lorenz, '-o', 'l64.wasm').code).toBe(0);
  expect(divc(lorenz, '-o', 'l32.wasm', '--precision', 'f32').code).toBe(0);
});

describe('run and plot with a .wasm artifact', () => {
  it('--precision other than the artifact\'s is a usage error; the artifact\'s own is accepted', () => {
    usage(divc('run', 'l64.wasm', '--points', 'p.csv', '--precision', 'f32'), '--precision f32', "l64.wasm is an f64 artifact");
    usage(divc('run', 'l32.wasm', '--points', 'p.csv', '--precision', 'f64'), '--precision f64', "l32.wasm is an f32 artifact");
    usage(divc('plot', 'l64.wasm', '-o', 'x.svg', '--precision', 'f32'), '--precision f32');
    expect(existsSync(join(dir, 'x.svg'))).toBe(false);
    const same = divc('run', 'l32.wasm', '--points', 'p.csv', '--precision', 'f32');
    expect(same.code, same.stderr).toBe(0);
    expect(Number(same.stdout)).toBeCloseTo(-(10 + 1 + 8 / 3), 5);
    expect(divc('run', 'l32.wasm', '--points', 'p.csv').code).toBe(0); // the default f64 is not "given"
  });

  it('--field naming another field is a usage error; the artifact\'s own field is accepted', () => {
    usage(divc('run', 'l64.wasm', '--points', 'p.csv', '--precision', 'f32', '--field', 'nope'), '--field nope');
    usage(divc('run', 'l64.wasm', '--points', 'p.csv', '--field', 'nope'), '--field nope', "holds field 'lorenz'");
    usage(divc('plot', 'l64.wasm', '-o', 'x.svg', '--field', 'nope'), '--field nope');
    expect(divc('run', 'l64.wasm', '--points', 'p.csv', '--field', 'lorenz').code).toBe(0);
  });
});

describe('--field naming a field the .div file does not define', () => {
  const two = () => {
    const path = join(dir, 'two.div');
    writeFileSync(path, 'field a(x) = (x)\npotential b(x, y) = x * y\n');
    return path;
  };
  it('is a usage error naming --field and the fields there are, in every command', () => {
    for (const args of [
      [lorenz, '-o', 'x.wasm'],
      [lorenz, '--emit', 'stats'],
      ['check', lorenz],
      ['run', lorenz, '--points', 'p.csv'],
      ['plot', lorenz, '-o', 'x.svg'],
      ['bench', lorenz, '--n', '10'],
    ]) usage(divc(...args, '--field', 'nope'), "--field nope: no field named 'nope' in", 'fields: lorenz');
    usage(divc('check', two(), '--field', 'c'), 'fields: a, b'); // a potential is one of them
    expect(divc('check', two(), '--field', 'b').code).toBe(0);
    expect(existsSync(join(dir, 'x.wasm'))).toBe(false);
  });

  it('a file with syntax errors reports them (exit 1), not a usage error', () => {
    const bad = join(dir, 'broken.div');
    writeFileSync(bad, 'field f(x) = (x +)\n');
    const r = divc('check', bad, '--field', 'g');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.div:1:');
  });
});

describe('compile options that cannot apply', () => {
  it('--precision f64 with a WGSL shader (always f32) is a usage error; f32 is accepted', () => {
    usage(divc(lorenz, '-o', 'x.wgsl', '--precision', 'f64'), '--precision f64', 'WGSL');
    usage(divc(lorenz, '--emit', 'wgsl', '--precision', 'f64'), '--precision f64');
    expect(divc(lorenz, '-o', 'x.wgsl', '--precision', 'f32').code).toBe(0);
    expect(divc(lorenz, '-o', 'y.wgsl').code).toBe(0);
  });

  it('a compiled .wasm given where a .div source is expected is a usage error, not a page of syntax errors', () => {
    for (const args of [['l64.wasm', '-o', 'y.wasm'], ['check', 'l64.wasm'], ['bench', 'l64.wasm', '--n', '10']]) {
      usage(divc(...args), 'l64.wasm is a compiled artifact');
    }
  });
});

describe('plot options naming no input, or out of range', () => {
  it('are usage errors (exit 2), found before any work is done', () => {
    usage(divc('plot', lorenz, '-o', 'x.txt'), '-o x.txt: plot writes .svg or .png');
    usage(divc('plot', lorenz, '-o', 'x.svg', '--x', 'q=0:1'), '--x q=0:1: no input q (inputs: x, y, z)');
    usage(divc('plot', lorenz, '-o', 'x.svg', '--slice', 'q=1'), '--slice q=1');
    usage(divc('plot', lorenz, '-o', 'x.svg', '--grid', '1'), '--grid 1');
    usage(divc('plot', lorenz, '-o', 'x.svg', '--arrows', 'many'), '--arrows many');
    usage(divc('plot', lorenz, '-o', 'x.svg', '--range', '0:1'), '--range 0:1');
    expect(existsSync(join(dir, 'x.svg'))).toBe(false);
  });
});

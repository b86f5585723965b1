// Output files of divc (issue 25): a command that fails leaves no file behind, or the old file
// untouched; a command that succeeds writes a temporary file beside the target and renames it over
// the target, so that no reader sees a half-written file and no temporary file is left.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../compiler/index.js';
import { DIVC, REFERENCE_DIR } from '../support/helpers.js';

const lorenz = join(REFERENCE_DIR, 'lorenz.div');
/** lorenz compiled here, once, for the runs and plots (each would compile it again: binaryen, a second a call); readable by the user nobody. */
const artifacts = mkdtempSync(join(tmpdir(), 'divc-out-art-'));
chmodSync(artifacts, 0o755);
const lorenzWasm = join(artifacts, 'lorenz.wasm');
writeFileSync(lorenzWasm, compile(readFileSync(lorenz, 'utf8')).wasm!);

function divc(cwd: string, ...args: string[]) {
  return divcAs(undefined, cwd, ...args);
}

/** divc run by the user `uid` (the root running the tests can write any file, whatever its mode). */
function divcAs(uid: number | undefined, cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [DIVC, ...args], { encoding: 'utf8', cwd, maxBuffer: 1 << 26, ...(uid !== undefined ? { uid, gid: uid } : {}) });
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
const fresh = () => { const d = mkdtempSync(join(tmpdir(), 'divc-out-')); made.push(d); return d; };
afterAll(() => { for (const d of [...made, artifacts]) rmSync(d, { recursive: true, force: true }); });

// more points than one slice (65,536), a bad value after the first slice: output has been
// written by the time the error is found
const lines = Array.from({ length: 70_000 }, (_, i) => `${i % 7},${(i % 5) - 2},${i % 3}`);
lines[69_000] = '1,2,oops';
const LATE_ERROR = lines.join('\n') + '\n';

describe('a failed divc run leaves no output file, or the old one untouched', () => {
  for (const ext of ['npy', 'csv']) {
    it(`-o out.${ext}: a bad value after the first slice`, () => {
      const dir = fresh();
      writeFileSync(join(dir, 'pts.csv'), LATE_ERROR);
      const r = divc(dir, 'run', lorenzWasm, '--points', 'pts.csv', '-o', `out.${ext}`);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("pts.csv:69001: 'oops' is not a number");
      expect(readdirSync(dir)).toEqual(['pts.csv']); // no out file, no temporary file
      // an old output stays as it was
      writeFileSync(join(dir, `out.${ext}`), 'old results');
      expect(divc(dir, 'run', lorenzWasm, '--points', 'pts.csv', '-o', `out.${ext}`).code).toBe(1);
      expect(readFileSync(join(dir, `out.${ext}`), 'utf8')).toBe('old results');
      expect(readdirSync(dir).sort()).toEqual([`out.${ext}`, 'pts.csv']);
    });
  }

  it('-o out.csv with a points file that does not exist, or a missing param', () => {
    const dir = fresh();
    const missing = divc(dir, 'run', lorenzWasm, '--points', 'nope.csv', '-o', 'out.csv');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read 'nope.csv': no such file");
    writeFileSync(join(dir, 'one.csv'), '2\n');
    writeFileSync(join(dir, 'k.div'), 'param k\nfield f(x) = (k * x)\n');
    expect(divc(dir, 'run', 'k.div', '--points', 'one.csv', '-o', 'out.npy').code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['k.div', 'one.csv']);
  });

  it('a run that succeeds replaces the target by rename and leaves no temporary file', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'pts.csv'), '1,1,1\n2,0,5\n');
    for (const out of ['out.npy', 'out.csv']) {
      writeFileSync(join(dir, out), 'old results');
      const before = statSync(join(dir, out)).ino;
      expect(divc(dir, 'run', lorenzWasm, '--points', 'pts.csv', '-o', out).code).toBe(0);
      expect(statSync(join(dir, out)).ino).not.toBe(before); // a new file renamed over the old one
    }
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n').map(Number)).toEqual([-(10 + 1 + 8 / 3), -(10 + 1 + 8 / 3)]);
    expect(readdirSync(dir).sort()).toEqual(['out.csv', 'out.npy', 'pts.csv']);
  });

  it('a -o in a directory that does not exist is an error naming it, not an internal error', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'pts.csv'), '1,1,1\n');
    for (const args of [['run', lorenzWasm, '--points', 'pts.csv', '-o', 'no/out.npy'], [lorenz, '-o', 'no/l.wasm'], ['plot', lorenzWasm, '-o', 'no/p.svg', '--grid', '4']]) {
      const r = divc(dir, ...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/divc: error: cannot write 'no\/[a-z]+\.[a-z]+': no such directory/);
    }
  });
});

describe('compile -o and plot -o write a temporary file and rename it over the target', () => {
  it('compile -o: a new file replaces the old one, a failed compile leaves the old one', () => {
    const dir = fresh();
    for (const out of ['l.wasm', 'l.wgsl', 'l.mjs']) {
      writeFileSync(join(dir, out), 'old');
      const before = statSync(join(dir, out)).ino;
      expect(divc(dir, lorenz, '-o', out).code).toBe(0);
      expect(statSync(join(dir, out)).ino).not.toBe(before);
      expect(readFileSync(join(dir, out), 'utf8')).not.toBe('old');
    }
    writeFileSync(join(dir, 'bad.div'), 'field f(x, y) = (x, y, x)\n');
    writeFileSync(join(dir, 'bad.wasm'), 'old');
    expect(divc(dir, 'bad.div', '-o', 'bad.wasm').code).toBe(1);
    expect(readFileSync(join(dir, 'bad.wasm'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['bad.div', 'bad.wasm', 'l.mjs', 'l.wasm', 'l.wgsl']);
  });

  it('plot -o: the same', () => {
    const dir = fresh();
    for (const out of ['p.svg', 'p.png']) {
      writeFileSync(join(dir, out), 'old');
      const before = statSync(join(dir, out)).ino;
      expect(divc(dir, 'plot', lorenzWasm, '-o', out, '--grid', '4', '--arrows', '0').code).toBe(0);
      expect(statSync(join(dir, out)).ino).not.toBe(before);
    }
    expect(readdirSync(dir).sort()).toEqual(['p.png', 'p.svg']);
    expect(existsSync(join(dir, 'p.svg'))).toBe(true);
  });
});

describe('a file the user may not write', () => {
  // as root the check cannot be seen (root writes a read-only file): the user nobody runs divc
  it.runIf(process.getuid?.() === 0)('stays as it is: renaming a new file over it would replace it all the same', () => {
    const dir = fresh();
    chmodSync(dir, 0o777); // nobody may create files here, so a rename over the target would succeed
    writeFileSync(join(dir, 'pts.csv'), '1,2,3\n');
    writeFileSync(join(dir, 'out.csv'), 'kept');
    chmodSync(join(dir, 'out.csv'), 0o444);
    const r = divcAs(65534, dir, 'run', lorenzWasm, '--points', 'pts.csv', '-o', 'out.csv');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain("cannot write 'out.csv': permission denied");
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['out.csv', 'pts.csv']);
  });
});

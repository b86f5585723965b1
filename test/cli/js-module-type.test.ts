// `divc field.div -o OUT.js|.mjs|.cjs` writes a module that Node loads where it is written (issue
// 25): .mjs is always an ES module; .js is one only where the nearest package.json says
// "type": "module" (elsewhere Node reads it as CommonJS and fails on `import`), so there divc
// refuses with a usage error advising .mjs; .cjs is CommonJS exporting a Promise of the kernel.
// Each module is imported in a child Node process from a project whose node_modules/divc is this
// package.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIVC, REFERENCE_DIR, ROOT } from '../support/helpers.js';

/** Temporary folders, removed after the file's tests (they hold node_modules links and packages). */
const dirs: string[] = [];
const made = (dir: string) => { dirs.push(dir); return dir; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

const lorenz = join(REFERENCE_DIR, 'lorenz.div');
const DIV = -(10 + 1 + 8 / 3);

function divc(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [DIVC, ...args], { encoding: 'utf8', cwd });
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A project directory with this package.json (none: undefined) and divc installed in it. */
function project(pkg: object | undefined): string {
  const dir = made(mkdtempSync(join(tmpdir(), 'divc-project-')));
  if (pkg) writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'divc'), 'dir');
  return dir;
}

/** Runs `code` in a child Node process in `dir`; stdout, trimmed, and stderr. */
function node(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout.trim(), stderr: r.stderr };
}

const importEsm = (dir: string, file: string) =>
  node(dir, ['--input-type=module', '-e', `import k from ${JSON.stringify(pathToFileURL(join(dir, file)).href)}; console.log(k.field, (await k.divergence([[1, 2, 3]]))[0]); k.dispose();`]);

// `npm init -y` (npm 10.9 and later) writes "type": "commonjs"; older npm and `npm install` in an
// empty directory write no "type" at all: Node reads .js as CommonJS in both
const NPM_INIT = { name: 'app', version: '1.0.0', main: 'index.js', license: 'ISC', type: 'commonjs' };
const NO_TYPE = { name: 'app', version: '1.0.0', dependencies: { divc: '*' } };

describe('-o field.js', () => {
  for (const [what, pkg] of [['"type": "commonjs" (npm init)', NPM_INIT], ['no "type"', NO_TYPE]] as const) {
    it(`where the nearest package.json has ${what}: a usage error advising .mjs, and no file`, () => {
      const dir = project(pkg);
      const r = divc(dir, lorenz, '-o', 'field.js');
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('divc: error: -o field.js:');
      expect(r.stderr).toContain(join(dir, 'package.json'));
      expect(r.stderr).toContain('-o field.mjs');
      expect(r.stderr).toContain('"type": "module"');
      expect(existsSync(join(dir, 'field.js'))).toBe(false);
    });
  }

  it('where the nearest package.json has "type": "module": the ES module, imported by Node', () => {
    const dir = project({ name: 'app', type: 'module' });
    expect(divc(dir, lorenz, '-o', 'field.js').code).toBe(0);
    const r = importEsm(dir, 'field.js');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`lorenz ${DIV}`);
  });

  it('the nearest package.json is looked up from the output file\'s directory, not the working directory', () => {
    const dir = project({ name: 'app', type: 'module' });
    mkdirSync(join(dir, 'cjs'));
    writeFileSync(join(dir, 'cjs', 'package.json'), '{}');
    mkdirSync(join(dir, 'src', 'kernels'), { recursive: true });
    expect(divc(dir, lorenz, '-o', 'cjs/field.js').code).toBe(2);
    expect(divc(join(dir, 'cjs'), lorenz, '-o', '../src/kernels/field.js').code).toBe(0); // src/kernels -> the top package.json
    expect(importEsm(dir, 'src/kernels/field.js').stdout).toBe(`lorenz ${DIV}`);
  });

  it('with no package.json up to the root: a usage error', () => {
    const dir = made(mkdtempSync(join(tmpdir(), 'divc-nopkg-')));
    for (let d = dir; ; d = dirname(d)) {
      if (existsSync(join(d, 'package.json'))) return; // this machine's temporary directory has one above it
      if (d === parse(d).root) break;
    }
    const r = divc(dir, lorenz, '-o', 'field.js');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no package.json');
    expect(r.stderr).toContain('-o field.mjs');
  });
});

describe('-o field.mjs and -o field.cjs', () => {
  it('.mjs is an ES module whatever package.json says', () => {
    const dir = project(NPM_INIT);
    expect(divc(dir, lorenz, '-o', 'field.mjs').code).toBe(0);
    const r = importEsm(dir, 'field.mjs');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`lorenz ${DIV}`);
  });

  it('.cjs is CommonJS exporting a Promise of the kernel: `await require(\'./field.cjs\')`', () => {
    for (const pkg of [NPM_INIT, { name: 'esm-app', type: 'module' }]) {
      const dir = project(pkg);
      expect(divc(dir, lorenz, '-o', 'field.cjs').code).toBe(0);
      const r = node(dir, ['-e', `require(${JSON.stringify(join(dir, 'field.cjs'))}).then(async (k) => { console.log(k.field, (await k.divergence([[1, 2, 3]]))[0]); k.dispose(); })`]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(`lorenz ${DIV}`);
    }
  });
});

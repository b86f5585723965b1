// The build plugin, for real: small apps that `import kernel from './x.div'` are bundled with
// esbuild, Rollup and Vite through divc/plugin/*, the bundles run in Node (and the Vite page in
// headless Chromium), and their numbers are checked against the references. Uses the built
// package (dist/), as an app would.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REFERENCE_DIR, ROOT, reference, worstError } from '../support/helpers.js';

const plugin = async (name: 'esbuild' | 'rollup' | 'vite' | 'webpack') => (await import(join(ROOT, `dist/compiler/plugin/${name}.js`))).default;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A tiny app: imports lorenz.div and gmm_score.div, prints f and div f at the reference points. */
function app(): string {
  const dir = mkdtempSync(join(tmpdir(), 'divc-plugin-'));
  dirs.push(dir);
  for (const f of ['lorenz', 'gmm_score']) copyFileSync(join(REFERENCE_DIR, `${f}.div`), join(dir, `${f}.div`));
  const refs = { lorenz: reference('lorenz'), gmm_score: reference('gmm_score') };
  writeFileSync(join(dir, 'main.js'), [
    "import lorenz from './lorenz.div';",
    "import gmm from './gmm_score.div';",
    `const refs = ${JSON.stringify({ lorenz: { params: refs.lorenz.params, points: refs.lorenz.points }, gmm_score: { params: refs.gmm_score.params, points: refs.gmm_score.points } })};`,
    'const out = {};',
    'for (const [name, k] of [["lorenz", lorenz], ["gmm_score", gmm]]) {',
    '  k.setParams(refs[name].params);',
    '  const r = await k.evaluate(refs[name].points);',
    '  out[name] = { values: Array.from(r.values), divergence: Array.from(r.divergence), backend: k.backend };',
    '}',
    'globalThis.divcResult = out;',
    "if (typeof process !== 'undefined' && process.versions?.node) console.log(JSON.stringify(out));",
  ].join('\n'));
  return dir;
}

function check(out: Record<string, { values: number[]; divergence: number[] }>, tolerance = 1e-9): void {
  for (const name of ['lorenz', 'gmm_score']) {
    const err = worstError(out[name]!, reference(name));
    expect(err.divergence).toBeLessThanOrEqual(tolerance);
    expect(err.values).toBeLessThanOrEqual(tolerance);
  }
}

const runNode = (file: string) => JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' }));

describe('divc/plugin/esbuild', () => {
  it('bundles an app importing .div files; the bundle runs in Node and matches the references', async () => {
    const { build } = await import('esbuild');
    const dir = app();
    await build({ entryPoints: [join(dir, 'main.js')], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'out.mjs'), plugins: [(await plugin('esbuild'))()], logLevel: 'silent' });
    check(runNode(join(dir, 'out.mjs')));
  });

  it('fails the build with the diagnostic (file:line:col, the line, a caret)', async () => {
    const { build } = await import('esbuild');
    const dir = app();
    writeFileSync(join(dir, 'lorenz.div'), 'field f(x: [2]) {\n  return [x[0], y]\n}\n');
    const error = await build({ entryPoints: [join(dir, 'main.js')], bundle: true, format: 'esm', platform: 'node', write: false, plugins: [(await plugin('esbuild'))()], logLevel: 'silent' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const text = (error as Error).message;
    expect(text).toContain(`${join(dir, 'lorenz.div')}:2:17`);
    expect(text).toContain('return [x[0], y]');
    expect(text).toMatch(/\^/);
  });

  it('writes typings naming the params (by default; dts: false turns it off), only when they change', async () => {
    const { build } = await import('esbuild');
    const dir = app();
    const run = async (options?: object) => build({ entryPoints: [join(dir, 'main.js')], bundle: true, format: 'esm', platform: 'node', write: false, plugins: [(await plugin('esbuild'))(options)], logLevel: 'silent' });
    await run();
    const file = join(dir, 'gmm_score.div.d.ts');
    const dts = readFileSync(file, 'utf8');
    expect(dts).toContain('mu: ParamValue;');
    expect(dts).toContain('shape [4, 8]');
    expect(dts).toContain("import type { CallOptions, Kernel, ParamValue, Points } from 'divc/runtime';");
    const written = statSync(file).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await run();
    expect(statSync(file).mtimeMs).toBe(written); // unchanged text: not rewritten
    rmSync(file);
    await run({ dts: false });
    expect(existsSync(file)).toBe(false);
  });
});

describe('divc/plugin/rollup', () => {
  it.each([['inlined', 1 << 20], ['emitted as assets', 0]])('bundles the app with artifacts %s; it runs in Node and matches', async (_, inlineLimit) => {
    const { rollup } = await import('rollup');
    const dir = app();
    const bundle = await rollup({ input: join(dir, 'main.js'), plugins: [(await plugin('rollup'))({ inlineLimit })] });
    await bundle.write({ dir: join(dir, 'out'), format: 'es' });
    await bundle.close();
    const assets = existsSync(join(dir, 'out/assets')) ? readdirSync(join(dir, 'out/assets')) : [];
    expect(assets.filter((f) => f.endsWith('.wasm')).length).toBe(inlineLimit === 0 ? 2 : 0);
    check(runNode(join(dir, 'out/main.js')));
  });
});

describe('divc/plugin/vite', () => {
  // an SSR build inlines every artifact: it emits no assets by default, and rendered their URLs
  // as '/assets/x.wasm' (read as file:///assets/x.wasm in Node: gmm_score's 65.6 KB failed)
  it.each([['the default inlineLimit', undefined], ['inlineLimit 0', 0]])('builds the app for Node (SSR bundle) with %s and it matches the references', async (_, inlineLimit) => {
    const { build } = await import('vite');
    const dir = app();
    await build({ root: dir, logLevel: 'silent', configFile: false, plugins: [(await plugin('vite'))(inlineLimit === undefined ? undefined : { inlineLimit })], build: { ssr: join(dir, 'main.js'), outDir: join(dir, 'out'), target: 'node20' } });
    check(runNode(join(dir, existsSync(join(dir, 'out/main.mjs')) ? 'out/main.mjs' : 'out/main.js')));
  });
});

// The typings as an app's TypeScript sees them: the generated field.div.d.ts beside each file
// (setParams knows the params), or divc/plugin/client's `declare module '*.div'`.
describe('typings in a TypeScript app', () => {
  it('type-checks an app using the generated .div.d.ts, and rejects a misspelt or mistyped param', async () => {
    const { build } = await import('esbuild');
    const dir = join(ROOT, 'test/.out/typed-app');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(dir, 'node_modules/divc')); // as if installed: 'divc/...' through the package's exports
    for (const f of ['lorenz', 'gmm_score']) copyFileSync(join(REFERENCE_DIR, `${f}.div`), join(dir, `${f}.div`));
    writeFileSync(join(dir, 'main.ts'), [
      "import lorenz from './lorenz.div';",
      "import gmm from './gmm_score.div';",
      'lorenz.setParams({ sigma: 10, beta: 8 / 3 });',
      'gmm.setParams({ mu: new Float64Array(32), s: [1, 2, 3, 4] });',
      'const d: Float64Array | Float32Array = await lorenz.divergence([[1, 2, 3]]);',
      'export const first: number | undefined = d[0];',
    ].join('\n'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2022', 'DOM'], types: [] }, include: ['*.ts'] }));
    await build({ entryPoints: [join(dir, 'main.ts')], bundle: true, format: 'esm', platform: 'node', write: false, plugins: [(await plugin('esbuild'))()], logLevel: 'silent' });
    expect(existsSync(join(dir, 'lorenz.div.d.ts'))).toBe(true);
    const tsc = () => spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    const ok = tsc();
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    writeFileSync(join(dir, 'bad.ts'), "import lorenz from './lorenz.div';\nlorenz.setParams({ sigmaa: 10 });\nlorenz.setParams({ rho: [28] });\n");
    const bad = tsc();
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/bad\.ts\(2,\d+\): error TS\d+: .*'sigmaa' does not exist in type 'Partial<{ sigma: number; rho: number; beta: number; }>'/);
    expect(bad.stdout).toMatch(/bad\.ts\(3,\d+\): error TS2322: .*'number\[\]' is not assignable to type 'number'/);
    // without generated typings, divc/plugin/client's `declare module '*.div'` types every import as a Kernel
    for (const f of ['bad.ts', 'lorenz.div.d.ts', 'gmm_score.div.d.ts']) rmSync(join(dir, f));
    expect(tsc().stdout).toMatch(/main\.ts\(1,20\): error TS2307: Cannot find module '\.\/lorenz\.div'/);
    const config = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
    config.compilerOptions.types = ['divc/plugin/client'];
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    const client = tsc();
    expect(client.stdout + client.stderr).toBe('');
    expect(client.status).toBe(0);
    rmSync(dir, { recursive: true }); // the link back to the repository must not outlive the test
  }, 120_000);
});

describe('watch mode', () => {
  it('rollup --watch rebuilds when a .div file changes, and reports a broken one without stopping', async () => {
    const { watch } = await import('rollup');
    const dir = app();
    const out = join(dir, 'out');
    const watcher = watch({ input: join(dir, 'main.js'), plugins: [(await plugin('rollup'))()], output: { dir: out, format: 'es' }, watch: { buildDelay: 50 } });
    const next = () => new Promise<string>((resolve) => {
      const on = (e: { code: string; result?: { close(): void }; error?: Error }) => {
        if (e.code === 'BUNDLE_END' || e.code === 'ERROR') {
          e.result?.close();
          watcher.off('event', on);
          resolve(e.code === 'ERROR' ? `error: ${e.error?.message}` : readFileSync(join(out, 'main.js'), 'utf8'));
        }
      };
      watcher.on('event', on);
    });
    try {
      const first = await next();
      expect(first).toContain('lorenz.div, compiled by divc');
      const lorenz = readFileSync(join(dir, 'lorenz.div'), 'utf8');
      writeFileSync(join(dir, 'lorenz.div'), lorenz.replace('x * y - beta * z', 'x * y - beta * z - z'));
      const second = await next();
      expect(second).not.toBe(first); // a new artifact
      writeFileSync(join(dir, 'lorenz.div'), 'field f(x, y) = (x, y, z)\n');
      const broken = await next();
      expect(broken).toMatch(/^error: .*divc: .*lorenz\.div does not compile\n/);
      expect(broken).toMatch(/lorenz\.div:1:\d+: error: /);
      writeFileSync(join(dir, 'lorenz.div'), lorenz);
      expect(await next()).toBe(first); // back to the first source: the same bundle
    } finally {
      await watcher.close();
    }
  }, 120_000);

  it('esbuild watch rebuilds when a .div file changes', async () => {
    const { context } = await import('esbuild');
    const dir = app();
    const outfile = join(dir, 'out.mjs');
    let ended: (errors: number) => void = () => undefined;
    const next = () => new Promise<string>((resolve) => { ended = (errors) => resolve(errors ? 'error' : readFileSync(outfile, 'utf8')); });
    const first = next();
    const ctx = await context({
      entryPoints: [join(dir, 'main.js')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent',
      plugins: [(await plugin('esbuild'))(), { name: 'end', setup: (b) => b.onEnd((r) => ended(r.errors.length)) }],
    });
    try {
      await ctx.watch();
      const a = await first;
      const second = next();
      writeFileSync(join(dir, 'lorenz.div'), readFileSync(join(dir, 'lorenz.div'), 'utf8').replace('x * y - beta * z', 'x * y - beta * z - z'));
      expect(await second).not.toBe(a);
    } finally {
      await ctx.dispose();
    }
  }, 120_000);
});

describe('divc/plugin/webpack', () => {
  it('bundles the app as an ES module for Node; it runs and matches the references', async () => {
    const webpack = (await import('webpack')).default;
    const dir = app();
    const divc = (await plugin('webpack'))();
    const stats = await new Promise<{ hasErrors(): boolean; toString(o: string): string }>((resolve, reject) => webpack({
      mode: 'production', context: dir, entry: './main.js', target: 'node20',
      output: { path: join(dir, 'out'), filename: 'main.mjs', module: true, chunkFormat: 'module', library: { type: 'module' } },
      experiments: { outputModule: true }, plugins: [divc],
    }, (e, s) => (e || !s ? reject(e) : resolve(s))));
    expect(stats.hasErrors() ? stats.toString('errors-only') : '').toBe('');
    check(runNode(join(dir, 'out/main.mjs')));
  }, 120_000);
});

describe('divc/plugin/vite in the browser', () => {
  it('builds the app as a page; headless Chromium runs it and it matches the references', async () => {
    const { build } = await import('vite');
    const { chromium } = await import('playwright-core');
    const dir = app();
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>divc app</title><script type="module" src="./main.js"></script>\n');
    await build({ root: dir, logLevel: 'silent', configFile: false, plugins: [(await plugin('vite'))({ inlineLimit: 0 })], build: { outDir: join(dir, 'out'), target: 'es2022' } });
    const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', mjs: 'text/javascript', wasm: 'application/wasm' };
    const server = createServer((req, res) => {
      const path = join(dir, 'out', (req.url ?? '/') === '/' ? 'index.html' : req.url!.split('?')[0]!);
      if (!path.startsWith(join(dir, 'out')) || !existsSync(path)) { res.statusCode = 404; res.end(); return; }
      res.setHeader('content-type', types[path.split('.').pop()!] ?? 'application/octet-stream');
      res.end(readFileSync(path));
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.on('listening', resolve));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction('globalThis.divcResult !== undefined || document.title === "failed"', undefined, { timeout: 30_000 }).catch(() => undefined);
      expect(errors).toEqual([]);
      check(await page.evaluate('globalThis.divcResult') as Record<string, { values: number[]; divergence: number[] }>);
      expect(readdirSync(join(dir, 'out/assets')).filter((f) => f.endsWith('.wasm')).length).toBe(2); // artifacts as assets
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});

describe('examples/vite-app', () => {
  it('builds with its own vite.config.js (divc/plugin/vite by package name) and runs in Chromium', async () => {
    const { build } = await import('vite');
    const { chromium } = await import('playwright-core');
    const out = mkdtempSync(join(tmpdir(), 'divc-vite-app-'));
    dirs.push(out);
    const root = join(ROOT, 'examples/vite-app');
    await build({ root, configFile: join(root, 'vite.config.js'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', wasm: 'application/wasm' };
    const server = createServer((req, res) => {
      const path = join(out, (req.url ?? '/') === '/' ? 'index.html' : req.url!.split('?')[0]!);
      if (!path.startsWith(out) || !existsSync(path)) { res.statusCode = 404; res.end(); return; }
      res.setHeader('content-type', types[path.split('.').pop()!] ?? 'application/octet-stream');
      res.end(readFileSync(path));
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.on('listening', resolve));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction('globalThis.divcResult !== undefined', undefined, { timeout: 30_000 });
      const r = await page.evaluate('globalThis.divcResult') as { points: number[][]; values: number[]; divergence: number[] };
      r.points.forEach(([x, y, z], i) => {
        expect(r.values.slice(3 * i, 3 * i + 3)).toEqual([10 * (y! - x!), x! * (28 - z!) - y!, x! * y! - (8 / 3) * z!].map((v) => expect.closeTo(v, 12)));
        expect(r.divergence[i]).toBeCloseTo(-(10 + 1 + 8 / 3), 12);
      });
      expect(await page.textContent('#out')).toContain('lorenz on wasm');
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});

// divc/runtime in headless Chromium (Debian `chromium`, driven by playwright-core): artifacts
// fetched from a page served on 127.0.0.1, run on WebGPU (Chromium's SwiftShader adapter) and on
// wasm SIMD, checked against the reference values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { compile } from '../../compiler/index.js';
import { ROOT, reference, source, worstError } from '../support/helpers.js';
import { addDirectory, launchChromium, runtimeBundle, serve, type Files } from '../support/browser-harness.js';

const FIELDS = ['lorenz', 'coulomb', 'gmm_score', 'mlp'];
let server: Server;
let browser: Browser;
let page: Page;
let base: string;

// `threads`: one kernel per thread count on the same points; the results must agree bit for bit.
const PAGE = `<!doctype html><title>divc</title><p>divc runtime test page</p>
<script type="module">
  import { load } from '/runtime.js';
  window.run = async ({ name, backend, params, points }) => {
    const k = await load(new URL('/' + name + '.wasm', location.href), { backend });
    k.setParams(params);
    const out = await k.evaluate(points);
    const result = { backend: k.backend, values: Array.from(out.values), divergence: Array.from(out.divergence) };
    k.dispose();
    return result;
  };
  window.threads = async ({ name, params, points, counts }) => {
    const runs = [];
    for (const threads of counts) {
      const k = await load(new URL('/' + name + '.wasm', location.href), { backend: 'wasm', threads });
      k.setParams(params);
      const out = await k.evaluate(points);
      runs.push({ threads: k.threads, divergence: out.divergence, values: out.values });
      k.dispose();
    }
    const same = (a, b) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
    return {
      isolated: crossOriginIsolated, cores: navigator.hardwareConcurrency, threads: runs.map((r) => r.threads),
      agree: runs.every((r) => same(r.divergence, runs[0].divergence) && same(r.values, runs[0].values)),
      shared: typeof SharedArrayBuffer !== 'undefined' && runs.some((r) => r.divergence.buffer instanceof SharedArrayBuffer),
    };
  };
  window.ready = true;
</script>`;

beforeAll(async () => {
  const files: Files = new Map([
    ['/', ['text/html', PAGE]],
    ['/isolated/', ['text/html', PAGE]],
    ['/no-workers/', ['text/html', PAGE]],
    ['/runtime.js', ['text/javascript', await runtimeBundle()]],
  ]);
  for (const name of FIELDS) files.set(`/${name}.wasm`, ['application/wasm', compile(source(name), { precision: 'f32' }).wasm!]);
  ({ server, url: base } = await serve(files, ['/isolated/', '/runtime.js', '/mlp.wasm', '/lorenz.wasm', '/coulomb.wasm', '/gmm_score.wasm'], {
    '/no-workers/': { 'content-security-policy': "worker-src 'none'" }, // a page that forbids workers
  }));
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction('window.ready === true');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.each(['webgpu', 'wasm'] as const)('in Chromium, %s backend', (backend) => {
  it.each(FIELDS)('%s matches the references', async (name) => {
    const ref = reference(name);
    type Run = (a: unknown) => Promise<{ backend: string; values: number[]; divergence: number[] }>;
    const r = await page.evaluate((args) => (window as unknown as { run: Run }).run(args), { name, backend, params: ref.params, points: ref.points });
    expect(r.backend).toBe(backend);
    const err = worstError(r, ref);
    expect(err.divergence).toBeLessThanOrEqual(1e-4);
    expect(err.values).toBeLessThanOrEqual(1e-4);
  }, 60_000);
});

// Web Workers: transferred slices on an ordinary page, SharedArrayBuffers on a cross-origin
// isolated one; either way the threads' results equal one thread's, bit for bit.
describe('in Chromium, threads', () => {
  type Threads = (a: unknown) => Promise<{ isolated: boolean; cores: number; threads: number[]; agree: boolean; shared: boolean }>;
  it.each([['an ordinary page', '/'], ['a cross-origin isolated page', '/isolated/']])('on %s, Web Workers give one thread\'s results', async (_, path) => {
    const p = await browser.newPage();
    await p.goto(`${base}${path}`);
    await p.waitForFunction('window.ready === true');
    const ref = reference('mlp');
    const n = 40_001; // above THREAD_MIN_POINTS, not a multiple of the thread count
    const points = Array.from({ length: n }, (_, i) => ref.points[i % ref.points.length]!.map((x) => x * (1 + 1e-3 * (i % 7))));
    const r = await p.evaluate((args) => (window as unknown as { threads: Threads }).threads(args), { name: 'mlp', params: ref.params, points, counts: [1, 2, 3, 'auto'] });
    expect(r.isolated).toBe(path !== '/');
    expect(r.threads.slice(0, 3)).toEqual([1, 2, 3]);
    expect(r.threads[3]).toBe(r.cores); // 'auto': mlp is compute-bound, all cores
    expect(r.agree).toBe(true);
    expect(r.shared).toBe(false); // results are ordinary arrays even when shared memory carried them
    await p.close();
  }, 120_000);

  it("on a page whose CSP forbids workers, 'auto' runs on one thread with the same results", async () => {
    const p = await browser.newPage();
    await p.goto(`${base}/no-workers/`);
    await p.waitForFunction('window.ready === true');
    const ref = reference('mlp');
    const points = Array.from({ length: 40_001 }, (_, i) => ref.points[i % ref.points.length]!.map((x) => x * (1 + 1e-3 * (i % 7))));
    const r = await p.evaluate((args) => (window as unknown as { threads: Threads }).threads(args), { name: 'mlp', params: ref.params, points, counts: [1, 'auto', 'auto'] });
    expect(r.threads).toEqual([1, 1, 1]);
    expect(r.agree).toBe(true);
    await p.close();
  }, 120_000);
});

// examples/browser-app: a page with no build step, importing dist/runtime through an import map,
// with the artifact the CLI builds; served from a copy of the repository's files as they are.
describe('examples/browser-app', () => {
  it('runs the Lorenz field in Chromium with the runtime as the package ships it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'divc-browser-app-')), 'lorenz.wasm');
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin/divc.js'), join(ROOT, 'examples/lorenz.div'), '-o', out], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const files = addDirectory(addDirectory(new Map(), join(ROOT, 'examples/browser-app'), '/examples/browser-app/'), join(ROOT, 'dist/runtime'), '/dist/runtime/');
    files.set('/examples/browser-app/lorenz.wasm', ['application/wasm', readFileSync(out)]);
    files.set('/examples/browser-app/', files.get('/examples/browser-app/index.html')!);
    const app = await serve(files);
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(`${app.url}/examples/browser-app/`);
    await p.waitForFunction('globalThis.divcResult !== undefined', undefined, { timeout: 60_000 });
    const r = await p.evaluate(() => (globalThis as unknown as { divcResult: { points: number[][]; values: number[]; divergence: number[]; batch: number } }).divcResult);
    const [s, rho, b] = [10, 28, 8 / 3];
    r.points.forEach(([x, y, z], i) => {
      const f = [s * (y! - x!), x! * (rho - z!) - y!, x! * y! - b * z!];
      f.forEach((v, c) => expect(r.values[3 * i + c]).toBeCloseTo(v, 12));
      expect(r.divergence[i]).toBeCloseTo(-(s + 1 + b), 12);
    });
    expect(r.batch).toBe(1_000_000);
    expect(await p.locator('#timing').textContent()).toMatch(/^1,000,000 points in [\d.]+ ms on wasm \(\d+ threads?\); div f at the first: -13\.66666/);
    expect(errors).toEqual([]);
    await p.close();
    app.server.close();
  }, 120_000);
});

// divc/runtime in headless Chromium (Debian `chromium`, driven by playwright-core): artifacts
// fetched from a page served on 127.0.0.1, run on WebGPU (Chromium's SwiftShader adapter) and on
// wasm SIMD, checked against the reference values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compile } from '../compiler/index.js';
import { ROOT, reference, source, worstError } from './helpers.js';

const FIELDS = ['lorenz', 'coulomb', 'gmm_score', 'mlp'];
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({ entryPoints: [`${ROOT}/runtime/index.ts`], bundle: true, format: 'esm', platform: 'browser', write: false, external: ['node:fs/promises', 'webgpu'] });
  const files = new Map<string, [string, Uint8Array | string]>([
    ['/', ['text/html', `<!doctype html><title>divc</title><p>divc runtime test page</p>
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
  window.ready = true;
</script>`]],
    ['/runtime.js', ['text/javascript', bundle.outputFiles[0]!.text]],
  ]);
  for (const name of FIELDS) files.set(`/${name}.wasm`, ['application/wasm', compile(source(name), { precision: 'f32' }).wasm!]);
  server = createServer((req, res) => {
    const file = files.get(req.url ?? '');
    if (!file) { res.statusCode = 404; res.end(); return; }
    res.setHeader('content-type', file[0]);
    res.end(file[1]);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.on('listening', resolve));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
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

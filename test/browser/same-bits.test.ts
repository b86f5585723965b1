// Same bits everywhere: one artifact using every builtin, run in Node and in headless Chromium
// (wasm backend), gives identical results bit for bit, in f64 and f32. Kernels import nothing, so
// no engine's Math.sin or Math.pow can make them differ.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { compile } from '../../compiler/index.js';
import { load } from '../../runtime/index.js';
import { launchChromium, runtimeBundle, serve, type Files } from '../support/browser-harness.js';
import { EVERY_BUILTIN, everyBuiltinPoints } from '../support/every-builtin.js';

const PAGE = `<!doctype html><title>divc</title>
<script type="module">
  import { load } from '/runtime.js';
  const hex = (a) => Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), (b) => b.toString(16).padStart(2, '0')).join('');
  window.run = async ({ name, points }) => {
    const k = await load(new URL('/' + name + '.wasm', location.href), { backend: 'wasm', threads: 1 });
    const out = await k.evaluate(new Float64Array(points.map(Number)));
    k.dispose();
    return { values: hex(out.values), divergence: hex(out.divergence) };
  };
  window.ready = true;
</script>`;

const hex = (a: Float64Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
const artifacts = { f64: compile(EVERY_BUILTIN, { precision: 'f64' }).wasm!, f32: compile(EVERY_BUILTIN, { precision: 'f32' }).wasm! };
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const files: Files = new Map([['/', ['text/html', PAGE]], ['/runtime.js', ['text/javascript', await runtimeBundle()]]]);
  for (const [name, wasm] of Object.entries(artifacts)) files.set(`/${name}.wasm`, ['application/wasm', wasm]);
  let url: string;
  ({ server, url } = await serve(files));
  browser = await launchChromium({ webgpu: false });
  page = await browser.newPage();
  await page.goto(`${url}/`);
  await page.waitForFunction('window.ready === true');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('one artifact with every builtin, Node and Chromium', () => {
  it.each(['f64', 'f32'] as const)('%s: identical bits', async (precision) => {
    expect(WebAssembly.Module.imports(new WebAssembly.Module(artifacts[precision]))).toEqual([]);
    const points = everyBuiltinPoints();
    const k = await load(artifacts[precision], { backend: 'wasm', threads: 1 });
    const node = await k.evaluate(new Float64Array(points));
    k.dispose();
    // points travel as strings: -0, NaN and the infinities arrive as themselves
    type Run = (a: unknown) => Promise<{ values: string; divergence: string }>;
    const chromium = await page.evaluate((args) => (window as unknown as { run: Run }).run(args), { name: precision, points: points.map((v) => (Object.is(v, -0) ? '-0' : String(v))) });
    expect(chromium.values).toBe(hex(node.values));
    expect(chromium.divergence).toBe(hex(node.divergence));
  });
});

// The playground page (examples/playground), built with Vite and opened in headless Chromium:
// the first example's heatmap has the sign of div f where it is known, a param slider flips it,
// a broken source shows its diagnostic inline and in the diagnostics pane, a 3-D example plots a
// slice, the IR / WGSL panes fill, and a field's conditions get number inputs the plot follows.
// Saves a screenshot to test/.out/playground.png. An uncaught error on any page a test opened
// fails that test.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { build, createServer } from 'vite';
import { ROOT } from '../support/helpers.js';
import { addDirectory, launchChromium, serve } from '../support/browser-harness.js';

const OUT = join(ROOT, 'test/.out');
const DIST = join(OUT, 'playground');
let server: Server;
let browser: Browser;
let page: Page;
let base: string;
/** Uncaught errors of every page the tests open: each test ends with none. */
const pageErrors: string[] = [];
const watch = (p: Page): Page => { p.on('pageerror', (e) => pageErrors.push(`${p.url().split('#')[0]}: ${e.stack ?? e.message}`)); return p; };

beforeAll(async () => {
  await build({ configFile: join(ROOT, 'examples/playground/vite.config.ts'), build: { outDir: DIST, emptyOutDir: true }, logLevel: 'silent' });
  const files = addDirectory(new Map(), DIST, '/');
  files.set('/', files.get('/index.html')!);
  ({ server, url: base } = await serve(files, ['/']));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  watch(page);
  await page.goto(base + '/');
}, 180_000);

afterEach(() => {
  expect(pageErrors.splice(0), 'uncaught errors on the page').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Waits for a heatmap drawn after `before` renders, in the ready state. */
async function nextRender(before: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.getElementById('heatmap')!.dataset.renders ?? 0) > n && document.body.dataset.state === 'ready', before, { timeout: 60_000 });
}
const renders = () => page.evaluate(() => Number(document.getElementById('heatmap')!.dataset.renders ?? 0));

/** The sign of the heatmap around canvas pixel (x, y): the majority of a 9 x 9 patch, so arrows
 *  drawn over it do not matter: +1 red, -1 blue, 0 white or grey. */
async function signAt(x: number, y: number, on: Page = page): Promise<number> {
  return on.evaluate(([x, y]) => {
    const d = (document.getElementById('heatmap') as HTMLCanvasElement).getContext('2d')!.getImageData(x! - 4, y! - 4, 9, 9).data;
    let red = 0, blue = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i]! > d[i + 2]! + 40) red++;
      else if (d[i + 2]! > d[i]! + 40) blue++;
    }
    return red > 40 ? 1 : blue > 40 ? -1 : 0;
  }, [x, y]);
}

async function replaceSource(text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text); // inserted as is: no auto-closed brackets
}

describe('playground in Chromium', () => {
  it('draws div f of the first example with the right signs, and a param slider flips them', async () => {
    await nextRender(0);
    expect(await page.locator('#status').textContent()).toMatch(/^flow: 16640 points on WebGPU/); // Chromium's SwiftShader adapter (the fallback is tested below)
    // div f = 2 a x - b with a = 1, b = 0.5 over x in [-2, 2]: negative left of x = 0.25, positive right
    expect(await signAt(64, 256)).toBe(-1);
    expect(await signAt(448, 256)).toBe(1);
    // the readout under the mouse: the cell's centre and its div f (f32), against 2 a x - b
    const box = (await page.locator('#heatmap').boundingBox())!;
    await page.mouse.move(box.x + 448.5 * (box.width / 512), box.y + 100.5 * (box.height / 512));
    const readout = (await page.locator('#readout').textContent())!;
    const m = /^x = (\S+), y = (\S+): div f = (\S+)$/.exec(readout);
    expect(m, readout).not.toBeNull();
    const xCell = -2 + ((Math.floor(448.5 / 4) + 0.5) * 4) / 128; // 128 cells over [-2, 2], 4 pixels each
    expect(Number(m![1])).toBeCloseTo(xCell, 3);
    expect(Math.abs(Number(m![3]) - (2 * xCell - 0.5))).toBeLessThan(1e-5);
    const before = await renders();
    await page.locator('input[data-name="a"]').evaluate((el: HTMLInputElement) => { el.value = '-1'; el.dispatchEvent(new Event('input')); });
    await nextRender(before);
    // a = -1: div f = -2 x - 0.5, positive left of x = -0.25
    expect(await signAt(64, 256)).toBe(1);
    expect(await signAt(448, 256)).toBe(-1);
    const after = /div f = (\S+)$/.exec((await page.locator('#readout').textContent())!);
    expect(Math.abs(Number(after![1]) - (-2 * xCell - 0.5))).toBeLessThan(1e-5); // the readout followed the redraw
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'playground.png') });
    expect(statSync(join(OUT, 'playground.png')).size).toBeGreaterThan(10_000);
  });

  it('shows a broken source\'s diagnostic inline and as file:line:col with a caret', async () => {
    await replaceSource('param a = 1\nfield flow(x, y) = (a * x *, y)\n');
    await page.waitForFunction(() => document.body.dataset.state === 'error', undefined, { timeout: 60_000 });
    const text = await page.locator('#diagnostics').textContent();
    expect(text).toMatch(/^playground\.div:2:\d+: error: /);
    expect(text).toContain('2 | field flow(x, y) = (a * x *, y)');
    expect(text).toContain('^');
    expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    expect(await page.locator('#status').textContent()).toMatch(/^1 error/);
    // fixed again: the heatmap follows (div f = 1 + 1 = 2 everywhere: all red)
    const before = await renders();
    await replaceSource('field flow(x, y) = (x, y)\n');
    await nextRender(before);
    expect(await page.locator('#diagnostics').textContent()).toBe('');
    for (const [x, y] of [[64, 64], [256, 256], [448, 448]] as const) expect(await signAt(x, y)).toBe(1);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#src=field flow(x, y) = (x, y)\n'); // the address carries the source
  });

  it('opens the field a link carries', async () => {
    const p = watch(await browser.newPage({ viewport: { width: 1280, height: 1000 } }));
    await p.goto(`${base}/#src=${encodeURIComponent('// shared\nfield sink(x, y) = (-x, -y^3)\n')}`);
    await p.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 60_000 });
    expect(await p.locator('#status').textContent()).toMatch(/^sink: /);
    expect(await p.locator('#example option:checked').textContent()).toBe('from the link');
    // div f = -1 - 3 y^2 < 0 everywhere: every cell is blue, if only faintly (-1 of a scale of 13)
    const [blue, red] = await p.evaluate(() => {
      const d = (document.getElementById('heatmap') as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, 512, 512).data;
      let b = 0, r = 0;
      for (let i = 0; i < d.length; i += 4) { if (d[i + 2]! > d[i]! + 4) b++; else if (d[i]! > d[i + 2]! + 4) r++; }
      return [b / (512 * 512), r];
    });
    expect(blue).toBeGreaterThan(0.9); // all but the arrows
    expect(red).toBe(0);
    await p.close();
  });

  it('plots a slice of a 3-D example and fills the IR and WGSL panes', async () => {
    const before = await renders();
    const index = await page.locator('#example option', { hasText: 'lorenz (examples' }).getAttribute('value');
    await page.selectOption('#example', index!);
    await nextRender(before);
    expect(await page.locator('#plot-title').textContent()).toBe('div f of lorenz at z = 0');
    expect(await page.locator('input[data-name="z"]').count()).toBe(1); // the slice's third input
    expect(await signAt(256, 256)).toBe(-1); // div f = -(sigma + 1 + beta) everywhere
    await page.click('#tabs button[data-pane="wgsl"]');
    expect(await page.locator('#pane').textContent()).toContain('@compute');
    await page.click('#tabs button[data-pane="ir"]');
    expect(await page.locator('#pane').textContent()).toMatch(/\S/);
  });

  it('gives a field\'s conditions a number input each, 0 at first, and plots with their values', async () => {
    let before = await renders();
    // div g = c[0] + t + c[1]: 0 everywhere until the conditions are set
    await replaceSource('field g(x, y; t, c: [2]) = ((c[0] + t) * x, c[1] * y)\n');
    await nextRender(before);
    expect(await page.locator('#conditions').isVisible()).toBe(true);
    const inputs = page.locator('#conditions input[data-condition]');
    expect(await inputs.evaluateAll((els) => els.map((e) => `${(e as HTMLInputElement).dataset.condition}=${(e as HTMLInputElement).value}`))).toEqual(['t=0', 'c[0]=0', 'c[1]=0']);
    expect(await page.locator('#plot-title').textContent()).toBe('div f of g at t = 0, c = [0, 0]');
    expect(await signAt(256, 256)).toBe(0);
    const set = async (name: string, value: string) => {
      before = await renders();
      await page.locator(`input[data-condition="${name}"]`).evaluate((el: HTMLInputElement, v) => { el.value = v; el.dispatchEvent(new Event('input')); }, value);
      await nextRender(before);
    };
    await set('t', '1'); // div g = 1
    expect(await page.locator('#plot-title').textContent()).toBe('div f of g at t = 1, c = [0, 0]');
    for (const [x, y] of [[64, 64], [448, 448]] as const) expect(await signAt(x, y)).toBe(1);
    await set('c[1]', '-3'); // div g = -2
    expect(await page.locator('#plot-title').textContent()).toBe('div f of g at t = 1, c = [0, -3]');
    for (const [x, y] of [[64, 64], [448, 448]] as const) expect(await signAt(x, y)).toBe(-1);
    // a reference field with a condition, from the examples: it renders, its t input at 0
    before = await renders();
    const index = await page.locator('#example option', { hasText: /^cnf_time$/ }).getAttribute('value');
    await page.selectOption('#example', index!);
    await nextRender(before);
    expect(await page.locator('#status').textContent()).toMatch(/^cnf: 16640 points/);
    expect(await page.locator('#plot-title').textContent()).toBe('div f of cnf at t = 0');
    expect(await page.locator('input[data-condition="t"]').inputValue()).toBe('0');
    // a field without conditions hides the box again
    before = await renders();
    await replaceSource('field flow(x, y) = (x, y)\n');
    await nextRender(before);
    expect(await page.locator('#conditions').isVisible()).toBe(false);
  });
});

// Without WebGPU (Chromium without --enable-unsafe-webgpu, WebGPU disabled) the page computes
// the same heatmap on wasm SIMD.
describe('playground without WebGPU', () => {
  it('falls back to wasm SIMD and draws the same signs', async () => {
    const plain = await launchChromium({ webgpu: false });
    try {
      const p = watch(await plain.newPage({ viewport: { width: 1280, height: 1000 } }));
      await p.goto(base + '/');
      await p.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 90_000 });
      expect(await p.locator('#status').textContent()).toMatch(/^flow: 16640 points on wasm SIMD/);
      expect(await p.evaluate(() => document.getElementById('heatmap')!.dataset.backend)).toBe('wasm');
      expect(await signAt(64, 256, p)).toBe(-1);
      expect(await signAt(448, 256, p)).toBe(1);
    } finally {
      await plain.close();
    }
  }, 120_000);
});

// `npm run playground` is Vite's dev server on the same config: the page must work there too
// (the compiler worker and binaryen served unbundled).
describe('playground dev server', () => {
  it('serves a page that compiles and draws the first example', async () => {
    const dev = await createServer({ configFile: join(ROOT, 'examples/playground/vite.config.ts'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
    await dev.listen();
    try {
      const p = watch(await browser.newPage());
      await p.goto(dev.resolvedUrls!.local[0]!);
      await p.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 90_000 });
      expect(await p.locator('#status').textContent()).toMatch(/^flow: 16640 points/);
      expect(await p.evaluate(() => crossOriginIsolated)).toBe(true); // the config's COOP/COEP headers
      await p.close();
    } finally {
      await dev.close();
    }
  }, 120_000);
});

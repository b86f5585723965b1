// Headless Chromium (Debian `chromium`, driven by playwright-core) on pages served from memory
// on 127.0.0.1. `isolated` paths get the COOP/COEP headers that make a page cross-origin
// isolated (SharedArrayBuffer allowed). Used by the browser tests and bench/threads-browser.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './helpers.js';

export type Files = Map<string, [type: string, body: Uint8Array | string]>;

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Headless Chromium; `webgpu: false` gives a browser without WebGPU. */
export async function launchChromium({ webgpu = true } = {}): Promise<Browser> {
  const args = webgpu ? CHROMIUM_ARGS : [...CHROMIUM_ARGS.filter((a) => a !== '--enable-unsafe-webgpu'), '--disable-features=WebGPU'];
  return chromium.launch({ executablePath: '/usr/bin/chromium', args });
}

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', mjs: 'text/javascript', css: 'text/css', wasm: 'application/wasm', json: 'application/json' };

/** Adds every file below `dir` to `files`, at `prefix` + its path there, typed by its extension. */
export function addDirectory(files: Files, dir: string, prefix: string): Files {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) addDirectory(files, path, `${prefix}${name}/`);
    else files.set(prefix + name, [TYPES[name.split('.').pop()!] ?? 'application/octet-stream', readFileSync(path)]);
  }
  return files;
}

/** divc/runtime bundled for browsers, as a page imports it. */
export async function runtimeBundle(): Promise<string> {
  const bundle = await build({ entryPoints: [`${ROOT}/runtime/index.ts`], bundle: true, format: 'esm', platform: 'browser', write: false, external: ['node:fs/promises', 'webgpu'] });
  return bundle.outputFiles[0]!.text;
}

/** Serves `files`; paths starting with one of `isolated` are sent cross-origin isolated, and
 *  those starting with a key of `headers` get its headers. */
export async function serve(files: Files, isolated: string[] = [], headers: Record<string, Record<string, string>> = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const file = files.get(path);
    if (!file) { res.statusCode = 404; res.end(); return; }
    if (isolated.some((p) => path.startsWith(p))) {
      res.setHeader('cross-origin-opener-policy', 'same-origin');
      res.setHeader('cross-origin-embedder-policy', 'require-corp');
    }
    for (const [prefix, extra] of Object.entries(headers)) if (path.startsWith(prefix)) for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    res.setHeader('content-type', file[0]);
    res.end(file[1]);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.on('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

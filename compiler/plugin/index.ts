// The build plugin: `import kernel from './field.div'` in Vite, Rollup, esbuild and webpack (one
// implementation on unplugin). The .div file becomes a module that loads its compiled artifact
// with divc/runtime (top-level await) and exports the ready kernel. Compile errors fail the
// build with the diagnostic (file:line:col, the line, a caret); the bundler watches the .div
// file like any module, so watch mode and dev servers recompile on change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createUnplugin } from 'unplugin';
import { compile } from '../compile.js';
import { formatDiagnostic } from '../diagnostics.js';
import { typings } from './typings.js';
import { kernelModule } from './kernel-module.js';
import type { LoadOptions } from '../../runtime/index.js';

export interface DivcPluginOptions {
  /** 'f64' (default) or 'f32'. */
  precision?: 'f64' | 'f32';
  /** Also build each kernel's vjp entry, for training (k.vjp); off by default, as for the CLI's --vjp. */
  vjp?: boolean;
  /** Load options passed to the runtime's load(), e.g. { backend: 'wasm', threads: 1 }. */
  load?: LoadOptions;
  /** Artifacts up to this many bytes are inlined (base64) in the module; larger ones are emitted
   *  as assets where the bundler supports it (Vite, Rollup builds). Default 64 KiB. */
  inlineLimit?: number;
  /** Write `field.div.d.ts` beside each .div file, naming its params and shapes (default true;
   *  rewritten only when its text changes, so watchers see no churn). */
  dts?: boolean;
}

/** The runtime entry, by absolute path: bundles work whether or not the app resolves `divc`. */
const RUNTIME = fileURLToPath(new URL('../../runtime/index.js', import.meta.url));

function writeIfChanged(path: string, text: string): void {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

const isDiv = (id: string) => /\.div$/.test(id.split('?')[0]!);

export const divcPlugin = createUnplugin<DivcPluginOptions | undefined>((options = {}, meta) => {
  // Assets need Rollup's file URLs: Vite and Rollup builds (not Vite's dev server) have them.
  let canEmit = meta.framework === 'rollup' || meta.framework === 'vite';
  return {
    name: 'divc',
    enforce: 'pre',
    loadInclude: isDiv,
    load(id) {
      const file = id.split('?')[0]!;
      const source = readFileSync(file, 'utf8');
      this.addWatchFile(file); // read here, not by the bundler: it must be told to watch it
      const out = compile(source, { filename: file, precision: options.precision ?? 'f64', ...(options.vjp ? { vjp: true } : {}) });
      const errors = out.diagnostics.filter((d) => d.severity === 'error');
      if (!out.wasm || errors.length > 0) {
        const text = (errors.length ? errors : out.diagnostics).map((d) => formatDiagnostic(d, source)).join('\n');
        // thrown, not this.error(): every bundler reports a load hook's exception as a build error
        throw new Error(`divc: ${file} does not compile\n${text}`);
      }
      if (options.dts !== false) writeIfChanged(`${file}.d.ts`, typings(out.metadata!));
      const bytes = out.wasm;
      let artifactUrl: string | undefined;
      if (bytes.length > (options.inlineLimit ?? 65536) && canEmit) {
        const name = `${file.split('/').pop()!.replace(/\.div$/, '')}.wasm`;
        // in Rollup and Vite builds `this` is Rollup's plugin context, whose emitFile returns a reference
        const ref = (this as unknown as { emitFile(f: object): string }).emitFile({ type: 'asset', name, source: bytes });
        artifactUrl = `new URL(import.meta.ROLLUP_FILE_URL_${ref}, import.meta.url)`; // Vite renders a path, Rollup a URL
      }
      return kernelModule(bytes, { runtime: RUNTIME, comment: `${file}, compiled by divc`, ...(options.load ? { load: options.load } : {}), ...(artifactUrl ? { artifactUrl } : {}) });
    },
    esbuild: { loader: 'js' },
    // Vite's dev server has no file URLs, and its SSR builds neither emit assets by default nor
    // render their URLs as file paths Node can read ('/assets/x.wasm'): both inline every artifact
    vite: { configResolved(config) { if (config.command === 'serve' || config.build.ssr) canEmit = false; } },
  };
});

// `npm run playground` serves this page (vite); the tests build it (vite build) and open it in
// Chromium. Cross-origin isolation lets divc/runtime share memory with its Web Workers.
import { defineConfig } from 'vite';

const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  server: { headers: isolation, fs: { allow: ['../..'] } },
  preview: { headers: isolation },
  worker: { format: 'es' },
  // found up front, so the dev server does not discover them in the worker and reload the page;
  // binaryen is ESM already (and 15 MB): served as is
  optimizeDeps: { entries: ['index.html', 'compiler-worker.ts'], exclude: ['binaryen'] },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 20_000 },
});

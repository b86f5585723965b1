// Bundles divc/runtime for browsers (esbuild, minified), and reports its size raw and gzipped,
// plus which source files went into it (the runtime must not pull in compiler code).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export async function runtimeBundle() {
  const result = await build({
    entryPoints: ['runtime/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: ['node:fs/promises', 'webgpu'],
    write: false,
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  return { bytes: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runtimeBundle();
  console.log(`divc/runtime: ${r.bytes} bytes minified, ${r.gzipped} bytes minified + gzipped (${(r.gzipped / 1024).toFixed(1)} KiB)`);
  console.log(`inputs: ${r.inputs.join(', ')}`);
}

// The text of an ES module that loads an artifact with divc/runtime (top-level await) and exports
// the ready kernel: what a `.div` import becomes in a bundle, and what `divc field.div -o field.js`
// writes. The artifact is inlined as base64 unless `artifactUrl` (an expression) says where it is.
// `format: 'cjs'` (`-o field.cjs`): a CommonJS module cannot load the ES module divc/runtime
// synchronously, so it exports a Promise of the kernel: `const kernel = await require('./field.cjs')`.

export interface KernelModuleOptions {
  /** The module specifier (or absolute path) of divc/runtime. */
  runtime: string;
  /** Options for load(), as JSON. */
  load?: object;
  /** A JS expression giving the artifact's URL, instead of inlining it. */
  artifactUrl?: string;
  /** First line: where it came from. */
  comment: string;
  /** 'esm' (default): exports the kernel; 'cjs': `module.exports` is a Promise of the kernel. */
  format?: 'esm' | 'cjs';
}

export function kernelModule(bytes: Uint8Array, o: KernelModuleOptions): string {
  const artifact = o.artifactUrl ?? `Uint8Array.from(atob(${JSON.stringify(Buffer.from(bytes).toString('base64'))}), (c) => c.charCodeAt(0))`;
  if (o.format === 'cjs') {
    return [
      `// ${o.comment} (${bytes.length} bytes of artifact)`,
      '// CommonJS cannot load the ES module divc/runtime synchronously: this module exports a Promise',
      "// of the ready kernel. Use: const kernel = await require('./this-file.cjs');",
      "'use strict';",
      `module.exports = import(${JSON.stringify(o.runtime)}).then(({ load }) => load(${artifact}, ${JSON.stringify(o.load ?? {})}));`,
      '',
    ].join('\n');
  }
  return [
    `// ${o.comment} (${bytes.length} bytes of artifact)`,
    `import { load } from ${JSON.stringify(o.runtime)};`,
    `const kernel = await load(${artifact}, ${JSON.stringify(o.load ?? {})});`,
    'export default kernel;',
    '',
  ].join('\n');
}

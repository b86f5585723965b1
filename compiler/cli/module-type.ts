// Whether Node loads the -o NAME.js that divc compile writes as the ES module it is.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * -o NAME.js is an ES module; Node loads a .js file as one only where the nearest package.json
 * (looked up from the file's directory) says "type": "module": elsewhere it would fail on the
 * module's `import`, so divc refuses and advises .mjs (always ESM) or .cjs.
 */
export function checkModuleType(output: string): void {
  const mjs = output.replace(/\.js$/i, '.mjs'), cjs = output.replace(/\.js$/i, '.cjs');
  const advice = (pkg: string | undefined) => `write -o ${mjs} (always an ES module), -o ${cjs} (CommonJS: exports a Promise of the kernel), or ${pkg ? `add "type": "module" to ${pkg}` : 'create a package.json with "type": "module"'}`;
  for (let dir = dirname(resolve(output)); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      let type: unknown;
      try {
        type = (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: unknown })?.type;
      } catch {
        throw new UsageError(`-o ${output}: ${pkg} is not valid JSON, so Node cannot tell whether ${basename(output)} is an ES module: ${advice(pkg)}`);
      }
      if (type === 'module') return;
      throw new UsageError(`-o ${output}: the nearest package.json, ${pkg}, ${type === undefined ? 'has no "type"' : `has "type": ${JSON.stringify(type)}`}, so Node loads ${basename(output)} as CommonJS and the ES module divc writes fails ("Cannot use import statement outside a module"): ${advice(pkg)}`);
    }
    if (dirname(dir) === dir || basename(dir) === 'node_modules') {
      throw new UsageError(`-o ${output}: no package.json above ${dirname(resolve(output))}, so Node loads ${basename(output)} as CommonJS and the ES module divc writes fails ("Cannot use import statement outside a module"): ${advice(undefined)}`);
    }
  }
}

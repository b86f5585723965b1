// Whether Node loads the -o NAME.js that divc compile writes as the ES module it is.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * -o NAME.js is an ES module; Node loads a .js file as one only where the nearest package.json
 * (looked up from the file's directory) says "type": "module". Under "type": "commonjs" (what npm
 * init writes) it fails on the module's `import`; with no "type" (or no package.json), Node before
 * 20.19 fails the same way and later Node reparses it as an ES module with a warning on every run
 * (MODULE_TYPELESS_PACKAGE_JSON). So divc refuses and advises .mjs (always ESM) or .cjs.
 */
export function checkModuleType(output: string): void {
  const mjs = output.replace(/\.js$/i, '.mjs'), cjs = output.replace(/\.js$/i, '.cjs');
  const typeless = `Node before 20.19 loads ${basename(output)} as CommonJS and the ES module divc writes fails ("Cannot use import statement outside a module"), and later Node warns on every run that it had to reparse it as an ES module`;
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
      throw new UsageError(`-o ${output}: the nearest package.json, ${pkg}, ${type === undefined ? `has no "type", so ${typeless}` : `has "type": ${JSON.stringify(type)}, so Node loads ${basename(output)} as CommonJS and the ES module divc writes fails ("Cannot use import statement outside a module")`}: ${advice(pkg)}`);
    }
    if (dirname(dir) === dir || basename(dir) === 'node_modules') {
      throw new UsageError(`-o ${output}: no package.json above ${dirname(resolve(output))}, so ${typeless}: ${advice(undefined)}`);
    }
  }
}

// The kernel that run and plot work on: loaded from a .wasm artifact or compiled from a .div
// source, with its params set from --params and --param.
import { extname } from 'node:path';
import { readInput } from './io.js';
import { paramValues, withEveryParam, type ParamFlags } from './params.js';
import { report, note } from './report.js';
import { checkFieldOption, readSource } from './source.js';
import { UsageError } from './usage-error.js';
import type { Given } from './options.js';

/** What run and plot share: an artifact or source to load, its params, backend and precision. */
export interface KernelFlags extends ParamFlags { backend: 'auto' | 'wasm' | 'webgpu'; threads: number | 'auto'; field?: string; precision: 'f64' | 'f32' }

/**
 * A ready kernel from a .wasm artifact or a .div source, params set; undefined: diagnostics
 * printed. An artifact's field and precision were fixed when it was compiled: --field and
 * --precision given with one must say what it holds (a usage error otherwise, not ignored).
 */
export async function kernelFor(artifact: string, flags: KernelFlags, given: Given) {
  let bytes: Uint8Array;
  const fromSource = extname(artifact).toLowerCase() === '.div';
  if (fromSource) {
    const source = readSource(artifact);
    await checkFieldOption(artifact, source, flags.field);
    const { compile } = await import('../compile.js');
    const out = compile(source, { filename: artifact, precision: flags.precision, ...(flags.field ? { field: flags.field } : {}) });
    if (report(out.diagnostics, source) || !out.wasm) return undefined;
    bytes = out.wasm;
  } else {
    bytes = new Uint8Array(readInput(artifact));
  }
  const { load } = await import('../../runtime/index.js');
  const kernel = await load(bytes, { backend: flags.backend, threads: flags.threads });
  try {
    if (!fromSource && flags.field !== undefined && flags.field !== kernel.field) {
      throw new UsageError(`--field ${flags.field}: ${artifact} holds field '${kernel.field}' only (an artifact holds the one field it was compiled for: divc FILE.div --field ${flags.field} -o OUT.wasm)`);
    }
    if (!fromSource && given.has('precision') && flags.precision !== kernel.precision) {
      throw new UsageError(`--precision ${flags.precision}: ${artifact} is an ${kernel.precision} artifact (its precision is fixed when it is compiled: divc FILE.div --precision ${flags.precision} -o OUT.wasm, or run the .div source)`);
    }
    const values = paramValues(flags, kernel.params, note);
    kernel.setParams(values as never); // first: a misspelt name is the error to see
    withEveryParam(values, kernel.params);
  } catch (e) {
    kernel.dispose();
    throw e;
  }
  return kernel;
}

export type LoadedKernel = NonNullable<Awaited<ReturnType<typeof kernelFor>>>;

// divc FILE.div -o OUT.wasm|.wgsl|.js|.mjs|.cjs, or --emit ir|wat|wgsl|stats: the compiler's output.
import { extname } from 'node:path';
import { VERSION } from '../../version.js';
import { writeOutput } from '../output.js';
import { report } from '../report.js';
import { checkFieldOption, readSource } from '../source.js';
import { checkModuleType } from '../module-type.js';
import { UsageError } from '../usage-error.js';
import type { Given } from '../options.js';

export interface CompileFlags { output?: string; field?: string; precision: 'f64' | 'f32'; emit?: string; opt: boolean; lowering: 'auto' | 'scalar' | 'tensor'; vjp?: boolean }

export async function compileCommand(file: string, flags: CompileFlags, given: Given): Promise<number> {
  if (!flags.output && !flags.emit) throw new UsageError('nothing to do: give -o OUT.wasm, -o OUT.wgsl, -o OUT.js or --emit ir|wat|wgsl|stats');
  const ext = flags.output ? extname(flags.output).toLowerCase() : undefined;
  if (ext !== undefined && ext !== '.wasm' && ext !== '.wgsl' && ext !== '.js' && ext !== '.mjs' && ext !== '.cjs') throw new UsageError(`unknown output kind '${ext || flags.output}': -o takes a .wasm, .wgsl or .js file (.mjs, .cjs)`);
  // the WGSL shader computes in f32 whatever --precision says: f64 cannot apply to it alone
  if (given.has('precision') && flags.precision === 'f64' && (ext === '.wgsl' || (ext === undefined && flags.emit === 'wgsl'))) {
    throw new UsageError(`--precision f64: the WGSL shader (${ext === '.wgsl' ? `-o ${flags.output}` : '--emit wgsl'}) computes in f32 only; --precision applies to .wasm and .js outputs`);
  }
  if (ext === '.js') checkModuleType(flags.output!);
  const source = readSource(file, 'divc FILE.div -o OUT');
  await checkFieldOption(file, source, flags.field);
  const options = { filename: file, precision: flags.precision, optimize: flags.opt, lowering: flags.lowering, ...(flags.field ? { field: flags.field } : {}), ...(flags.vjp ? { vjp: true } : {}) };
  // The IR and stats need no wasm backend: keep binaryen out of those runs.
  if (!flags.output && (flags.emit === 'ir' || flags.emit === 'stats')) {
    const { analyze } = await import('../../analyze.js');
    const { printProgram } = await import('../../ir/printer.js');
    const { perPoint } = await import('../../passes/hoist.js');
    const a = analyze(source, { ...options, savings: flags.emit === 'stats' });
    if (report(a.diagnostics, source) || (!a.programs && !a.tensor)) return 1;
    if (flags.emit === 'stats') process.stdout.write(JSON.stringify(a.stats, null, 2) + '\n');
    else if (a.tensor) {
      const { printTensorProgram } = await import('../../tensor/printer.js');
      process.stdout.write(printTensorProgram(a.tensor.evaluate));
    } else if (a.programs) {
      // per-batch work (hoisted into the prologue) is marked
      const p = a.programs.evaluate;
      const varying = perPoint(p);
      process.stdout.write(printProgram(p, (id) => (!varying[id] && p.graph.node(id).args.length > 0 ? 'per batch' : '')));
    }
    return 0;
  }
  const { compile } = await import('../../compile.js');
  const out = compile(source, { ...options, text: flags.emit === 'wat' || flags.emit === 'ir' });
  if (report(out.diagnostics, source) || !out.wasm) return 1;
  if ((ext === '.wgsl' || flags.emit === 'wgsl') && out.wgsl === undefined) {
    process.stderr.write(`${file}: field '${out.metadata!.field}' is lowered with loops over weights (${out.stats?.lowering?.reason ?? 'tensor level'}), which has no WGSL shader yet: compile to .wasm (wasm SIMD), or give --lowering scalar for a WGSL shader of the unrolled field\n`);
    return 1;
  }
  if (flags.output && (ext === '.js' || ext === '.mjs' || ext === '.cjs')) {
    // an ES module exporting the ready kernel, the artifact inlined: `import k from './field.js'`;
    // .cjs: CommonJS exporting a Promise of it
    const { kernelModule } = await import('../../plugin/kernel-module.js');
    writeOutput(flags.output, kernelModule(out.wasm, { runtime: 'divc/runtime', comment: `${file}, compiled by divc ${VERSION}`, format: ext === '.cjs' ? 'cjs' : 'esm' }));
  } else if (flags.output) writeOutput(flags.output, ext === '.wgsl' ? out.wgsl! : out.wasm);
  if (flags.emit === 'wgsl') process.stdout.write(out.wgsl!);
  if (flags.emit === 'ir') process.stdout.write(out.ir!);
  if (flags.emit === 'wat') process.stdout.write(out.wat!);
  if (flags.emit === 'stats') process.stdout.write(JSON.stringify(out.stats, null, 2) + '\n');
  return 0;
}

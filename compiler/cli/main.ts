// The `divc` command line (CONTRACT.md). Exit status: 0 success, 1 diagnostics or bad input
// data, 2 usage errors. User errors print messages, never stack traces.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { extname } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { VERSION } from '../version.js';
import { describeThrown } from '../internal-error.js';
import { InputError, formatNumber, parseParamAssignment, pointSlices, readInput, readText } from './io.js';
import { paramValues } from './params.js';
import { isNpy, npyHeader } from './npy.js';
import { sliceGrid } from '../plot/slice.js';

class UsageError extends Error {}

const readSource = readText;

/** A remark on stderr that is not an error (tensors of a params file that match no param). */
const note = (line: string) => process.stderr.write(`divc: note: ${line}\n`);

function report(diagnostics: Diagnostic[], source: string): number {
  for (const d of diagnostics) process.stderr.write(formatDiagnostic(d, source) + '\n');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) process.stderr.write(`${errors} error${errors === 1 ? '' : 's'}\n`);
  return errors > 0 ? 1 : 0;
}

interface CompileFlags { output?: string; field?: string; precision: 'f64' | 'f32'; emit?: string; opt: boolean; lowering: 'auto' | 'scalar' | 'tensor' }

async function compileCommand(file: string, flags: CompileFlags): Promise<number> {
  if (!flags.output && !flags.emit) throw new UsageError('nothing to do: give -o OUT.wasm, -o OUT.wgsl, -o OUT.js or --emit ir|wat|wgsl|stats');
  const ext = flags.output ? extname(flags.output).toLowerCase() : undefined;
  if (ext !== undefined && ext !== '.wasm' && ext !== '.wgsl' && ext !== '.js' && ext !== '.mjs') throw new UsageError(`unknown output kind '${ext || flags.output}': -o takes a .wasm, .wgsl or .js file`);
  const source = readSource(file);
  const options = { filename: file, precision: flags.precision, optimize: flags.opt, lowering: flags.lowering, ...(flags.field ? { field: flags.field } : {}) };
  // The IR and stats need no wasm backend: keep binaryen out of those runs.
  if (!flags.output && (flags.emit === 'ir' || flags.emit === 'stats')) {
    const { analyze } = await import('../analyze.js');
    const { printProgram } = await import('../ir/printer.js');
    const { perPoint } = await import('../passes/hoist.js');
    const a = analyze(source, { ...options, savings: flags.emit === 'stats' });
    if (report(a.diagnostics, source) || (!a.programs && !a.tensor)) return 1;
    if (flags.emit === 'stats') process.stdout.write(JSON.stringify(a.stats, null, 2) + '\n');
    else if (a.tensor) {
      const { printTensorProgram } = await import('../tensor/printer.js');
      process.stdout.write(printTensorProgram(a.tensor.evaluate));
    } else if (a.programs) {
      // per-batch work (hoisted into the prologue) is marked
      const p = a.programs.evaluate;
      const varying = perPoint(p);
      process.stdout.write(printProgram(p, (id) => (!varying[id] && p.graph.node(id).args.length > 0 ? 'per batch' : '')));
    }
    return 0;
  }
  const { compile } = await import('../compile.js');
  const out = compile(source, { ...options, text: flags.emit === 'wat' || flags.emit === 'ir' });
  if (report(out.diagnostics, source) || !out.wasm) return 1;
  if ((ext === '.wgsl' || flags.emit === 'wgsl') && out.wgsl === undefined) {
    process.stderr.write(`${file}: field '${out.metadata!.field}' is lowered with loops over weights (${out.stats?.lowering?.reason ?? 'tensor level'}), which has no WGSL shader yet: compile to .wasm (wasm SIMD), or give --lowering scalar for a WGSL shader of the unrolled field\n`);
    return 1;
  }
  if (flags.output && (ext === '.js' || ext === '.mjs')) {
    // an ES module exporting the ready kernel, the artifact inlined: `import k from './field.js'`
    const { kernelModule } = await import('../plugin/kernel-module.js');
    writeFileSync(flags.output, kernelModule(out.wasm, { runtime: 'divc/runtime', comment: `${file}, compiled by divc ${VERSION}` }));
  } else if (flags.output) writeFileSync(flags.output, ext === '.wgsl' ? out.wgsl! : out.wasm);
  if (flags.emit === 'wgsl') process.stdout.write(out.wgsl!);
  if (flags.emit === 'ir') process.stdout.write(out.ir!);
  if (flags.emit === 'wat') process.stdout.write(out.wat!);
  if (flags.emit === 'stats') process.stdout.write(JSON.stringify(out.stats, null, 2) + '\n');
  return 0;
}

/** Checks one field (--field) or every field of the file: a file may define several. */
async function checkCommand(file: string, flags: { field?: string }): Promise<number> {
  const source = readSource(file);
  const { analyze } = await import('../analyze.js');
  const { parse } = await import('../../grammar/index.js');
  const declared = parse(source).program?.decls.filter((d) => d.kind === 'field').map((d) => d.name) ?? [];
  const fields: (string | undefined)[] = flags.field !== undefined ? [flags.field] : declared.length > 1 ? declared : [undefined];
  // each field's analysis repeats the file-level diagnostics: print each one once
  const seen = new Set<string>(), diagnostics: Diagnostic[] = [], ok: string[] = [];
  for (const field of fields) {
    const a = analyze(source, { filename: file, ...(field !== undefined ? { field } : {}) });
    for (const d of a.diagnostics) {
      const key = formatDiagnostic(d, source);
      if (!seen.has(key)) { seen.add(key); diagnostics.push(d); }
    }
    const checked = a.programs?.evaluate ?? a.tensor?.evaluate;
    if (checked && !a.diagnostics.some((d) => d.severity === 'error')) ok.push(`field ${checked.field}, dim ${checked.dim}`);
  }
  const status = report(diagnostics, source);
  if (status === 0) for (const line of ok) process.stderr.write(`${file}: ok (${line})\n`);
  return status;
}

interface RunFlags { points: string; param: string[]; params?: string; paramMap: string[]; values: boolean; diagonal: boolean; backend: 'auto' | 'wasm' | 'webgpu'; threads: number | 'auto'; field?: string; precision: 'f64' | 'f32'; output?: string; progress?: boolean }

type KernelFlags = Pick<RunFlags, 'param' | 'params' | 'paramMap' | 'backend' | 'threads' | 'field' | 'precision'>;

/**
 * The values, checked for params with neither a default nor a value: the runtime's own error
 * would advise calling setParams, which a command-line user cannot do.
 */
function withEveryParam<T extends Record<string, unknown>>(values: T, declared: readonly { name: string; default?: unknown }[]): T {
  const missing = declared.filter((p) => p.default === undefined && !Object.hasOwn(values, p.name)).map((p) => p.name);
  if (missing.length) {
    const s = missing.length > 1;
    throw new InputError(`param${s ? 's' : ''} ${missing.map((n) => `'${n}'`).join(', ')} ${s ? 'have' : 'has'} no value: give --param ${missing[0]}=VALUE${s ? ' for each' : ''}, or --params FILE`);
  }
  return values;
}

/** A ready kernel from a .wasm artifact or a .div source, params set; undefined: diagnostics printed. */
async function kernelFor(artifact: string, flags: KernelFlags) {
  let bytes: Uint8Array;
  if (extname(artifact).toLowerCase() === '.div') {
    const source = readSource(artifact);
    const { compile } = await import('../compile.js');
    const out = compile(source, { filename: artifact, precision: flags.precision, ...(flags.field ? { field: flags.field } : {}) });
    if (report(out.diagnostics, source) || !out.wasm) return undefined;
    bytes = out.wasm;
  } else {
    bytes = new Uint8Array(readInput(artifact));
  }
  const { load } = await import('../../runtime/index.js');
  const kernel = await load(bytes, { backend: flags.backend, threads: flags.threads });
  const values = paramValues(flags, kernel.params, note);
  kernel.setParams(values as never); // first: a misspelt name is the error to see
  withEveryParam(values, kernel.params);
  return kernel;
}

interface PlotFlags extends KernelFlags { x?: string; y?: string; range?: string; slice: string[]; at: string[]; grid: string; output: string; arrows: string; negate: boolean }

async function plotCommand(artifact: string, flags: PlotFlags): Promise<number> {
  const kernel = await kernelFor(artifact, flags);
  if (!kernel) return 1;
  if (kernel.dim < 2) throw new InputError(`field '${kernel.field}' has one input: a plot needs two`);
  const fixed = new Array<number>(kernel.dim).fill(0);
  const sliced = new Set<number>();
  for (const [option, list] of [['--slice', flags.slice], ['--at', flags.at]] as const) {
    for (const a of list) {
      const [name, value] = parseParamAssignment(a);
      const k = kernel.inputs.indexOf(name);
      if (k < 0 || typeof value !== 'number') throw new InputError(`${option} ${a}: expected NAME=NUMBER for an input (${kernel.inputs.join(', ')})`);
      fixed[k] = value;
      sliced.add(k);
    }
  }
  const range = (text: string, option: string): [number, number] => {
    const m = /^(-?[\d.eE+-]+):(-?[\d.eE+-]+)$/.exec(text);
    const lo = Number(m?.[1]), hi = Number(m?.[2]);
    if (!m || !Number.isFinite(lo) || !Number.isFinite(hi) || lo >= hi) throw new InputError(`${option} ${text}: expected LO:HI with LO < HI`);
    return [lo, hi];
  };
  // --range x0:x1,y0:y1 gives both axes' ranges; --x / --y (LO:HI or NAME=LO:HI) override one
  let ranges: [[number, number], [number, number]] = [[-2, 2], [-2, 2]];
  if (flags.range !== undefined) {
    const parts = flags.range.split(',');
    if (parts.length !== 2) throw new InputError(`--range ${flags.range}: expected x0:x1,y0:y1`);
    ranges = [range(parts[0]!, '--range'), range(parts[1]!, '--range')];
  }
  /** An axis: the input --x / --y names, else the first input neither sliced nor taken. */
  const axis = (spec: string | undefined, what: 'x' | 'y', taken: number): { index: number; range: [number, number] } => {
    const m = spec === undefined ? undefined : /^(?:([^=]+)=)?(.*)$/.exec(spec)!;
    let index = m?.[1] !== undefined ? kernel.inputs.indexOf(m[1]) : kernel.inputs.findIndex((_, k) => !sliced.has(k) && k !== taken);
    if (m?.[1] !== undefined && index < 0) throw new InputError(`--${what} ${spec}: no input ${m[1]} (inputs: ${kernel.inputs.join(', ')})`);
    if (index < 0) throw new InputError(`no input is left for the ${what} axis: --slice fixes ${[...sliced].map((k) => kernel.inputs[k]).join(', ')}`);
    if (sliced.has(index)) throw new InputError(`--${what} ${spec}: ${kernel.inputs[index]} is also fixed by --slice`);
    return { index, range: m ? range(m[2]!, `--${what}`) : ranges[what === 'x' ? 0 : 1] };
  };
  const x = axis(flags.x, 'x', -1), y = axis(flags.y, 'y', x.index);
  if (x.index === y.index) throw new InputError('--x and --y name the same input');
  const n = Number(flags.grid);
  if (!Number.isInteger(n) || n < 2 || n > 1000) throw new InputError(`--grid ${flags.grid}: expected an integer from 2 to 1000`);
  const m = Number(flags.arrows);
  if (!Number.isInteger(m) || m < 0 || m > 100) throw new InputError(`--arrows ${flags.arrows}: expected an integer from 0 to 100`);
  const grid = await sliceGrid(kernel, { x, y, fixed, grid: n, arrows: m, negate: flags.negate });
  const { plotSvg, plotPng } = await import('./plot.js');
  const png = flags.output.toLowerCase().endsWith('.png');
  if (!png && !flags.output.toLowerCase().endsWith('.svg')) throw new InputError(`-o ${flags.output}: plot writes .svg or .png`);
  writeFileSync(flags.output, png ? plotPng(grid) : plotSvg(grid));
  if (grid.zeroToRounding) note(`div f = 0 to rounding on this grid (|div f| <= ${grid.rounding.toExponential(1)}, the rounding level of f's derivatives here): the colours are scaled to that level, so the plot is white`);
  kernel.dispose();
  return 0;
}

async function runCommand(artifact: string, flags: RunFlags): Promise<number> {
  // like compile's -o: the extension says the format, and an unknown one is refused
  if (flags.output !== undefined && !isNpy(flags.output) && extname(flags.output).toLowerCase() !== '.csv') {
    throw new UsageError(`unknown output kind '${extname(flags.output) || flags.output}': run -o takes a .npy or .csv file (or no -o: CSV on stdout)`);
  }
  const kernel = await kernelFor(artifact, flags);
  if (!kernel) return 1;
  const dim = kernel.dim, f32 = kernel.precision === 'f32';
  let toldFloat32 = false;
  // columns: f (with --values), div f, then d f_i / d x_i (with --diagonal)
  // (a potential's U first, with --values)
  const withU = flags.values && kernel.kind === 'potential';
  const before = flags.values ? dim + (withU ? 1 : 0) : 0, after = flags.diagonal ? dim : 0;
  const width = before + 1 + after;
  const fmt = (v: number) => formatNumber(v, kernel.precision);
  // Output: CSV lines to stdout (or a .csv file), or one .npy array (n, width) written as it goes.
  const npyOut = flags.output !== undefined && isNpy(flags.output);
  const fd = flags.output ? openSync(flags.output, 'w') : 1;
  if (npyOut) writeSync(fd, Buffer.alloc(128)); // header space, filled in once n is known
  let done = 0;
  const progress = flags.progress ?? (process.stderr.isTTY === true);
  const began = performance.now();
  const emit = async (part: Float64Array | Float32Array) => {
    const r = flags.values ? await kernel.evaluate(part) : { divergence: await kernel.divergence(part), values: undefined, potential: undefined };
    const diag = flags.diagonal ? await kernel.diagonal(part) : undefined;
    const m = r.divergence.length;
    if (!f32 && r.divergence instanceof Float32Array && !toldFloat32) {
      // WebGPU computes in f32 whatever the artifact: the output keeps the artifact's type
      toldFloat32 = true;
      note(`this f64 artifact ran on WebGPU, which computes in float32: results have float32 precision${npyOut ? ' (written as float64)' : ''}; --backend wasm for float64`);
    }
    if (npyOut) {
      const rows = f32 ? new Float32Array(m * width) : new Float64Array(m * width);
      for (let i = 0; i < m; i++) {
        for (let c = 0; c < before; c++) rows[i * width + c] = withU ? (c === 0 ? r.potential![i]! : r.values![i * dim + c - 1]!) : r.values![i * dim + c]!;
        rows[i * width + before] = r.divergence[i]!;
        for (let c = 0; c < after; c++) rows[i * width + before + 1 + c] = diag![i * dim + c]!;
      }
      writeSync(fd, new Uint8Array(rows.buffer));
    } else {
      const lines: string[] = [];
      for (let i = 0; i < m; i++) {
        const row: string[] = [];
        for (let c = 0; c < before; c++) row.push(fmt(withU ? (c === 0 ? r.potential![i]! : r.values![i * dim + c - 1]!) : r.values![i * dim + c]!));
        row.push(fmt(r.divergence[i]!));
        for (let c = 0; c < after; c++) row.push(fmt(diag![i * dim + c]!));
        lines.push(row.join(','));
      }
      if (lines.length) writeSync(fd, lines.join('\n') + '\n');
    }
    done += m;
    if (progress) process.stderr.write(`\rdivc run: ${done.toLocaleString('en')} points, ${((performance.now() - began) / 1000).toFixed(1)} s`);
  };
  // Points stream in slices of 65,536: output starts early and memory stays bounded (CSV is read
  // line by line; JSON and .npy are read whole).
  const slice = 1 << 16;
  for await (const part of pointSlices(flags.points, dim, slice)) await emit(part);
  if (progress) process.stderr.write('\n');
  if (npyOut) writeSync(fd, npyHeader(width === 1 ? [done] : [done, width], f32, 128), 0, 128, 0);
  if (fd !== 1) closeSync(fd);
  kernel.dispose();
  return 0;
}

interface BenchFlags { n: string; param: string[]; params?: string; paramMap: string[]; field?: string; json: boolean }

async function benchCommand(file: string, flags: BenchFlags): Promise<number> {
  const n = Number(flags.n);
  if (!Number.isInteger(n) || n < 1 || n > 1e8) throw new UsageError(`--n ${flags.n}: expected an integer from 1 to 100000000`);
  const source = readSource(file);
  // the field's params are known once it is compiled: bench asks for their values then
  const params = (declared: { name: string; shape: number[]; default?: number[] }[]) => withEveryParam(paramValues(flags, declared, note), declared);
  const { bench, formatBench } = await import('./bench.js');
  // progress on stderr (stdout keeps the table or the JSON): the run takes seconds per backend
  const progress = (line: string) => process.stderr.write(`divc bench: ${line}\n`);
  const r = await bench(source, file, { n, params, seconds: 0.3, progress, ...(flags.field ? { field: flags.field } : {}) });
  if ('diagnostics' in r) return report(r.diagnostics, source) || 1;
  process.stdout.write(flags.json ? JSON.stringify({ field: r.field, kind: r.kind, dim: r.dim, n, rows: r.rows }, null, 2) + '\n' : formatBench(r, n));
  return 0;
}

function threadCount(value: string): number | 'auto' {
  if (value === 'auto') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("expected 'auto' or an integer from 1 to 256");
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const precision = () => new Option('--precision <p>', 'f64 or f32').choices(['f64', 'f32']).default('f64');
  const program = new Command()
    .name('divc')
    .description('Compile vector fields to kernels computing f and div f in one fused pass')
    .version(VERSION)
    .enablePositionalOptions() // `divc run ... -o out.npy`: options after a subcommand are its own
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .argument('[file]', 'the .div source')
    .option('-o, --output <file>', 'write the artifact (.wasm), the WGSL shader (.wgsl) or an ES module exporting the ready kernel (.js)')
    .option('--field <name>', 'which field to compile (default: the only one)')
    .addOption(precision())
    .addOption(new Option('--emit <form>', 'print an intermediate form to stdout').choices(['ir', 'wat', 'wgsl', 'stats']))
    .option('--no-opt', 'disable algebraic simplification (plain forward-mode baseline)')
    .addOption(new Option('--lowering <how>', 'scalar (unrolled), tensor (loops over weights) or auto (by size)').choices(['auto', 'scalar', 'tensor']).default('auto'))
    .action(async (file: string | undefined, flags: CompileFlags) => {
      if (!file) { program.outputHelp(); status = 2; return; }
      status = await compileCommand(file, flags);
    });
  program.command('check')
    .description('report diagnostics only')
    .argument('<file>', 'the .div source')
    .option('--field <name>', 'check only this field (default: every field of the file)')
    .exitOverride()
    .action(async (file: string, flags: { field?: string }) => { status = await checkCommand(file, flags); });
  /** What run and plot share: an artifact or source to load, its params, backend and precision. */
  const kernelCommand = (name: string) => program.command(name)
    .argument('<artifact>', 'a .wasm artifact or a .div source')
    .option('--param <name=value>', 'set a param (repeatable; value a number or JSON array)', collect, [])
    .option('--params <file>', 'params: a JSON object, or tensors matched to params by name from a .safetensors (PyTorch state_dict), .npz or .npy file')
    .option('--param-map <tensor=param>', 'use the --params file\'s tensor TENSOR as param PARAM (repeatable), e.g. net.0.weight=W1', collect, [])
    .addOption(new Option('--backend <b>', 'backend').choices(['auto', 'wasm', 'webgpu']).default('auto'))
    .option('--field <name>', 'with a .div source: which field')
    .addOption(precision())
    .option('--threads <n>', "threads for large batches: a number, or 'auto' (all cores where the kernel gains from them)", threadCount, 'auto')
    .exitOverride();
  kernelCommand('run')
    .description('evaluate a kernel at points: one line per point, the divergence (after f with --values)')
    .requiredOption('--points <file>', 'points: CSV (one per line, streamed), JSON, or .npy (float64/float32, shape (n, d))')
    .option('--values', 'also print the values of f', false)
    .option('--diagonal', 'also print the Jacobian diagonal d f_i / d x_i, after the divergence', false)
    .option('-o, --output <file>', 'write the results to a file: .npy (NumPy, shape (n,), (n, d + 1) with --values or --diagonal, (n, 2d + 1) with both) or CSV')
    .option('--progress', 'show progress on stderr (default: when stderr is a terminal)')
    .action(async (artifact: string, flags: RunFlags) => { status = await runCommand(artifact, flags); });

  program.command('bench')
    .description('points/s of the kernel on each backend this machine has, and versus f alone')
    .argument('<file>', 'the .div source')
    .option('--n <points>', 'points per call', '100000')
    .option('--param <name=value>', 'set a param (repeatable; value a number or JSON array)', collect, [])
    .option('--params <file>', 'params: a JSON object, or tensors matched to params by name from a .safetensors (PyTorch state_dict), .npz or .npy file')
    .option('--param-map <tensor=param>', 'use the --params file\'s tensor TENSOR as param PARAM (repeatable), e.g. net.0.weight=W1', collect, [])
    .option('--field <name>', 'which field')
    .option('--json', 'print the results as JSON', false)
    .exitOverride()
    .action(async (file: string, flags: BenchFlags) => { status = await benchCommand(file, flags); });

  kernelCommand('plot')
    .description('div f over a 2-D grid as an SVG or PNG heatmap with arrows of f (a slice of fields with more inputs: --slice)')
    .requiredOption('-o, --output <file>', 'the image to write: .svg or .png')
    .option('--arrows <n>', 'arrows of f per axis (0: none)', '12')
    .option('--negate', 'arrows of -f (for a potential: the force -grad U) instead of f', false)
    .option('--range <x0:x1,y0:y1>', 'the ranges of the two axes (default -2:2,-2:2)')
    .option('--slice <name=value>', 'fix an input (repeatable; inputs not fixed are 0); the axes are the first two inputs not fixed', collect, [])
    .option('--x <range>', 'horizontal axis: LO:HI, or NAME=LO:HI to choose its input')
    .option('--y <range>', 'vertical axis: LO:HI, or NAME=LO:HI to choose its input')
    .option('--at <name=value>', 'the same as --slice', collect, [])
    .option('--grid <n>', 'cells per axis', '100')
    .action(async (artifact: string, flags: PlotFlags) => { status = await plotCommand(artifact, flags); });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`divc: error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof InputError || (e as Error)?.name === 'DivcError') {
      process.stderr.write(`divc: error: ${(e as Error).message}\n`);
      return 1;
    }
    // exit 3: a bug in divc, not in the input (docs/CLI.md); a non-Error says what it was
    process.stderr.write(`divc: internal compiler error: ${describeThrown(e)}\nThis is a bug in divc; please report it with the input that caused it.\n`);
    return 3;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

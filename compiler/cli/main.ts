// The `divc` command line (CONTRACT.md). Exit status: 0 success, 1 diagnostics or bad input
// data, 2 usage errors. User errors print messages, never stack traces.
// This file defines the program (commander) and maps errors to exit statuses; each command is a
// file of commands/.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VERSION } from '../version.js';
import { describeThrown } from '../internal-error.js';
import { InputError, SEPARATORS_HELP } from './io.js';
import { UsageError } from './usage-error.js';
import { givenOptions } from './options.js';
import { compileCommand, type CompileFlags } from './commands/compile.js';
import { checkCommand } from './commands/check.js';
import { runCommand, type RunFlags } from './commands/run.js';
import { plotCommand, type PlotFlags } from './commands/plot.js';
import { benchCommand, type BenchFlags } from './commands/bench.js';
import { flowCommand, type FlowFlags } from './commands/flow.js';

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
  const program = new Command()
    .name('divc')
    .description('Compile vector fields to kernels computing f and div f in one fused pass')
    .version(VERSION)
    .enablePositionalOptions() // `divc run ... -o out.npy`: options after a subcommand are its own
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .argument('[file]', 'the .div source')
    .option('-o, --output <file>', 'write the artifact (.wasm), the WGSL shader (.wgsl) or an ES module exporting the ready kernel (.js; .mjs, or .cjs: CommonJS exporting a Promise of it)')
    .option('--field <name>', 'which field to compile (default: the only one)')
    .addOption(new Option('--precision <p>', 'f64 or f32 (.wasm and .js; WGSL is always f32)').choices(['f64', 'f32']).default('f64'))
    .addOption(new Option('--emit <form>', 'print an intermediate form to stdout').choices(['ir', 'wat', 'wgsl', 'stats']))
    .option('--no-opt', 'disable algebraic simplification (plain forward-mode baseline)')
    .addOption(new Option('--lowering <how>', 'scalar (unrolled), tensor (loops over weights) or auto (by size)').choices(['auto', 'scalar', 'tensor']).default('auto'))
    .option('--vjp', "also build the vjp entry, for training (k.vjp: gradients with respect to the params)")
    .action(async (file: string | undefined, flags: CompileFlags, command: Command) => {
      if (!file) { program.outputHelp(); status = 2; return; }
      status = await compileCommand(file, flags, givenOptions(command));
    });
  program.command('check')
    .description('report diagnostics only')
    .argument('<file>', 'the .div source')
    .option('--field <name>', 'check only this field (default: every field of the file)')
    .exitOverride()
    .action(async (file: string, flags: { field?: string }) => { status = await checkCommand(file, flags); });
  /** What run, flow and plot share: an artifact or source to load, its params, backend and precision. */
  const kernelCommand = (name: string) => program.command(name)
    .argument('<artifact>', 'a .wasm artifact or a .div source')
    .option('--param <name=value>', 'set a param (repeatable; value a number or JSON array)', collect, [])
    .option('--params <file>', 'params: a JSON object, or tensors matched to params by name from a .safetensors (PyTorch state_dict), .npz or .npy file')
    .option('--param-map <tensor=param>', 'use the --params file\'s tensor TENSOR as param PARAM (repeatable), e.g. net.0.weight=W1', collect, [])
    .addOption(new Option('--backend <b>', 'backend').choices(['auto', 'wasm', 'webgpu']).default('auto'))
    .option('--field <name>', 'with a .div source: which field (with a .wasm artifact: only the field it holds)')
    .addOption(new Option('--precision <p>', 'with a .div source: f64 or f32 (with a .wasm artifact: only its own, fixed when it was compiled)').choices(['f64', 'f32']).default('f64'))
    .option('--threads <n>', "threads for large batches: a number, or 'auto' (all cores where the kernel gains from them)", threadCount, 'auto')
    .exitOverride();
  kernelCommand('run')
    .description('evaluate a kernel at points: one line per point, the divergence (after f with --values)')
    .requiredOption('--points <file>', `points: CSV (one per line, streamed; cells separated by ${SEPARATORS_HELP}, one separator per file; a first line without numbers is a header), JSON, or .npy (float64/float32, shape (n, d))`)
    .option('--values', 'also print the values of f (of a potential: U, then grad U), before the divergence', false)
    .option('--diagonal', 'also print the Jacobian diagonal d f_i / d x_i (of a potential: d2U/dx_i2), after the divergence', false)
    .option('--header', 'CSV output: a first line of column names (f_x ..., div_f, d_x ...; a potential: U, grad_x ..., laplacian, d2_x ...)', false)
    .option('-o, --output <file>', 'write the results to a file, .csv or .npy (NumPy): columns f (d), div f (1), diagonal (d); shape (n,), (n, d + 1) with --values or --diagonal, (n, 2d + 1) with both; a potential adds U first with --values: (n, d + 2), (n, 2d + 2) with both')
    .option('--progress', 'show progress on stderr (default: when stderr is a terminal)')
    .option('--cond <name=value>', "a condition's value for every point (repeatable; value a number, or for a [k] condition k numbers comma-separated or a JSON array); conditions not given are read from the points file: columns after the state x_1..x_d, each condition in declaration order ([k]: k columns)", collect, [])
    .action(async (artifact: string, flags: RunFlags, command: Command) => { status = await runCommand(artifact, flags, givenOptions(command)); });

  kernelCommand('flow')
    .description('carry points along the flow dx/dt = f(x; t) from --t0 to --t1: one line per point, its end, the integral of div f along its path (with --base normal, log p(x) after it)')
    .requiredOption('--points <file>', `points: CSV (cells separated by ${SEPARATORS_HELP}; a first line without numbers is a header), JSON, or .npy (float64/float32, shape (n, d)); conditions other than t not given by --cond are columns after the state`)
    .option('--t0 <time>', "required: the points' time (a field's condition t is the time)")
    .option('--t1 <time>', 'required: the time to carry them to (before --t0 runs the flow backwards)')
    .option('--method <m>', 'rk4 (equal steps; the default with --steps) or dopri5 (Dormand-Prince 5(4), a step size per point; the default otherwise)')
    .option('--steps <n>', 'rk4: the number of equal steps (default 100)')
    .option('--rtol <r>', 'dopri5: relative tolerance of each step (default 1e-6)')
    .option('--atol <a>', 'dopri5: absolute tolerance of each step (default 1e-9)')
    .option('--base <density>', "'normal': also a column log p(x) = log N(end; 0, I) + the integral (a CNF's log-likelihood, the data at --t0 and the base at --t1)")
    .option('--steps-column', 'a last column: the steps each point took (dopri5: accepted ones); a summary of them goes to stderr in any case', false)
    .option('--header', 'CSV output: a first line of column names (end_x ..., integral, logp, steps)', false)
    .option('-o, --output <file>', 'write the results to a file, .csv or .npy (float64, shape (n, d + 1), one more column each for --base and --steps-column)')
    .option('--cond <name=value>', "a condition's value for every point (repeatable; not t, which the flow sets); conditions not given are columns of the points file after the state, in declaration order", collect, [])
    .action(async (artifact: string, flags: FlowFlags, command: Command) => { status = await flowCommand(artifact, flags, givenOptions(command)); });

  program.command('bench')
    .description('points/s of the kernel on each backend this machine has, and versus f alone')
    .argument('<file>', 'the .div source')
    .option('--n <points>', 'points per call', '100000')
    .option('--param <name=value>', 'set a param (repeatable; value a number or JSON array)', collect, [])
    .option('--params <file>', 'params: a JSON object, or tensors matched to params by name from a .safetensors (PyTorch state_dict), .npz or .npy file')
    .option('--param-map <tensor=param>', 'use the --params file\'s tensor TENSOR as param PARAM (repeatable), e.g. net.0.weight=W1', collect, [])
    .option('--field <name>', 'which field')
    .option('--cond <name=value>', "a condition's value for every point (repeatable; a number, or for a [k] condition k numbers comma-separated or a JSON array); conditions not given are drawn per point, uniform in [-1, 1] like the points", collect, [])
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
    .option('--cond <name=value>', "a condition's value (repeatable; a number, or for a [k] condition k numbers comma-separated or a JSON array): required for each condition of the field (with --trajectories, t defaults to --t0)", collect, [])
    .option('--trajectories <n>', 'draw the flow paths dx/dt = f(x; t) of an N x N grid of starting points over the plot (RK4; a condition t is the time along them)')
    .option('--t0 <time>', 'with --trajectories: the time the paths start at (default 0)')
    .option('--t1 <time>', 'with --trajectories: the time they end at (default 1)')
    .option('--steps <n>', 'with --trajectories: RK4 steps from --t0 to --t1, the segments of each path (default 100)')
    .action(async (artifact: string, flags: PlotFlags, command: Command) => { status = await plotCommand(artifact, flags, givenOptions(command)); });

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

// divc bench FILE.div: points/s of f + div f on each backend this machine has, next to f alone.
import { paramValues, withEveryParam, type ParamFlags } from '../params.js';
import { note, report } from '../report.js';
import { checkFieldOption, readSource } from '../source.js';
import { UsageError } from '../usage-error.js';
import { parseCondFlags, type ConditionInfo } from '../conditions.js';

export interface BenchFlags extends ParamFlags {
  n: string; field?: string; json: boolean;
  /** --cond NAME=VALUE, repeatable: a condition's value for every point (the others are drawn). */
  cond?: string[];
}

export async function benchCommand(file: string, flags: BenchFlags): Promise<number> {
  const n = Number(flags.n);
  if (!Number.isInteger(n) || n < 1 || n > 1e8) throw new UsageError(`--n ${flags.n}: expected an integer from 1 to 100000000`);
  const source = readSource(file, 'divc bench');
  await checkFieldOption(file, source, flags.field);
  // the field's params are known once it is compiled: bench asks for their values then
  const params = (declared: { name: string; shape: number[]; default?: number[] }[]) => withEveryParam(paramValues(flags, declared, note), declared);
  const { bench, formatBench } = await import('../bench.js');
  // progress on stderr (stdout keeps the table or the JSON): the run takes seconds per backend
  const progress = (line: string) => process.stderr.write(`divc bench: ${line}\n`);
  const conditions = (declared: readonly ConditionInfo[], field: string) => parseCondFlags(flags.cond ?? [], declared, field);
  const r = await bench(source, file, { n, params, conditions, seconds: 0.3, progress, ...(flags.field ? { field: flags.field } : {}) });
  if ('diagnostics' in r) return report(r.diagnostics, source) || 1;
  process.stdout.write(flags.json ? JSON.stringify({ field: r.field, kind: r.kind, dim: r.dim, n, ...(r.conditions ? { conditions: r.conditions } : {}), rows: r.rows }, null, 2) + '\n' : formatBench(r, n));
  return 0;
}

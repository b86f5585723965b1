// Long differential fuzzing: `npm run fuzz -- --n 100000 [--seed 42] [--rough] [--nets]`. Runs the
// CI property (test/support/differential.ts) on n random vector fields, or with --nets the tensor
// level's (test/support/differential-net.ts) on n random networks; a failure is shrunk by
// fast-check and kept as test/fixtures/fuzz/<seed>.json (vector fields), which the test suite then
// replays every run. Both properties include the AST oracle (test/oracle/: the program evaluated
// from its syntax tree, with derivatives of its own) and programs using grad and potentials.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vectorProgramArb } from '../test/support/arbitrary-vector.js';
import { disagreements } from '../test/support/differential.js';
import { netProgramArb } from '../test/support/arbitrary-net.js';
import { netDisagreements } from '../test/support/differential-net.js';
import { ROOT } from '../test/support/helpers.js';

const args = process.argv.slice(2);
const value = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const n = Number(value('n') ?? 10000);
const seed = Number(value('seed') ?? Date.now() % 2 ** 31);
const smooth = !args.includes('--rough');
const nets = args.includes('--nets');
const start = performance.now();
let done = 0;
console.log(`fuzz: seed ${seed} (replay: npm run fuzz -- --seed ${seed} ${args.filter((a, i) => a !== '--seed' && args[i - 1] !== '--seed').join(' ')})`);
const progress = () => { if (++done % 1000 === 0) console.log(`fuzz: ${done} programs, ${((performance.now() - start) / 1000).toFixed(0)} s`); };
if (nets) {
  const r = await fc.check(fc.asyncProperty(netProgramArb(smooth, 64), async (p) => { progress(); return (await netDisagreements(p)).length === 0; }), { numRuns: n, seed });
  if (!r.failed) {
    console.log(`fuzz: ${n} ${smooth ? 'smooth' : 'rough'} networks, seed ${seed}: no disagreement (${((performance.now() - start) / 1000).toFixed(0)} s)`);
    process.exit(0);
  }
  const net = r.counterexample![0];
  console.log(`fuzz: disagreement (seed ${seed}, replay: npm run fuzz -- --nets --seed ${seed} --n ${n}${smooth ? '' : ' --rough'}):\n${net.source}\n${JSON.stringify(net.params)}\n${(await netDisagreements(net)).join('\n')}`);
  process.exit(1);
}
const result = await fc.check(fc.asyncProperty(vectorProgramArb(smooth), async (p) => {
  progress();
  return (await disagreements(p)).length === 0;
}), { numRuns: n, seed });
if (!result.failed) {
  console.log(`fuzz: ${n} ${smooth ? 'smooth' : 'rough'} programs, seed ${seed}: no disagreement (${((performance.now() - start) / 1000).toFixed(0)} s)`);
  process.exit(0);
}
const program = result.counterexample![0];
const dir = join(ROOT, 'test/fixtures/fuzz');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${seed}.json`);
writeFileSync(file, JSON.stringify(program, null, 2) + '\n');
console.log(`fuzz: disagreement (seed ${seed}), shrunk and kept in ${file}:\n${program.source}\n${(await disagreements(program)).join('\n')}`);
process.exit(1);

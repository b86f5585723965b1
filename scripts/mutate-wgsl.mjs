// Hand-made mutants of the WGSL polyfills (POLYFILLS in compiler/backend/wgsl.ts), which Stryker
// does not mutate (WGSL inside a template literal): `npm run mutate:wgsl`. Each mutant replaces one
// exact snippet in a copy of the tree (in the system's temp folder, never the working tree), and the WebGPU
// tests run against it (Dawn on lavapipe, scripts/setup-gpu.sh). docs/TESTING.md, "Mutation testing".
// WGSL_ONLY=3,5 runs only those mutants; WGSL_FILES / WGSL_TESTS choose the tests.
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url))), BOX = join(tmpdir(), 'divc-mutate-wgsl');
const FILES = (process.env.WGSL_FILES ?? 'test/runtime/webgpu.test.ts test/runtime/webgpu-polyfills.test.ts').split(' ');
const TESTS = process.env.WGSL_TESTS ?? 'accuracy on WebGPU|derivative conventions on WebGPU|polyfill|floored';
const M = [
  ['nan bits -> inf', '0x7fc00000u + min', '0x7f800000u + min'],
  ['inf bits -> nan', '0x7f800000u + min', '0x7fc00000u + min'],
  ['isnan negation dropped', 'return !(x == x);', 'return (x == x);'],
  ['min: NaN branch returns a', 'divc_isnan(b)) { return a + b; } return min', 'divc_isnan(b)) { return a; } return min'],
  ['min: || -> &&', 'if (divc_isnan(a) || divc_isnan(b)) { return a + b; } return min', 'if (divc_isnan(a) && divc_isnan(b)) { return a + b; } return min'],
  ['min -> max', 'return min(a, b); }', 'return max(a, b); }'],
  ['max: NaN branch returns a', 'divc_isnan(b)) { return a + b; } return max', 'divc_isnan(b)) { return a; } return max'],
  ['max -> min', 'return max(a, b); }', 'return min(a, b); }'],
  ['expm1: < 0.35 -> > 0.35', 'abs(x) < 0.35', 'abs(x) > 0.35'],
  ['expm1: series term 0.5 -> 0.4', '(0.5 + x * (0.16666667', '(0.4 + x * (0.16666667'],
  ['expm1: series last term dropped', 'x * (0.0013888889 + x * 0.0001984127)', 'x * (0.0013888889)'],
  ['expm1: exp(x) - 1 -> exp(x) + 1', 'return exp(x) - 1.0;', 'return exp(x) + 1.0;'],
  ['log1p: < 0.1 -> > 0.1', 'abs(x) < 0.1', 'abs(x) > 0.1'],
  ['log1p: series 0.25 -> 0.3', '(0.25 - x * (0.2', '(0.3 - x * (0.2'],
  ['log1p: log(1 + x) -> log(1 - x)', 'return log(1.0 + x);', 'return log(1.0 - x);'],
  ['tanh: no saturation', 'divc_expm1(2.0 * min(abs(x), 15.0))', 'divc_expm1(2.0 * abs(x))'],
  ['tanh: sign dropped', 'return sign(x) * (u / (u + 2.0));', 'return (u / (u + 2.0));'],
  ['tanh: u + 2 -> u - 2', '(u / (u + 2.0))', '(u / (u - 2.0))'],
  ['sigmoid: select swapped', 'select(s, e * s, x < 0.0)', 'select(e * s, s, x < 0.0)'],
  ['sigmoid: x < 0 -> x > 0', 'e * s, x < 0.0)', 'e * s, x > 0.0)'],
  ['softplus: max -> min', 'return max(x, 0.0) + divc_log1p', 'return min(x, 0.0) + divc_log1p'],
  ['softplus: exp(-|x|) -> exp(|x|)', 'divc_log1p(exp(-abs(x)))', 'divc_log1p(exp(abs(x)))'],
  ['asin: (1-x)(1+x) -> 1 - x*x', 'atan2(x, sqrt((1.0 - x) * (1.0 + x)))', 'atan2(x, sqrt(1.0 - x * x))'],
  ['asin: -x', 'return atan2(x, sqrt(', 'return atan2(-x, sqrt('],
  ['acos: 2 * -> 1 *', 'return 2.0 * atan2(sqrt(1.0 - x)', 'return 1.0 * atan2(sqrt(1.0 - x)'],
  ['acos: arguments swapped', 'atan2(sqrt(1.0 - x), sqrt(1.0 + x))', 'atan2(sqrt(1.0 + x), sqrt(1.0 - x))'],
  ['atanh: 0.5 -> 1.0', 'return 0.5 * divc_log1p(2.0 * x / (1.0 - x))', 'return 1.0 * divc_log1p(2.0 * x / (1.0 - x))'],
  ['atanh: 1 - x -> 1 + x', '2.0 * x / (1.0 - x)', '2.0 * x / (1.0 + x)'],
  ['cbrt: sign dropped', 'return sign(x) * pow(abs(x), 1.0 / 3.0)', 'return pow(abs(x), 1.0 / 3.0)'],
  ['cbrt: 1/3 -> 1/2', 'pow(abs(x), 1.0 / 3.0)', 'pow(abs(x), 1.0 / 2.0)'],
  ['pow: a >= 0 -> a > 0', 'if (a >= 0.0) { return pow(a, b); }', 'if (a > 0.0) { return pow(a, b); }'],
  ['pow: non-integer check negated', 'if (floor(b) != b) { return divc_nan(); }', 'if (floor(b) == b) { return divc_nan(); }'],
  ['pow: non-integer check dropped', 'if (floor(b) != b) { return divc_nan(); }', ''],
  ['pow: odd sign swapped', 'select(m, -m, fract(b * 0.5) != 0.0)', 'select(-m, m, fract(b * 0.5) != 0.0)'],
  ['pow: odd test != -> ==', 'fract(b * 0.5) != 0.0', 'fract(b * 0.5) == 0.0'],
  ['hypot: zero guard dropped', 'if (m == 0.0) { return 0.0; }', ''],
  ['hypot: max -> min', 'let m = max(abs(a), abs(b));', 'let m = min(abs(a), abs(b));'],
  ['hypot: p*p + q*q -> p*p - q*q', 'sqrt(p * p + q * q)', 'sqrt(p * p - q * q)'],
  ['hypot: no scaling', 'return m * sqrt(p * p + q * q);', 'return sqrt(a * a + b * b);'],
  ['mod: first correction dropped', 'if ((b > 0.0 && r >= b) || (b < 0.0 && r <= b)) { r = r - b; }', ''],
  ['mod: second correction dropped', 'if ((b > 0.0 && r < 0.0) || (b < 0.0 && r > 0.0)) { r = r + b; }', ''],
  ['mod: r >= b -> r > b', '(b > 0.0 && r >= b)', '(b > 0.0 && r > b)'],
  ['mod: r <= b -> r < b', '(b < 0.0 && r <= b)', '(b < 0.0 && r < b)'],
  ['mod: second correction, negative divisor dropped', '|| (b < 0.0 && r > 0.0)) { r = r + b; }', ') { r = r + b; }'],
  ['atan2: axis y = 0 branch dropped', 'if (y == 0.0) { return select(y, select(3.1415927, -3.1415927, bitcast<u32>(y) != 0u), x < 0.0); }', ''],
  ['atan2: x < 0 -> x > 0', 'bitcast<u32>(y) != 0u), x < 0.0)', 'bitcast<u32>(y) != 0u), x > 0.0)'],
  ['atan2: -0 sign test negated', 'bitcast<u32>(y) != 0u)', 'bitcast<u32>(y) == 0u)'],
  ['atan2: x = 0 branch dropped', 'if (x == 0.0) { return select(-1.5707964, 1.5707964, y > 0.0); }', ''],
  ['atan2: y > 0 -> y < 0', 'select(-1.5707964, 1.5707964, y > 0.0)', 'select(-1.5707964, 1.5707964, y < 0.0)'],
  ['erf: < 0.5 -> > 0.5', 'if (abs(x) < 0.5) {', 'if (abs(x) > 0.5) {'],
  ['erf: series term 0.1 -> 0.12', '(0.1 - z * (0.023809524', '(0.12 - z * (0.023809524'],
  ['erf: series last term dropped', '(0.0046296297 - z * 0.00075757576)', '(0.0046296297)'],
  ['erf: A&S 0.3275911 -> 0.33', '1.0 + 0.3275911 * abs(x)', '1.0 + 0.33 * abs(x)'],
  ['erf: sign dropped', 'return sign(x) * y;', 'return y;'],
];

rmSync(BOX, { recursive: true, force: true });
mkdirSync(BOX, { recursive: true });
execSync(`tar -C ${ROOT} --exclude=./node_modules --exclude=./.git --exclude=./scratch --exclude=./.stryker-tmp --exclude=./reports -cf - . | tar -C ${BOX} -xf -`);
symlinkSync(join(ROOT, 'node_modules'), join(BOX, 'node_modules'));
const file = join(BOX, 'compiler/backend/wgsl.ts');
const original = readFileSync(file, 'utf8');
const only = process.env.WGSL_ONLY ? new Set(process.env.WGSL_ONLY.split(',').map(Number)) : undefined;
const start = original.indexOf('export const POLYFILLS'), end = original.indexOf('`;', start);
let killed = 0, total = 0;
for (const [k, [name, from, to]] of [[-1, ['no mutation (must pass)', '', '']], ...M.entries()]) {
  if (only && !only.has(k) && k >= 0) continue;
  const at = k < 0 ? start : original.indexOf(from, start);
  if (at < 0 || at > end || (k >= 0 && original.indexOf(from, at + 1) >= 0 && original.indexOf(from, at + 1) < end)) {
    console.log(`${k}\t${name}\tPATTERN NOT FOUND ONCE IN POLYFILLS`);
    continue;
  }
  writeFileSync(file, original.slice(0, at) + to + original.slice(at + from.length));
  const t = Date.now();
  const r = spawnSync('npx', ['vitest', 'run', ...FILES, '-t', TESTS, '--bail', '1'], { cwd: BOX, env: { ...process.env, DIVC_SEED: process.env.DIVC_SEED ?? '1' }, encoding: 'utf8', timeout: 300_000 });
  const failed = r.status !== 0;
  if (k < 0 && failed) throw new Error(`the unmutated tests fail in ${BOX}:\n${r.stdout}${r.stderr}`);
  if (k >= 0) { total++; if (failed) killed++; }
  console.log(`${k}\t${name}\t${k < 0 ? 'passes' : failed ? 'killed' : 'SURVIVED'}\t${((Date.now() - t) / 1000).toFixed(0)} s`);
}
writeFileSync(file, original);
console.log(`${killed} of ${total} killed`);

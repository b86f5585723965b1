// Each builtin against the outside reference: mpmath at 60 digits (test/fixtures/builtins/
// derivatives.json, copied from the shared builtin references). Per builtin, over its rows: the
// f64 kernel's value in ulps, its derivative (div f; df/da + df/db for binary builtins) relative
// to max(1, |reference|), and the f32 kernel's value at float32 inputs relative to max(1, |ref|).
import { readFileSync } from 'node:fs';
import { compile } from '../compiler/index.js';
import { load } from '../runtime/index.js';

type Row = (number | null)[];
interface Fixture { unary: Record<string, Row[]>; unary32: Record<string, Row[]>; binary: Record<string, Row[]> }

export interface MpmathRow { name: string; rows: number; f64: number; derivative: number; f32: number }

function ulps(got: number, want: number): number {
  if (Object.is(got, want)) return 0;
  if (!Number.isFinite(got)) return Infinity;
  return Math.abs(got - want) / Math.max(2 ** (Math.floor(Math.log2(Math.max(Math.abs(want), 2 ** -1022))) - 52), 2 ** -1074);
}
const relative = (got: number, want: number | null) =>
  want === null ? (Number.isFinite(got) ? Infinity : 0) : Math.abs(got - want) / Math.max(1, Math.abs(want));

async function run(src: string, inputs: number[][], precision: 'f64' | 'f32') {
  const k = await load(compile(src, { precision }).wasm!);
  const r = await k.evaluate(inputs.flat());
  k.dispose();
  return inputs.map((p, i) => ({ value: r.values[i * p.length]!, derivative: r.divergence[i]! }));
}

export async function measureMpmath(fixture = 'test/fixtures/builtins/derivatives.json'): Promise<MpmathRow[]> {
  const d = JSON.parse(readFileSync(fixture, 'utf8')) as Fixture;
  const out: MpmathRow[] = [];
  for (const [name, rows] of Object.entries(d.unary)) {
    const src = `field g(x) = (${name}(x))`;
    const got = await run(src, rows.map((r) => [r[0]!]), 'f64');
    const rows32 = d.unary32[name] ?? [];
    const got32 = rows32.length ? await run(src, rows32.map((r) => [r[0]!]), 'f32') : [];
    out.push({
      name, rows: rows.length,
      f64: Math.max(0, ...rows.map((r, i) => (r[1] === null ? relative(got[i]!.value, null) : ulps(got[i]!.value, r[1]!)))),
      derivative: Math.max(0, ...rows.map((r, i) => relative(got[i]!.derivative, r[2]!))),
      // rows beyond float32's range are left out
      f32: Math.max(0, ...rows32.map((r, i) => (r[1] !== null && Math.abs(r[1]!) >= 3.4e38 ? 0 : relative(got32[i]!.value, r[1]!)))),
    });
  }
  for (const [name, rows] of Object.entries(d.binary)) {
    const call = name === 'mod' ? 'a % b' : `${name}(a, b)`;
    const got = await run(`field g(a, b) = (${call}, ${call})`, rows.map((r) => [r[0]!, r[1]!]), 'f64');
    out.push({
      name: name === 'mod' ? '% (floored)' : name, rows: rows.length,
      f64: Math.max(0, ...rows.map((r, i) => (r[2] === null ? relative(got[i]!.value, null) : ulps(got[i]!.value, r[2]!)))),
      derivative: Math.max(0, ...rows.map((r, i) => relative(got[i]!.derivative, r[3] === null || r[4] === null ? null : r[3]! + r[4]!))),
      f32: NaN,
    });
  }
  return out;
}

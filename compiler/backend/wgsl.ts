// WGSL renderer: one compute shader module per field, f32, with an entry point per artifact
// entry (`evaluate_main`: f and div f, and a potential's U; `divergence_main`: div f alone; ...),
// one invocation per point. Table-driven like the wasm renderer; builtins WGSL lacks or defines
// differently get polyfills below. Per-batch values are not recomputed per invocation: the
// artifact's wasm prologue computes them and the runtime uploads them (binding `batch`, one f32
// each), in the same order as the wasm kernels read them.
import type { ComputeOp } from '../ir/ops.js';
import { rowNames, rowWidth, type Program } from '../ir/program.js';
import { outputOffsets, type Entry } from './artifact.js';
import { perPoint } from '../passes/hoist.js';
import { hoistedNodes } from './hoisting.js';
import { findDotLoops, type DotLoop } from './wgsl-reroll.js';

/** Threads per workgroup (WebGPU's default limit is 256). */
export const WORKGROUP_SIZE = 64;

type Emit = (a: string[]) => string;
const call = (fn: string): Emit => (a) => `${fn}(${a.join(', ')})`;
const infix = (op: string): Emit => ([a, b]) => `(${a} ${op} ${b})`;

export const WGSL_OPS: Record<ComputeOp, Emit> = {
  add: infix('+'), sub: infix('-'), mul: infix('*'), div: infix('/'),
  neg: ([a]) => `(-${a})`,
  abs: call('abs'), sqrt: call('sqrt'), floor: call('floor'), ceil: call('ceil'), sign: call('sign'),
  min: call('divc_min'), max: call('divc_max'), relu: ([a]) => `divc_max(${a}, 0.0)`,
  sin: call('sin'), cos: call('cos'), tan: call('tan'), asin: call('divc_asin'), acos: call('divc_acos'), atan: call('atan'),
  sinh: call('sinh'), cosh: call('cosh'), tanh: call('divc_tanh'), asinh: call('asinh'), acosh: call('acosh'), atanh: call('divc_atanh'),
  exp: call('exp'), expm1: call('divc_expm1'), log: call('log'), log1p: call('divc_log1p'), log2: call('log2'),
  log10: ([a]) => `(log(${a}) * 0.4342944819032518)`, cbrt: call('divc_cbrt'), erf: call('divc_erf'),
  sigmoid: call('divc_sigmoid'), softplus: call('divc_softplus'),
  atan2: call('divc_atan2'), pow: call('divc_pow'), hypot: call('divc_hypot'), mod: call('divc_mod'),
  powi: () => { throw new Error('internal: powi reaches the WGSL renderer unlowered'); },
  nograd: ([a]) => a!,
  lt: infix('<'), le: infix('<='), gt: infix('>'), ge: infix('>='), eq: infix('=='), ne: infix('!='),
  and: infix('&&'), or: infix('||'), not: ([a]) => `(!${a})`,
  select: ([c, a, b]) => `select(${b}, ${a}, ${c})`, // WGSL: select(false value, true value, condition)
};

/** Polyfills: accurate in f32 where WGSL has no builtin, or differs from LANGUAGE.md. */
export const POLYFILLS = `
// NaN and infinity: WGSL constant expressions may not produce them, so the bits are made at run time
fn divc_nan() -> f32 { return bitcast<f32>(0x7fc00000u + min(shape.n, 0u)); }
fn divc_inf() -> f32 { return bitcast<f32>(0x7f800000u + min(shape.n, 0u)); }
// min/max propagating NaN as in LANGUAGE.md (WGSL leaves NaN operands unspecified)
fn divc_isnan(x: f32) -> bool { return !(x == x); }
fn divc_min(a: f32, b: f32) -> f32 { if (divc_isnan(a) || divc_isnan(b)) { return a + b; } return min(a, b); }
fn divc_max(a: f32, b: f32) -> f32 { if (divc_isnan(a) || divc_isnan(b)) { return a + b; } return max(a, b); }
// expm1 and log1p without cancellation near 0
fn divc_expm1(x: f32) -> f32 {
  if (abs(x) < 0.35) { return x + x * x * (0.5 + x * (0.16666667 + x * (0.041666668 + x * (0.008333334 + x * (0.0013888889 + x * 0.0001984127))))); }
  return exp(x) - 1.0;
}
// (a series near 0: drivers may reassociate the usual log(u) * x / (u - 1) correction away)
fn divc_log1p(x: f32) -> f32 {
  if (abs(x) < 0.1) { return x * (1.0 - x * (0.5 - x * (0.33333334 - x * (0.25 - x * (0.2 - x * (0.16666667 - x * (0.14285715 - x * (0.125 - x * 0.11111111)))))))); }
  return log(1.0 + x);
}
// tanh saturating instead of overflowing exp for large |x|
fn divc_tanh(x: f32) -> f32 { let u = divc_expm1(2.0 * min(abs(x), 15.0)); return sign(x) * (u / (u + 2.0)); }
fn divc_sigmoid(x: f32) -> f32 { let e = exp(-abs(x)); let s = 1.0 / (1.0 + e); return select(s, e * s, x < 0.0); }
fn divc_softplus(x: f32) -> f32 { return max(x, 0.0) + divc_log1p(exp(-abs(x))); }
// asin, acos and atanh through atan2 and log1p: drivers' own lose thousands of ulps near ±1
// (lavapipe: asin 3811, acos 3379, atanh 417); (1 - x)(1 + x) keeps 1 - x^2 exact there
fn divc_asin(x: f32) -> f32 { return atan2(x, sqrt((1.0 - x) * (1.0 + x))); }
fn divc_acos(x: f32) -> f32 { return 2.0 * atan2(sqrt(1.0 - x), sqrt(1.0 + x)); }
fn divc_atanh(x: f32) -> f32 { return 0.5 * divc_log1p(2.0 * x / (1.0 - x)); }
fn divc_cbrt(x: f32) -> f32 { return sign(x) * pow(abs(x), 1.0 / 3.0); }
// pow for negative bases with integer exponents (WGSL's pow is undefined for x < 0)
fn divc_pow(a: f32, b: f32) -> f32 {
  if (a >= 0.0) { return pow(a, b); }
  if (floor(b) != b) { return divc_nan(); }
  let m = pow(-a, b);
  return select(m, -m, fract(b * 0.5) != 0.0);
}
fn divc_hypot(a: f32, b: f32) -> f32 {
  let m = max(abs(a), abs(b));
  if (m == 0.0) { return 0.0; }
  let p = a / m; let q = b / m;
  return m * sqrt(p * p + q * q);
}
// floored modulo, the sign of the divisor (as Python); the quotient's rounding can put the
// result one divisor off, which the corrections undo
fn divc_mod(a: f32, b: f32) -> f32 {
  var r = a - b * floor(a / b);
  if ((b > 0.0 && r >= b) || (b < 0.0 && r <= b)) { r = r - b; }
  if ((b > 0.0 && r < 0.0) || (b < 0.0 && r > 0.0)) { r = r + b; }
  return r;
}
// atan2 on the axes, where WGSL leaves results to the implementation
fn divc_atan2(y: f32, x: f32) -> f32 {
  if (y == 0.0) { return select(y, select(3.1415927, -3.1415927, bitcast<u32>(y) != 0u), x < 0.0); }
  if (x == 0.0) { return select(-1.5707964, 1.5707964, y > 0.0); }
  return atan2(y, x);
}
// erf: its Taylor series near 0 (relative accuracy), Abramowitz & Stegun 7.1.26 beyond (|error| < 1.5e-7)
fn divc_erf(x: f32) -> f32 {
  if (abs(x) < 0.5) {
    let z = x * x;
    return 1.1283791671 * x * (1.0 - z * (0.33333334 - z * (0.1 - z * (0.023809524 - z * (0.0046296297 - z * 0.00075757576)))));
  }
  let t = 1.0 / (1.0 + 0.3275911 * abs(x));
  let y = 1.0 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * exp(-x * x);
  return sign(x) * y;
}
`;

export function literal(v: number, type: 'f' | 'b'): string {
  if (type === 'b') return v ? 'true' : 'false';
  const f = Math.fround(v);
  if (Number.isNaN(f)) return 'divc_nan()';
  if (f === Infinity) return 'divc_inf()';
  if (f === -Infinity) return '(-divc_inf())';
  if (Object.is(f, -0)) return '-0.0';
  let s = String(f);
  if (!/[.e]/.test(s)) s += '.0';
  return s;
}

const ident = (s: string) => s.replace(/\[(\d+)\]/g, '_$1').replace(/[^A-Za-z0-9_]/g, '_');

function paramLabel(p: Program, slot: number): string {
  const info = p.params.find((q) => slot >= q.slot && slot < q.slot + q.size)!;
  if (info.shape.length === 0) return info.name;
  const idx: number[] = [];
  let rest = slot - info.slot;
  for (let k = info.shape.length - 1; k >= 0; k--) { idx.unshift(rest % info.shape[k]!); rest = Math.floor(rest / info.shape[k]!); }
  return `${info.name}[${idx.join(', ')}]`;
}

/** The body of one entry point: per-point nodes as named `let`s, then the stores. */
function entry(e: Entry<Program>, batchBase: number, loopTerms: number, rewrite?: WgslRewrite, source?: string): string {
  const wasmProgram = e.program;
  // The per-batch values come from the wasm prologue, in the wasm program's order; a rewritten
  // program reads them through the rewrite's node map.
  const layout = hoistedNodes(wasmProgram, perPoint(wasmProgram));
  const { program: p, map } = rewrite ? rewrite(wasmProgram) : { program: wasmProgram, map: undefined };
  const nodes = p.graph.nodes;
  const varying = perPoint(p);
  const hoisted = new Map<number, number>();
  layout.forEach((id, k) => { const to = map ? map[id]! : id; if (to >= 0) hoisted.set(to, batchBase + k); });
  const names = new Map<number, string>();
  const lines: string[] = [];
  const readPerPoint = new Uint8Array(nodes.length);
  nodes.forEach((n, id) => { if (varying[id]) for (const a of n.args) readPerPoint[a] = 1; });
  const ref = (id: number): string => {
    const n = nodes[id]!;
    if (names.has(id)) return names.get(id)!;
    if (n.op === 'const') return literal(n.value, n.type);
    if (n.op === 'param') return `params[${n.value}u]`;
    // per-batch conditions arrive as lane masks (all bits set, or zero)
    if (hoisted.has(id)) return n.type === 'b' ? `(bitcast<u32>(batch[${hoisted.get(id)!}u]) != 0u)` : `batch[${hoisted.get(id)!}u]`;
    throw new Error(`internal: WGSL node %${id} used before definition`);
  };
  const { loops, absorbed } = findDotLoops(p, varying, hoisted, loopTerms);
  // A comment where the source line changes: `// line 7: let h = tanh(W1 @ x + b1)`.
  const sourceLines = source?.split('\n');
  let lastLine = -1;
  const mark = (id: number) => {
    const line = p.graph.lines[id] ?? 0;
    if (line === lastLine || !sourceLines) return;
    if (line === 0 && lastLine === -1) return; // nothing to say before the first source line
    lastLine = line;
    const text = (sourceLines[line - 1] ?? '').trim();
    lines.push(line === 0 ? '  // derivatives' : `  // line ${line}: ${text.length > 90 ? `${text.slice(0, 87)}...` : text}`);
  };
  const arrays = new Map<string, string>();
  /** A sum of products as a loop over an array of the per-point factors (see wgsl-reroll.ts). */
  const renderLoop = (id: number, loop: DotLoop) => {
    const key = loop.vector.join(',');
    let array = arrays.get(key);
    if (!array) {
      array = `a${arrays.size}`;
      arrays.set(key, array);
      lines.push(`  var ${array} = array<f32, ${loop.vector.length}>(${loop.vector.map(ref).join(', ')});`);
    }
    const base = loop.base, step = loop.stride;
    const index = `${base}u ${step < 0 ? '-' : '+'} k * ${Math.abs(step)}u`;
    const last = loop.base + (loop.vector.length - 1) * loop.stride;
    const what = loop.source === 'params' ? `${paramLabel(p, loop.base)} .. ${paramLabel(p, last)}` : `per-batch values ${loop.base} .. ${last}`;
    lines.push(`  var s${id} = 0.0;  // ${array} . (${what})`);
    lines.push(`  for (var k = 0u; k < ${loop.vector.length}u; k++) { s${id} += ${array}[k] * ${loop.source}[${index}]; }`);
    const v = `v${id}`;
    names.set(id, v);
    lines.push(`  let ${v} = ${loop.rest.reduce((sum, r) => `(${sum} + ${ref(r)})`, `s${id}`)};`);
  };
  nodes.forEach((n, id) => {
    if (absorbed.has(id)) return;
    const loop = loops.get(id);
    if (loop) { mark(id); renderLoop(id, loop); return; }
    if (!varying[id]) {
      if (n.op === 'param' && readPerPoint[id]) {
        const label = paramLabel(p, n.value);
        if (!label.includes('[')) { mark(id); names.set(id, ident(label)); lines.push(`  let ${ident(label)} = params[${n.value}u];`); }
      }
      return;
    }
    if (n.op === 'input') {
      // by index: a source name may be a WGSL keyword, a name of the entry's own (row, i) or, for
      // a condition, another input's flattened name (x_1 of x: [2]); the name goes in a comment
      const v = `in${n.value}`;
      names.set(id, v);
      lines.push(`  let ${v} = points[row + ${n.value}u];  // ${rowNames(p)[n.value]}`);
      return;
    }
    const v = `v${id}`;
    names.set(id, v);
    mark(id);
    lines.push(`  let ${v} = ${WGSL_OPS[n.op as ComputeOp](n.args.map(ref))};`);
  });
  const offsets = outputOffsets(e.outputs);
  e.outputs.forEach((o, k) => {
    const out = p.outputs[o.slot]!;
    const ids = Array.isArray(out) ? out : [out];
    ids.forEach((id, c) => lines.push(`  outputs[${outputIndex(offsets[k]!, o.width, rowWidth(p), c)}] = ${ref(id)};  // ${o.name}${o.width > 1 ? `[${c}]` : ''}`));
  });
  return [...entryHead(`${e.name}_main`, rowWidth(p)), ...lines, '}'].join('\n');
}

/** A GPU-only rewrite of a program (see gpuPipeline), with each old node's new id (-1: gone). */
export type WgslRewrite = (p: Program) => { program: Program; map: Int32Array };
/** The workgroup size and bindings every divc shader declares (the runtime's GpuRunner binds them). */
export const BINDINGS = [
  `const WORKGROUP_SIZE: u32 = ${WORKGROUP_SIZE}u;`,
  'struct Shape { n: u32 }',
  '@group(0) @binding(0) var<storage, read> points: array<f32>;',
  '@group(0) @binding(1) var<storage, read_write> outputs: array<f32>;',
  '@group(0) @binding(2) var<storage, read> params: array<f32>;',
  '@group(0) @binding(3) var<storage, read> batch: array<f32>;',
  '@group(0) @binding(4) var<uniform> shape: Shape;',
];

/**
 * Where number c of point i of an output goes in `outputs`: the entry's outputs lie one after
 * another, each n x width numbers (row-major), output k from n times the widths before it.
 */
export function outputIndex(offset: number, width: number, rowWidth: number, c: number | string): string {
  const start = offset === 0 ? '' : `shape.n * ${offset}u + `;
  if (width === 1) return `${start}i`;
  // `row` is i * the input row's width (entryHead)
  return `${start}${width === rowWidth ? 'row' : `i * ${width}u`} + ${typeof c === 'number' ? `${c}u` : c}`;
}

/** The first lines of an entry point: which point, and every binding in use (one layout for all entries). */
export function entryHead(name: string, rowWidth: number, scratch = false): string[] {
  return [
    `@compute @workgroup_size(WORKGROUP_SIZE)`,
    `fn ${name}(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {`,
    `  let i = gid.x + gid.y * groups.x * WORKGROUP_SIZE;  // a 2-D grid past 65535 workgroups`,
    `  if (i >= shape.n) { return; }`,
    `  _ = points[0]; _ = outputs[0]; _ = params[0]; _ = batch[0];${scratch ? ' _ = scratch[0];' : ''}  // every binding in use: one layout for all entries`,
    `  let row = i * ${rowWidth}u;`,
  ];
}

/** The header's lines on the entry points and the bindings both levels share. */
export function headerLines(entries: readonly Entry<{ params: Program['params'] }>[], batch: string): string[] {
  const params = entries[0]!.program.params;
  return [
    `// Entry points, one invocation per point: ${entries.map((e) => `\`${e.name}_main\` (${e.outputs.map((o) => o.name).join(', ')})`).join(', ')}.`,
    '// Bindings, group 0:',
    '//   0 points      array<f32>, n * dim numbers, row-major (read)',
    "//   1 outputs     array<f32>, the entry's outputs one after another, each n * width numbers (row-major), in the order above (written)",
    `//   2 params      array<f32>, one number per param slot: ${params.map((q) => `${q.name}${q.shape.length ? `[${q.shape.join(', ')}]` : ''} @ ${q.slot}`).join(', ') || 'none'}`,
    `//   3 batch       array<f32>, ${batch}`,
    '//   4 shape       uniform { n: u32 }, the number of points',
  ];
}

export interface WgslInput {
  /** The entry points (artifact.ts entriesOf): an entry point `<name>_main` each. */
  entries: Entry<Program>[];
  compilerVersion: string;
  rewrite?: WgslRewrite;
  /** The .div source: comments in the shader then name the line each block comes from. */
  source?: string;
  /** Sums of at least this many products with evenly spaced coefficients become loops (the schedule's gpuLoopTerms). */
  loopTerms: number;
}

/** Each entry's per-batch values follow those of the entries before it in `batch`. */
export function emitWgsl({ entries, compilerVersion, rewrite, source, loopTerms }: WgslInput): string {
  const first = entries[0]!.program;
  const bases: number[] = [];
  let slots = 0;
  for (const e of entries) { bases.push(slots); slots += hoistedNodes(e.program, perPoint(e.program)).length; }
  const header = [
    `// ${compilerVersion}: field ${first.field}(${first.inputs.join(', ')}), dim ${first.dim}, f32`,
    ...headerLines(entries, `per-batch values (memory.batch: ${slots} numbers), computed by the artifact's prologue, first used first: ${entries.map((e) => e.name).join("'s, then ")}'s`),
  ];
  return [
    ...header,
    '',
    ...BINDINGS,
    POLYFILLS,
    ...entries.flatMap((e, k) => [entry(e, bases[k]!, loopTerms, rewrite, source), '']),
  ].join('\n');
}

// The canonical text form of a program, used by `--emit ir` and the golden tests:
//   %3 = mul %1 %2
// Leaves print their meaning; `out` lines name the results.
import type { Program } from './program.js';
import type { Node } from './node.js';

function formatNumber(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

export function formatNode(n: Node, p: Program): string {
  switch (n.op) {
    case 'const': return n.type === 'b' ? `const.b ${n.value ? 'true' : 'false'}` : `const ${formatNumber(n.value)}`;
    case 'input': return `input ${n.value}  ; ${p.inputs[n.value] ?? '?'}`;
    case 'param': return `param ${n.value}  ; ${paramName(p, n.value)}`;
    default: return `${n.op} ${n.args.map((a) => `%${a}`).join(' ')}`;
  }
}

function paramName(p: Program, slot: number): string {
  const info = p.params.find((q) => slot >= q.slot && slot < q.slot + q.size);
  if (!info) return '?';
  if (info.shape.length === 0) return info.name;
  const idx: number[] = [];
  let rest = slot - info.slot;
  for (let k = info.shape.length - 1; k >= 0; k--) {
    idx.unshift(rest % info.shape[k]!);
    rest = Math.floor(rest / info.shape[k]!);
  }
  return `${info.name}[${idx.join(', ')}]`;
}

export function printProgram(p: Program, annotate?: (id: number) => string): string {
  const lines = [`field ${p.field}(${p.inputs.join(', ')})`];
  p.graph.nodes.forEach((n, id) => {
    const note = annotate ? annotate(id) : '';
    lines.push(`  %${id} = ${formatNode(n, p)}${note ? `${n.op === 'input' || n.op === 'param' ? ',' : '  ;'} ${note}` : ''}`);
  });
  p.outputs.values.forEach((id, i) => lines.push(`  out f${i} = %${id}`));
  if (p.outputs.divergence !== undefined) lines.push(`  out div = %${p.outputs.divergence}`);
  if (p.outputs.potential !== undefined) lines.push(`  out U = %${p.outputs.potential}`);
  return lines.join('\n') + '\n';
}

// The text form of a tensor program (`--emit ir`): one line per live node, per-batch work
// marked, then the outputs.
import { liveNodes } from './interpret.js';
import type { TensorProgram } from './program.js';

export function printTensorProgram(p: TensorProgram): string {
  const g = p.graph;
  const lines = [`; field ${p.field}(${p.inputs.length > 4 ? `${p.inputs.length} inputs` : p.inputs.join(', ')}), lowered with tensors${p.directions ? `; divergence in ${p.directions}` : ''}`];
  for (const id of liveNodes(p)) {
    const n = g.node(id);
    const shape = `[${n.shape.join(', ')}]`;
    const args = n.args.map((a) => `%${a}`).join(', ');
    let what: string;
    switch (n.op) {
      case 'input': what = 'input'; break;
      case 'param': what = `param ${p.params.find((q) => q.slot === n.value)?.name ?? `@${n.value}`}`; break;
      case 'const': what = n.data!.length <= 4 ? `const ${n.data!.join(', ')}` : `const (${n.data!.length} numbers)`; break;
      case 'eye': what = 'eye'; break;
      case 'map': what = `${n.fn} ${args}`; break;
      case 'reduce': what = `reduce.${n.fn} ${args} axis ${n.value}`; break;
      case 'copy': what = `copy ${args} offset ${n.value} strides ${n.strides!.join(', ')}`; break;
      default: what = `${n.op} ${args}`;
    }
    lines.push(`%${id}: ${shape}${n.type === 'b' ? ' bool' : ''} = ${what}${!n.varying && n.args.length > 0 ? '  ; per batch' : ''}`);
  }
  if (p.outputs.values !== undefined) lines.push(`return values %${p.outputs.values}`);
  if (p.outputs.divergence !== undefined) lines.push(`return divergence %${p.outputs.divergence}`);
  if (p.outputs.potential !== undefined) lines.push(`return potential %${p.outputs.potential}`);
  return lines.join('\n') + '\n';
}

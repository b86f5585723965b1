// Failures that are not the source's fault. binaryen (C++ compiled to wasm) throws non-Errors: a
// C++ exception arrives as a number or a bare object, which printed as "internal compiler error:
// [object Object]" (issue 13 item 7). Out of memory is the field's size meeting binaryen's heap,
// a limit, and becomes a diagnostic; anything else is wrapped in an Error whose message says what
// was thrown.
import type { Diagnostic } from './diagnostics.js';
import type { OpCounts } from './stats.js';

/** binaryen's heap: 32-bit wasm memory, at most 4 GiB. */
export const CODEGEN_MEMORY_LIMIT = '4 GiB';

/** What was thrown, as text: an Error's stack, or a description of anything else. */
export function describeThrown(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  if (typeof e === 'number') return `a C++ exception from binaryen (exception pointer ${e}), not an Error`;
  let json: string | undefined;
  try { json = JSON.stringify(e); } catch { /* cyclic: the type alone */ }
  const what = e !== null && typeof e === 'object' ? (e.constructor?.name ?? 'object') : typeof e;
  return `a thrown ${what}${json && json !== '{}' ? ` ${json}` : ''}, not an Error`;
}

export function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(`internal compiler error: ${describeThrown(e)}`);
}

/**
 * A throw from the code generator that is resource exhaustion: a C++ exception (binaryen throws
 * none on our path but std::bad_alloc), its abort on OOM, or V8 failing to allocate.
 */
export function isResourceExhaustion(e: unknown): boolean {
  if (!(e instanceof Error)) return true;
  return /out of memory|\bOOM\b|Cannot enlarge memory|bad_alloc|Array buffer allocation failed|Invalid (typed )?array length|Maximum call stack/i.test(e.message);
}

/** E0403 at the field's declaration: its size, the limit it met, and what to do. */
export function exhaustionDiagnostic(source: string, file: string, field: string, size: OpCounts | undefined, lowering: 'scalar' | 'tensor'): Diagnostic {
  const at = new RegExp(`\\b(field|potential)\\s+(${field})\\b`).exec(source);
  const before = at ? source.slice(0, at.index + at[0].length - field.length) : '';
  const line = before.split('\n').length, col = before.length - before.lastIndexOf('\n');
  const ops = size ? `its kernel has ${(size.perPoint + size.perBatch).toLocaleString('en-US')} operations (f + div f: ${size.perPoint.toLocaleString('en-US')} per point, ${size.perBatch.toLocaleString('en-US')} per batch), and ` : '';
  const advice = lowering === 'scalar' ? '; a network compiles with loops over its weights: --lowering tensor' : '';
  return {
    severity: 'error', code: 'E0403', file, line, col, endLine: line, endCol: col + Math.max(0, field.length - 1),
    message: `field '${field}' is too large to generate code for: ${ops}the code generator (binaryen) ran out of its memory (limit ${CODEGEN_MEMORY_LIMIT})${advice}`,
  };
}

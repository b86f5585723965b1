// A command's .div source: its text, and --field checked against the fields it declares.
import { readInput } from './io.js';
import { UsageError } from './usage-error.js';

/**
 * A .div source's text; a compiled artifact (wasm's magic bytes) is a usage error, not a page of
 * syntax errors about its bytes.
 */
export function readSource(file: string, command?: string): string {
  const bytes = readInput(file);
  if (bytes.subarray(0, 4).equals(Buffer.from([0, 0x61, 0x73, 0x6d]))) {
    throw new UsageError(`${file} is a compiled artifact (.wasm), not a .div source: ${command ? `${command} takes the source (divc run and divc plot take artifacts)` : 'name it .wasm'}`);
  }
  return bytes.toString('utf8');
}

/**
 * --field NAME must name a field (or potential) the source declares: a usage error naming the
 * option otherwise. A source with syntax errors is left to the compiler, which reports them.
 */
export async function checkFieldOption(file: string, source: string, field: string | undefined): Promise<void> {
  if (field === undefined) return;
  const { declaredFields } = await import('../frontend/fields.js');
  const names = declaredFields(source);
  if (!names) return;
  if (!names.includes(field)) throw new UsageError(`--field ${field}: no field named '${field}' in ${file} (${names.length ? `fields: ${names.join(', ')}` : 'it declares none'})`);
}

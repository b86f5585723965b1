// What the commands print on stderr besides errors: a source's diagnostics, and notes.
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';

/** A remark on stderr that is not an error (tensors of a params file that match no param). */
export const note = (line: string) => process.stderr.write(`divc: note: ${line}\n`);

/** Prints the diagnostics (`file:line:col`, the line, a caret) and the error count: 1 if any is an error, else 0. */
export function report(diagnostics: Diagnostic[], source: string): number {
  for (const d of diagnostics) process.stderr.write(formatDiagnostic(d, source) + '\n');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) process.stderr.write(`${errors} error${errors === 1 ? '' : 's'}\n`);
  return errors > 0 ? 1 : 0;
}

// divc check FILE.div: diagnostics only, for one field (--field) or every field of the file.
import { formatDiagnostic, type Diagnostic } from '../../diagnostics.js';
import { report } from '../report.js';
import { checkFieldOption, readSource } from '../source.js';

/** Checks one field (--field) or every field of the file: a file may define several. */
export async function checkCommand(file: string, flags: { field?: string }): Promise<number> {
  const source = readSource(file, 'divc check');
  await checkFieldOption(file, source, flags.field);
  const { analyze } = await import('../../analyze.js');
  const { declaredFields } = await import('../../frontend/fields.js');
  const declared = declaredFields(source, true) ?? [];
  const fields: (string | undefined)[] = flags.field !== undefined ? [flags.field] : declared.length > 1 ? declared : [undefined];
  // each field's analysis repeats the file-level diagnostics: print each one once
  const seen = new Set<string>(), diagnostics: Diagnostic[] = [], ok: string[] = [];
  for (const field of fields) {
    const a = analyze(source, { filename: file, ...(field !== undefined ? { field } : {}) });
    for (const d of a.diagnostics) {
      const key = formatDiagnostic(d, source);
      if (!seen.has(key)) { seen.add(key); diagnostics.push(d); }
    }
    const checked = a.programs?.evaluate ?? a.tensor?.evaluate;
    if (checked && !a.diagnostics.some((d) => d.severity === 'error')) ok.push(`field ${checked.field}, dim ${checked.dim}`);
  }
  const status = report(diagnostics, source);
  if (status === 0) for (const line of ok) process.stderr.write(`${file}: ok (${line})\n`);
  return status;
}

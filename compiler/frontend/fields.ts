// The names of the fields (and potentials) a source declares, for the CLI's --field checks.
import { parse } from '../../grammar/index.js';

/**
 * The declared fields' names; undefined where the source has syntax errors (the compiler reports
 * them), unless `recovered`: then the names in what error recovery made of it.
 */
export function declaredFields(source: string, recovered = false): string[] | undefined {
  const parsed = parse(source);
  if ((parsed.errors.length && !recovered) || !parsed.program) return undefined;
  return parsed.program.decls.filter((d) => d.kind === 'field').map((d) => d.name);
}

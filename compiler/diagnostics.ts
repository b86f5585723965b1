// Diagnostics: collected, never thrown. Each has a code, a message and a source range, and is
// printed as `file:line:col: error: message`, the source line, and a caret under the range.
import type { Range } from '../grammar/index.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export class DiagnosticBag {
  readonly list: Diagnostic[] = [];
  constructor(readonly file: string) {}

  error(code: string, message: string, range: Range): void {
    // The same error at the same place (e.g. from an inlined fn) is reported once.
    if (this.list.some((d) => d.code === code && d.message === message && d.line === range.line && d.col === range.col)) return;
    this.list.push({ severity: 'error', code, message, file: this.file, line: range.line, col: range.col, endLine: range.endLine, endCol: range.endCol });
  }

  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }
}

/** `file:line:col: error: message`, the line of source, and carets under the range. */
export function formatDiagnostic(d: Diagnostic, source: string): string {
  const text = source.split('\n')[d.line - 1]?.replace(/\r$/, '') ?? '';
  const width = d.endLine === d.line ? Math.max(1, d.endCol - d.col + 1) : Math.max(1, text.length - d.col + 1);
  const gutter = String(d.line).length;
  const pad = ' '.repeat(gutter);
  const caretIndent = text.slice(0, d.col - 1).replace(/[^\t]/g, ' ');
  return [
    `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message} [${d.code}]`,
    `${d.line} | ${text}`,
    `${pad} | ${caretIndent}${'^'.repeat(width)}`,
  ].join('\n');
}

/** Edit distance counting an adjacent transposition as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate within a small edit distance, as "; did you mean 'x'?", or ''. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best === undefined ? '' : `; did you mean '${best}'?`;
}

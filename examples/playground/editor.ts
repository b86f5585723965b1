// The CodeMirror editor: .div highlighting, inline diagnostics (underlines and a gutter from
// @codemirror/lint, set from the compiler's replies), and a callback on every edit.
import { basicSetup, EditorView } from 'codemirror';
import { setDiagnostics, lintGutter, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { divLanguage } from './div-language.js';
import type { CompileReply } from './compiler-worker.js';

export function createEditor(parent: HTMLElement, onChange: (source: string) => void): EditorView {
  return new EditorView({
    parent,
    extensions: [
      basicSetup, divLanguage, lintGutter(),
      EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
    ],
  });
}

export function setSource(view: EditorView, source: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } });
}

/** Compiler diagnostics (1-based line and column, end inclusive) as CodeMirror ranges. */
function toLint(doc: Text, d: CompileReply['diagnostics'][number]): LintDiagnostic {
  const at = (line: number, col: number) => {
    const l = doc.line(Math.max(1, Math.min(doc.lines, line)));
    return Math.min(l.to, l.from + Math.max(0, col - 1));
  };
  const from = at(d.line, d.col);
  const to = Math.max(from, Math.min(doc.length, at(d.endLine, d.endCol) + 1));
  return { from, to, severity: d.severity === 'warning' ? 'warning' : 'error', message: d.message };
}

export function showDiagnostics(view: EditorView, diagnostics: CompileReply['diagnostics']): void {
  view.dispatch(setDiagnostics(view.state, diagnostics.map((d) => toLint(view.state.doc, d))));
}

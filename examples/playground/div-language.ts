// .div highlighting for CodeMirror, driven by the grammar's own token table (grammar/tokens.ts):
// at each position the tokens are tried in the lexer's order, so the colours follow the
// language as the parser reads it. Block comments may span lines (StreamLanguage state).
import { StreamLanguage, type StreamParser } from '@codemirror/language';
import { allTokens, KEYWORDS } from '../../grammar/tokens.js';
import { BUILTINS } from '../../compiler/frontend/builtins.js';

/** Each token's pattern as a sticky regexp, with the highlighting style of its kind. */
const RULES = allTokens.flatMap((t) => {
  const pattern = t.PATTERN;
  if (!(pattern instanceof RegExp) || t.name === 'WhiteSpace' || t.name === 'BlockComment') return [];
  const style = t.name === 'LineComment' ? 'comment'
    : KEYWORDS.includes(t.name.toLowerCase()) ? 'keyword'
      : t.name === 'NumberLit' ? 'number'
        : t.name === 'Identifier' ? 'variableName'
          : /Paren|Bracket|Brace|Comma|Colon|Semicolon/.test(t.name) ? 'punctuation' : 'operator';
  return [{ re: new RegExp(pattern.source, 'y'), style }];
});

interface State { inComment: boolean; afterDecl: string | null }

const parser: StreamParser<State> = {
  name: 'div',
  startState: () => ({ inComment: false, afterDecl: null }),
  token(stream, state) {
    if (state.inComment || stream.match('/*')) {
      state.inComment = !stream.skipTo('*/');
      if (!state.inComment) stream.match('*/');
      else stream.skipToEnd();
      return 'comment';
    }
    if (stream.eatSpace()) return null;
    const line = stream.string, at = stream.pos;
    for (const rule of RULES) {
      rule.re.lastIndex = at;
      const m = rule.re.exec(line);
      if (!m || m[0].length === 0) continue;
      stream.pos = at + m[0].length;
      if (rule.style === 'keyword') { state.afterDecl = ['field', 'param', 'const', 'fn', 'let'].includes(m[0]) ? m[0] : null; return 'keyword'; }
      if (rule.style === 'variableName') {
        const decl = state.afterDecl;
        state.afterDecl = null;
        if (decl) return 'variableName.definition'; // the name a field, param, const, fn or let declares
        return Object.hasOwn(BUILTINS, m[0]) && stream.peek() === '(' ? 'variableName.standard' : 'variableName';
      }
      state.afterDecl = null;
      return rule.style;
    }
    stream.next();
    return 'invalid';
  },
  blankLine() {},
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
};

export const divLanguage = StreamLanguage.define(parser);

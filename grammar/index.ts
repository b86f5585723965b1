// parse(source) -> AST plus syntax errors (lexing and parsing), several per run thanks to
// Chevrotain's error recovery. Never throws on user input.
import type { IRecognitionException, ILexingError, IToken } from 'chevrotain';
import { DivLexer } from './tokens.js';
import { parser } from './parser.js';
import { toAst, tokenRange } from './to-ast.js';
import type { Program, Range } from './ast.js';

export type { Program, Range } from './ast.js';
export * as ast from './ast.js';
export { KEYWORDS } from './tokens.js';

export interface SyntaxError { code: string; message: string; range: Range }

export interface ParseResult { program: Program | undefined; errors: SyntaxError[] }

function lexError(e: ILexingError, source: string): SyntaxError {
  const ch = source.slice(e.offset, e.offset + e.length);
  return {
    code: 'E0001',
    message: `unexpected character '${ch}'`,
    range: { line: e.line ?? 1, col: e.column ?? 1, endLine: e.line ?? 1, endCol: (e.column ?? 1) + Math.max(0, e.length - 1) },
  };
}

function describe(tokenName: string): string {
  return tokenName === 'EOF' ? 'end of file' : tokenName;
}

function parseError(e: IRecognitionException, lastLine: number, lastCol: number): SyntaxError {
  const t = e.token;
  const atEof = t.tokenType?.name === 'EOF' || Number.isNaN(t.startLine ?? NaN);
  let range = atEof ? { line: lastLine, col: lastCol, endLine: lastLine, endCol: lastCol } : tokenRange(t);
  const found = atEof ? 'end of file' : `'${t.image}'`;
  const previous = (e as IRecognitionException & { previousToken?: IToken }).previousToken;
  const hasPrevious = previous !== undefined && !Number.isNaN(previous.endLine ?? NaN) && previous.tokenType?.name !== 'EOF';
  // Chevrotain's messages list the expected token *names*; rephrase the common shapes.
  let message = e.message.replace(/\n.*$/s, '');
  const expecting = /Expecting token of type --> (\w+) <--/.exec(e.message);
  if (expecting) {
    message = `expected ${tokenText(expecting[1]!)}, found ${found}`;
    // A token missing at the end of a line (`sin(x` then a new line) is missing there, not at
    // whatever the next line starts with: point just past the last token read.
    if (hasPrevious && (atEof || (t.startLine ?? 0) > previous.endLine!)) {
      const col = previous.endColumn! + 1;
      range = { line: previous.endLine!, col, endLine: previous.endLine!, endCol: col };
      message = `expected ${tokenText(expecting[1]!)} after '${previous.image}' (found ${found}${atEof ? '' : ` on line ${t.startLine}`})`;
    }
  } else if (e.name === 'NoViableAltException') {
    const inExpression = e.context?.ruleStack?.some((r) => r === 'expression' || r === 'primary');
    message = `unexpected ${found}: expected ${inExpression ? 'an expression' : 'a declaration (const, param, fn or field)'} here`;
    // `x ** 2` from Python: the power operator is `^`
    if (t.image === '*' && hasPrevious && previous.image === '*' && previous.endOffset! + 1 === t.startOffset) message += " (for a power write '^': x ^ 2, not x ** 2)";
  }
  else if (e.name === 'NotAllInputParsedException') message = `unexpected ${found}: expected a declaration (const, param, fn or field)`;
  else if (e.name === 'EarlyExitException') message = `unexpected ${found}: expected at least one item`;
  return { code: 'E0002', message, range };
}

const TOKEN_TEXT: Record<string, string> = {
  RParen: "')'", LParen: "'('", RBracket: "']'", LBracket: "'['", RBrace: "'}'", LBrace: "'{'", Comma: "','",
  Colon: "':'", Equals: "'='", Identifier: 'a name', NumberLit: 'a number', Return: "'return'", Then: "'then'",
  Else: "'else'", In: "'in'", EOF: 'end of file',
};
function tokenText(name: string): string {
  return TOKEN_TEXT[name] ?? describe(name.toLowerCase());
}

/** Source larger than this is refused with a diagnostic rather than lexed. */
export const MAX_SOURCE_BYTES = 1 << 20;

export function parse(source: string): ParseResult {
  if (source.length > MAX_SOURCE_BYTES) {
    return { program: undefined, errors: [{ code: 'E0003', message: `source is too large: ${source.length} characters (limit ${MAX_SOURCE_BYTES})`, range: { line: 1, col: 1, endLine: 1, endCol: 1 } }] };
  }
  const lexed = DivLexer.tokenize(source);
  const errors: SyntaxError[] = lexed.errors.map((e) => lexError(e, source));
  const lines = source.split('\n');
  const lastLine = lines.length;
  const lastCol = (lines[lines.length - 1]?.length ?? 0) + 1;
  let cst;
  try {
    parser.input = lexed.tokens;
    cst = parser.file();
  } catch (e) {
    if (e instanceof RangeError) {
      // Deep nesting overflows the recursive-descent parser's stack: report it as a limit.
      errors.push({ code: 'E0004', message: 'expression nested too deeply (nesting-depth limit exceeded)', range: { line: 1, col: 1, endLine: 1, endCol: 1 } });
      return { program: undefined, errors };
    }
    throw e;
  }
  for (const e of parser.errors) errors.push(parseError(e, lastLine, lastCol));
  if (errors.length > 0) return { program: undefined, errors };
  try {
    return { program: toAst.visit(cst), errors };
  } catch (e) {
    if (e instanceof RangeError) {
      errors.push({ code: 'E0004', message: 'expression nested too deeply (nesting-depth limit exceeded)', range: { line: 1, col: 1, endLine: 1, endCol: 1 } });
      return { program: undefined, errors };
    }
    throw e;
  }
}

// Public compiler API (`import { compile } from 'divc'`).
export { compile, type CompileOptions, type CompileOutput } from './compile.js';
export { analyze, type AnalyzeOptions, type Analysis } from './analyze.js';
export { formatDiagnostic, type Diagnostic } from './diagnostics.js';
export { interpret } from './ir/interpret.js';
export { printProgram } from './ir/printer.js';
export type { Program } from './ir/program.js';
export type { Stats } from './stats.js';
export { VERSION } from './version.js';

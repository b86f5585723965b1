// Public compiler API (`import { compile } from 'divc'`).
export { compile, type CompileOptions, type CompileOutput } from './compile.js';
export { analyze, type AnalyzeOptions, type Analysis } from './analyze.js';
export { formatDiagnostic, type Diagnostic, type Severity } from './diagnostics.js';
export { interpret, type PointResult } from './ir/interpret.js';
export { printProgram } from './ir/printer.js';
export type { Program, Outputs, ParamInfo, ConditionInfo } from './ir/program.js';
export type { Graph, Node } from './ir/graph.js';
export type { Precision } from './backend/wasm.js';
export type { Stats, OpCounts } from './stats.js';
export type { Schedule, ScalarSchedule, TensorSchedule, ProductSchedule, ScheduleOverride, OptimizerPasses } from './schedule.js';
export { VERSION } from './version.js';
export type { Lowering, TensorPrograms } from './tensor/lowering.js';
export type { TensorProgram } from './tensor/program.js';
export type { TensorGraph, TNode, TOp, ReduceFn } from './tensor/graph.js';

// The compiler, in a Web Worker: the page stays responsive while binaryen (~15 MB of JS, loaded
// once) builds the artifact. One message in: { id, source }; one out per message, with the
// diagnostics formatted as the CLI prints them, the artifact and its IR, WAT, WGSL and stats.
import { compile, formatDiagnostic } from '../../compiler/index.js';

export interface CompileRequest { id: number; source: string }
export interface CompileReply {
  id: number;
  diagnostics: { line: number; col: number; endLine: number; endCol: number; severity: string; message: string; text: string }[];
  wasm?: Uint8Array; ir?: string; wat?: string; wgsl?: string; stats?: unknown;
  /** Milliseconds the compile took. */
  ms: number;
  /** An exception inside the compiler: a divc bug, shown as such. */
  crash?: string;
}

const FILE = 'playground.div';

self.onmessage = (e: MessageEvent<CompileRequest>) => {
  const { id, source } = e.data;
  const start = performance.now();
  let reply: CompileReply;
  try {
    // f32: the artifact carries a WGSL shader for WebGPU and runs on wasm SIMD f32 lanes too
    const out = compile(source, { precision: 'f32', text: true, filename: FILE });
    reply = {
      id, ms: performance.now() - start,
      diagnostics: out.diagnostics.map((d) => ({ ...d, text: formatDiagnostic(d, source) })),
      ...(out.wasm ? { wasm: out.wasm, ir: out.ir, wat: out.wat, wgsl: out.wgsl, stats: out.stats } : {}),
    };
  } catch (err) {
    reply = { id, ms: performance.now() - start, diagnostics: [], crash: String((err as Error)?.stack ?? err) };
  }
  (self as unknown as Worker).postMessage(reply, reply.wasm ? [reply.wasm.buffer as ArrayBuffer] : []);
};
(self as unknown as Worker).postMessage({ id: 0, ready: true });

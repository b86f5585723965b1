// Output files of divc, written whole or not at all: into a temporary file beside the target,
// renamed over the target once complete. A command that fails (bad input found half way through
// the points, a compile error) or is interrupted leaves no file behind, or the old one untouched.
import { accessSync, closeSync, constants, existsSync, fchmodSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './input-error.js';

/** Temporary files not yet renamed or removed: removed if the process is interrupted. */
const pending = new Set<string>();
let hooked = false;
let counter = 0;

function removeOnSignal(): void {
  if (hooked) return;
  hooked = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const path of pending) rmSync(path, { force: true });
      process.kill(process.pid, signal); // the default action now: exit as killed by the signal
    });
  }
}

/** "cannot write 'out.npy': no such directory" rather than an fs error with a stack. */
function writeError(target: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? `no such directory${dirname(target) === '.' ? '' : ` (${dirname(target)})`}`
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'it is a directory'
    : (e as Error).message;
  return new InputError(`cannot write '${target}': ${why}`);
}

/** A file being written: `commit` renames it over the target, `abort` removes it. */
export class OutputFile {
  readonly fd: number;
  private readonly temp: string;
  private readonly path: string;
  private open = true;

  constructor(readonly target: string) {
    // through a symbolic link: the file it points to is replaced, the link kept
    let path = target;
    try {
      if (lstatSync(target).isSymbolicLink()) path = realpathSync(target);
    } catch { /* no such file yet (or a dangling link): written where named */ }
    this.path = path;
    // a file the user may not write stays so: renaming over it would replace it all the same
    if (existsSync(path)) {
      try {
        accessSync(path, constants.W_OK);
      } catch (e) {
        throw writeError(target, e);
      }
    }
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}-${counter++}.tmp`);
    try {
      this.fd = openSync(this.temp, 'wx');
    } catch (e) {
      throw writeError(target, e);
    }
    pending.add(this.temp);
    removeOnSignal();
    try {
      fchmodSync(this.fd, statSync(path).mode & 0o7777); // a replaced file keeps its permissions
    } catch { /* a new file: the default mode */ }
  }

  write(data: Uint8Array | string, position?: number): void {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at, bytes.length - at, position === undefined ? null : position + at);
    } catch (e) {
      throw writeError(this.target, e); // a full disk, say
    }
  }

  /** Completes the file: the target now holds it. */
  commit(): void {
    this.close();
    try {
      renameSync(this.temp, this.path);
    } catch (e) {
      this.abort();
      throw writeError(this.target, e);
    }
    pending.delete(this.temp);
  }

  /** Removes the temporary file: the target stays as it was. */
  abort(): void {
    this.close();
    rmSync(this.temp, { force: true });
    pending.delete(this.temp);
  }

  private close(): void {
    if (this.open) { this.open = false; closeSync(this.fd); }
  }
}

/** Writes `data` to `target` whole, or not at all. */
export function writeOutput(target: string, data: Uint8Array | string): void {
  const file = new OutputFile(target);
  try {
    file.write(data);
  } catch (e) {
    file.abort();
    throw e;
  }
  file.commit();
}

/**
 * run's and flow's output around their work: `open()` starts the file (write-then-rename; no
 * target: stdout), committed once the work is done, removed if it fails; the kernel disposed either way.
 */
export async function withKernelOutput<T>(kernel: { dispose(): void }, target: string | undefined, work: (open: () => OutputFile | undefined) => Promise<T>): Promise<T> {
  let out: OutputFile | undefined;
  try {
    const result = await work(() => (out = target !== undefined ? new OutputFile(target) : undefined));
    out?.commit();
    return result;
  } catch (e) {
    out?.abort();
    throw e;
  } finally {
    kernel.dispose();
  }
}

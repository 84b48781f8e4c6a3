import { chmodSync, constants, fstatSync, lstatSync, openSync, realpathSync, renameSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PlanError } from '../plan/errors.js';

/** Why a file cannot be written, in words, from a Node file-system error. */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'EISDIR': return 'it is a directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on the device';
    case 'EEXIST': return 'it exists';
    case 'ELOOP': return 'a symbolic link on its path is a loop';
    default: return (e as Error).message.split('\n')[0];
  }
}

/**
 * The first part of `path` (as given: `loop` of `loop/up.sql`; `path` itself included) that is a symbolic link loop,
 * which the file system refuses to follow (ELOOP: a link that leads back to itself, or too many links in a row);
 * undefined when there is none.
 */
export function symlinkLoopIn(path: string): string | undefined {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const part = parts.slice(0, i).join('/');
    if (part === '' || part === '.' || part === '..' || parts[i - 1] === '') continue;
    try {
      statSync(part);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return part;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    }
  }
  return undefined;
}

/** Why `path` cannot be used, when a part of it is a symbolic link loop: "it is …" or "<part> is …". */
export function loopReason(path: string): string | undefined {
  const loop = symlinkLoopIn(path);
  if (loop === undefined) return undefined;
  return `${loop === path.replace(/\/+$/, '') ? 'it' : loop} is a symbolic link loop`;
}

/**
 * Writes `text` to `file` through a temporary file in the same folder, so a reader never sees half a script and
 * a failure leaves no file. Folders are not created: a typo in a path is an error (a PlanError, one line).
 *
 * What is at `file` already decides how (found by a fresh user: `-o /dev/null`, run as root, replaced the device
 * with a regular file):
 * - nothing, or a regular file: the temporary file is renamed over it (an existing file keeps its permission bits);
 * - a symbolic link: the file it points to is written the same way, and the link stays (a link to nothing is
 *   refused);
 * - a device, a FIFO or a socket (`/dev/null`, `/dev/stdout`, `-o >(gzip > up.sql.gz)`): written directly, as a
 *   shell redirection would; there is no file to leave half-written (writeOutput writes a FIFO itself: writeFifo);
 * - a symbolic link loop, or a path through one: refused, naming it;
 * - a folder: refused.
 */
export function writeAtomically(file: string, text: string): void {
  const cannot = (why: string) => new PlanError(`cannot write ${file}: ${why}`);
  let target = file;
  let existing;
  try {
    existing = lstatSync(file);
  } catch (e) {
    // (nothing there, or a part of the path that is no folder: said below)
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw cannot(loopReason(file) ?? reason(e));
    if (!['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) throw cannot(reason(e));
  }
  if (existing?.isSymbolicLink()) {
    try {
      target = realpathSync(file);
      existing = statSync(target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw cannot(code === 'ENOENT' ? 'it is a symbolic link to a file that does not exist' : code === 'ELOOP' ? (loopReason(file) ?? 'it is a symbolic link loop') : reason(e));
    }
  }
  if (existing?.isDirectory()) throw cannot('it is a folder');
  if (existing && !existing.isFile()) {
    try {
      writeFileSync(target, text);
      return;
    } catch (e) {
      throw cannot(reason(e));
    }
  }
  const dir = dirname(target) || '.';
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch (e) {
    throw cannot(`its folder ${dir} ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist (folders are not created)' : 'cannot be used: ' + reason(e)}`);
  }
  if (!dirStat.isDirectory()) throw cannot(`${dir} is not a folder`);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    if (existing) chmodSync(tmp, existing.mode & 0o7777);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw cannot(reason(e));
  }
}

/** How often a write into a FIFO without a reader looks for one. */
const READER_POLL_MS = 100;

/**
 * Writes `text` into the FIFO `file` (a named pipe, `/dev/stdout` onto a pipe, `-o >(gzip > up.sql.gz)`), as a shell
 * redirection would, but so that a signal still stops the command: opened without blocking, and while it has no
 * reader (ENXIO), with one note on stderr, opened again every READER_POLL_MS until one comes; then written through
 * the event loop (found by a fresh user: a blocking open() of a FIFO without a reader waited where neither Ctrl-C nor
 * SIGTERM could stop it). A reader that comes later gets the whole script.
 * @throws PlanError (one line) when it cannot be opened, or its reader closes it before the end
 */
async function writeFifo(file: string, text: string): Promise<void> {
  const cannot = (why: string) => new PlanError(`cannot write ${file}: ${why}`);
  let fd: number | undefined;
  for (let noted = false; fd === undefined; ) {
    try {
      fd = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENXIO') throw cannot(reason(e));
      if (!noted) process.stderr.write(`plan: note: ${file} is a FIFO that no reader has open: waiting for one (Ctrl-C stops)\n`);
      noted = true;
      await sleep(READER_POLL_MS);
    }
  }
  // (node:net only here: no other run loads it)
  const { Socket } = await import('node:net');
  const pipe = new Socket({ fd, readable: false, writable: true });
  await new Promise<void>((resolve, reject) => {
    const failed = (e: NodeJS.ErrnoException) => {
      pipe.destroy();
      reject(cannot(e.code === 'EPIPE' || e.code === 'ECONNRESET' ? 'its reader closed it before the whole script was written' : reason(e)));
    };
    pipe.once('error', failed);
    // (called with the error too, when the write fails)
    pipe.end(text, (e?: Error | null) => (e ? failed(e as NodeJS.ErrnoException) : resolve()));
  });
}

/**
 * Whether `file` (followed through symbolic links: /dev/stdout, /proc/self/fd/1) is the pipe or socket standard
 * output already is: written as `-o -` is, so a reader that goes away stops the run quietly with 141 as it does for
 * `-o -` (found by review: `-o /dev/stdout | head -c 10` was an error line and exit 2). A regular file or a
 * terminal is not matched: a file is still written atomically.
 */
function isStandardOutput(file: string): boolean {
  try {
    const out = fstatSync(1);
    if (!out.isFIFO() && !out.isSocket()) return false;
    const target = statSync(file);
    return target.dev === out.dev && target.ino === out.ino;
  } catch {
    return false;
  }
}

/** The FIFO at `file` (followed through symbolic links), or undefined for anything else. */
function isFifo(file: string): boolean {
  try {
    return statSync(file).isFIFO();
  } catch {
    return false;
  }
}

/**
 * Writes `text` to standard output (`-o -` or no -o), into a FIFO (writeFifo: a signal stops a wait for its reader),
 * or atomically to a file.
 */
export async function writeOutput(file: string | undefined, text: string): Promise<void> {
  if (file === undefined || file === '-' || isStandardOutput(file)) process.stdout.write(text);
  else if (isFifo(file)) await writeFifo(file, text);
  else writeAtomically(file, text);
}

/**
 * Refuses an output file (-o) that is one of the command's own sources, `sources` (the product's product.yaml and its
 * plan files, as loaded): written, it would replace a plan with SQL (found by review: `compile P 1.0 1.1 -o
 * P/1.0-1.1.yaml` exited 0 and the plan then held the script). Compared by real path (a link, `./`, `..`), so only an
 * output that exists can be one; standard output and a FIFO never are.
 * @throws PlanError naming -o and the source
 */
export function refuseSourceOutput(file: string | undefined, sources: string[]): void {
  if (file === undefined || file === '-' || isStandardOutput(file)) return;
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return; // not there: not a source
  }
  const hit = sources.find((s) => {
    try {
      return realpathSync(s) === real;
    } catch {
      return false;
    }
  });
  if (hit !== undefined) throw new PlanError(`-o ${file}: that is one of the compiled sources (${hit}); writing the output there would replace it: choose another file`);
}

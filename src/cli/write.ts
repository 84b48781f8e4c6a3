import { chmodSync, lstatSync, realpathSync, renameSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
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
    default: return (e as Error).message.split('\n')[0];
  }
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
 *   shell redirection would; there is no file to leave half-written;
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
    if (!['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) throw cannot(reason(e));
  }
  if (existing?.isSymbolicLink()) {
    try {
      target = realpathSync(file);
      existing = statSync(target);
    } catch (e) {
      throw cannot((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it is a symbolic link to a file that does not exist' : reason(e));
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

/** Writes `text` to standard output (`-o -` or no -o) or atomically to a file. */
export function writeOutput(file: string | undefined, text: string): void {
  if (file === undefined || file === '-') process.stdout.write(text);
  else writeAtomically(file, text);
}

import { renameSync, writeFileSync, rmSync, statSync } from 'node:fs';
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
 */
export function writeAtomically(file: string, text: string): void {
  const dir = dirname(file) || '.';
  const cannot = (why: string) => new PlanError(`cannot write ${file}: ${why}`);
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch (e) {
    throw cannot(`its folder ${dir} ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist (folders are not created)' : 'cannot be used: ' + reason(e)}`);
  }
  if (!dirStat.isDirectory()) throw cannot(`${dir} is not a folder`);
  try {
    if (statSync(file).isDirectory()) throw cannot('it is a folder');
  } catch (e) {
    if (e instanceof PlanError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw cannot(reason(e));
  }
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, file);
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

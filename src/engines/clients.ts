// Running scripts through the real command-line clients (psql, mariadb/mysql), so verify can
// check that a generated file also works the way an operator will run it.

import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { DialectName } from '../plan/types.js';
import { EngineError } from './types.js';

const CLIENTS: Record<DialectName, string[]> = { postgres: ['psql'], mysql: ['mariadb', 'mysql'], sqlite: ['sqlite3'] };

/** Absolute path of the first executable named `name` on PATH. */
export function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function clientFor(dialect: DialectName): string | undefined {
  for (const name of CLIENTS[dialect]) {
    const path = which(name);
    if (path) return path;
  }
  return undefined;
}

export function hasClient(dialect: DialectName): boolean {
  return clientFor(dialect) !== undefined;
}

export function requireClient(dialect: DialectName): string {
  const path = clientFor(dialect);
  if (!path) throw new Error(`${CLIENTS[dialect].join(' or ')} not found on PATH; install the ${dialect} client to run scripts through it`);
  return path;
}

/** A private temp dir for script / option files, removed afterwards. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-verify-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function writePrivate(path: string, text: string): Promise<void> {
  await writeFile(path, text, { mode: 0o600 });
}

/**
 * Runs a client; rejects with its stderr when it exits non-zero. Resolves with its stdout when `captureStdout`
 * (query output), otherwise with '' and the output is discarded.
 */
export function runClient(cmd: string, args: string[], opts: { stdin?: string; env?: NodeJS.ProcessEnv; captureStdout?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: [opts.stdin === undefined ? 'ignore' : 'pipe', opts.captureStdout ? 'pipe' : 'ignore', 'pipe'], env: opts.env ?? process.env });
    let stderr = '';
    let stdout = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    if (opts.captureStdout) child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('error', (e) => reject(new Error(`cannot run ${cmd}: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(stdout);
      const why = stderr.trim() || (signal ? `${cmd} killed by ${signal}` : `${cmd} exited with code ${code}`);
      reject(new EngineError(why));
    });
    if (opts.stdin !== undefined) {
      // EPIPE if the client dies early; the exit code carries the real error.
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(opts.stdin);
    }
  });
}

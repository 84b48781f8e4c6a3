// The built CLI as a user runs it: `node dist/src/cli/main.js …` (dist/ is built by `npm test`, or by the global
// setup, test/helpers/built.ts, when it is stale; no test file builds it).
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/paths.js';

/** The built CLI's entry point. */
export const MAIN = join(projectRoot(), 'dist/src/cli/main.js');

/** What a run of the CLI gave: its exit code (null when killed) and its output. */
export interface PlanRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `plan args…` to its end.
 * @param args the command line after `plan`
 * @param opts cwd (default: the project root) and timeoutMs (default 300,000: killed after, code null)
 * @returns its exit code, stdout and stderr
 */
export function runPlan(args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): PlanRun {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: opts.cwd ?? projectRoot(), encoding: 'utf8', timeout: opts.timeoutMs ?? 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs `plan args…` without blocking the test's process (a test that holds a database session open while the CLI
 * waits on it must go on serving that session).
 * @param args the command line after `plan`
 * @param opts timeoutMs: killed after it (code null, killed true); default none
 * @returns its exit code, stdout and stderr, and killed when the timeout ended it
 */
export async function runPlanAsync(args: string[], opts: { timeoutMs?: number } = {}): Promise<PlanRun & { killed?: boolean }> {
  try {
    const r = await promisify(execFile)(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: opts.timeoutMs ?? 0 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number | null; stdout: string; stderr: string; killed?: boolean };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr, killed: x.killed };
  }
}

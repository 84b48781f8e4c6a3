// An interrupted `plan verify` (Ctrl-C, a CI timeout) drops the scratch databases it created.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` before vitest runs

async function scratchDatabases(url: string, unused = false): Promise<string[]> {
  const conn = await mysql.createConnection(url);
  try {
    // `unused`: only scratches no connection is on (other test files may verify on this server meanwhile).
    const [rows] = await conn.query(
      `SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'plan\\_verify\\_%'` +
        (unused ? ' AND SCHEMA_NAME NOT IN (SELECT DB FROM information_schema.PROCESSLIST WHERE DB IS NOT NULL)' : ''),
    );
    return (rows as { name: string }[]).map((r) => r.name);
  } finally {
    await conn.end();
  }
}

await describeServer('verify interrupted', 'mysql', (url) => {
  it('SIGINT while a scratch database exists: it is dropped, the exit code is 130', async () => {
    const before = new Set(await scratchDatabases(url));
    const child = spawn(process.execPath, [MAIN, 'verify', 'supertokens', '4.6', '5.0', '--dialect', 'mysql', '--url', url], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let ours: string[] = [];
    // The first progress line comes after the first scratch database is created (and the handler is installed);
    // a new database alone may be another test run's on the same server.
    for (let i = 0; i < 600 && !stderr.includes(' · start '); i++) await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < 600 && ours.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      ours = (await scratchDatabases(url)).filter((d) => !before.has(d));
    }
    expect(ours.length).toBeGreaterThan(0);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    // "interrupted", not a report of failed checks
    expect(stderr).toContain('plan: interrupted (SIGINT): dropping scratch databases\n');
    expect(stdout).not.toMatch(/FAIL/);
    expect(stderr).not.toMatch(/FAIL/);
    const left = await scratchDatabases(url, true);
    expect(left.filter((d) => ours.includes(d))).toEqual([]);
  }, 120_000);
});

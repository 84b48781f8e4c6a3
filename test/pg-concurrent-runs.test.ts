// Two runs of one PostgreSQL script at once, found by a fresh DBA on PostgreSQL 15 (SuperTokens 3.5 → 12.1, applied
// with psql -v ON_ERROR_STOP=1): a second run B started while the first run A was still going failed on a lock
// timeout with the whole version check as its CONTEXT, or deadlocked with A, or (A in its CREATE INDEX CONCURRENTLY
// part) took A's index in the making (INVALID until the build ends) for a failed build's leftover and dropped it
// ("tuple concurrently updated"). Reproduced here as the DBA ran it: a third session holds a transaction open, so A's
// concurrent build waits with its index INVALID; B is run then. Now B stops at once with one line (the session lock
// every PostgreSQL script takes first, script-lock.ts) and A completes; a run without that lock (a hand-run part, a
// session of someone else) stops at the guard rather than drop the index being built.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { describeServer } from './helpers/servers.js';

const scratches: Scratch[] = [];
afterAll(async () => {
  for (const s of scratches) await s.close();
});

const psqlArgs = (server: string, db: string) => {
  const u = new URL(server);
  return ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres'), '-d', db, '-f', '-'];
};

/** `script` run by psql into `db` in the background, as a DBA's first run A. */
function psqlBackground(server: string, db: string, script: string): Promise<{ status: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const p = spawn('psql', psqlArgs(server, db));
    let stderr = '';
    let stdout = '';
    p.stderr.on('data', (d) => (stderr += d));
    p.stdout.on('data', (d) => (stdout += d));
    p.on('close', (status) => resolve({ status, stderr, stdout }));
    p.stdin.on('error', () => undefined); // a run that stops early closes its input
    p.stdin.end(script);
  });
}

const psqlRun = psqlBackground;

// A lock timeout long enough that A waits for the open transaction rather than fail on it.
const UP = compile({ product: 'supertokens', from: '3.5', to: '12.1', dialect: 'postgres', timeouts: { lockMs: 120000, statementMs: 0 } }).sql;
// The statement before the first BEGIN: the session lock (what a run by hand of the parts after it goes without).
const LOCK = UP.slice(UP.indexOf('DO $plan$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_locks'), UP.indexOf('BEGIN;'));

/**
 * A scratch database at SuperTokens 3.5; run A of UP started on it while a third session holds a transaction open,
 * returned once A's CREATE INDEX CONCURRENTLY waits for it (its index INVALID), with `release` to end that session.
 */
async function runAWaiting(server: string): Promise<{ s: Scratch; a: Promise<{ status: number | null; stderr: string; stdout: string }>; release: () => Promise<void> }> {
  const s = await openScratch('postgres', { url: server });
  scratches.push(s);
  await s.execScript(compile({ product: 'supertokens', from: '0', to: '3.5', dialect: 'postgres' }).sql);
  const url = Object.assign(new URL(server), { pathname: `/${s.name}` }).toString();
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => undefined);
  await c.connect();
  await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ'); // a snapshot held: the concurrent build waits for it
  await c.query('SELECT txid_current()');
  const a = psqlBackground(server, s.name, UP);
  let ended: { status: number | null; stderr: string; stdout: string } | undefined;
  void a.then((r) => (ended = r));
  for (let i = 0; ; i++) {
    const r = await s.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_progress_create_index p JOIN pg_index x ON x.indexrelid = p.index_relid WHERE p.datname = current_database() AND p.command = 'CREATE INDEX CONCURRENTLY' AND NOT x.indisvalid");
    if (Number(r[0].n) > 0) break;
    if (i > 1200 || ended) throw new Error(`run A never reached its concurrent index build: ${JSON.stringify(ended)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { s, a, release: async () => void (await c.query('COMMIT'), await c.end()) };
}

await describeServer('two runs of one PostgreSQL script at once (psql)', 'postgres', (server) => {
  it('a second run while the first builds its index stops at once with one line, and the first completes', async () => {
    const { s, a, release } = await runAWaiting(server);
    const b = await psqlRun(server, s.name, UP);
    await release();
    const first = await a;
    expect(b.status).toBe(3);
    expect(b.stderr).toMatch(/ERROR: {2}plan stopped: another session is running a plan script on schema public of database \S+ \(pid \d+, psql, active, connected [^)]*\): wait until it ends, then run this script again .*pg_terminate_backend.*Nothing was changed\.\n/);
    // One line and its short CONTEXT, not the version check's query (185 KB, as the DBA saw on a lock timeout).
    expect(b.stderr.length).toBeLessThan(1000);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    // The lock is let go at the end: a run now finds the database at 12.1 and changes nothing.
    const again = await psqlRun(server, s.name, UP);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('the database was at 12.1 already: nothing to do');
  }, 600000);

  it("a run without the session lock stops at the guard rather than drop the first run's index in the making", async () => {
    const { s, a, release } = await runAWaiting(server);
    const b = await psqlRun(server, s.name, UP.replace(LOCK, ''));
    await release();
    const first = await a;
    expect(b.status).toBe(3);
    expect(b.stderr).toMatch(/ERROR: {2}plan stopped: index \w+ on \w+ is INVALID because another session is building it right now \(pid \d+; .*Wait until that session ends, then run this script again\.\n/);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const invalid = await s.query('SELECT x.indexrelid FROM pg_index x WHERE NOT x.indisvalid');
    expect(invalid).toEqual([]);
  }, 600000);
});

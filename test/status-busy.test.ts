// `plan status` while another session is changing the schema (a migration in progress): "wait", exit 1, naming the
// session and what it runs, instead of the next step; once it has ended, status proposes the next step again. On
// the real servers: PostgreSQL (a transaction that ran ALTER TABLE on a product table and holds its ACCESS EXCLUSIVE
// lock, plus another session's DDL queued behind it) and MariaDB (ALTER TABLE commits by itself there, so it is held
// the way a migration is seen in practice: queued for its metadata lock behind a reader's open transaction).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { getDialect } from '../src/dialects/index.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` (or npm run build) before vitest
const SLOW = { timeout: 600_000 };

/** Runs plan without blocking the event loop (the test's own connections stay served). */
async function plan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await promisify(execFile)(process.execPath, [MAIN, ...args], { encoding: 'utf8' });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

/** A server URL pointing at a scratch database (its name is the database). */
const urlOf = (server: string, s: Scratch) => {
  const u = new URL(server);
  u.pathname = `/${s.name}`;
  return u.toString();
};

/** Polls `check` until it holds (the other session's statement has reached the server). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the busy-sessions queries', () => {
  it('name the product\'s tables and places as literals only', () => {
    for (const name of ['postgres', 'mysql']) {
      const q = getDialect(name).catalog.busySessionsSql!({ tables: ["it's", 'tenants'], places: ['we"ird'] });
      expect(q).toContain("IN ('it''s', 'tenants')");
      expect(q).toContain(`'we"ird'`);
    }
    // No tables: a list that is SQL all the same.
    expect(getDialect('postgres').catalog.busySessionsSql!({ tables: [], places: [] })).toContain('c.relname IN (NULL)');
  });

  it('SQLite has none: no other sessions to list', () => {
    expect(getDialect('sqlite').catalog.busySessionsSql).toBeUndefined();
  });
});

await describeServer('postgres server: plan status while a migration holds a product table', 'postgres', (server) => {
  it('says wait and exits 1, naming the sessions and what they run; then proposes the next step', SLOW, async () => {
    const s = await openScratch('postgres', { url: server });
    const holder = new pg.Client({ connectionString: urlOf(server, s) });
    const queued = new pg.Client({ connectionString: urlOf(server, s) });
    try {
      await s.execScript(compile({ product: 'supertokens', from: '0', to: '6.0', dialect: 'postgres' }).sql);
      const url = urlOf(server, s);
      // A reader's open transaction is no migration.
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('SELECT count(*) FROM tenants');
      const reading = await plan('status', 'supertokens', '--url', url);
      expect(reading.stdout).toContain('best match: 6.0 (exact)');
      expect(reading.code).toBe(0);
      await holder.query('ROLLBACK');

      // An application's open transaction that ran DDL on what the product does not own: a temporary table (in the
      // session's pg_temp schema) and a table of another schema. No migration (found by a fresh user: status said
      // "wait" for the CREATE TEMP TABLE).
      await holder.query('BEGIN');
      await holder.query('CREATE SCHEMA h_busy_other');
      await holder.query('CREATE TABLE h_busy_other.t (x integer)');
      await holder.query('CREATE TEMP TABLE h_busy_scratch (x integer)');
      const temporary = await plan('status', 'supertokens', '--url', url);
      expect(temporary.stdout).toContain('best match: 6.0 (exact)');
      expect(temporary.stdout).not.toContain('wait');
      expect(temporary.code).toBe(0);
      await holder.query('ROLLBACK');

      // DDL on a product table that leaves the session holding less than ACCESS EXCLUSIVE (CREATE INDEX: SHARE) in
      // a transaction still open: a migration all the same.
      await holder.query('BEGIN');
      await holder.query('CREATE INDEX h_busy_open ON tenants (created_at_time)');
      const indexing = await plan('status', 'supertokens', '--url', url, '--json');
      expect(JSON.parse(indexing.stdout).status).toMatchObject({ state: 'wait', sessions: [{ state: 'idle in transaction', holds: '', runs: 'CREATE INDEX h_busy_open ON tenants (created_at_time)' }] });
      expect(indexing.code).toBe(1);
      await holder.query('ROLLBACK');

      // The migration: ALTER TABLE on a product table in a transaction still open.
      const pid = (await holder.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      await holder.query('BEGIN');
      await holder.query('ALTER TABLE tenants ADD COLUMN h_busy integer');
      const r = await plan('status', 'supertokens', '--url', url);
      expect(r.stderr).toBe('');
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^supertokens on postgres .*: wait: another session is changing the schema right now/);
      expect(lines[1]).toBe(`  session ${pid} (idle in transaction; holds AccessExclusiveLock on tenants): ALTER TABLE tenants ADD COLUMN h_busy integer`);
      expect(lines[2]).toContain(`then run: npx plan status supertokens --url ${url}`);
      expect(r.stdout).not.toContain('commands');
      expect(r.code).toBe(1);

      // Another session's DDL, queued behind it (active, holding nothing yet): named too.
      await queued.connect();
      const pid2 = (await queued.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      const waiting = queued.query('CREATE INDEX h_busy_index ON tenants (created_at_time)');
      await until(async () => (await s.query(`SELECT 1 FROM pg_stat_activity WHERE pid = ${pid2} AND wait_event_type = 'Lock'`)).length > 0, 'the CREATE INDEX to wait');
      const both = await plan('status', 'supertokens', '--url', url, '--json');
      expect(both.code).toBe(1);
      const json = JSON.parse(both.stdout);
      expect(json.detect).toBeNull();
      expect(json.status.state).toBe('wait');
      expect(json.status.sessions).toEqual([
        { session: String(Math.min(pid, pid2)), ...(pid < pid2 ? { state: 'idle in transaction', holds: 'AccessExclusiveLock on tenants', runs: 'ALTER TABLE tenants ADD COLUMN h_busy integer' } : { state: 'active', holds: '', runs: 'CREATE INDEX h_busy_index ON tenants (created_at_time)' }) },
        { session: String(Math.max(pid, pid2)), ...(pid < pid2 ? { state: 'active', holds: '', runs: 'CREATE INDEX h_busy_index ON tenants (created_at_time)' } : { state: 'idle in transaction', holds: 'AccessExclusiveLock on tenants', runs: 'ALTER TABLE tenants ADD COLUMN h_busy integer' }) },
      ]);

      // Released (rolled back; the queued index then built and dropped): the next step again.
      await holder.query('ROLLBACK');
      await waiting;
      await queued.query('DROP INDEX h_busy_index');
      const after = await plan('status', 'supertokens', '--url', url);
      expect(after.stdout).toContain('best match: 6.0 (exact)');
      expect(after.stdout).toContain('commands (nothing has been run):');
      expect(after.code).toBe(0);
    } finally {
      await holder.end().catch(() => undefined);
      await queued.end().catch(() => undefined);
      await s.close();
    }
  });
});

await describeServer('mariadb server: plan status while a migration waits on a product table', 'mysql', (server) => {
  it('says wait and exits 1, naming the session and what it runs; then proposes the next step', SLOW, async () => {
    const s = await openScratch('mysql', { url: server });
    const options = () => {
      const u = new URL(urlOf(server, s));
      return { host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username || 'root'), password: decodeURIComponent(u.password), database: s.name };
    };
    const reader = await mysql.createConnection(options());
    const migration = await mysql.createConnection(options());
    try {
      await s.execScript(compile({ product: 'supertokens', from: '0', to: '6.0', dialect: 'mysql' }).sql);
      const url = urlOf(server, s);
      // A reader's open transaction (it holds a shared metadata lock on tenants) is no migration.
      await reader.query('BEGIN');
      await reader.query('SELECT COUNT(*) FROM tenants');
      const reading = await plan('status', 'supertokens', '--url', url);
      expect(reading.stdout).toContain('best match: 6.0 (exact)');
      expect(reading.code).toBe(0);

      // An application filling a temporary table (seen only by its session) is no migration either (found by a fresh
      // user: status said "wait" while CREATE TEMPORARY TABLE … AS SELECT ran).
      const filling = migration.query('CREATE TEMPORARY TABLE h_busy_scratch AS SELECT SLEEP(8) AS s');
      await until(async () => (await s.query(`SELECT 1 FROM information_schema.PROCESSLIST WHERE INFO LIKE 'CREATE TEMPORARY TABLE h_busy_scratch%'`)).length > 0, 'the CREATE TEMPORARY TABLE to run');
      const temporary = await plan('status', 'supertokens', '--url', url);
      expect(temporary.stdout).toContain('best match: 6.0 (exact)');
      expect(temporary.stdout).not.toContain('wait');
      expect(temporary.code).toBe(0);
      // (Still running when status had read: it was seen, and left out.)
      expect((await s.query(`SELECT 1 FROM information_schema.PROCESSLIST WHERE INFO LIKE 'CREATE TEMPORARY TABLE h_busy_scratch%'`)).length).toBe(1);
      await filling;
      await migration.query('DROP TEMPORARY TABLE h_busy_scratch');

      // The migration: ALTER TABLE on a product table, waiting for the reader's metadata lock (a table rebuild that
      // changes nothing the catalog shows, so the database is at 6.0 again once it has run).
      const id = ((await migration.query('SELECT CONNECTION_ID() AS id'))[0] as { id: number }[])[0].id;
      const altering = migration.query('ALTER TABLE tenants FORCE');
      await until(async () => (await s.query(`SELECT 1 FROM information_schema.PROCESSLIST WHERE ID = ${id} AND STATE LIKE '%metadata lock%'`)).length > 0, 'the ALTER TABLE to wait');
      const r = await plan('status', 'supertokens', '--url', url);
      expect(r.stderr).toBe('');
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^supertokens on mariadb .*: wait: another session is changing the schema right now/);
      expect(lines[1]).toBe(`  session ${id} (Query, Waiting for table metadata lock): ALTER TABLE tenants FORCE`);
      expect(lines[2]).toContain(`then run: npx plan status supertokens --url ${url}`);
      expect(r.code).toBe(1);

      // A user with PROCESS but no grant on performance_schema: the query with the metadata locks is refused, and the
      // sessions' statements still tell (found by a fresh DBA: the whole check was dropped, and status proposed the
      // next step while the ALTER waited).
      const user = `h_busy_${s.name.slice(-12)}`;
      await s.execScript(`CREATE USER '${user}'@'%' IDENTIFIED BY 'busy-pw'; GRANT ALL ON \`${s.name}\`.* TO '${user}'@'%'; GRANT PROCESS ON *.* TO '${user}'@'%';`);
      try {
        const limited = new URL(url);
        limited.username = user;
        limited.password = 'busy-pw';
        const l = await plan('status', 'supertokens', '--url', limited.toString());
        expect(l.stderr).toMatch(/^plan: warning: could not read who holds the tables' metadata locks \(.*performance_schema.*\): checked the sessions' statements only\n$/);
        const ll = l.stdout.trim().split('\n');
        expect(ll[0]).toMatch(/^supertokens on mariadb .*: wait: another session is changing the schema right now/);
        expect(ll[1]).toBe(`  session ${id} (Query, Waiting for table metadata lock): ALTER TABLE tenants FORCE`);
        expect(l.code).toBe(1);
      } finally {
        await s.execScript(`DROP USER IF EXISTS '${user}'@'%';`);
      }

      // Released: the ALTER runs, and status proposes the next step.
      await reader.query('ROLLBACK');
      await altering;
      const after = await plan('status', 'supertokens', '--url', url);
      expect(after.stdout).toContain('best match: 6.0 (exact)');
      expect(after.stdout).toContain('commands (nothing has been run):');
      expect(after.code).toBe(0);
    } finally {
      await reader.end().catch(() => undefined);
      await migration.end().catch(() => undefined);
      await s.close();
    }
  });
});

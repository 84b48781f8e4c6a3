// Issue 16, "Lock timeouts by default", on the real engines. The reproduction (../shared/cases/locks/
// repro-pg-lock-pileup.sh): while an application transaction holds a lock on user_last_active, the last table the
// SuperTokens 5.0 → 6.0 script alters, the script without a lock timeout waits forever holding ACCESS EXCLUSIVE on
// the tables it altered before, and the application's SELECT count(*) FROM session_info blocks behind it. With the
// default bound (5 s) the script fails on its own, the database is still at 5.0, and a re-run after the lock is
// released completes. MariaDB: an uncommitted transaction holds a metadata lock; the script stops with the lock-wait
// error (1205) and a re-run after the release resumes and completes. The seed rows are the reproduction's
// (test/fixtures/locks/seed-supertokens-5.0.sql, copied from it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import mysql from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { status } from '../src/detect/status.js';
import { detect } from '../src/detect/detect.js';
import { hasClient, openScratch, type Scratch } from '../src/engines/index.js';
import { readCatalogWith } from '../src/engines/live.js';
import type { Timeouts } from '../src/dialects/dialect.js';
import type { DialectName } from '../src/plan/types.js';
import { projectRoot } from '../src/paths.js';
import { describeServer, describeSqliteClient, IN_CI } from './helpers/servers.js';
import { parseDuration } from '../src/cli/timeouts.js';

const SEED = readFileSync(join(projectRoot(), 'test/fixtures/locks/seed-supertokens-5.0.sql'), 'utf8');
const scratches: Scratch[] = [];
afterAll(async () => {
  for (const s of scratches) await s.close();
});

/** A scratch database at SuperTokens 5.0 with the reproduction's rows. */
async function at50(dialect: DialectName, url: string): Promise<Scratch> {
  const s = await openScratch(dialect, { url });
  scratches.push(s);
  await s.execScript(compile({ product: 'supertokens', from: '0', to: '5.0', dialect }).sql);
  await s.execScript(SEED);
  return s;
}

/** The scratch database's URL on `server` (its name is the database). */
function urlOf(server: string, s: Scratch): string {
  const u = new URL(server);
  u.pathname = `/${s.name}`;
  return u.toString();
}

/** Waits (up to 5 s) until PROCESSLIST shows `statement` running on another connection. */
async function waitForStatement(conn: mysql.Connection, statement: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [rows] = (await conn.query('SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE INFO = ?', [statement])) as unknown as [{ n: number }[]];
    if (Number(rows[0].n) > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the statement did not show in PROCESSLIST: ${statement}`);
}

/** `script` run by the mariadb client into database `db` of `server`, as a DBA runs it. */
function clientRun(server: string, db: string, script: string) {
  const u = new URL(server);
  return spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), db], { input: script, encoding: 'utf8' });
}

/** What detect makes of the scratch database: the outcome and the version(s) of its best match. */
async function detected(s: Scratch): Promise<{ outcome: string; versions: string[] }> {
  const r = detect({ product: 'supertokens', dialect: s.dialect, found: await readCatalogWith(s.dialect, (q) => s.query(q)) });
  return { outcome: r.outcome, versions: r.best.versions };
}

const up = (dialect: DialectName, timeouts?: Timeouts) => compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect, ...(timeouts ? { timeouts } : {}) }).sql;

/** The error a promise rejects with (a failure when it resolves). */
async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the script to fail, and it completed');
}

/** Polls `probe` every 100 ms until it holds; false after `ms`. */
async function until(probe: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const clientsThere = (dialect: DialectName) => hasClient(dialect) || IN_CI;

await describeServer('lock timeouts on PostgreSQL 15 (psql)', 'postgres', (server) => {
  /** Sessions of the test: the application's lock holder and its reader. */
  const open = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  };
  /** The psql backend of the script waits for a lock on `table` (pg_locks: a lock not granted). */
  const waitingOn = (watcher: pg.Client, table: string) => async () =>
    (await watcher.query(`SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE NOT l.granted AND c.relname = $1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`, [table])).rowCount! > 0;

  it.runIf(clientsThere('postgres'))('the default 5 s bound: the script gives up, the application reads on, nothing changed, a re-run after the release completes', async () => {
    const s = await at50('postgres', server);
    const url = urlOf(server, s);
    const before = await s.catalog();
    const rows = await s.fingerprint();
    const holder = await open(url);
    const reader = await open(url);
    const watcher = await open(url);
    try {
      // The application holds a lock on user_last_active (an open transaction that read it), as in the reproduction.
      await holder.query('BEGIN');
      await holder.query('SELECT count(*) FROM user_last_active');
      const script = up('postgres');
      expect(script).toContain("SET LOCAL lock_timeout = '5s';");
      const run = s.execWithClient(script);
      const failed = rejection(run);
      // The script waits for user_last_active, holding ACCESS EXCLUSIVE on what it altered before (session_info).
      expect(await until(waitingOn(watcher, 'user_last_active'), 30_000)).toBe(true);
      // The application's read of session_info queues behind the script's lock: the bound lets it through. Its own
      // statement_timeout (20 s, four times the bound) is the outcome's measure: without the bound it is cancelled.
      await reader.query("SET statement_timeout = '20s'");
      const read = await reader.query('SELECT count(*)::int AS n FROM session_info');
      expect(read.rows[0].n).toBe(3);
      const e = await failed;
      expect(e.message).toContain('canceling statement due to lock timeout');
      // Nothing was changed: the same catalog and rows, and detect finds 5.0 exactly.
      expect(await s.catalog()).toEqual(before);
      expect(await s.fingerprint()).toEqual(rows);
      expect(await detected(s)).toEqual({ outcome: 'exact', versions: ['5.0'] });
      // The application's transaction ends; the same file run again completes.
      await holder.query('COMMIT');
      await s.execWithClient(script);
      expect(await detected(s)).toMatchObject({ outcome: 'exact', versions: expect.arrayContaining(['6.0']) });
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      for (const c of [holder, reader, watcher]) await c.end();
    }
  });

  it.runIf(clientsThere('postgres'))('the control, --lock-timeout 0: the script waits and the application read is blocked (the pile-up of the reproduction)', async () => {
    const s = await at50('postgres', server);
    const url = urlOf(server, s);
    const holder = await open(url);
    const reader = await open(url);
    const watcher = await open(url);
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT count(*) FROM user_last_active');
      const script = up('postgres', { lockMs: 0, statementMs: 0 });
      expect(script).not.toMatch(/^SET (LOCAL )?lock_timeout/m);
      const run = s.execWithClient(script);
      expect(await until(waitingOn(watcher, 'user_last_active'), 30_000)).toBe(true);
      await reader.query("SET statement_timeout = '2s'");
      await expect(reader.query('SELECT count(*) FROM session_info')).rejects.toThrow(/canceling statement due to statement timeout/);
      // Released, the waiting script goes on and completes.
      await holder.query('COMMIT');
      await run;
      expect(await detected(s)).toMatchObject({ outcome: 'exact', versions: expect.arrayContaining(['6.0']) });
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      for (const c of [holder, reader, watcher]) await c.end();
    }
  });

  it('--statement-timeout is set when asked, in the transaction and in a part outside it', async () => {
    const s = await at50('postgres', server);
    // 1 ms: the changes take longer, so the script is cancelled at its first change and rolled back (the version
    // check and the guards run with no bound: test/statement-timeout-reads.test.ts).
    const script = up('postgres', { lockMs: 5000, statementMs: 1 });
    expect(script).toContain("SET LOCAL statement_timeout = '1ms';");
    const before = await s.catalog();
    const e = await rejection(s.execScript(script));
    // (57014 either way: "user request" when the 1 ms fires as a change ends, and the next statement reports it)
    expect(e.message).toMatch(/canceling statement due to (statement timeout|user request)/);
    expect(await s.catalog()).toEqual(before);
    // A script with a part outside the transaction (CREATE INDEX CONCURRENTLY) sets both bounds for the session there.
    const parts = compile({ product: 'supertokens', from: '11.4', to: '12.0', dialect: 'postgres', timeouts: { lockMs: 1500, statementMs: 120000 } }).sql;
    const outside = parts.slice(parts.indexOf('outside any transaction (this statement cannot run in one)'));
    expect(outside).toMatch(/^SET lock_timeout = '1500ms';\nSET statement_timeout = 0;$/m);
    expect(outside).toMatch(/^SET statement_timeout = '2min';\nCREATE INDEX CONCURRENTLY /m);
  });
});

await describeServer('lock timeouts on MariaDB (mariadb client)', 'mysql', (server) => {
  it.runIf(clientsThere('mysql'))('an uncommitted transaction holds a metadata lock: the script stops with the lock-wait error; a re-run after the release resumes and completes', async () => {
    const s = await at50('mysql', server);
    const holder = await mysql.createConnection(urlOf(server, s));
    try {
      // An application transaction that read user_last_active holds its metadata lock until it ends.
      await holder.query('START TRANSACTION');
      await holder.query('SELECT COUNT(*) FROM user_last_active');
      // 1 s: the bound of the default (5 s) on a shorter wait, to keep the test fast; the default is the same statement.
      const script = up('mysql', { lockMs: 1000, statementMs: 0 });
      expect(up('mysql')).toContain('SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;');
      expect(script).toContain('SET SESSION lock_wait_timeout = 1, SESSION innodb_lock_wait_timeout = 1;');
      const e = await rejection(s.execWithClient(script));
      expect(e.message).toMatch(/ERROR 1205 .*Lock wait timeout exceeded/);
      // The script stopped at the statement that waited: the database is on the way to 6.0, not there.
      const stopped = detect({ product: 'supertokens', dialect: 'mysql', found: await readCatalogWith('mysql', (q) => s.query(q)) });
      expect(stopped.outcome).toBe('between');
      expect(stopped.between).toMatchObject({ from: '5.0', to: '6.0', direction: 'up' });
      // What is left to do is the waiting table's, nothing else.
      const left = [...stopped.best.diff.missing, ...stopped.best.diff.extra, ...stopped.best.diff.different.map((x) => x.expected)];
      expect(left.length).toBeGreaterThan(0);
      expect(left.every((l) => l.startsWith('T user_last_active |'))).toBe(true);
      await holder.query('COMMIT');
      await s.execWithClient(script);
      expect(await detected(s)).toMatchObject({ outcome: 'exact', versions: expect.arrayContaining(['6.0']) });
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
  });

  // The orphan's session: its default database and how its statement names the table (the stop-29 gap: a session
  // without this default database was not seen, and its ALTER raced the script's).
  const orphans: { what: string; database: (s: Scratch) => string; statement: (s: Scratch) => string }[] = [
    { what: 'its default database is this one', database: (s) => s.name, statement: () => 'ALTER TABLE user_last_active ADD COLUMN plan_orphan INT' },
    { what: 'no default database, the table named `db`.t', database: () => '', statement: (s) => `ALTER TABLE \`${s.name}\`.user_last_active ADD COLUMN plan_orphan INT` },
    { what: 'another default database, the table named db.t', database: () => 'mysql', statement: (s) => `ALTER TABLE ${s.name}.user_last_active ADD COLUMN plan_orphan INT` },
    // Found by a fresh DBA (run 42): a comment the client kept (mysql --comments) and MariaDB's SET STATEMENT … FOR.
    { what: 'the statement opened by a comment', database: () => '', statement: (s) => `/* app migration */ ALTER TABLE ${s.name}.user_last_active ADD COLUMN plan_orphan INT` },
    { what: 'the statement under SET STATEMENT … FOR', database: (s) => s.name, statement: () => 'SET STATEMENT max_statement_time=600 FOR ALTER TABLE user_last_active ADD COLUMN plan_orphan INT' },
  ];
  for (const orphanOf of orphans) {
    it.runIf(clientsThere('mysql'))(`another session's schema change still running (a client killed mid-script leaves its ALTER on the server), ${orphanOf.what}: the script stops before reading anything, naming it`, async () => {
      // Found by a fresh DBA run: the killed client's ALTER … ADD CONSTRAINT went on; the re-run found the key absent,
      // queued behind it, then added it again: "errno: 121 Duplicate key on write or update".
      const s = await at50('mysql', server);
      const holder = await mysql.createConnection(urlOf(server, s));
      const orphanUrl = new URL(server);
      orphanUrl.pathname = `/${orphanOf.database(s)}`;
      const orphan = await mysql.createConnection(orphanUrl.toString());
      const statement = orphanOf.statement(s);
      try {
        // The orphan's ALTER waits for the metadata lock an application transaction holds: running, as long as needed.
        await holder.query('START TRANSACTION');
        await holder.query('SELECT COUNT(*) FROM user_last_active');
        const altering = orphan.query(statement).catch((e: Error) => e);
        await waitForStatement(holder, statement);
        const before = await s.catalog();
        // The mariadb client as a DBA runs it: the full message is the row it prints, the error names the stop.
        const r = clientRun(server, s.name, up('mysql'));
        expect(r.status).toBe(1);
        expect(r.stderr).toContain("plan stopped: another session is changing the schema; see the ro' doesn't exist");
        expect(r.stdout).toMatch(new RegExp(`^plan stopped: another session is changing the schema of this database \\(connection \\d+ for \\d+ s: ${statement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)\\. A client stopped mid-script leaves its statement running on the server: wait until it ends \\(or KILL QUERY that connection\\), then run this script again\\. Nothing was changed\\.$`, 'm'));
        expect(await s.catalog()).toEqual(before);
        // Once it has ended (here: undone by hand), the script runs.
        await holder.query('COMMIT');
        expect(await altering).not.toBeInstanceOf(Error);
        await s.execStatements(['ALTER TABLE user_last_active DROP COLUMN plan_orphan']);
        await s.execWithClient(up('mysql'));
        expect(await detected(s)).toMatchObject({ outcome: 'exact', versions: expect.arrayContaining(['6.0']) });
      } finally {
        await holder.query('ROLLBACK').catch(() => undefined);
        await holder.end();
        await orphan.end().catch(() => undefined);
      }
    });
  }

  it.runIf(clientsThere('mysql'))("another database's schema change does not stop the script, though that database's name ends with this one's", async () => {
    const s = await at50('mysql', server);
    const other = `x${s.name}`;
    const admin = await mysql.createConnection(server);
    await admin.query(`CREATE DATABASE \`${other}\``);
    await admin.query(`CREATE TABLE \`${other}\`.t (id INT PRIMARY KEY)`);
    const holder = await mysql.createConnection(server);
    const orphan = await mysql.createConnection(server);
    const statement = `ALTER TABLE ${other}.t ADD COLUMN plan_orphan INT`;
    try {
      await holder.query('START TRANSACTION');
      await holder.query(`SELECT COUNT(*) FROM \`${other}\`.t`);
      const altering = orphan.query(statement).catch((e: Error) => e);
      await waitForStatement(holder, statement);
      const r = clientRun(server, s.name, up('mysql'));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(await detected(s)).toMatchObject({ outcome: 'exact', versions: expect.arrayContaining(['6.0']) });
      await holder.query('COMMIT');
      expect(await altering).not.toBeInstanceOf(Error);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
      await orphan.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS \`${other}\``);
      await admin.end();
    }
  });

  it('--statement-timeout sets max_statement_time on MariaDB, for each change (the session itself has none meanwhile), and puts the session value back', async () => {
    const s = await openScratch('mysql', { url: server });
    scratches.push(s);
    const conn = await mysql.createConnection({ uri: urlOf(server, s), multipleStatements: true });
    try {
      const sql = compile({ product: 'supertokens', from: '0', to: '5.0', dialect: 'mysql', timeouts: { lockMs: 3000, statementMs: 2500 } }).sql;
      expect(sql).toContain("CONCAT('SET STATEMENT max_statement_time = 2.5 FOR ', @plan_sql)");
      // Inside the script the lock bounds hold and the session has no statement bound (its own reads run without
      // one; each change has its own); after it, the session's own values are back.
      const prologue = sql.slice(0, sql.indexOf('\nSET @plan_ok = FALSE;'));
      await conn.query('SET SESSION max_statement_time = 7, SESSION lock_wait_timeout = 86400');
      await conn.query(prologue);
      const [inside] = (await conn.query('SELECT @@SESSION.max_statement_time AS m, @@SESSION.lock_wait_timeout AS l, @@SESSION.innodb_lock_wait_timeout AS i')) as unknown as [Record<string, unknown>[]];
      expect(Number(inside[0].m)).toBe(0);
      expect(Number(inside[0].l)).toBe(3);
      expect(Number(inside[0].i)).toBe(3);
      await conn.query('SET SESSION max_statement_time = 7, SESSION lock_wait_timeout = 86400');
      await conn.query(sql);
      const [after] = (await conn.query('SELECT @@SESSION.max_statement_time AS m, @@SESSION.lock_wait_timeout AS l')) as unknown as [Record<string, unknown>[]];
      expect(Number(after[0].m)).toBe(7);
      expect(Number(after[0].l)).toBe(86400);
    } finally {
      await conn.end();
    }
  });
});

describe('--lock-timeout 0 sets nothing, on every dialect', () => {
  it.each([
    ['postgres', 'supertokens', '5.0', '6.0', /lock_timeout =/],
    ['mysql', 'supertokens', '5.0', '6.0', /lock_wait_timeout =/],
    ['sqlite', 'authhero', '11.20', '11.21', /^\.timeout \d+$/],
  ] as const)('%s', (dialect, product, from, to, setting) => {
    const on = compile({ product, from, to, dialect }).sql;
    const off = compile({ product, from, to, dialect, timeouts: { lockMs: 0, statementMs: 0 } }).sql;
    const statements = (text: string) => text.split('\n').filter((l) => !l.startsWith('--'));
    expect(statements(on).some((l) => setting.test(l))).toBe(true);
    expect(statements(off).some((l) => setting.test(l))).toBe(false);
    expect(off).toMatch(/^-- lock: {5}no /m);
  });

  it("SQLite sets the busy timeout before BEGIN IMMEDIATE, which waits for the write lock: with the client's .timeout, which prints nothing (PRAGMA busy_timeout printed 5000 before the script's own lines, found at stop 31)", () => {
    const sql = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql;
    expect(sql).toMatch(/^\.bail on\n\.timeout 5000\nPRAGMA foreign_keys = OFF;\nBEGIN IMMEDIATE;$/m);
    expect(sql.split('\n').filter((l) => !l.startsWith('--')).some((l) => l.includes('busy_timeout'))).toBe(false);
  });

  it('a bound outside what the engines take is refused', () => {
    expect(() => compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres', timeouts: { lockMs: -1, statementMs: 0 } })).toThrow(/lockMs: -1/);
    expect(() => compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres', timeouts: { lockMs: 1.5, statementMs: 0 } })).toThrow(/lockMs: 1.5/);
  });
});

describe('--lock-timeout and --statement-timeout on the command line', () => {
  const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
  const plan = (args: string[]) => {
    const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: projectRoot(), encoding: 'utf8', timeout: 100_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const COMPILE = ['compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres'];

  it('durations: a number and a unit, or 0', () => {
    expect(parseDuration('5s', '--lock-timeout')).toBe(5000);
    expect(parseDuration('500ms', '--lock-timeout')).toBe(500);
    expect(parseDuration('1.5s', '--lock-timeout')).toBe(1500);
    expect(parseDuration('2min', '--lock-timeout')).toBe(120000);
    expect(parseDuration('1h', '--lock-timeout')).toBe(3600000);
    expect(parseDuration('0', '--lock-timeout')).toBe(0);
    for (const bad of ['', '5', 'abc', '-1s', '5 sec', '5m', '0.5ms', '25d', '999h']) expect(() => parseDuration(bad, '--lock-timeout'), bad).toThrow(/^--lock-timeout /);
  });

  it('a bad value: one line naming the option, exit 2, no file written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-lock-timeout-'));
    try {
      for (const [option, value] of [['--lock-timeout', 'soon'], ['--lock-timeout', '5'], ['--statement-timeout', '-3s']]) {
        const out = join(dir, 'up.sql');
        const r = plan([...COMPILE, option, value, '-o', out]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(new RegExp(`^plan: error: ${option} "${value}": `));
        expect(existsSync(out)).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the default is 5s; 0 sets no lock_timeout; --statement-timeout sets statement_timeout', () => {
    const byDefault = plan(COMPILE);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toMatch(/^SET LOCAL lock_timeout = '5s';$/m);
    expect(byDefault.stdout).not.toMatch(/^SET LOCAL statement_timeout/m);
    const none = plan([...COMPILE, '--lock-timeout', '0']);
    expect(none.code).toBe(0);
    expect(none.stdout).not.toMatch(/^SET (LOCAL )?lock_timeout/m);
    const both = plan([...COMPILE, '--lock-timeout', '750ms', '--statement-timeout', '30s']);
    expect(both.code).toBe(0);
    // The reads run with none, each change under the bound (test/statement-timeout-reads.test.ts).
    expect(both.stdout).toMatch(/^SET LOCAL lock_timeout = '750ms';\nSET LOCAL statement_timeout = 0;$/m);
    expect(both.stdout).toMatch(/^SET LOCAL statement_timeout = '30s';\nDO \$plan\$$/m);
    expect(both.stdout).toMatch(/^-- statement: statement_timeout = '30s'/m);
    const maria = plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'mariadb', '--statement-timeout', '30s']);
    expect(maria.stdout).toContain("CONCAT('SET STATEMENT max_statement_time = 30 FOR ', @plan_sql)");
    expect(maria.stdout).toMatch(/^-- statement: on MariaDB, max_statement_time = 30 seconds .* On MySQL 8 nothing is set/m);
  });
});

describe('plan status repeats the timeouts in the compile command it prints', () => {
  it('only when they are not the defaults', () => {
    const detected = detect({ product: 'supertokens', dialect: 'postgres', found: predictCatalog({ product: 'supertokens', version: '5.0', dialect: 'postgres' }) });
    expect(detected.outcome).toBe('exact');
    expect(status({ detected, to: '6.0' }).commands[0]).toBe('npx plan compile supertokens 5.0 6.0 --dialect postgres -o up.sql');
    expect(status({ detected, to: '6.0', timeouts: { lockMs: 0, statementMs: 90000 } }).commands[0]).toBe('npx plan compile supertokens 5.0 6.0 --dialect postgres --lock-timeout 0 --statement-timeout 90s -o up.sql');
  });
});

describeSqliteClient('SQLite through sqlite3 -bail: the busy timeout waits for another connection\'s write lock', () => {
  const WS = '08e952f1-8a79-4672-99f8-ea6919cd4692';
  /** Runs `script` with sqlite3 -bail on `db` while another sqlite3 holds the write lock for `holdMs`. */
  const underLock = async (db: string, script: string, holdMs: number) => {
    const holder = spawn('sqlite3', [db], { stdio: ['pipe', 'ignore', 'ignore'] });
    const holderClosed = new Promise((resolve) => holder.on('close', resolve));
    holder.stdin.write('BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS other_app (x);\n');
    // The lock is held once another connection cannot take it (the client's output to a pipe is buffered: not a sign).
    const locked = () => /database is locked/.test(spawnSync('sqlite3', [db, 'BEGIN IMMEDIATE; ROLLBACK;'], { encoding: 'utf8' }).stderr);
    for (let i = 0; !locked(); i++) {
      if (i > 100) throw new Error('the other connection did not take the write lock');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const started = Date.now();
    const run = spawn('sqlite3', ['-bail', db], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    run.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    run.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // A client that stops at its first error stops reading the rest of the script.
    run.stdin.on('error', () => {});
    run.stdin.end(script);
    let released = false;
    const release = () => {
      if (!released) holder.stdin.end('COMMIT;\n');
      released = true;
    };
    const timer = setTimeout(release, holdMs);
    const code = await new Promise<number | null>((resolve) => run.on('close', resolve));
    clearTimeout(timer);
    release();
    await holderClosed;
    return { code, stdout, stderr, ms: Date.now() - started };
  };

  it('--lock-timeout 5s: the script waits for the lock, then applies, printing only its own line; --lock-timeout 0: it fails at once with "database is locked" and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-busy-'));
    try {
      const db = join(dir, 'app.db');
      const waits = compile({ product: 'fief', from: '0', to: '0.27', dialect: 'sqlite', params: [`workspace_id=${WS}`] }).sql;
      const r = await underLock(db, waits, 1500);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('plan: fief 0 → 0.27 applied\n');
      expect(r.ms).toBeGreaterThanOrEqual(1000);

      const other = join(dir, 'other.db');
      const atOnce = compile({ product: 'fief', from: '0', to: '0.27', dialect: 'sqlite', params: [`workspace_id=${WS}`], timeouts: { lockMs: 0, statementMs: 0 } }).sql;
      const f = await underLock(other, atOnce, 1500);
      expect(f.code).not.toBe(0);
      expect(f.stderr).toMatch(/database is locked/);
      expect(f.ms).toBeLessThan(1500);
      expect(spawnSync('sqlite3', [other, "SELECT group_concat(name, ',') FROM sqlite_schema WHERE type = 'table'"], { encoding: 'utf8' }).stdout).toBe('other_app\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

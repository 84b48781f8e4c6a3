// Found by a fresh DBA: on MariaDB, --statement-timeout bounded the script's own read-only version check, so the
// script could never start:
//   plan compile authhero 11.20 11.21 --dialect mysql --statement-timeout 2s -o up.sql
//   mariadb <db at 11.20> < up.sql   # ERROR 1969 (70100) at line 62: Query execution was interrupted (max_statement_time exceeded)
// (the version check's information_schema query took ~2 s on a server of ~400 tables). The bound is for the
// statements that change something; the version check, the checks before any change, each step's guard and the
// end check run without one. Made deterministic with a bound every read of the catalog exceeds (1 ms): on a
// database at 11.21 no change runs, so the run completes; on one at 11.20 it stops at the first change (a CREATE
// INDEX), after the version check and the checks.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { hasClient, openScratch, type Scratch } from '../src/engines/index.js';
import { describeServer } from './helpers/servers.js';

const scratches: Scratch[] = [];
afterAll(async () => {
  for (const s of scratches) await s.close();
});

/** `script` run by the mariadb client into database `db` of `server`, as a DBA runs it (no password: the test server's). */
function clientRun(server: string, db: string, script: string) {
  const u = new URL(server);
  return spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), db], { input: script, encoding: 'utf8' });
}

async function authheroAt(server: string, version: string): Promise<Scratch> {
  const s = await openScratch('mysql', { url: server, mysqlCharacterSet: 'utf8mb3' });
  scratches.push(s);
  await s.execScript(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'mysql' }).sql);
  if (version === '11.21') await s.execScript(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql' }).sql);
  return s;
}

const up = (statementMs: number) => compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql', timeouts: { lockMs: 5000, statementMs } }).sql;

await describeServer('--statement-timeout on MariaDB bounds the changes, not the script\'s own reads', 'mysql', (server) => {
  it.runIf(hasClient('mysql'))('a database at 11.21 with a 1 ms bound: the version check, the guards and the end check run, and the run ends as already applied', async () => {
    const s = await authheroAt(server, '11.21');
    if (!(await s.query<{ v: string }>('SELECT VERSION() AS v'))[0].v.includes('MariaDB')) return; // MySQL 8 sets no bound
    const r = clientRun(server, s.name, up(1));
    expect(r.stderr).not.toMatch(/ERROR/);
    expect(r.stdout.trim().split('\n').pop()).toBe('plan: authhero 11.20 → 11.21: the database was at 11.21 already: nothing to do');
  });

  it.runIf(hasClient('mysql'))('a database at 11.20 with a 1 ms bound: the run stops at the first change (error 1969), past the version check and the checks; with 2 s it completes', async () => {
    const s = await authheroAt(server, '11.20');
    if (!(await s.query<{ v: string }>('SELECT VERSION() AS v'))[0].v.includes('MariaDB')) return;
    const script = up(1);
    const r = clientRun(server, s.name, script);
    expect(r.stderr).toMatch(/^ERROR 1969 \(70100\) at line \d+: Query execution was interrupted \(max_statement_time exceeded\)$/m);
    const line = Number(/at line (\d+)/.exec(r.stderr)![1]);
    const lines = script.split('\n');
    // The statement that was aborted is the first step's change, bounded on its own.
    const firstChange = lines.findIndex((l) => l.startsWith('-- 11.20 → 11.21 · 2/105 · create index users_user_id_tenant_id on users'));
    expect(firstChange).toBeGreaterThan(0);
    expect(line).toBeGreaterThan(firstChange + 1);
    expect(lines[line - 1]).toBe('EXECUTE plan_stmt;');
    expect(lines[line - 3]).toMatch(/^SET @plan_sql = IF\(VERSION\(\) LIKE '%MariaDB%' AND .*CONCAT\('SET STATEMENT max_statement_time = 0\.001 FOR ', @plan_sql\), @plan_sql\);$/);
    // The session itself runs with no bound, its own value put back at the end.
    expect(script).toContain("SET @plan_sql = IF(VERSION() LIKE '%MariaDB%', 'SET @plan_saved_max_statement_time = @@SESSION.max_statement_time, SESSION max_statement_time = 0', 'DO 0');");
    // The header says what the bound covers, and what to do when it fires.
    expect(script).toContain('-- statement: on MariaDB, max_statement_time = 0.001 seconds for each statement that changes something');
    expect(script).toContain("The script's own reads run without a bound (the version check, the checks before any change, each step's guard, the end check");
    expect(script).toContain('A statement aborted by max_statement_time (error 1969) needs longer than the bound');
    // The DBA's 2 s completes.
    const done = clientRun(server, s.name, up(2000));
    expect(done.stderr).not.toMatch(/ERROR/);
    expect(done.stdout.trim().split('\n').pop()).toBe('plan: authhero 11.20 → 11.21 applied');
  });
});

// The same fault on PostgreSQL: SET LOCAL statement_timeout at the top of the script bounded its own version check
// (one DO block over pg_catalog: measured 0.25-0.5 s from a new psql connection on PostgreSQL 15 under load, the
// longer on a database of 20,000 more tables), so with a tight bound the script stopped there, before any change:
//   plan compile supertokens 10.0 10.1 --dialect postgres --statement-timeout 200ms -o up.sql
//   psql -v ON_ERROR_STOP=1 -d <db at 10.0> -f up.sql   # psql:up.sql:1036: ERROR:  canceling statement due to statement timeout
//                                                     # CONTEXT:  SQL statement "WITH found AS (SELECT kind || …
// Now the reads run with statement_timeout = 0 and each change between SET LOCAL statement_timeout = N and = 0,
// its guard's read run before it as a statement of its own (statement_timeout is armed when a top-level statement
// starts; changing it inside a DO block does not move it). Made deterministic as on MariaDB: a 1 ms bound that the
// version check always exceeds, and a first change (an index on 100,000 rows) that always exceeds it too.

/** `script` run by psql into database `db` of `server`, as a DBA runs it (the test server's trust login). */
function psqlRun(server: string, db: string, script: string) {
  const u = new URL(server);
  return spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres'), '-d', db, '-f', '-'], { input: script, encoding: 'utf8' });
}

const pgUp = (statementMs: number, lockMs = 5000) => compile({ product: 'supertokens', from: '10.0', to: '10.1', dialect: 'postgres', timeouts: { lockMs, statementMs } }).sql;

/** A scratch database at SuperTokens 10.0 (at 10.1 with `atTarget`), with `rows` rows in emailverification_verified_emails. */
async function supertokensAt(server: string | undefined, rows: number, atTarget = false): Promise<Scratch> {
  const s = await openScratch('postgres', server === undefined ? {} : { url: server });
  scratches.push(s);
  await s.execScript(compile({ product: 'supertokens', from: '0', to: '10.0', dialect: 'postgres' }).sql);
  if (rows) await s.execScript(`INSERT INTO apps (app_id) VALUES ('public') ON CONFLICT DO NOTHING; INSERT INTO emailverification_verified_emails (user_id, email) SELECT 'u' || g, 'user' || g || '@example.com' FROM generate_series(1, ${rows}) g;`);
  if (atTarget) await s.execScript(pgUp(0));
  return s;
}

describe('--statement-timeout on PostgreSQL: the script text', () => {
  it('the reads run with statement_timeout = 0; each change between SET LOCAL statement_timeout = N and = 0, its guard before it', () => {
    const script = pgUp(1);
    const lines = script.split('\n');
    const begin = lines.indexOf('BEGIN;');
    const check = lines.findIndex((l) => l.startsWith('-- check that the database is at 10.0'));
    // Before the version check: none (the session's or role's own value does not apply either).
    expect(lines.slice(begin, check).filter((l) => l.includes('statement_timeout'))).toEqual(['SET LOCAL statement_timeout = 0;']);
    // The first step: its guard on its own, then its change under the bound, then none again.
    const step = lines.findIndex((l) => l.startsWith('-- 10.0 → 10.1 · 1/13 · create index emailverification_verified_emails_app_id_email_index'));
    const block = lines.slice(step, lines.indexOf('SET LOCAL statement_timeout = 0;', step) + 1).join('\n');
    expect(block).toMatch(/^DO \$plan\$\nBEGIN\n {2}PERFORM set_config\('plan\.change', '', true\);\n {2}IF NOT EXISTS \(SELECT 1 FROM pg_index .*\n {4}PERFORM set_config\('plan\.change', 'on', true\);\n {2}END IF;\nEND\n\$plan\$;\nSET LOCAL statement_timeout = '1ms';\nDO \$plan\$\nBEGIN\n {2}IF current_setting\('plan\.change'\) = 'on' THEN\n {4}DROP INDEX IF EXISTS emailverification_verified_emails_app_id_email_index;\n {4}CREATE INDEX emailverification_verified_emails_app_id_email_index ON emailverification_verified_emails \(app_id, email\);\n {2}END IF;\nEND\n\$plan\$;\nSET LOCAL statement_timeout = 0;$/m);
    // Every bound is lifted again before the next read: the end check runs with none.
    const end = lines.findIndex((l) => l.startsWith('-- the end: the database is at 10.1'));
    expect(lines.slice(0, end).filter((l) => l.startsWith('SET LOCAL statement_timeout')).pop()).toBe('SET LOCAL statement_timeout = 0;');
    expect(lines.filter((l) => l === "SET LOCAL statement_timeout = '1ms';")).toHaveLength(13);
    // The header says what is bounded and what is not.
    expect(script).toContain("-- statement: statement_timeout = '1ms' for each statement that changes something (each step's DDL or data change, between SET LOCAL statement_timeout = '1ms' and = 0;");
    expect(script).toContain("The script's own reads run with statement_timeout = 0 (the version check, the checks before any change, each step's guard, run as a statement of its own before its change");
    expect(script).toContain('A change cancelled by statement_timeout (57014, "canceling statement due to statement timeout") needs longer than the bound');
    // Without --statement-timeout nothing of this: one DO block per step, as before.
    expect(pgUp(0)).not.toMatch(/statement_timeout =|plan\.change/);
  });

  it('a part outside the transaction (CREATE INDEX CONCURRENTLY): its version check unbounded, the concurrent build bounded for the session', () => {
    const parts = compile({ product: 'supertokens', from: '11.4', to: '12.0', dialect: 'postgres', timeouts: { lockMs: 1500, statementMs: 120000 } }).sql;
    const outside = parts.slice(parts.indexOf('outside any transaction (this statement cannot run in one)'));
    expect(outside).toMatch(/^SET lock_timeout = '1500ms';\nSET statement_timeout = 0;$/m);
    expect(outside).toMatch(/^SET statement_timeout = '2min';\nCREATE INDEX CONCURRENTLY [^\n]*;\nSET statement_timeout = 0;$/m);
    expect(parts).toContain("between SET [LOCAL] statement_timeout = '2min' and = 0;");
  });
});

await describeServer('--statement-timeout on PostgreSQL bounds the changes, not the script\'s own reads', 'postgres', (server) => {
  it.runIf(hasClient('postgres'))('a database at 10.0 with 100,000 rows, a 1 ms bound: psql stops at the first change (the index build), past the version check; with 30 s it completes', async () => {
    const s = await supertokensAt(server, 100000);
    const script = pgUp(1);
    const before = await s.catalog();
    const r = psqlRun(server, s.name, script);
    expect(r.stderr).toMatch(/^psql:<stdin>:\d+: ERROR: {2}canceling statement due to statement timeout$/m);
    expect(r.stderr).toContain('CONTEXT:  SQL statement "CREATE INDEX emailverification_verified_emails_app_id_email_index ON emailverification_verified_emails (app_id, email)"');
    const line = Number(/^psql:<stdin>:(\d+):/m.exec(r.stderr)![1]);
    const lines = script.split('\n');
    const firstChange = lines.findIndex((l) => l.startsWith('-- 10.0 → 10.1 · 1/13 · create index emailverification_verified_emails_app_id_email_index'));
    expect(line).toBeGreaterThan(firstChange);
    expect(lines.slice(firstChange, line).filter((l) => l.startsWith('SET LOCAL statement_timeout'))).toEqual(["SET LOCAL statement_timeout = '1ms';"]);
    expect(await s.catalog()).toEqual(before);
    // The DBA's 30 s completes.
    const done = psqlRun(server, s.name, pgUp(30000));
    expect(done.stderr).toBe('');
    expect(done.stdout.trim().split('\n').filter((l) => l.startsWith(' plan: ')).pop()).toBe(' plan: supertokens 10.0 → 10.1 applied');
  });

  it('the same in one multi-statement query (node-pg): the timeout applies to each statement; stopped at the index build, not at the version check', async () => {
    const s = await supertokensAt(server, 100000);
    const before = await s.catalog();
    const e = await s.execScript(pgUp(1)).then(() => undefined, (x: unknown) => x as Error);
    expect(e?.message).toMatch(/^canceling statement due to statement timeout\n {2}CONTEXT: SQL statement "CREATE INDEX emailverification_verified_emails_app_id_email_index/);
    expect(await s.catalog()).toEqual(before);
  });

  it.runIf(hasClient('postgres'))('a database at 10.1 with a 250 ms bound: the version check, the guards and the end check run, and the run ends as already applied', async () => {
    const s = await supertokensAt(server, 0, true);
    const r = psqlRun(server, s.name, pgUp(250));
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').filter((l) => l.startsWith(' plan: ')).pop()).toBe(' plan: supertokens 10.0 → 10.1: the database was at 10.1 already: nothing to do');
  });
});

describe('--statement-timeout on PGlite: the script with its bounds applies', () => {
  it('supertokens 10.0 → 10.1 with a 30 s bound completes, and a re-run changes nothing', async () => {
    const s = await supertokensAt(undefined, 0);
    await s.execScript(pgUp(30000));
    const after = await s.catalog();
    await s.execScript(pgUp(30000));
    expect(await s.catalog()).toEqual(after);
    const at = await supertokensAt(undefined, 0, true);
    expect(await at.catalog()).toEqual(after);
  });
});

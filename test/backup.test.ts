// The backup line of a script's header and of plan status, run as printed with the real dump clients: a dump that
// fails (an unknown database, a mistyped SQLite file) leaves no file named like the backup, and a database whose
// name holds a space and a quote is dumped whole. (mysqldump's `> FILE` and --result-file=FILE, pg_dump's --file and
// sqlite3's .backup each left an empty or partial FILE behind when they failed: found by a DBA.)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApplyTarget } from '../src/dialects/dialect.js';
import { getDialect } from '../src/dialects/index.js';
import { openScratch } from '../src/engines/index.js';
import { applyTargetOfUrl } from '../src/engines/live.js';
import type { DialectName } from '../src/plan/types.js';
import { describeServer, describeSqliteClient, IN_CI } from './helpers/servers.js';
import { tempPlansDir } from './helpers/plans.js';

const SLOW = { timeout: 300_000 };

/** The command of a backup line (what precedes its restore note), for `to`. */
function backupLine(dialect: DialectName, file: string, to: ApplyTarget): string {
  const line = getDialect(dialect).script.backupCommand(file, [], to);
  return line.slice(0, line.indexOf('   ('));
}

/** Runs `command` with sh in a new, empty folder; the password of the server URL (if any) in the client's variable. */
function runIn(command: string, env: Record<string, string> = {}) {
  const cwd = tempPlansDir();
  const r = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { cwd, status: r.status, stderr: r.stderr, files: readdirSync(cwd).sort() };
}

/** The server's connection as --url names it, for a database `name` (the password left to the environment). */
function targetOf(server: string, name: string): { to: ApplyTarget; env: Record<string, string> } {
  const u = new URL(server);
  u.pathname = `/${encodeURIComponent(name)}`;
  const { password, ...to } = applyTargetOfUrl(u.toString());
  return { to, env: password ? { PGPASSWORD: password, MYSQL_PWD: password } : {} };
}

/** `describe` when `client` is on PATH; otherwise skipped loudly, or one failing test under CI. */
function describeClient(client: string, title: string, make: () => void): void {
  if (spawnSync('sh', ['-c', `command -v ${client}`]).status === 0) return describe(title, make);
  const msg = `${title}: ${client} is not on PATH`;
  if (IN_CI) return describe(title, () => it(`${client} is installed (required in CI)`, () => { throw new Error(msg); }));
  console.warn(`\n!!! SKIPPING ${msg}\n`);
  describe.skip(title, make);
}

await describeServer('PostgreSQL: pg_dump', 'postgres', (server) => {
  describeClient('pg_dump', 'pg_dump', () => {
    it('a wrong database name leaves no .dump file; a name with a space and a quote is dumped whole', SLOW, async () => {
      const admin = await openScratch('postgres', { url: server });
      const name = `${admin.name} bk'x`;
      try {
        const missing = targetOf(server, `${admin.name} nosuch'x`);
        const line = backupLine('postgres', 'supertokens-5.0-before', missing.to);
        const failed = runIn(line, missing.env);
        expect(failed.stderr).toContain('does not exist');
        expect(failed.status).not.toBe(0);
        expect(failed.files).not.toContain('supertokens-5.0-before.dump');
        expect(line).toMatch(/^pg_dump --format=custom --file=supertokens-5\.0-before\.dump\.partial .* && mv supertokens-5\.0-before\.dump\.partial supertokens-5\.0-before\.dump$/);
        expect(failed.files).toEqual(['supertokens-5.0-before.dump.partial']); // pg_dump opened it: empty, and named so
        expect(statSync(join(failed.cwd, failed.files[0])).size).toBe(0);

        await admin.execStatements([`CREATE DATABASE "${name.replace(/"/g, '""')}"`]);
        const there = targetOf(server, name);
        const psql = spawnSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '-d', new URL(`/${encodeURIComponent(name)}`, server).toString(), '-c', 'CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);'], { encoding: 'utf8', env: { ...process.env, ...there.env } });
        expect([psql.stderr, psql.status]).toEqual(['', 0]);
        const ok = runIn(backupLine('postgres', 'supertokens-5.0-before', there.to), there.env);
        expect([ok.stderr, ok.status, ok.files]).toEqual(['', 0, ['supertokens-5.0-before.dump']]);
        const list = spawnSync('pg_restore', ['--list', join(ok.cwd, 'supertokens-5.0-before.dump')], { encoding: 'utf8' });
        expect(list.status).toBe(0);
        expect(list.stdout).toMatch(/TABLE DATA public t /);
      } finally {
        await admin.execStatements([`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}"`]);
        await admin.close();
      }
    });
  });
});

await describeServer('MySQL/MariaDB: mysqldump', 'mysql', (server) => {
  describeClient('mysqldump', 'mysqldump', () => {
    it('a wrong database name leaves no .sql file; a name with a space and a quote is dumped whole', SLOW, async () => {
      const admin = await openScratch('mysql', { url: server });
      const name = `${admin.name} bk'x`;
      const quoted = `\`${name.replace(/`/g, '``')}\``;
      try {
        const missing = targetOf(server, `${admin.name} nosuch'x`);
        const line = backupLine('mysql', 'fief-0.27-before', missing.to);
        const failed = runIn(line, missing.env);
        expect(failed.stderr).toContain('Unknown database');
        expect(failed.status).not.toBe(0);
        expect(failed.files).not.toContain('fief-0.27-before.sql');
        expect(line).toMatch(/^mysqldump --single-transaction .* --result-file=fief-0\.27-before\.sql\.partial .* && mv fief-0\.27-before\.sql\.partial fief-0\.27-before\.sql$/);
        // mysqldump wrote its opening comments before it failed (867 bytes on MariaDB 10.11): named .partial.
        expect(failed.files).toEqual(['fief-0.27-before.sql.partial']);

        await admin.execStatements([`CREATE DATABASE ${quoted}`, `CREATE TABLE ${quoted}.t (id int PRIMARY KEY)`, `INSERT INTO ${quoted}.t VALUES (1), (2)`]);
        const there = targetOf(server, name);
        const ok = runIn(backupLine('mysql', 'fief-0.27-before', there.to), there.env);
        expect([ok.stderr, ok.status, ok.files]).toEqual(['', 0, ['fief-0.27-before.sql']]);
        const dump = readFileSync(join(ok.cwd, 'fief-0.27-before.sql'), 'utf8');
        expect(dump).toContain('INSERT INTO `t` VALUES');
        expect(dump).toMatch(/-- Dump completed/);
      } finally {
        await admin.execStatements([`DROP DATABASE IF EXISTS ${quoted}`]);
        await admin.close();
      }
    });
  });
});

describeSqliteClient('SQLite: sqlite3 .backup', () => {
  it('a mistyped file leaves no .db backup and creates no database; a name with a space and a quote is backed up whole', () => {
    const dir = tempPlansDir();
    const missing = join(dir, "no such'x.db");
    const line = backupLine('sqlite', 'authhero-11.20-before', { database: missing });
    const failed = runIn(line);
    expect(existsSync(missing)).toBe(false); // sqlite3 without -readonly made it: an empty database, backed up, exit 0
    expect(failed.files).not.toContain('authhero-11.20-before.db');
    expect(failed.stderr).toContain('unable to open database');
    expect(failed.status).not.toBe(0);
    expect(line).toMatch(/^sqlite3 -readonly .* '\.backup authhero-11\.20-before\.db\.partial' && mv authhero-11\.20-before\.db\.partial authhero-11\.20-before\.db$/);

    const file = join(dir, "app bk'x.db");
    expect(spawnSync('sqlite3', [file, 'PRAGMA journal_mode = WAL; CREATE TABLE t (id integer PRIMARY KEY); INSERT INTO t VALUES (1), (2);']).status).toBe(0);
    const ok = runIn(backupLine('sqlite', 'authhero-11.20-before', { database: file }));
    expect([ok.stderr, ok.status, ok.files]).toEqual(['', 0, ['authhero-11.20-before.db']]);
    const rows = spawnSync('sqlite3', [join(ok.cwd, 'authhero-11.20-before.db'), 'SELECT count(*) FROM t;'], { encoding: 'utf8' });
    expect(rows.stdout).toBe('2\n');
  });
});

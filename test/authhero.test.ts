// Issue #12: AuthHero 11.20 → 11.21 and the move to multi-tenancy, applied as a DBA applies it (sqlite3 -bail; the
// mariadb client), from a realistic 11.20 database: the control-plane tenant `main`, tenants with and without a
// friendly name, one whose organization the control plane has already (an id AuthHero minted), users, clients, and
// the 181 kysely_migration rows an 11.20 install records.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { derivedId } from '../src/compile/derived-id.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { describeServer, describeSqliteClient } from './helpers/servers.js';
import { REAL_PLANS } from './helpers/plans.js';

// plans/authhero/facts/kysely-history-11.20.txt: the 181 names, in the order kysely runs them.
const OLD = readFileSync(join(REAL_PLANS, 'authhero/facts/kysely-history-11.20.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const NEW = ['2026-07-16T14:00:00_baseline', '2026-07-16T15:00:00_codes_expires_at_ts'];
const START = `
INSERT INTO tenants (id, friendly_name, created_at, updated_at) VALUES ('main', 'Control plane', '2025-06-01T09:00:00.000Z', '2025-06-01T09:00:00.000Z'), ('tenant-a', 'Tenant A', '2025-06-02T09:00:00.000Z', '2025-06-02T09:00:00.000Z'), ('tenant-b', NULL, '2025-06-03T09:00:00.000Z', '2025-06-03T09:00:00.000Z'), ('acme', 'Acme''s portal', '2025-06-04T09:00:00.000Z', '2025-06-04T09:00:00.000Z');
INSERT INTO organizations (id, tenant_id, name, display_name, created_at, updated_at) VALUES ('org_k2j9x0qq7m1n4p5r6', 'main', 'acme', 'Acme', '2025-06-05T09:00:00.000Z', '2025-06-05T09:00:00.000Z');
`;
const ORGS = "SELECT id, tenant_id, name, display_name, branding, metadata, enabled_connections, token_quota FROM organizations ORDER BY name";

it('the 181 names of 11.20, in kysely order (JavaScript sort)', () => {
  expect(OLD).toHaveLength(181);
  expect(OLD[0]).toBe('m1_init');
  expect(OLD[180]).toBe('o083_codes_expires_at_ts');
  expect([...OLD].sort()).toEqual(OLD);
});

it('the organization ids are AuthHero-shaped and derived from the tenant ids', () => {
  expect(derivedId('org_', 17, 'tenant-a')).toMatch(/^org_[0-9a-z]{17}$/);
  for (const dialect of ['sqlite', 'mysql']) {
    const up = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect }).sql;
    expect(up).toContain("plan: authhero 11.20 → 11.21");
    // The guide's Issue 3 indexes are remarks, not statements.
    expect(up).toMatch(/REMARK \(no statement\):\n-- {3}The guide's CREATE INDEX idx_users_tenant_id ON users\(tenant_id\) is not needed/);
    expect(up).not.toMatch(/^(?!--).*CREATE INDEX\s+\S*idx_users_tenant_id/m);
    if (dialect === 'sqlite') expect(up).toContain('-- ROWS DELETED: [11.20 → 11.21] step 57/191 deletes the rows of refresh_tokens where login_id IS NULL — ');
  }
});

const expectOrganizations = (rows: Record<string, unknown>[]) => {
  expect(rows.map((r) => [r.id, r.tenant_id, r.name, r.display_name])).toEqual([
    ['org_k2j9x0qq7m1n4p5r6', 'main', 'acme', 'Acme'],
    [derivedId('org_', 17, 'tenant-a'), 'main', 'tenant-a', 'Tenant A'],
    [derivedId('org_', 17, 'tenant-b'), 'main', 'tenant-b', 'tenant-b'],
  ]);
  expect(rows.slice(1).map((r) => [r.branding, r.metadata, r.enabled_connections, r.token_quota])).toEqual([['{}', '{}', '[]', '{}'], ['{}', '{}', '[]', '{}']]);
};

/**
 * A database file `db` in a temporary folder `dir` (removed after the suite), driven with the sqlite3 client as a DBA
 * would: `run` a script under -bail, read a query's rows as JSON, `.dump` it.
 */
function sqliteClientDatabase(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'app.db');
  return {
    dir,
    db,
    run: (sql: string) => spawnSync('sqlite3', ['-bail', db], { input: sql, encoding: 'utf8' }),
    json: (q: string) => JSON.parse(execFileSync('sqlite3', ['-json', db, q], { encoding: 'utf8' }) || '[]') as Record<string, unknown>[],
    dump: () => execFileSync('sqlite3', [db, '.dump'], { encoding: 'utf8' }),
  };
}

describeSqliteClient('authhero on SQLite through sqlite3 -bail', () => {
  const { dir, db, run, json, dump } = sqliteClientDatabase('plan-authhero-');
  const up = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql;
  const down = compile({ product: 'authhero', from: '11.21', to: '11.20', dialect: 'sqlite' }).sql;

  it('install 11.20 records the 181 names', () => {
    const r = run(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite' }).sql);
    expect(r.stderr).toBe('');
    expect(json('SELECT name FROM kysely_migration ORDER BY timestamp, name').map((x) => x.name)).toEqual(OLD);
    expect(run(START).status).toBe(0);
  });

  it('up: organizations for tenant-a and tenant-b, acme kept as it was, the history rewritten', () => {
    const r = run(up);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('plan: authhero 11.20 → 11.21 applied');
    expectOrganizations(json(ORGS));
    expect(json('SELECT name FROM kysely_migration ORDER BY timestamp, name').map((x) => x.name)).toEqual(NEW);
    expect(json('SELECT created_at FROM organizations WHERE name = \'tenant-a\'')[0].created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('up again: stops at its first check, the .dump byte for byte the same', () => {
    const before = dump();
    const r = run(up);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('plan: authhero 11.20 → 11.21 is already applied (the database is at 11.21): nothing to do. Nothing was changed.');
    expect(dump()).toBe(before);
  });

  it('stopped after a statement (25 boundaries across the script, and around its COMMIT), then run whole: the .dump of a clean run', () => {
    // The database as it is now (at 11.21): roll back first to a fresh 11.20 copy of it.
    const base = join(dir, 'base.db');
    const clean = join(dir, 'clean.db');
    execFileSync('cp', [db, base]);
    expect(spawnSync('sqlite3', ['-bail', base], { input: down, encoding: 'utf8' }).stderr).toBe('');
    execFileSync('cp', [base, clean]);
    expect(spawnSync('sqlite3', ['-bail', clean], { input: up, encoding: 'utf8' }).stderr).toBe('');
    // Rows written from the clock (created_at, updated_at of the organizations) differ between runs.
    const stable = (f: string) => execFileSync('sqlite3', [f, '.dump'], { encoding: 'utf8' }).replace(/'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z'/g, "'<time>'");
    const target = stable(clean);
    const statements = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).statements;
    const commit = statements.indexOf('COMMIT;');
    const ks = [...new Set([...Array.from({ length: 25 }, (_, i) => Math.floor(((i + 1) * (statements.length - 1)) / 26)), commit, commit + 1])];
    for (const k of ks) {
      const f = join(dir, `cut-${k}.db`);
      execFileSync('cp', [base, f]);
      spawnSync('sqlite3', ['-bail', f], { input: statements.slice(0, k).join('\n') + '\n', encoding: 'utf8' });
      const r = spawnSync('sqlite3', ['-bail', f], { input: up, encoding: 'utf8' });
      if (r.status !== 0) expect(r.stderr, `after statement ${k}`).toContain('is already applied');
      expect(stable(f), `after statement ${k}`).toBe(target);
      rmSync(f);
    }
  });

  it('down: removes exactly the organizations it made, and the 181 names come back in kysely order', () => {
    const r = run(down);
    expect(r.stderr).toBe('');
    expect(json(ORGS).map((x) => [x.id, x.name])).toEqual([['org_k2j9x0qq7m1n4p5r6', 'acme']]);
    expect(json('SELECT name FROM kysely_migration ORDER BY timestamp, name').map((x) => x.name)).toEqual(OLD);
  });
});

await describeServer('authhero on MariaDB through the mariadb client', 'mysql', (url) => {
  let s: Scratch;
  beforeAll(async () => {
    // AuthHero's 11.20 tables do not fit utf8mb4 (product.yaml verify_database).
    s = await openScratch('mysql', { url, mysqlCharacterSet: 'utf8mb3' });
  });
  afterAll(async () => s?.close());
  const names = async () => (await s.query<{ name: string }>('SELECT name FROM kysely_migration ORDER BY timestamp, name')).map((x) => x.name);

  it('install, up, up again, down: the same organizations and history as on SQLite', async () => {
    await s.execWithClient(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'mysql' }).sql);
    expect(await names()).toEqual(OLD);
    await s.execScript(START);
    const up = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql' }).sql;
    await s.execWithClient(up);
    expectOrganizations(await s.query(ORGS));
    expect(await names()).toEqual(NEW);
    const data = await s.fingerprint();
    await s.execWithClient(up);
    expect(await s.fingerprint()).toEqual(data);
    await s.execWithClient(compile({ product: 'authhero', from: '11.21', to: '11.20', dialect: 'mysql' }).sql);
    expect((await s.query<{ id: string }>(ORGS)).map((x) => x.id)).toEqual(['org_k2j9x0qq7m1n4p5r6']);
    expect(await names()).toEqual(OLD);
  });
});

// AuthHero's 11.20 tables do not fit a utf8mb4 database: a row of resource_servers declares 76,939 bytes there, over
// MySQL's 65,535 (error 1118). The install failed at its 105th statement of 166, with 104 committed; now it stops before
// its first change, in one line naming the character set the database has and what it needs (test/row-size.test.ts
// has the rule). Applied as the reproduction did: the mariadb client, `mariadb DATABASE < up.sql`.
await describeServer('authhero on MariaDB: the install into a utf8mb4 database', 'mysql', (url) => {
  const scratches: Scratch[] = [];
  afterAll(async () => {
    for (const x of scratches) await x.close();
  }, 120_000);
  const database = async (charset: string) => {
    const x = await openScratch('mysql', { url, mysqlCharacterSet: charset });
    scratches.push(x);
    return x;
  };
  const mariadb = (db: string, script: string) => {
    const u = new URL(url);
    return spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), db], { input: script, encoding: 'utf8' });
  };
  const tables = async (x: Scratch) => (await x.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()')).map((r) => Number(r.n))[0];

  for (const to of ['11.20', '11.21']) {
    it(`0 → ${to}: utf8mb4 stops before any change (no table), exit non-zero, naming utf8mb4, resource_servers, its bytes and utf8mb3; utf8mb3 installs`, async () => {
      const up = compile({ product: 'authhero', from: '0', to, dialect: 'mysql' }).sql;
      expect(up).toContain("-- charset:  the tables take the database's default character set and collation. Required: table resource_servers needs utf8mb3 or a narrower one");
      const mb4 = await database('utf8mb4');
      const r = mariadb(mb4.name, up);
      expect(r.status).not.toBe(0);
      expect(r.stdout.split('\n').filter((l) => l.startsWith('plan stopped:'))).toEqual([
        `plan stopped: utf8mb4 is too wide for table resource_servers: table resource_servers would take this database's default character set, utf8mb4 (4 bytes per character), under which a row of resource_servers declares 76,939 bytes, over MySQL's row size limit of 65,535 bytes (error 1118, "Row size too large"); it needs utf8mb3 or a narrower one (at most 3 bytes per character; utf8mb3 holds every character but those outside the Basic Multilingual Plane, such as emoji). Make utf8mb3 this database's default character set (ALTER DATABASE \`${mb4.name}\` CHARACTER SET utf8mb3; a table already made keeps its own, so first drop any authhero table an earlier run left), then run this script again. Nothing was changed.`,
      ]);
      expect(r.stderr).toMatch(/^ERROR 1146 \(42S02\) at line \d+: Table '[^']*\.plan stopped: utf8mb4 is too wide for table resource_servers: ta' doesn't exist$/m);
      expect(r.stderr).not.toMatch(/1118|Row size too large/);
      expect(await tables(mb4)).toBe(0);
      // The same file into a utf8mb3 database: installed.
      const mb3 = await database('utf8mb3');
      const ok = mariadb(mb3.name, up);
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain(`plan: authhero 0 → ${to} applied`);
      expect(await tables(mb3)).toBe(51);
    }, 300_000);
  }
});

// A SQLite table rebuild (a new table, the rows copied, the old table dropped, the new one renamed) drops what the
// model does not know of the old table: DROP TABLE drops its triggers (https://sqlite.org/lang_droptable.html). Before,
// 11.20 → 11.21 dropped a DBA's trigger on users without a word, and a view naming users made the rename fail
// ("error in view …: no such table: main.users"). Now the script stops before any change, naming the trigger, and
// views and other tables' triggers that name a rebuilt table are kept as they are.
describeSqliteClient('authhero on SQLite: what the model does not know of a rebuilt table', () => {
  const { run, json, dump } = sqliteClientDatabase('plan-authhero-triggers-');
  const up = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql;

  it('a trigger on a table the script rebuilds stops it before any change, named; without it, views and triggers elsewhere that name the table survive', () => {
    expect(run(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite' }).sql).stderr).toBe('');
    expect(run(START).status).toBe(0);
    const own = `
CREATE TABLE audit (m TEXT);
CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN INSERT INTO audit VALUES ('user ' || NEW.user_id); END;
CREATE VIEW user_emails AS SELECT user_id, tenant_id, email FROM users;
CREATE TRIGGER audit_touch AFTER INSERT ON audit WHEN NEW.m = 'touch' BEGIN UPDATE users SET updated_at = updated_at WHERE user_id = 'u1'; END;
INSERT INTO users (user_id, tenant_id, email, email_verified, is_social, provider, connection, created_at, updated_at) VALUES ('u1', 'tenant-a', 'a@example.com', 1, 0, 'auth2', 'Username-Password-Authentication', '2025-06-06T09:00:00.000Z', '2025-06-06T09:00:00.000Z');`;
    expect(run(own).stderr).toBe('');
    const before = dump();
    let r = run(up);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('plan stopped: authhero 11.20 → 11.21 rebuilds tables that have triggers (a rebuild creates a new table, copies the rows and drops the old table, and dropping a table drops its triggers): save each trigger\'s CREATE TRIGGER (SELECT sql || \';\' FROM sqlite_schema WHERE type = \'trigger\' prints them ready to run again), drop them, run this script, then create them again; the triggers: users_audit ON users. Nothing was changed.');
    expect(r.stderr).toMatch(/plan stopped: authhero 11\.20 → 11\.21 rebuilds tables that have triggers .*\(the line printed above names them\)\. Nothing was changed\./);
    expect(dump()).toBe(before);
    // The DBA does as the message says: saves the trigger with its query (found by use: without the ';' the saved
    // text could not be run again), drops it; the view and the trigger on audit, which name users, stay.
    const saved = run("SELECT sql || ';' FROM sqlite_schema WHERE type = 'trigger' AND name = 'users_audit';").stdout;
    expect(run('DROP TRIGGER users_audit;').status).toBe(0);
    r = run(up);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('plan: authhero 11.20 → 11.21 applied');
    // ... then creates it again from what it saved, as it was.
    expect(run(saved).stderr).toBe('');
    expect(json("SELECT name, tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name = 'users_audit'")).toEqual([{ name: 'users_audit', tbl_name: 'users' }]);
    expect(run('DROP TRIGGER users_audit;').status).toBe(0);
    expect(json('SELECT type, name FROM sqlite_schema WHERE name IN (\'user_emails\', \'audit_touch\') ORDER BY name')).toEqual([{ type: 'trigger', name: 'audit_touch' }, { type: 'view', name: 'user_emails' }]);
    expect(json('SELECT user_id, tenant_id, email FROM user_emails')).toEqual([{ user_id: 'u1', tenant_id: 'tenant-a', email: 'a@example.com' }]);
    expect(run("INSERT INTO audit VALUES ('touch');").stderr).toBe('');
    expect(json('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });
});

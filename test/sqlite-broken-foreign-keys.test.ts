// SQLite does not enforce foreign keys unless a connection turns PRAGMA foreign_keys on, so real databases hold rows
// whose parent is gone. Found by a fresh user on AuthHero 11.20 → 11.21: with an orphan session already there, the
// upgrade worked for about 5 s, then stopped at its end check naming "sessions rowid 2 -> users": the rowid of the
// rebuilt (and rolled-back) table, where rowid 2 is a valid session and the orphan is rowid 3; a DBA who deleted
// rowid 2 deleted a good session and the upgrade still failed; nor did it say the row was there before. The script now
// checks the foreign keys it keeps on the data as it is, before its first change, and names the rows by their keys,
// saying they were there before it (preflight/broken-foreign-keys.ts); the end check names rows by their keys too.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch } from '../src/engines/index.js';
import { describeEngines, describeSqliteClient } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

function database(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'x.db');
  return {
    run: (input: string) => spawnSync('sqlite3', ['-bail', db], { input, encoding: 'utf8' }),
    sql: (q: string) => execFileSync('sqlite3', [db, q], { encoding: 'utf8' }),
    dump: () => execFileSync('sqlite3', [db, '.dump'], { encoding: 'utf8' }),
  };
}

const SEED = `INSERT INTO tenants (id, friendly_name, created_at, updated_at) VALUES ('main', 'Control plane', '2025-06-01T09:00:00.000Z', '2025-06-01T09:00:00.000Z');
INSERT INTO users (user_id, tenant_id, email, email_verified, is_social, provider, connection, created_at, updated_at) VALUES ('auth2|admin', 'main', 'a@example.com', 1, 0, 'auth2', 'Username-Password-Authentication', '2025-06-06T09:00:00.000Z', '2025-06-06T09:00:00.000Z');
INSERT INTO sessions (id, tenant_id, user_id, device, clients) VALUES ('s1', 'main', 'auth2|admin', '{}', '[]');`;
// The report's commands, as given.
const REPRO = "PRAGMA foreign_keys=OFF; insert into sessions(rowid,id,tenant_id,user_id,device,clients) values (2,'s2-valid','main','auth2|admin','{}','[]'); insert into sessions(rowid,id,tenant_id,user_id,device,clients) values (3,'orphan','tenant-a','email|deleted','{}','[]'); delete from sessions where id='s1'; pragma foreign_key_check;";

describeSqliteClient('AuthHero 11.20 → 11.21 on SQLite with an orphan session already there (sqlite3 -bail)', () => {
  const x = database('plan-fk-orphan-');
  const up = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql;

  it('stops before its first change, naming the orphan by its key (not rowid 2, a valid session), saying it was there before', () => {
    expect(x.run(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite' }).sql).status).toBe(0);
    expect(x.run(SEED).status).toBe(0);
    expect(x.sql(REPRO).trim()).toBe('sessions|3|users|0');
    const before = x.dump();
    const r = x.run(up);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("plan stopped: 1 row breaks a foreign key (sessions (tenant_id, id) = ('tenant-a', 'orphan') -> users (user_id, tenant_id)). They were there before authhero 11.20 → 11.21 ran");
    expect(r.stdout).toContain('delete them or give them the parent rows they lack');
    expect(r.stdout).toContain('or stay at authhero 11.20. Nothing was changed.');
    expect(r.stdout).not.toMatch(/rowid 2|s2-valid/);
    expect(r.stderr).toContain('plan stopped: rows break foreign keys of authhero 11.20 → 11.21 before it changed anything');
    // Before the first change: the error's line is above the first step's banner.
    const at = Number(/near line (\d+)/.exec(r.stderr)![1]);
    const first = up.split('\n').findIndex((l) => l.startsWith('-- 11.20 → 11.21 · 1/')) + 1;
    expect(first).toBeGreaterThan(0);
    expect(at).toBeLessThan(first);
    expect(x.dump()).toBe(before);
  }, 600_000);

  it('with the orphan deleted as the message says, the upgrade applies and the valid session stays', () => {
    x.sql("DELETE FROM sessions WHERE tenant_id = 'tenant-a' AND id = 'orphan'");
    const r = x.run(up);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('plan: authhero 11.20 → 11.21 applied');
    expect(x.sql('SELECT tenant_id, id, user_id FROM sessions').trim()).toBe('main|s2-valid|auth2|admin');
  }, 600_000);
});

// The bundled sql.js runs the same check (pragma_foreign_key_check and pragma_foreign_key_list as table-valued
// functions): the script stops with the check's error, not "no such table", and changes nothing.
afterAll(() => closeAllScratches());
await describeEngines('sqlite', () => {
  it('sql.js: the same stop, before any change', async () => {
    const s = await openScratch('sqlite');
    try {
      await s.execScript(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite' }).sql);
      await s.execStatements([SEED, REPRO.replace(' pragma foreign_key_check;', '')]);
      expect(await s.query('SELECT * FROM pragma_foreign_key_check')).toEqual([{ table: 'sessions', rowid: 3, parent: 'users', fkid: 0 }]);
      const [catalog, rows] = [await s.catalog(), await s.allRows()];
      const err = await s.execScript(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql).then(() => undefined, (x: Error) => x);
      expect(err?.message).toContain('plan stopped: rows break foreign keys of authhero 11.20 → 11.21 before it changed anything: they were there already');
      expect(await s.catalog()).toEqual(catalog);
      expect(await s.allRows()).toEqual(rows);
    } finally {
      await s.close();
    }
  }, 600_000);
});

// The end check (before COMMIT) of a run that itself leaves an orphan in a table it rebuilt: a plan that rebuilds
// child (set_not_null) and inserts a row whose parent is missing. The rebuild gives the rows new rowids (here the
// orphan's rowid in the rolled-back table is not its rowid in any committed state): the stop names it by its key.
describeSqliteClient('the end check names rows by their keys, not by the rowid of a rebuilt table', () => {
  const x = database('plan-fk-end-');
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', 'product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: [sqlite]\n');
  writePlanFile(dir, 'demo', '0-1.0.yaml', `product: demo
from: "0"
to: "1.0"
summary: base
steps:
  - create_table: { name: parent, columns: [{ name: id, type: integer, nullable: false }], primary_key: { columns: [id] } }
  - create_table: { name: child, columns: [{ name: code, type: "varchar(20)", nullable: false }, { name: parent_id, type: integer }, { name: note, type: "varchar(20)" }], primary_key: { columns: [code] }, foreign_keys: [{ name: child_parent_fk, columns: [parent_id], references: { table: parent, columns: [id] } }] }
`);
  writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo
from: "1.0"
to: "1.1"
summary: a rebuild of child and a row whose parent is missing
steps:
  - set_not_null: { table: child, column: note }
  - insert: { table: child, rows: [{ code: new, parent_id: 42, note: n }] }
`);
  const script = (from: string, to: string) => compile({ product: 'demo', from, to, dialect: 'sqlite', plansDir: dir }).sql;

  it('stops before COMMIT naming child (code) = (\'new\'), and nothing was changed', () => {
    expect(x.run(script('0', '1.0')).status).toBe(0);
    expect(x.run("INSERT INTO parent (id) VALUES (1); INSERT INTO child (rowid, code, parent_id, note) VALUES (7, 'a', 1, 'x'), (9, 'b', 1, 'y');").status).toBe(0);
    const before = x.dump();
    const r = x.run(script('1.0', '1.1'));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("plan stopped: rows break foreign keys as this run left them (child (code) = ('new') -> parent (parent_id)); everything this run did is rolled back.");
    expect(r.stdout).not.toMatch(/rowid/);
    expect(x.dump()).toBe(before);
  }, 600_000);
});

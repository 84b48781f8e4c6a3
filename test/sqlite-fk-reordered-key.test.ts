// Found by a fresh DBA: on SQLite, a foreign key from the user's own table onto users (user_id, tenant_id) stopped
// the AuthHero 11.20 → 11.21 upgrade ("plan stopped: … every later write to those tables would fail with "foreign
// key mismatch""), although 11.21 only reorders users' primary key to (tenant_id, user_id), and SQLite matches a
// foreign key to a PRIMARY KEY or UNIQUE key on the same set of columns in any order (sqlite3 3.40: after the
// script, a valid insert works and an invalid one is a plain constraint failure). SQLite's rule
// (DialectRules.referencedKeyMatchedOnWrite): only a key after the script matters, matched as a set of columns; a
// foreign key that names no columns takes the primary key's columns in their order, so a reordered primary key
// still stops it.
import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { describeSqliteClient } from './helpers/servers.js';

const dir = mkdtempSync(join(tmpdir(), 'h_d2_fk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const install = compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite' }).sql;
const up = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql;
const run = (db: string, sql: string) => spawnSync('sqlite3', ['-bail', db], { input: sql, encoding: 'utf8' });

/** A database at AuthHero 11.20 with the user's own table `audit` (its CREATE TABLE). */
function at1120(name: string, audit: string): string {
  const db = join(dir, `${name}.db`);
  expect(run(db, install).stderr).toBe('');
  expect(run(db, audit).stderr).toBe('');
  return db;
}

describeSqliteClient('SQLite: a foreign key onto a key the script reorders', () => {
  it("the DBA's reproduction: a foreign key onto users (user_id, tenant_id) does not stop the upgrade, and works after it", () => {
    const db = at1120('repro', 'CREATE TABLE h_d2_audit (id integer primary key, user_id text, tenant_id text, FOREIGN KEY (user_id, tenant_id) REFERENCES users (user_id, tenant_id));');
    const r = run(db, up);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').pop()).toBe('plan: authhero 11.20 → 11.21 applied');
    // The foreign key is matched to the primary key (tenant_id, user_id): no "foreign key mismatch".
    expect(run(db, 'PRAGMA foreign_keys = ON;\nINSERT INTO h_d2_audit (id, user_id, tenant_id) VALUES (1, NULL, NULL);').stderr).toBe('');
    expect(run(db, "PRAGMA foreign_keys = ON;\nINSERT INTO h_d2_audit (id, user_id, tenant_id) VALUES (2, 'nobody', 'none');").stderr).toMatch(/FOREIGN KEY constraint failed/);
  });

  it('the referenced columns named in another order and case: no stop either', () => {
    const db = at1120('order', 'CREATE TABLE h_d2_audit (id integer primary key, user_id text, tenant_id text, FOREIGN KEY (tenant_id, user_id) REFERENCES users (TENANT_ID, User_Id));');
    const r = run(db, up);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').pop()).toBe('plan: authhero 11.20 → 11.21 applied');
  });

  it('a foreign key that names no columns (the primary key, in its order) still stops it: after the script it would check other columns', () => {
    const db = at1120('implicit', 'CREATE TABLE h_d2_audit (id integer primary key, user_id text, tenant_id text, FOREIGN KEY (user_id, tenant_id) REFERENCES users);');
    const r = run(db, up);
    expect(r.stdout).toContain('plan stopped: foreign keys of tables outside authhero reference keys that authhero 11.20 → 11.21 drops or replaces, with no key after it that serves them as SQLite matches a foreign key');
    expect(r.stdout).toContain('h_d2_audit (user_id, tenant_id) -> users (its primary key, naming no columns)');
    expect(r.stderr).toMatch(/plan stopped: foreign keys of tables outside authhero/);
  });

  it('a foreign key onto a key no key after the script serves still stops it (codes (code_id, code_type) becomes (code_id, code_type, tenant_id))', () => {
    const db = at1120('gone', 'CREATE TABLE h_d2_audit (id integer primary key, code_id text, code_type text, FOREIGN KEY (code_id, code_type) REFERENCES codes (code_id, code_type));');
    const r = run(db, up);
    expect(r.stdout).toContain('h_d2_audit (code_id, code_type) -> codes (code_id, code_type)');
    expect(r.stderr).toMatch(/plan stopped: foreign keys of tables outside authhero/);
  });
});

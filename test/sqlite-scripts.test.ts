// Issue #12: SQLite scripts applied the way the header says, `sqlite3 -bail app.db < up.sql`, on the fixture product
// (every operation; on SQLite the key, foreign key, NOT NULL, default and type changes are table rebuilds):
// - a second run changes nothing: the file's `.dump` is byte for byte the same, and the run says why it stopped;
// - a run stopped after any statement (the file cut there) leaves the database as it was, and the whole file
//   then completes to the same `.dump` as a clean run;
// - hostile values arrive byte for byte (SQLite has no backslash escapes; a control character is a blob cast);
// - the script is one transaction that commits only at the target state: run without -bail on a database at the
//   wrong version, it rolls itself back.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { describeSqliteClient } from './helpers/servers.js';
import { FIXTURE_PLANS, tempPlansDir, writePlanFile } from './helpers/plans.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-sqlite-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `db${++n}.db`);

const script = (from: string, to: string, params: string[] = []) => compile({ product: 'fixture', plansDir: FIXTURE_PLANS, from, to, dialect: 'sqlite', params });
/** `sqlite3 [-bail] file < sql`: exit status, stdout, stderr. */
const apply = (file: string, sql: string, bail = true) => {
  const r = spawnSync('sqlite3', [...(bail ? ['-bail'] : []), file], { input: sql, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dump = (file: string) => execFileSync('sqlite3', [file, '.dump'], { encoding: 'utf8' });

describeSqliteClient('sqlite3 -bail', () => {
  it('fixture 0 → 1.2: applied, then applied again: the second run stops at its first check and the .dump is byte-identical', () => {
    const db = fresh();
    const up = script('0', '1.2').sql;
    const first = apply(db, up);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('plan: fixture 0 → 1.2 applied');
    const before = dump(db);
    const again = apply(db, up);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('plan: fixture 0 → 1.2 is already applied (the database is at 1.2): nothing to do. Nothing was changed.');
    expect(again.stderr).toContain('is already applied');
    expect(dump(db)).toBe(before);
  });

  it('fixture 1.1 → 1.3 (rebuilds, copies, backfills): stopped after every statement, then run whole, ends where a clean run does', () => {
    const base = fresh();
    expect(apply(base, script('0', '1.1').sql).status).toBe(0);
    // Rows the upgrade carries through its rebuilds.
    expect(apply(base, `INSERT INTO "user" (id, email, name) VALUES (11, 'a@x', 'Ann'), (12, 'b@x', NULL);\nINSERT INTO team (id, code, title) VALUES (9, 'nine', 'Nine');\nINSERT INTO membership (user_id, team_id, role) VALUES (11, 9, 'lead');\n`).status).toBe(0);
    const up = script('1.1', '1.3');
    const clean = fresh();
    execFileSync('cp', [base, clean]);
    expect(apply(clean, up.sql).status).toBe(0);
    const target = dump(clean);
    expect(up.statements.length).toBeGreaterThan(20);
    for (let k = 1; k < up.statements.length; k++) {
      const db = fresh();
      execFileSync('cp', [base, db]);
      // The client reads the cut file to its end and exits: what the open transaction did is rolled back.
      apply(db, up.statements.slice(0, k).join('\n') + '\n');
      const resumed = apply(db, up.sql);
      if (resumed.status !== 0) expect(resumed.stderr, `after statement ${k}`).toContain('is already applied');
      expect(dump(db), `after statement ${k}`).toBe(target);
      rmSync(db);
    }
  });

  it('run on the wrong file (a mistyped name: sqlite3 creates it empty), the stop names the file it checked', () => {
    const db = fresh();
    const r = apply(db, script('1.1', '1.2').sql);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`. Nothing was changed. Checked: database file ${db}. Compile the script`);
    expect(r.stdout).toMatch(/plan stopped: this database is not at fixture 1\.1: table \S+ is missing/);
  });

  it('a run that does not end at its target says what differs and which file, and rolls back (found by a fresh user: it said neither)', () => {
    const db = fresh();
    expect(apply(db, script('0', '1.1').sql).status).toBe(0);
    const before = dump(db);
    const up = script('1.1', '1.2').sql;
    const end = up.indexOf('\n-- before COMMIT: ');
    expect(end).toBeGreaterThan(0);
    const r = apply(db, `${up.slice(0, end)}\nALTER TABLE team ADD COLUMN stray integer;${up.slice(end)}`);
    expect(r.status).not.toBe(0);
    // Worded as PostgreSQL's and MySQL's end checks are: the product and the version it is not at (it said "the
    // target state"), the difference, what became of the run, the file read, what to do.
    expect(r.stdout).toContain(`plan stopped: the database is not at fixture 1.2 at the end of this script (a statement did not do what its plan says): table team has column stray integer, which no version on this path has. Everything this run did is rolled back: nothing was changed. Checked: database file ${db}. Nothing in the plans accounts for this difference: report it with the script. npx plan detect fixture names every difference.`);
    expect(r.stderr).toContain('plan stopped: the database is not at fixture 1.2 at the end of this script (a statement did not do what its plan says); the line printed above says what differs. Everything this run did is rolled back: nothing was changed.');
    expect(dump(db)).toBe(before);
  });

  it('the end check names the product and version on every dialect, in the same words (SQLite said "the target state")', () => {
    for (const dialect of ['postgres', 'mysql', 'sqlite'] as const) {
      const sql = compile({ product: 'fixture', plansDir: FIXTURE_PLANS, from: '1.1', to: '1.2', dialect }).sql;
      expect(sql, dialect).toContain("'the database is not at fixture 1.2 at the end of this script (a statement did not do what its plan says): '");
      expect(sql, dialect).toContain("'Nothing in the plans accounts for this difference: report it with the script. npx plan detect fixture names every difference.'");
      expect(sql, dialect).not.toContain('target state at the end');
    }
  });

  it('hostile values arrive byte for byte, and the victim table stays', () => {
    const ATTACK = "x' ; DROP TABLE victim; --";
    const db = fresh();
    const r = apply(db, compile({ product: 'hostile', plansDir: FIXTURE_PLANS, from: '0', to: '1.1', dialect: 'sqlite', params: [`note=${ATTACK}`] }).sql);
    expect(r.stderr).toBe('');
    const rows = execFileSync('sqlite3', ['-json', db, 'SELECT id, v FROM t ORDER BY id'], { encoding: 'utf8' });
    expect(JSON.parse(rows).map((x: { v: string }) => x.v)).toContain(ATTACK);
    expect(execFileSync('sqlite3', [db, "SELECT count(*) FROM sqlite_schema WHERE name = 'victim'"], { encoding: 'utf8' }).trim()).toBe('1');
  });

  it('without -bail, on a database at another version: everything the run did is rolled back at its end', () => {
    const db = fresh();
    expect(apply(db, script('0', '1.2').sql).status).toBe(0);
    const before = dump(db);
    // The 1.0 → 1.1 script on a 1.2 database: its check stops it; a client that carries on runs the rest, which
    // the check before COMMIT rolls back.
    const r = apply(db, script('1.0', '1.1').sql, false);
    expect(r.stderr).toContain('plan stopped');
    expect(dump(db)).toBe(before);
  });
});

describe('consecutive rebuilds of one table', () => {
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', 'product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: [sqlite]\n');
  writePlanFile(dir, 'demo', '0-1.0.yaml', `product: demo
from: "0"
to: "1.0"
summary: one table
steps:
  - create_table:
      name: t
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: a, type: "varchar(10)" }
        - { name: b, type: integer }
      primary_key: { columns: [id] }
  - create_index: { table: t, name: t_a, columns: [a] }
`);
  writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo
from: "1.0"
to: "1.1"
summary: three changes that ALTER TABLE cannot make, then one it can
steps:
  - alter_column_type: { table: t, column: a, type: "varchar(20)" }
  - set_default: { table: t, column: b, default: 7 }
  - set_not_null: { table: t, column: b }
  - add_column: { table: t, column: { name: c, type: text } }
  - drop_default: { table: t, column: b }
`);
  it('are one copy of the table (from its definition before the first to the one after the last), and the result is the same', () => {
    const up = compile({ product: 'demo', plansDir: dir, from: '1.0', to: '1.1', dialect: 'sqlite' });
    expect(up.sql.match(/CREATE TABLE "plan_rebuild_t"/g)).toHaveLength(2);
    expect(up.sql).toContain('-- rebuilt together with the next step (one copy of t)');
    const db = fresh();
    expect(apply(db, compile({ product: 'demo', plansDir: dir, from: '0', to: '1.0', dialect: 'sqlite' }).sql).status).toBe(0);
    expect(apply(db, `INSERT INTO t (id, a, b) VALUES (1, 'x', 2), (2, 'y', 3);\n`).status).toBe(0);
    const r = apply(db, up.sql);
    expect(r.stderr).toBe('');
    expect(execFileSync('sqlite3', [db, 'SELECT id, a, b, c FROM t ORDER BY id'], { encoding: 'utf8' })).toBe('1|x|2|\n2|y|3|\n');
    expect(execFileSync('sqlite3', [db, "SELECT sql FROM sqlite_schema WHERE name = 't'"], { encoding: 'utf8' })).toMatch(/"a" varchar\(20\),\s+"b" integer NOT NULL,\s+"c" text,/);
  });
});

describe('without -bail, rows that do not fit', () => {
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', 'product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: [sqlite]\n');
  writePlanFile(dir, 'demo', '0-1.0.yaml', `product: demo
from: "0"
to: "1.0"
summary: one table
steps:
  - create_table:
      name: t
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: b, type: integer }
      primary_key: { columns: [id] }
`);
  writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo
from: "1.0"
to: "1.1"
summary: b NOT NULL (a table rebuild), without a backfill
steps:
  - set_not_null: { table: t, column: b }
`);
  it('stop the script at its data check all the same (its first line is .bail on): every row kept, the file as it was', () => {
    const db = fresh();
    expect(apply(db, compile({ product: 'demo', plansDir: dir, from: '0', to: '1.0', dialect: 'sqlite' }).sql).status).toBe(0);
    expect(apply(db, 'INSERT INTO t (id, b) VALUES (1, 1), (2, NULL), (3, 3);\n').status).toBe(0);
    const before = dump(db);
    const r = apply(db, compile({ product: 'demo', plansDir: dir, from: '1.0', to: '1.1', dialect: 'sqlite' }).sql, false);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('plan stopped: 1 row of t has no b (NULL)');
    expect(execFileSync('sqlite3', [db, 'SELECT count(*) FROM t'], { encoding: 'utf8' })).toBe('3\n');
    expect(dump(db)).toBe(before);
  });
});

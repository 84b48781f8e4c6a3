// "second run executes nothing": a re-run that leaves the same catalog and rows can still re-execute statements
// (a foreign key dropped and added again: new OID, every row re-validated; SET DEFAULT every time; an UPDATE
// that writes the same values). The write evidence of the engines sees them; these tests break scripts on
// purpose and check the exact lines, on PGlite, the PostgreSQL server and MariaDB.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWrites, hasClient, openScratch, type Scratch, type WriteEvidence } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { verify, type CheckResult } from '../src/verify/verify.js';
import { describeEngines } from './helpers/servers.js';

// ---------- describeWrites on hand-made evidence ----------

describe('describeWrites', () => {
  const pgEvidence = (objects: Record<string, [string, string, string?]>, rows: Record<string, string[]>): WriteEvidence => ({
    engine: 'postgres',
    objects: Object.fromEntries(Object.entries(objects).map(([k, [id, version, file]]) => [k, { id, version, ...(file ? { file } : {}) }])),
    rows,
  });

  it('names every kind of PostgreSQL write in words', () => {
    const before = pgEvidence(
      {
        'table t': ['100', '700', '100'],
        'index t_pkey on t': ['101', '700/700', '101'],
        'constraint t_pkey on t': ['102', '700'],
        'constraint t_u_fkey on t': ['103', '700'],
        'constraint t_old_check on t': ['104', '700'],
        'default of t.d': ['105', '700'],
        'column t.d': ['3', '700'],
        'column t.e': ['4', '700'],
        'column t.f': ['5', '700'],
      },
      { t: ['(0,1) 700', '(0,2) 700', '(0,3) 700', '(0,4) 700'], u: ['(0,1) 700'] },
    );
    const after = pgEvidence(
      {
        'table t': ['100', '800', '200'],
        'index t_pkey on t': ['101', '700/700', '201'],
        'constraint t_pkey on t': ['102', '700'],
        'constraint t_u_fkey on t': ['110', '800'],
        'constraint t_new_check on t': ['111', '800'],
        'default of t.d': ['112', '800'],
        'column t.d': ['3', '800'],
        'column t.e': ['4', '800'],
        'column t.f': ['6', '800'],
      },
      { t: ['(0,1) 700', '(0,5) 800', '(0,6) 800'], u: ['(0,1) 700'] },
    );
    expect(describeWrites(before, after)).toEqual([
      'column t.e altered',
      'column t.f re-created (attnum 5 → 6)',
      'constraint t_new_check on t created',
      'constraint t_old_check on t dropped',
      'constraint t_u_fkey on t re-created (oid 103 → 110)',
      'default of t.d rewritten',
      'index t_pkey on t rewritten (relfilenode 101 → 201)',
      'table t rewritten (relfilenode 100 → 200)',
      't: 2 rows written, 1 row deleted',
    ]);
    expect(describeWrites(before, before)).toEqual([]);
  });

  it('names the MySQL statements counted, and only the writing ones', () => {
    const before: WriteEvidence = { engine: 'mysql', counters: { com_alter_table: 4, com_insert_select: 1, com_update: 2 } };
    const after: WriteEvidence = { engine: 'mysql', counters: { com_alter_table: 6, com_insert_select: 2, com_update: 2, com_drop_index: 1 } };
    expect(describeWrites(before, after)).toEqual([
      '2 × ALTER TABLE executed (Com_alter_table +2)',
      '1 × DROP INDEX executed (Com_drop_index +1)',
      '1 × INSERT … SELECT executed (Com_insert_select +1)',
    ]);
  });

  it('refuses to compare evidence of two engines', () => {
    expect(() => describeWrites({ engine: 'mysql', counters: {} }, { engine: 'postgres', objects: {}, rows: {} })).toThrow('write evidence of mysql and postgres cannot be compared');
  });
});

// ---------- hand-written scripts, applied twice on each engine ----------

const SETUP: Record<DialectName, string> = {
  postgres: `CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer, v integer DEFAULT 1);
INSERT INTO p VALUES (1), (2);
INSERT INTO c VALUES (1, 1, 0), (2, 2, 0), (3, NULL, 0);`,
  mysql: `CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer, v integer DEFAULT 1, KEY c_p_id (p_id));
INSERT INTO p VALUES (1), (2);
INSERT INTO c VALUES (1, 1, 0), (2, 2, 0), (3, NULL, 0);`,
};

// A foreign key guarded by its name only (dropped and added again every run), a default set every run and an
// unconditional UPDATE; then statements that are guarded properly and must not show.
const BROKEN: Record<DialectName, string> = {
  postgres: `BEGIN;
ALTER TABLE c DROP CONSTRAINT IF EXISTS c_p_fkey;
ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p_id) REFERENCES p (id);
ALTER TABLE c ALTER COLUMN v SET DEFAULT 2;
UPDATE c SET v = 1 WHERE id = 1;
CREATE TABLE IF NOT EXISTS k (id integer PRIMARY KEY);
COMMIT;
`,
  mysql: `SET @plan_sql = IF(EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'c' AND CONSTRAINT_NAME = 'c_p_fkey'), 'ALTER TABLE c DROP FOREIGN KEY c_p_fkey', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = 'ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p_id) REFERENCES p (id)';
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
ALTER TABLE c ALTER COLUMN v SET DEFAULT 2;
UPDATE c SET v = 1 WHERE id = 1;
SET @plan_sql = IF(NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'k'), 'CREATE TABLE k (id integer PRIMARY KEY)', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
`,
};

// Every statement guarded: the second run writes nothing.
const IDEMPOTENT: Record<DialectName, string> = {
  postgres: `BEGIN;
CREATE TABLE IF NOT EXISTS k (id integer PRIMARY KEY, note text);
CREATE INDEX IF NOT EXISTS c_v_index ON c (v);
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'c'::regclass AND conname = 'c_p_fkey') THEN
    ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p_id) REFERENCES p (id);
  END IF;
END
$plan$;
UPDATE c SET v = 5 WHERE v <> 5;
COMMIT;
`,
  mysql: `SET @plan_sql = IF(NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'k'), 'CREATE TABLE k (id integer PRIMARY KEY, note text)', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(NOT EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'c' AND CONSTRAINT_NAME = 'c_p_fkey'), 'ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p_id) REFERENCES p (id)', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(EXISTS (SELECT 1 FROM c WHERE v <> 5), 'UPDATE c SET v = 5 WHERE v <> 5', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
`,
};

/** The OID of constraint `name` in the scratch (PostgreSQL). */
async function constraintOid(s: Scratch, name: string): Promise<string> {
  const [row] = await s.query<{ oid: string }>(
    `SELECT oid::text AS oid FROM pg_constraint WHERE conname = '${name}' AND connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`,
  );
  return row.oid;
}

/** Applies `sql` a second time (the way `via` says) and returns what that run wrote. */
async function secondRun(s: Scratch, sql: string, via: 'driver' | 'cli'): Promise<string[]> {
  const before = await s.writeEvidence();
  if (via === 'cli') await s.execWithClient(sql);
  else await s.execScript(sql);
  return describeWrites(before, await s.writeEvidence());
}

for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  await describeEngines(dialect, (e) => {
    const vias: ('driver' | 'cli')[] = e.url && hasClient(dialect) ? ['driver', 'cli'] : ['driver'];
    for (const via of vias) {
      it(`a name-only guarded foreign key, SET DEFAULT and an UPDATE show on the second run (${via})`, async () => {
        const s = await openScratch(dialect, { url: e.url });
        try {
          await s.execScript(SETUP[dialect]);
          await s.execScript(BROKEN[dialect]);
          if (dialect === 'postgres') {
            const oid = await constraintOid(s, 'c_p_fkey');
            const lines = await secondRun(s, BROKEN[dialect], via);
            expect(lines).toEqual([`constraint c_p_fkey on c re-created (oid ${oid} → ${await constraintOid(s, 'c_p_fkey')})`, 'default of c.v rewritten', 'c: 1 row written']);
          } else {
            // DROP FOREIGN KEY, ADD CONSTRAINT (both through PREPARE/EXECUTE) and SET DEFAULT; CREATE TABLE chose DO 0.
            expect(await secondRun(s, BROKEN[dialect], via)).toEqual(['3 × ALTER TABLE executed (Com_alter_table +3)', '1 × UPDATE executed (Com_update +1)']);
          }
          // The catalog reads the same: only the write evidence tells.
          const catalog = await s.catalog();
          await s.execScript(BROKEN[dialect]);
          expect(await s.catalog()).toEqual(catalog);
        } finally {
          await s.close();
        }
      });

      it(`a script guarded throughout writes nothing on the second run (${via})`, async () => {
        const s = await openScratch(dialect, { url: e.url });
        try {
          await s.execScript(SETUP[dialect]);
          const first = await secondRun(s, IDEMPOTENT[dialect], via);
          // The first run writes, so the evidence is not blind. The first foreign key of c and p sets relhastriggers
          // on both tables; PostgreSQL 18 (PGlite) also keeps NOT NULL as a constraint.
          const notNullConstraint = e.url === undefined ? ['constraint k_id_not_null on k created'] : [];
          expect(first).toEqual(
            dialect === 'postgres'
              ? ['column k.id created', 'column k.note created', 'constraint c_p_fkey on c created', ...notNullConstraint, 'constraint k_pkey on k created', 'index c_v_index on c created', 'index k_pkey on k created', 'table c altered', 'table k created', 'table p altered', 'c: 3 rows written']
              : ['1 × ALTER TABLE executed (Com_alter_table +1)', '1 × CREATE TABLE executed (Com_create_table +1)', '1 × UPDATE executed (Com_update +1)'],
          );
          expect(await secondRun(s, IDEMPOTENT[dialect], via)).toEqual([]);
        } finally {
          await s.close();
        }
      });
    }
  });
}

// ---------- plan verify on a plan that re-executes on purpose ----------

const PRODUCT = `product: rerun
title: Plans that re-execute statements on a second run
versions: ["1.0", "1.1"]
dialects: [postgres, mysql]
`;
const INSTALL = (to: string, extra = '') => `product: rerun
from: "0"
to: "${to}"
summary: install ${to}
steps:
  - create_table:
      name: parent
      columns: [{ name: id, type: integer, nullable: false }]
      primary_key: { columns: [id] }
  - create_table:
      name: child
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: parent_id, type: integer }
        - { name: label, type: varchar(20), default: x }${extra}
      primary_key: { columns: [id] }
      foreign_keys:
        - { name: child_parent_id_fkey, columns: [parent_id], references: { table: parent, columns: [id] }, on_delete: cascade, mysql: { name: child_ibfk_1 } }
`;

const raw = (description: string, postgres: string, mysql: string) => `  - raw_sql:
      description: ${description}
      postgres: "${postgres}"
      mysql: "${mysql}"
      unguarded: re-executes on purpose
      inverse: { postgres: "SELECT 1", mysql: "DO 0" }
`;
// The catalog after it equals 1.0's, so every other check passes: only the new one can see it.
const REEXECUTES =
  raw('foreign key guarded by its name only (1/2)', 'ALTER TABLE child DROP CONSTRAINT IF EXISTS child_parent_id_fkey', 'ALTER TABLE child DROP FOREIGN KEY IF EXISTS child_ibfk_1') +
  raw(
    'foreign key guarded by its name only (2/2)',
    'ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE',
    'ALTER TABLE child ADD CONSTRAINT child_ibfk_1 FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE',
  ) +
  raw('default set every run', "ALTER TABLE child ALTER COLUMN label SET DEFAULT 'x'", "ALTER TABLE child ALTER COLUMN label SET DEFAULT 'x'") +
  raw('unconditional update', 'UPDATE parent SET id = id WHERE id = (SELECT MIN(id) FROM parent)', 'UPDATE parent SET id = id ORDER BY id LIMIT 1');
const GUARDED = `  - add_column: { table: child, column: { name: note, type: varchar(20) } }
  - create_index: { table: child, name: child_label_index, columns: [label] }
`;

function plansWith(upgrade: string, install11: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-rerun-'));
  mkdirSync(join(dir, 'rerun'));
  writeFileSync(join(dir, 'rerun', 'product.yaml'), PRODUCT);
  writeFileSync(join(dir, 'rerun', '0-1.0.yaml'), INSTALL('1.0'));
  writeFileSync(join(dir, 'rerun', '0-1.1.yaml'), install11);
  writeFileSync(join(dir, 'rerun', '1.0-1.1.yaml'), `product: rerun\nfrom: "1.0"\nto: "1.1"\nsummary: second run on purpose\nsteps:\n${upgrade}`);
  return dir;
}

/** The detail of a check, OIDs replaced by … once checked to differ (they are the engine's to choose). */
function detailOf(checks: CheckResult[], name: string): { ok: boolean; detail: string[] } {
  const c = checks.find((x) => x.check === name);
  if (!c) throw new Error(`no check named ${name}`);
  const detail = c.detail.map((l) =>
    l.replace(/\(oid (\d+) → (\d+)\)/, (_, a: string, b: string) => (a !== b ? '(oid … → …)' : `(oid ${a} → ${b}: the same)`)),
  );
  return { ok: c.ok, detail };
}

for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  await describeEngines(dialect, (e) => {
    // No crash sample: the broken plan's raw steps drop and re-add a foreign key the model does not know they
    // touch, so a run resumed between them finds a catalog no state of the path has, and the version check
    // (rightly) stops it. This test is about the second run only.
    const run = (upgrade: string, install11: string) =>
      verify({ product: 'rerun', from: '1.0', to: '1.1', dialect, url: e.url, plansDir: plansWith(upgrade, install11), sample: 0 });

    it('plan verify: a plan whose second run re-executes fails "second run executes nothing" only', async () => {
      const r = await run(REEXECUTES, INSTALL('1.1'));
      expect(r.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['second run executes nothing']);
      expect(detailOf(r.checks, 'second run executes nothing')).toEqual({
        ok: false,
        detail:
          dialect === 'postgres'
            ? ['constraint child_parent_id_fkey on child re-created (oid … → …)', 'default of child.label rewritten', 'parent: 1 row written']
            : [
                '3 × ALTER TABLE executed (Com_alter_table +3)',
                '1 × UPDATE executed (Com_update +1)',
                // The counters do not say which statements: one operation at a time does.
                '1.0 → 1.1 · 1/4 · foreign key guarded by its name only (1/2): 1 × ALTER TABLE',
                '1.0 → 1.1 · 2/4 · foreign key guarded by its name only (2/2): 1 × ALTER TABLE',
                '1.0 → 1.1 · 3/4 · default set every run: 1 × ALTER TABLE',
                '1.0 → 1.1 · 4/4 · unconditional update: 1 × UPDATE',
              ],
      });
      expect(detailOf(r.checks, 'up again changes nothing')).toEqual({ ok: true, detail: [] });
      expect(detailOf(r.checks, 'down: second run executes nothing')).toEqual({ ok: true, detail: [] });
      expect(r.ok).toBe(false);
    });

    it('plan verify: a guarded plan passes both second-run checks', async () => {
      const r = await run(GUARDED, INSTALL('1.1', '\n        - { name: note, type: varchar(20) }') + GUARDED.split('\n')[1] + '\n');
      const names = r.checks.map((c) => c.check);
      expect(names.indexOf('second run executes nothing')).toBe(names.indexOf('up again changes nothing') + 1);
      expect(names.indexOf('down: second run executes nothing')).toBe(names.indexOf('down again changes nothing') + 1);
      expect(detailOf(r.checks, 'second run executes nothing')).toEqual({ ok: true, detail: [] });
      expect(detailOf(r.checks, 'down: second run executes nothing')).toEqual({ ok: true, detail: [] });
    });
  });
}

// `plan verify` must fail, and name the failing check, when a plan is broken in the ways that matter to a
// DBA: a statement that fails on a re-run, an inverse that does not restore the schema, and an upgrade that
// ends up different from a fresh install (here: a lost ON UPDATE CASCADE).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { verify, type VerifyReport } from '../src/verify/verify.js';
import type { DialectName } from '../src/plan/types.js';
import { describeEngines } from './helpers/servers.js';

const PRODUCT = `product: broken
title: Deliberately broken plans
versions: ["1.0", "1.1"]
dialects: [postgres, mysql]
`;
const TABLES = (onUpdate: string) => `
  - create_table:
      name: parent
      columns: [{ name: id, type: integer, nullable: false }]
      primary_key: { columns: [id] }
  - create_table:
      name: child
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: parent_id, type: integer }
      primary_key: { columns: [id] }
      foreign_keys:
        - { name: child_parent_id_fkey, columns: [parent_id], references: { table: parent, columns: [id] }, on_delete: cascade${onUpdate}, mysql: { name: child_ibfk_1 } }
`;
const INSTALL_10 = `product: broken\nfrom: "0"\nto: "1.0"\nsummary: install 1.0\nsteps:${TABLES('')}`;
const INSTALL_11 = `product: broken\nfrom: "0"\nto: "1.1"\nsummary: install 1.1\nsteps:${TABLES(', on_update: cascade')}`;

function plansWith(upgrade: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-broken-'));
  mkdirSync(join(dir, 'broken'));
  writeFileSync(join(dir, 'broken', 'product.yaml'), PRODUCT);
  writeFileSync(join(dir, 'broken', '0-1.0.yaml'), INSTALL_10);
  writeFileSync(join(dir, 'broken', '0-1.1.yaml'), INSTALL_11);
  writeFileSync(join(dir, 'broken', '1.0-1.1.yaml'), `product: broken\nfrom: "1.0"\nto: "1.1"\nsummary: broken on purpose\nsteps:\n${upgrade}`);
  return dir;
}

// The correct upgrade, for contrast: verify passes it.
const GOOD = `  - replace_foreign_key: { table: child, name: child_parent_id_fkey, columns: [parent_id], references: { table: parent, columns: [id] }, on_delete: cascade, on_update: cascade, mysql: { name: child_ibfk_1 } }\n`;
const UNGUARDED = GOOD + `  - raw_sql:
      description: seed a parent row without a guard
      postgres: INSERT INTO parent (id) VALUES (100);
      mysql: INSERT INTO parent (id) VALUES (100);
      inverse: { postgres: "DELETE FROM parent WHERE id = 100;", mysql: "DELETE FROM parent WHERE id = 100;" }
      unguarded: on purpose, for verify to catch
`;
const WRONG_INVERSE = GOOD + `  - add_column: { table: child, column: { name: note, type: text } }
    inverse: []
`;
// Redefines the key for ON DELETE but forgets ON UPDATE CASCADE, which the fresh install of 1.1 has.
const LOST_CASCADE = `  - replace_foreign_key: { table: child, name: child_parent_id_fkey, columns: [parent_id], references: { table: parent, columns: [id] }, on_delete: set null, mysql: { name: child_ibfk_1 } }\n`;

// A rollback that fails on rows only 1.1 can hold (a value wider than the narrowed column), instead of refusing
// with a data check before any change: the separate rollback scenario of issue #10 catches it.
const NARROWING_ROLLBACK = GOOD + `  - add_column: { table: child, column: { name: code, type: varchar(10) } }
    inverse:
      - raw_sql:
          description: narrow code with no data check
          postgres: ALTER TABLE child ALTER COLUMN code TYPE varchar(2);
          mysql: ALTER TABLE child MODIFY code varchar(2);
          unguarded: on purpose, for verify to catch
      - raw_sql:
          description: then drop it
          postgres: ALTER TABLE child DROP COLUMN code;
          mysql: ALTER TABLE child DROP COLUMN code;
          unguarded: on purpose, for verify to catch
`;

const failed = (r: VerifyReport) => r.checks.filter((c) => !c.ok).map((c) => c.check);

for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  await describeEngines(dialect, (e) => {
    const run = (upgrade: string) => verify({ product: 'broken', from: '1.0', to: '1.1', dialect, url: e.url, plansDir: plansWith(upgrade), sample: 2 });

    it('passes the correct plan', async () => {
      expect(failed(await run(GOOD))).toEqual([]);
    });

    it('catches a statement that fails when run again', async () => {
      const r = await run(UNGUARDED);
      expect(failed(r)).toContain('up again changes nothing');
      expect(r.ok).toBe(false);
    });

    it('catches an inverse that does not restore the schema', async () => {
      const r = await run(WRONG_INVERSE);
      const down = r.checks.find((c) => c.check.startsWith('down:'))!;
      expect(down.ok).toBe(false);
      expect(down.detail.join('\n')).toContain('child | COL note');
    });

    it('catches a rollback that fails on rows only the newer version holds, rather than refusing before any change', async () => {
      const r = await run(NARROWING_ROLLBACK);
      const scenario = r.checks.find((c) => c.check.startsWith('down with rows only 1.1 can hold'))!;
      expect(scenario.ok).toBe(false);
      expect(scenario.detail.join('\n')).toMatch(dialect === 'postgres' ? /first try: the rollback failed without a data check: .*value too long for type character varying\(2\)/ : /first try: the rollback failed without a data check: .*Data truncated for column 'code'/);
    });

    it('passes the refusal scenario of the correct plan: its rollback keeps every row seeded at 1.1', async () => {
      const r = await run(GOOD);
      const scenario = r.checks.find((c) => c.check.startsWith('down with rows only 1.1 can hold'))!;
      expect(scenario).toMatchObject({ ok: true, detail: [expect.stringMatching(/^note: the rollback accepted the \d+ rows seeded at 1\.1$/)] });
    });

    it('catches a lost ON UPDATE CASCADE as drift from the fresh install', async () => {
      const r = await run(LOST_CASCADE);
      const fresh = r.checks.find((c) => c.check.startsWith('upgrade equals fresh install'))!;
      expect(fresh.ok).toBe(false);
      expect(fresh.detail.join('\n')).toMatch(dialect === 'postgres' ? /child_parent_id_fkey .*ON UPDATE CASCADE/ : /child_ibfk_1 .*ON UPDATE CASCADE/);
    });
  });
}

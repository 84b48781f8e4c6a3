// refuse_uncopied on PostgreSQL (DialectRules.compareKeySets) groups the table's rows with the rows its copies give.
// The products' checks take the one-set form (every copy gives the same columns, none nullable: Keto, SuperTokens);
// this plan takes the other: two copies into t, one keyed by (id, code) with code nullable, one by the primary key
// only, so each copy has its own set and a row is given when either set has it. A NULL in a key column meets no
// source row, as with = in the EXISTS form MySQL and SQLite keep: the rollback stops, naming the row.
import { afterAll, beforeEach, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import { describeEngines } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

afterAll(() => closeAllScratches());

const dir = tempPlansDir();
writePlanFile(dir, 'cs', 'product.yaml', 'product: cs\ntitle: Copy sets\nversions: ["1.0", "1.1"]\ndialects: [postgres, mysql, sqlite]\n');
writePlanFile(dir, 'cs', '0-1.0.yaml', `product: cs
from: "0"
to: "1.0"
summary: two sources
steps:
  - create_table:
      name: a
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: code, type: varchar(20) }
      primary_key: { columns: [id] }
  - create_table:
      name: b
      columns:
        - { name: id, type: integer, nullable: false }
      primary_key: { columns: [id] }
`);
writePlanFile(dir, 'cs', '1.0-1.1.yaml', `product: cs
from: "1.0"
to: "1.1"
summary: t filled from a and b
steps:
  - create_table:
      name: t
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: code, type: varchar(20) }
        - { name: origin, type: varchar(10), nullable: false }
      primary_key: { columns: [id] }
  - add_unique: { table: t, name: t_id_code_key, columns: [id, code] }
  - copy_rows: { into: t, from: a, key: [id, code], values: { id: { column: id }, code: { column: code }, origin: { literal: a } } }
  - copy_rows: { into: t, from: b, values: { id: { column: id }, origin: { literal: b } } }
`);
const script = (from: string, to: string) => compile({ product: 'cs', plansDir: dir, from, to, dialect: 'postgres' }).sql;

it('the check is grouped twice: each copy its own set, then every row of t by its primary key', () => {
  const down = script('1.1', '1.0');
  expect(down).toContain('GROUP BY plan_keys.plan_v1, plan_keys.plan_v2 HAVING MIN(plan_keys.plan_in_source) = 0 AND MAX(plan_keys.plan_in_source) = 1');
  expect(down).toContain('FROM t AS dst WHERE dst.code IS NOT NULL UNION ALL SELECT src.id, src.code, 1 FROM a AS src');
  expect(down).toContain('GROUP BY plan_rows.k1 HAVING MAX(plan_rows.plan_given) = 0');
  expect(down).not.toMatch(/ IN \(SELECT|AS dst WHERE NOT \(EXISTS/);
});

await describeEngines('postgres', (e) => {
  let s: Scratch;
  beforeEach(async () => {
    s = await openScratch('postgres', e.url ? { url: e.url } : {});
    await s.execScript(script('0', '1.0'));
    await s.execStatements([`INSERT INTO a VALUES (1, 'x'), (2, 'y'), (4, NULL)`, 'INSERT INTO b VALUES (3), (4)']);
    await s.execScript(script('1.0', '1.1'));
  }, 600_000);

  it('rows either copy gives roll back; a row neither gives, or one whose key holds NULL, stops it, named', async () => {
    // Row 4: a gives (4, NULL), which no key meets (NULL), and b gives (4): given by b.
    expect((await s.rows('t')).map((r) => [r.id, r.code, r.origin])).toEqual([['1', 'x', 'a'], ['2', 'y', 'a'], ['3', null, 'b'], ['4', null, 'a']]);
    await s.execStatements([`INSERT INTO t VALUES (5, NULL, 'new')`, `UPDATE t SET code = NULL WHERE id = 2`, `UPDATE t SET code = 'z' WHERE id = 3`]);
    const err = await s.execScript(script('1.1', '1.0')).then(() => undefined, (x: Error) => x);
    expect(err?.message).toContain('plan stopped: t holds rows that none of the 1.0 → 1.1 copies into it gives (written since the upgrade)');
    // 2: (2, NULL) is no row of a; 3: b gives id 3 whatever its code; 5: no source row.
    expect(err?.message).toContain(`(the first of them by id: '2'; '5')`);
    await s.execStatements(['DELETE FROM t WHERE id IN (2, 5)']);
    await s.execScript(script('1.1', '1.0'));
    const catalog = await s.catalog();
    expect(catalog.some((l) => l.startsWith('T a | '))).toBe(true);
    expect(catalog.some((l) => l.startsWith('T t | '))).toBe(false);
  }, 600_000);
});

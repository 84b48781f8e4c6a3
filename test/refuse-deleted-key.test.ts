// refuse_deleted (a rollback's first check past a copy with refuse_deleted_on_rollback) found a source row's target
// row by the target's primary key, where copy_rows finds it by the copy's `key` (else the primary key). For a copy
// with `key:` into a table that already held rows, a source row whose key the target held already under another
// primary key was never copied (the copy saw it there); the rollback then looked for it by the primary key the copy
// would have given it, did not find it, reported it "deleted since the upgrade" and refused. Found in review. The
// check now uses the copy's key, as copy_rows' match() does; a row really deleted since still stops the rollback.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { describeEngines } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

afterAll(() => closeAllScratches());

// Version 1.0: a source `src` and a target `dst`, each with its own primary key; dst's unique key is its code.
// 1.0 → 1.1 copies src into dst by code (key: [code]); the older version reads src again after a rollback.
const dir = tempPlansDir();
writePlanFile(dir, 'demo', 'product.yaml', 'product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: [postgres, mysql, sqlite]\n');
writePlanFile(dir, 'demo', '0-1.0.yaml', `product: demo
from: "0"
to: "1.0"
summary: base
steps:
  - create_table: { name: src, columns: [{ name: id, type: integer, nullable: false }, { name: code, type: "varchar(20)", nullable: false }], primary_key: { columns: [id] } }
  - create_table: { name: dst, columns: [{ name: id, type: integer, nullable: false }, { name: code, type: "varchar(20)", nullable: false }], primary_key: { columns: [id] } }
  - create_index: { table: dst, name: dst_code_key, columns: [code], unique: true }
`);
writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo
from: "1.0"
to: "1.1"
summary: copy src into dst by code
steps:
  - copy_rows:
      into: dst
      from: src
      key: [code]
      values: { id: { column: id }, code: { column: code } }
      refuse_deleted_on_rollback: true
`);
const script = (dialect: DialectName, from: string, to: string) => compile({ product: 'demo', from, to, dialect, plansDir: dir }).sql;
// (MySQL: the stop is the name of a missing table, cut to 64 characters)
const STOP = /plan stopped: src holds rows that the 1\.0 → 1\.1 copy wrote into/;

for (const dialect of ['sqlite', 'postgres', 'mysql'] as const) {
  await describeEngines(dialect, (e) => {
    let s: Scratch;
    beforeAll(async () => {
      s = await openScratch(dialect, e.url ? { url: e.url } : {});
      await s.execScript(script(dialect, '0', '1.0'));
      // dst holds code 'a' already, under id 100; src has 'a' under id 1 (the copy skips it: dst has that code) and 'b'.
      await s.execStatements([`INSERT INTO dst (id, code) VALUES (100, 'a')`, `INSERT INTO src (id, code) VALUES (1, 'a'), (2, 'b')`]);
      await s.execScript(script(dialect, '1.0', '1.1'));
    }, 600_000);
    afterAll(() => s?.close());

    it('the copy wrote only b; the rollback is not refused for a, which dst held before the copy under another id', async () => {
      expect((await s.rows('dst')).map((r) => `${r.id}:${r.code}`).sort()).toEqual(['100:a', '2:b']);
      const err = await s.execScript(script(dialect, '1.1', '1.0')).then(() => undefined, (x: Error) => x);
      expect(err?.message).toBeUndefined();
      expect((await s.rows('src')).map((r) => String(r.code)).sort()).toEqual(['a', 'b']);
      expect((await s.rows('dst')).map((r) => `${r.id}:${r.code}`).sort()).toEqual(['100:a']);
    }, 600_000);

    it('a copied row deleted since the upgrade still stops the rollback', async () => {
      await s.execScript(script(dialect, '1.0', '1.1'));
      await s.execStatements([`DELETE FROM dst WHERE code = 'b'`]);
      const err = await s.execScript(script(dialect, '1.1', '1.0')).then(() => undefined, (x: Error) => x);
      expect(err?.message).toMatch(STOP);
    }, 600_000);
  });
}

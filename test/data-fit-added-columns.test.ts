// Found reviewing the data checks (stop 35's open list): a unique index or foreign key on a column the same script
// adds with a default had no data check. ADD COLUMN gives every row the table has the default, so a unique index on
// it alone fails on any table of two rows, one on it and start columns fails where those repeat, and a foreign key
// from it fails where the parent lacks the default, each at its own statement: half-way through a MySQL script (no
// transactional DDL), after every earlier statement committed. The checks (src/compile/preflight/data-fit.ts) now
// follow such a column as one value in every row, and stop before the first change, on every engine.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';
import { describeEngines } from './helpers/servers.js';

afterAll(() => closeAllScratches());

const dir = tempPlansDir();
writePlanFile(dir, 'addk', 'product.yaml', 'product: addk\ntitle: Keys on added columns\nversions: ["1.0", "2.0"]\ndialects: [postgres, mysql, sqlite]\n');
writePlanFile(
  dir,
  'addk',
  '0-1.0.yaml',
  `product: addk
from: "0"
to: "1.0"
summary: a table and a parent
steps:
  - create_table:
      name: p
      columns:
        - { name: code, type: varchar(8), nullable: false }
      primary_key: { columns: [code] }
  - create_table:
      name: t
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: name, type: varchar(20) }
      primary_key: { columns: [id] }
`,
);
writePlanFile(
  dir,
  'addk',
  '1.0-2.0.yaml',
  `product: addk
from: "1.0"
to: "2.0"
summary: keys on columns added with a default
steps:
  - add_column:
      table: t
      column: { name: flag, type: varchar(8), nullable: false, default: x }
  - add_column:
      table: t
      column: { name: note, type: varchar(8) }
  - create_index: { table: t, name: t_name_flag, columns: [name, flag], unique: true }
  - create_index: { table: t, name: t_flag, columns: [flag], unique: true }
  - create_index: { table: t, name: t_note, columns: [note], unique: true }
  - add_column:
      table: t
      column: { name: code, type: varchar(8), nullable: false, default: zz }
  - add_foreign_key:
      table: t
      name: t_code_fkey
      columns: [code]
      references: { table: p, columns: [code] }
`,
);

const DIALECTS: DialectName[] = ['postgres', 'mysql', 'sqlite'];
const script = (dialect: DialectName, from: string, to: string) => compile({ product: 'addk', plansDir: dir, from, to, dialect });

it.each(DIALECTS)('the script checks the keys on added columns before its first change; none for a column NULL in every row (%s)', (dialect) => {
  const lines = script(dialect, '1.0', '2.0').sql.split('\n');
  const checks = lines.filter((l) => l.startsWith('-- data check: ')).map((l) => l.slice('-- data check: '.length));
  expect(checks).toEqual([
    "name unique in t (2.0 unique index t_name_flag on (name, flag); the script gives every row the same flag ('x'))",
    "t has at most one row (2.0 unique index t_flag on flag; the script gives every row the same flag ('x'))",
    'every t row has its p row (2.0 foreign key t_code_fkey on code)',
  ]);
  const firstRule = lines.findIndex((l) => l.startsWith('-- ====='));
  for (const c of checks) expect(lines.indexOf(`-- data check: ${c}`)).toBeLessThan(firstRule);
});

for (const dialect of DIALECTS) {
  await describeEngines(dialect, (engine) => {
    describe(`${dialect} on ${engine.title}`, () => {
      let s: Scratch;
      beforeEach(async () => {
        s = await openScratch(dialect, { url: engine.url });
      }, 120_000);
      afterEach(async () => {
        await s?.close();
      });

      /** Runs the upgrade, expecting it to stop: its message (PostgreSQL, SQLite) or the one the MySQL script left. */
      const stopped = async (sql: string) => {
        const err = await s.execScript(sql).then(() => undefined, (e: Error) => e);
        expect(err, 'the script should have stopped').toBeInstanceOf(Error);
        if (dialect !== 'mysql') return err!.message;
        const [{ m }] = await s.query<{ m: string }>('SELECT @plan_problem AS m');
        return String(m);
      };
      const state = async () => ({ catalog: [...(await s.catalog())].sort(), rows: await s.allRows() });

      it('stops before any change on each kind of row, and applies once the data fits', async () => {
        await s.execScript(script(dialect, '0', '1.0').sql);
        await s.execScript("INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'a'), (3, 'b')");
        const up = script(dialect, '1.0', '2.0').sql;
        const before = await state();
        expect(await stopped(up)).toContain(
          "plan stopped: 1 name value of t is held by more than one row, and the script gives every row the same flag ('x'): (name, flag) is what 2.0 requires to be unique (unique index t_name_flag) (first name: 'a'). Make them unique or remove the extra rows, or stay at 1.0. Nothing was changed.",
        );
        expect(await state()).toEqual(before);

        await s.execScript("UPDATE t SET name = 'c' WHERE id = 2");
        const distinct = await state();
        expect(await stopped(up)).toContain(
          "plan stopped: 3 rows of t would all hold one flag, which 2.0 requires to be unique (unique index t_flag): the script gives every row the same flag ('x') (first keys: '1'; '2'; '3'). Keep at most one row in t, or stay at 1.0. Nothing was changed.",
        );
        expect(await state()).toEqual(distinct);

        await s.execScript('DELETE FROM t WHERE id > 1');
        const one = await state();
        expect(await stopped(up)).toContain(
          "plan stopped: 1 row of t, with the same code ('zz') the script gives every row, has a code that p does not have, which 2.0 requires (foreign key t_code_fkey) (first keys: '1'). Add the missing p rows or remove these, or stay at 1.0. Nothing was changed.",
        );
        expect(await state()).toEqual(one);

        await s.execScript("INSERT INTO p (code) VALUES ('zz')");
        await s.execScript(up);
        expect((await s.catalog()).join('\n')).toMatch(/t_flag/);
        // A finished script run again changes nothing and checks nothing (SQLite's, one transaction, says so and stops).
        const after = await state();
        if (dialect === 'sqlite') expect(await stopped(up)).toContain('plan: addk 1.0 → 2.0 is already applied (the database is at 2.0): nothing to do. Nothing was changed.');
        else await s.execScript(up);
        expect(await state()).toEqual(after);
      }, 240_000);
    });
  });
}

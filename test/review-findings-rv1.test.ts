// Found by review (helper rv1), each with its exact reproduction: a scratch product with --plans, versions 1.0 and
// 1.1, table t(id bigint not null, v varchar(20), …), primary key id.
// 1. A whole number past 2^53 in a plan (a row value, a where: value) was read as the nearest double and compiled as
//    another number (`equals: 9007199254740993` as `WHERE id = 9007199254740992`), silently: every YAML number is now
//    checked where plan files are read (src/plan/load.ts), and refused at its file, line and column; a --param of an
//    integer parameter past it says it is not read exactly.
// 2. On MySQL/MariaDB a where: on a text column followed the column's collation: `delete_where … v equals "zz"` also
//    deleted 'ZZ', 'zz ' and 'Zz' (PostgreSQL and SQLite only 'zz'), as the header says "where v is "zz"": a text
//    value on a text column is now compared exactly (sameText / sameTextIn), for equals, not_equals and in.
// 3. On MariaDB a set_default to the text "NULL" on a column without a default: the guard took MariaDB's spelling of
//    no default (the letters NULL, unquoted) for the text default 'NULL' (shown quoted, 'NULL'), so the script
//    stopped at its end check on every run; the rollback likewise.
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch } from '../src/engines/index.js';
import { loadProduct } from '../src/plan/load.js';
import { resolveParams } from '../src/plan/params.js';
import { verify } from '../src/verify/verify.js';
import type { DialectName } from '../src/plan/types.js';
import { expectAt, planError, tempPlansDir, writePlanFile } from './helpers/plans.js';
import { describeEngines, describeServer } from './helpers/servers.js';

afterAll(() => closeAllScratches());

const DIALECTS: DialectName[] = ['postgres', 'mysql', 'sqlite'];

/** A product `name` (versions 1.0, 1.1; every dialect) with its install plan and plan 1.0-1.1 (their steps). */
function product(name: string, columns: string, upSteps: string, productExtra = ''): string {
  const dir = tempPlansDir();
  writePlanFile(dir, name, 'product.yaml', `product: ${name}\ntitle: x\nversions: ["1.0", "1.1"]\ndialects: [postgres, mysql, sqlite]\n${productExtra}`);
  writePlanFile(dir, name, '0-1.0.yaml', `product: ${name}\nfrom: "0"\nto: "1.0"\nsummary: t\nsteps:\n  - create_table:\n      name: t\n      columns:\n${columns}      primary_key: { columns: [id] }\n`);
  writePlanFile(dir, name, '1.0-1.1.yaml', `product: ${name}\nfrom: "1.0"\nto: "1.1"\nsummary: u\nsteps:\n${upSteps}`);
  return dir;
}

const COLUMNS = '        - { name: id, type: bigint, nullable: false }\n        - { name: v, type: varchar(20) }\n';

describe('1. numbers past 2^53 - 1 are refused where they are written, not rounded', () => {
  it('the reviewer\'s plan: a delete_where equals and an insert row value', () => {
    const dir = product('h_rv1_x', COLUMNS, '  - delete_where: { table: t, where: { column: id, equals: 9007199254740993 } }\n    inverse: []\n  - insert: { table: t, rows: [ { id: 9007199254740995, v: x } ] }\n');
    for (const dialect of DIALECTS) {
      const e = planError(() => compile({ product: 'h_rv1_x', plansDir: dir, from: '1.0', to: '1.1', dialect }));
      expectAt(e, e.pos!.file, 6, 60, /the number 9007199254740993 is not read exactly: a YAML number past 9007199254740991 loses digits \(it would be read as 9007199254740992\): write the number in quotes, as a string of its digits \("9007199254740993"\)/);
      expect(e.pos!.file).toMatch(/h_rv1_x\/1\.0-1\.1\.yaml$/);
    }
  });

  it.each([
    ['an insert row value', '  - insert: { table: t, rows: [ { id: 9007199254740995, v: x } ] }\n', '9007199254740995'],
    ['a where: in list', '  - delete_where: { table: t, where: { column: id, in: [1, -9007199254740993] } }\n    inverse: []\n', '-9007199254740993'],
    ['a where: not_equals', '  - delete_where: { table: t, where: { column: id, not_equals: 18446744073709551615 } }\n    inverse: []\n', '18446744073709551615'],
    ['an update set value', '  - update: { table: t, set: { id: { literal: 9007199254740993 } }, where: { column: v, equals: a } }\n    inverse: []\n', '9007199254740993'],
    ['a decimal with more digits than a double keeps', '  - insert: { table: t, rows: [ { id: 1, v: x, w: 0.12345678901234567890 } ] }\n', '0.12345678901234567890'],
  ])('%s', (_what, steps, written) => {
    const dir = product('h_rv1_x', COLUMNS, steps);
    const e = planError(() => loadProduct('h_rv1_x', dir));
    // Line 6 of the plan file (its first step), at the number's first character.
    expectAt(e, e.pos!.file, 6, steps.split('\n')[0].indexOf(written) + 1, new RegExp(`the number ${written.replace(/[.+-]/g, '\\$&')} is not read exactly`));
  });

  it("a parameter's default in product.yaml", () => {
    const dir = product('h_rv1_x', COLUMNS, '  - insert: { table: t, rows: [ { id: 1, v: x } ] }\n', 'parameters:\n  n: { type: integer, default: 9007199254740993, description: n }\n');
    const e = planError(() => loadProduct('h_rv1_x', dir));
    expectAt(e, e.pos!.file, 6, 32, /the number 9007199254740993 is not read exactly/);
  });

  it('numbers a double holds are read as before (2^53 - 1, 1.10, 1e3, 0x1F)', () => {
    const dir = product('h_rv1_x', COLUMNS, '  - insert: { table: t, rows: [ { id: 9007199254740991, v: x }, { id: -9007199254740991, v: y }, { id: 0x1F, v: z }, { id: 1e3, v: w } ] }\n');
    expect(() => loadProduct('h_rv1_x', dir)).not.toThrow();
  });

  it('in quotes, the number is compiled exactly', () => {
    const dir = product('h_rv1_x', COLUMNS, '  - delete_where: { table: t, where: { column: id, equals: "9007199254740993" } }\n    inverse: []\n  - insert: { table: t, rows: [ { id: "9007199254740995", v: x } ] }\n');
    for (const dialect of DIALECTS) {
      const sql = compile({ product: 'h_rv1_x', plansDir: dir, from: '1.0', to: '1.1', dialect }).sql;
      expect(sql).toContain('9007199254740993');
      expect(sql).toContain('9007199254740995');
      expect(sql).not.toContain('9007199254740992');
      expect(sql).not.toContain('9007199254740996');
    }
  });

  it('--param n=9007199254740993 for an integer parameter says it is not read exactly', () => {
    const dir = product('h_rv1_x', COLUMNS, '  - insert: { table: t, rows: [ { id: 1, v: x } ] }\n', 'parameters:\n  n: { type: integer, default: 1, description: n }\n');
    const e = planError(() => resolveParams(loadProduct('h_rv1_x', dir), ['n=9007199254740993']));
    expect(e.message).toBe('parameter n: "9007199254740993" is a whole number past 9007199254740991 (or below -9007199254740991), which is not read exactly (it would lose digits): an integer parameter takes a number from -9007199254740991 to 9007199254740991');
    expect(resolveParams(loadProduct('h_rv1_x', dir), ['n=9007199254740991']).n).toBe(9007199254740991);
  });
});

// 2. where: on a text column compares exactly on MySQL/MariaDB
{
  const W_COLUMNS = `${COLUMNS}        - { name: b, type: varchar(20) }\n        - { name: c, type: varchar(20) }\n`;
  const W_STEPS = [
    '  - delete_where: { table: t, where: { column: v, equals: "zz" } }\n    inverse: []\n',
    '  - update: { table: t, set: { b: { literal: "in" } }, where: { column: v, in: ["ab", "cd"] } }\n    inverse: []\n',
    '  - update: { table: t, set: { c: { literal: "ne" } }, where: { column: v, not_equals: "ab" } }\n    inverse: []\n',
  ].join('');
  const dir = product('h_rv1_w', W_COLUMNS, W_STEPS);
  const ROWS = "INSERT INTO t (id, v) VALUES (1, 'zz'), (2, 'ZZ'), (3, 'zz '), (4, 'Zz'), (5, 'ab'), (6, 'AB'), (7, 'ab '), (8, 'cd'), (9, NULL)";
  // What PostgreSQL and SQLite do, and the header says: only 'zz' deleted, only 'ab' and 'cd' in, every v but 'ab' (and NULL) differs.
  const EXPECTED = [
    [2, 'ZZ', null, 'ne'],
    [3, 'zz ', null, 'ne'],
    [4, 'Zz', null, 'ne'],
    [5, 'ab', 'in', null],
    [6, 'AB', null, 'ne'],
    [7, 'ab ', null, 'ne'],
    [8, 'cd', 'in', 'ne'],
    [9, null, null, null],
  ];

  it('the header says which rows', () => {
    expect(compile({ product: 'h_rv1_w', plansDir: dir, from: '1.0', to: '1.1', dialect: 'mysql' }).sql).toContain('deletes the rows of t where v is "zz"');
  });

  for (const dialect of DIALECTS) {
    await describeEngines(dialect, (e) => {
      it(`2. ${e.title}: only the rows the where: names exactly are deleted and updated; a second run changes nothing`, async () => {
        const s = await openScratch(dialect, { url: e.url });
        try {
          await s.execScript(compile({ product: 'h_rv1_w', plansDir: dir, from: '0', to: '1.0', dialect }).sql);
          await s.execScript(ROWS);
          const up = compile({ product: 'h_rv1_w', plansDir: dir, from: '1.0', to: '1.1', dialect }).sql;
          await s.execScript(up);
          const read = async () => (await s.query<{ id: unknown; v: string | null; b: string | null; c: string | null }>('SELECT id, v, b, c FROM t ORDER BY id')).map((r) => [Number(r.id), r.v, r.b, r.c]);
          expect(await read()).toEqual(EXPECTED);
          await s.execScript(up).catch((err: Error) => {
            // SQLite's second run stops by design, saying it is already applied.
            if (!/already/.test(err.message)) throw err;
          });
          expect(await read()).toEqual(EXPECTED);
        } finally {
          await s.close();
        }
      });
    });
  }
}

// 3. set_default to the text "NULL" on MariaDB: told apart from no default
{
  const dir = product('h_rv1_n', `${COLUMNS}        - { name: b, type: varchar(20) }\n`, '  - set_default: { table: t, column: b, default: "NULL" }\n');

  for (const dialect of DIALECTS) {
    await describeEngines(dialect, (e) => {
      it(`3. ${e.title}: plan verify 0 → 1.1 and 1.0 → 1.1 (twice, crashed, rolled back to default none)`, async () => {
        for (const from of ['0', '1.0']) {
          const r = await verify({ product: 'h_rv1_n', from, to: '1.1', dialect, url: e.url, plansDir: dir, sample: 4 });
          expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`), `${from} → 1.1`).toEqual([]);
        }
      });
    });
  }

  // The rollback restores the default "NULL": the install plan gives it, 1.1 sets another.
  const back = product('h_rv1_r', `${COLUMNS}        - { name: b, type: varchar(20), default: "NULL" }\n`, '  - set_default: { table: t, column: b, default: "x" }\n');
  for (const dialect of DIALECTS) {
    await describeEngines(dialect, (e) => {
      it(`3. ${e.title}: plan verify 1.0 → 1.1, whose rollback restores the default "NULL"`, async () => {
        const r = await verify({ product: 'h_rv1_r', from: '1.0', to: '1.1', dialect, url: e.url, plansDir: back, sample: 4 });
        expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
      });
    });
  }

  await describeServer('3. mysql server: apply twice, roll back twice', 'mysql', (url) => {
    it('the default is the text NULL after 1.1, none after the rollback; each script runs twice', async () => {
      const s = await openScratch('mysql', { url });
      try {
        const script = (from: string, to: string) => compile({ product: 'h_rv1_n', plansDir: dir, from, to, dialect: 'mysql' }).sql;
        await s.execScript(script('0', '1.0'));
        await s.execScript(script('1.0', '1.1'));
        await s.execScript(script('1.0', '1.1'));
        await s.execScript('INSERT INTO t (id) VALUES (1)');
        expect((await s.query<{ b: string | null }>('SELECT b FROM t'))[0].b).toBe('NULL');
        await s.execScript(script('1.1', '1.0'));
        await s.execScript(script('1.1', '1.0'));
        await s.execScript('INSERT INTO t (id) VALUES (2)');
        expect((await s.query<{ b: string | null }>('SELECT b FROM t WHERE id = 2'))[0].b).toBeNull();
      } finally {
        await s.close();
      }
    });
  });
}

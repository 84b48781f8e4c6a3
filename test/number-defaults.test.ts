// Found by review: a default written in quotes on an integer column ("5") passed plan validate, but the PostgreSQL
// script could never be applied: the model predicted the catalog would show '5'::integer, pg_get_expr shows 5, and
// the end check stopped and rolled back every run. The kind of fault: how PostgreSQL shows a number default
// (ruleutils.c get_const_expr: an integer or numeric constant bare unless negative, any other as 'text'::type; an
// unquoted number is an integer constant while it fits, then bigint, then numeric) against what the model predicted.
// A bigint default past integer's range (3000000000) was predicted bare too; PostgreSQL shows '3000000000'::bigint.
// And a quoted integer not in its own digits ("007") is kept as the number by the engines (MariaDB shows 7), so it is
// refused at the default with the digits to write.
// Each default through plan verify (twice, crashed, rolled back) on PGlite, PostgreSQL, MariaDB and SQLite.
import { afterAll, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { closeAllScratches } from '../src/engines/index.js';
import { verify } from '../src/verify/verify.js';
import type { DialectName } from '../src/plan/types.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';
import { describeEngines } from './helpers/servers.js';

afterAll(() => closeAllScratches());

const COLUMNS = [
  ['a', 'integer', '"5"'],
  ['b', 'integer', '"-5"'],
  ['c', 'smallint', '"7"'],
  ['d', 'bigint', '"9007199254740993"'],
  ['e', 'bigint', '3000000000'],
  ['f', 'bigint', '-3000000000'],
  ['g', 'integer', '-5'],
];

const dir = tempPlansDir();
writePlanFile(dir, 'num', 'product.yaml', 'product: num\ntitle: Number defaults\nversions: ["1.0"]\ndialects: [postgres, mysql, sqlite]\n');
writePlanFile(
  dir,
  'num',
  '0-1.0.yaml',
  `product: num\nfrom: "0"\nto: "1.0"\nsummary: number defaults, quoted and not\nsteps:\n  - create_table:\n      name: t\n      columns:\n        - { name: id, type: integer, nullable: false }\n${COLUMNS.map(([n, t, v]) => `        - { name: ${n}, type: ${t}, default: ${v} }`).join('\n')}\n      primary_key: { columns: [id] }\n`,
);

it("PostgreSQL: the catalog's spelling of each, as measured on PostgreSQL 15", () => {
  const lines = predictCatalog({ product: 'num', plansDir: dir, version: '1.0', dialect: 'postgres' });
  const col = (n: string) => lines.find((l) => l.includes(`COL ${n} `));
  expect(col('a')).toContain('COL a integer DEFAULT 5');
  expect(col('b')).toContain("COL b integer DEFAULT '-5'::integer");
  expect(col('c')).toContain("COL c smallint DEFAULT '7'::smallint");
  expect(col('d')).toContain("COL d bigint DEFAULT '9007199254740993'::bigint");
  expect(col('e')).toContain("COL e bigint DEFAULT '3000000000'::bigint");
  expect(col('f')).toContain("COL f bigint DEFAULT '-3000000000'::bigint");
  expect(col('g')).toContain("COL g integer DEFAULT '-5'::integer");
});

it('a quoted integer not written as its own digits ("007") is refused at the default, with the digits to write', () => {
  const bad = tempPlansDir();
  writePlanFile(bad, 'z', 'product.yaml', 'product: z\ntitle: z\nversions: ["1.0"]\ndialects: [postgres, mysql, sqlite]\n');
  writePlanFile(bad, 'z', '0-1.0.yaml', 'product: z\nfrom: "0"\nto: "1.0"\nsummary: t\nsteps:\n  - create_table:\n      name: t\n      columns:\n        - { name: id, type: integer, nullable: false }\n        - { name: i, type: integer, default: "007" }\n      primary_key: { columns: [id] }\n');
  for (const [dialect, type] of [['postgres', 'PostgreSQL INTEGER'], ['mysql', 'MySQL 8 / MariaDB INT'], ['sqlite', 'SQLite integer']] as [DialectName, string][]) {
    let message = '';
    try {
      compile({ product: 'z', plansDir: bad, from: '0', to: '1.0', dialect });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message, dialect).toMatch(new RegExp(`0-1\\.0\\.yaml:10:46: create_table: default "007" of column t\\.i does not fit its type ${type.replace(/[/ ]/g, (c) => `\\${c}`)}: the engines keep it as 7: write "7"$`));
  }
});

for (const dialect of ['postgres', 'mysql', 'sqlite'] as DialectName[]) {
  await describeEngines(dialect, (e) => {
    it('plan verify 0 → 1.0: applied, a second run changes nothing, crashed and resumed, rolled back', async () => {
      const r = await verify({ product: 'num', from: '0', to: '1.0', dialect, url: e.url, plansDir: dir, sample: 4 });
      expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
    });
  });
}

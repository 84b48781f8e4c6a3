// Found in review (helper rv2): plans that plan validate accepted but that failed, or silently did something else, on
// the engine. Each is now refused at load, in one line naming the file, line and column:
// 1. PostgreSQL: an enum type named like a built-in type (`text`): a column of type enum(text) got pg_catalog.text.
// 2. MySQL/MariaDB: an enum label with trailing spaces, which the engine deletes (the end check then fails after DDL).
// 3. MySQL/MariaDB: enum labels differing only in letter case (or accents): ERROR 1291 duplicated value.
// 4. PostgreSQL: an enum label of 40 × 'é' (80 bytes): labels are limited to 63 bytes.
// 5. PostgreSQL system column names (xmin…), SQLite table names beginning with sqlite_, PostgreSQL table names
//    beginning with pg_ (pg_description resolves to the catalog's table).
// 6. insert rows and update literals not checked against their column types (defaults were).
import { describe, expect, it } from 'vitest';
import { validateAll } from '../src/compile/validate.js';
import { PlanError } from '../src/plan/errors.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

const HEAD = 'product: dd\nfrom: "0"\nto: "1.0"\nsummary: t\nsteps:\n';

/** What plan validate says of a product `dd` of `dialects` whose install has `steps` (YAML lines after `steps:`). */
async function validated(dialects: string, steps: string): Promise<{ message: string; file: string }> {
  const dir = tempPlansDir();
  writePlanFile(dir, 'dd', 'product.yaml', `product: dd\ntitle: T\nversions: ["1.0"]\ndialects: [${dialects}]\n`);
  const file = writePlanFile(dir, 'dd', '0-1.0.yaml', HEAD + steps);
  try {
    await validateAll('dd', dir);
    return { message: 'valid', file };
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    return { message: e.message, file };
  }
}

/** The position (line and 1-based column) of the first `token` in the install's text (`steps`, after the 5 head lines). */
function at(steps: string, token: string, after = ''): string {
  const lines = steps.split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const i = lines.findIndex((l, n) => n >= from && l.includes(token));
  return `${i + 6}:${lines[i].indexOf(token) + 1}`;
}

const table = (name: string, columns: string) => `  - create_table:\n      name: ${name}\n      columns:\n        - { name: id, type: integer, nullable: false }\n${columns}      primary_key: { columns: [id] }\n`;

describe('enum types', () => {
  it('PostgreSQL: refuses an enum type named like a built-in type (a column of type enum(text) got pg_catalog.text)', async () => {
    const steps = `  - create_enum_type: { name: text, values: ["a"] }\n${table('t', '        - { name: v, type: enum(text) }\n')}`;
    const r = await validated('postgres', steps);
    expect(r.message).toMatch(new RegExp(`^${r.file}:${at(steps, 'text')}: .*enum type name "text" cannot be used on postgres: "text" is the name of a built-in PostgreSQL type`));
    expect(r.message.split('\n')).toHaveLength(1);
    for (const name of ['int4', 'varchar', 'timestamptz', '_int4', 'pg_lsn']) {
      expect((await validated('postgres', `  - create_enum_type: { name: ${name}, values: ["a"] }\n`)).message).toMatch(/built-in PostgreSQL type/);
    }
    // MySQL and SQLite have no enum type objects: the name is the model's only.
    expect((await validated('mysql, sqlite', steps)).message).toBe('valid');
    expect((await validated('postgres', `  - create_enum_type: { name: mood, values: ["a"] }\n`)).message).toBe('valid');
  });

  it('MySQL: refuses an enum label with trailing spaces (the engine deletes them)', async () => {
    const steps = `  - create_enum_type: { name: e, values: ["a", "b "] }\n`;
    const r = await validated('mysql', steps);
    expect(r.message).toMatch(new RegExp(`^${r.file}:${at(steps, '"b "')}: .*enum type e: label "b " ends in a space: MySQL and MariaDB delete trailing spaces`));
    expect((await validated('postgres, sqlite', steps)).message).toBe('valid');
  });

  it('MySQL: refuses enum labels differing only in letter case or accents (ERROR 1291)', async () => {
    const steps = `  - create_enum_type: { name: e, values: ["a", "A"] }\n`;
    const r = await validated('mysql', steps);
    expect(r.message).toMatch(new RegExp(`^${r.file}:${at(steps, '"A"')}: .*label "A" differs from "a" only in letter case or accents`));
    expect((await validated('mysql', `  - create_enum_type: { name: e, values: ["e", "é"] }\n`)).message).toMatch(/label "é" differs from "e"/);
    expect((await validated('postgres, sqlite', steps)).message).toBe('valid');
  });

  it('PostgreSQL: refuses an enum label over 63 bytes (40 × é = 80 bytes, 40 characters)', async () => {
    const label = 'é'.repeat(40);
    const steps = `  - create_enum_type: { name: e, values: ["a", "${label}"] }\n`;
    const r = await validated('postgres', steps);
    expect(r.message).toMatch(new RegExp(`^${r.file}:${at(steps, `"${label}"`)}: .*is 80 bytes long in UTF-8; PostgreSQL keeps at most 63 bytes in an enum label`));
    expect((await validated('postgres', `  - create_enum_type: { name: e, values: ["${'é'.repeat(31)}"] }\n`)).message).toBe('valid');
  });
});

describe('reserved names', () => {
  it('PostgreSQL: refuses system column names as column names', async () => {
    for (const c of ['xmin', 'xmax', 'cmin', 'cmax', 'ctid', 'tableoid']) {
      const steps = table('t', `        - { name: ${c}, type: integer }\n`);
      const r = await validated('postgres', steps);
      expect(r.message).toMatch(new RegExp(`^${r.file}:${at(steps, c)}: .*column name "${c}" cannot be used on postgres: "${c}" is a system column`));
      expect((await validated('mysql, sqlite', steps)).message).toBe('valid');
    }
    const added = `${table('t', '')}  - add_column: { table: t, column: { name: ctid, type: integer } }\n`;
    expect((await validated('postgres', added)).message).toMatch(/column name "ctid" cannot be used on postgres/);
  });

  it('SQLite: refuses table names beginning with sqlite_ (any case)', async () => {
    for (const name of ['sqlite_stuff', 'SQLITE_x']) {
      const steps = table(name, '');
      const r = await validated('sqlite', steps);
      expect(r.message).toMatch(new RegExp(`^${r.file}:${at(steps, name)}: .*table name "${name}" cannot be used on sqlite: table names beginning with sqlite_`));
      expect((await validated('postgres, mysql', steps)).message).toBe('valid');
    }
    const renamed = `${table('t', '')}  - rename_table: { from: t, to: sqlite_t }\n`;
    expect((await validated('sqlite', renamed)).message).toMatch(/table name "sqlite_t" cannot be used on sqlite/);
  });

  it('PostgreSQL: refuses table names beginning with pg_ (pg_description is the catalog\'s)', async () => {
    for (const name of ['pg_description', 'pg_stuff']) {
      const steps = table(name, '');
      const r = await validated('postgres', steps);
      expect(r.message).toMatch(new RegExp(`^${r.file}:${at(steps, name)}: .*table name "${name}" cannot be used on postgres: table names beginning with pg_`));
    }
  });
});

describe('row values against their column types', () => {
  const cols = [
    '        - { name: s, type: varchar(3) }',
    '        - { name: u, type: uuid }',
    '        - { name: d, type: date }',
    '        - { name: b, type: boolean }',
    '        - { name: j, type: json }',
    '        - { name: n, type: smallint }',
  ].join('\n') + '\n';
  const cases: [string, string, RegExp][] = [
    ['s', '"abcdef"', /value "abcdef" for column t\.s does not fit its type .*: it is 6 characters long; a string of at most 3 characters fits/],
    ['u', '"not-a-uuid"', /value "not-a-uuid" for column t\.u does not fit its type PostgreSQL UUID/],
    ['d', '"2026-02-30"', /value "2026-02-30" for column t\.d does not fit its type .*DATE/],
    ['b', '"yes"', /value "yes" for column t\.b does not fit its type .*BOOLEAN: true or false fits/],
    ['j', '"{bad"', /value "\{bad" for column t\.j does not fit its type .*JSON: it is not JSON text/],
    ['n', '70000', /value 70000 for column t\.n does not fit its type .*SMALLINT: 70000 is out of its range/],
  ];
  for (const [c, v, what] of cases) {
    it(`insert: refuses ${v} for column ${c}`, async () => {
      const steps = `${table('t', cols)}  - insert: { table: t, rows: [{ id: 1, ${c}: ${v} }] }\n`;
      const r = await validated('postgres', steps);
      expect(r.message).toMatch(new RegExp(`^${r.file}:${at(steps, v, 'insert')}: `));
      expect(r.message).toMatch(what);
    });
  }
  it('insert: refuses a varchar(3) value on MySQL and SQLite too; update literals are checked alike', async () => {
    const steps = `${table('t', cols)}  - insert: { table: t, rows: [{ id: 1, s: "abcdef" }] }\n`;
    expect((await validated('mysql', steps)).message).toMatch(/value "abcdef" for column t\.s does not fit/);
    expect((await validated('sqlite', steps)).message).toMatch(/value "abcdef" for column t\.s does not fit/);
    const upd = `${table('t', cols)}  - update: { table: t, set: { n: { literal: 70000 } } }\n`;
    const r = await validated('postgres', upd);
    expect(r.message).toMatch(new RegExp(`^${r.file}:${at(upd, '70000')}: .*value 70000 for column t\\.n does not fit`));
    const fine = `${table('t', cols)}  - insert: { table: t, rows: [{ id: 1, s: "abc", u: "123e4567-e89b-42d3-a456-426614174000", d: "2026-02-28", b: true, j: "{}", n: 7, }] }\n`;
    expect((await validated('postgres, mysql, sqlite', fine)).message).toBe('valid');
  });
});

describe('PostgreSQL CHECK spelling', () => {
  // pg_get_constraintdef prints CHECK ((length(("order")::text) < 1000)): the script's end check compared that with
  // what the plan wrote, and every run failed after its DDL.
  const withCheck = (expression: string) =>
    `  - create_table:\n      name: t\n      columns:\n        - { name: id, type: integer, nullable: false }\n        - { name: order, type: varchar(10) }\n        - { name: note, type: text }\n      primary_key: { columns: [id] }\n      checks:\n        - { name: t_order_len, expression: ${JSON.stringify(expression)} }\n`;
  it('refuses a varchar column read without the cast PostgreSQL prints', async () => {
    const steps = withCheck('length("order") < 1000');
    const r = await validated('postgres', steps);
    expect(r.message).toMatch(new RegExp(`^${r.file}:${at(steps, '"length')}: .*check t_order_len is not written as PostgreSQL prints it back .*column "order" is VARCHAR\\(10\\)`));
    expect(r.message.split('\n')).toHaveLength(1);
  });
  it('refuses a string constant without its type', async () => {
    expect((await validated('postgres', withCheck("note <> ''"))).message).toMatch(/the string constant '' is printed with its type/);
  });
  it('takes the printed spelling, and leaves other dialects alone', async () => {
    expect((await validated('postgres', withCheck('length(("order")::text) < 1000'))).message).toBe('valid');
    expect((await validated('postgres', withCheck("note <> ''::text"))).message).toBe('valid');
    expect((await validated('postgres', withCheck('"order" IS NOT NULL'))).message).toBe('valid');
    expect((await validated('mysql, sqlite', withCheck('length("order") < 1000'))).message).not.toMatch(/prints it back/);
  });
});

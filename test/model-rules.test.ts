// The schema model refuses, at compile time and with the step's location, what the database would refuse
// or what would silently lose structure.
import { identifierLength } from '../src/dialects/dialect.js';
import { getDialect } from '../src/dialects/index.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import type { DialectName } from '../src/plan/types.js';
import { demoProduct, expectAt, planError, tempPlansDir, writePlanFile } from './helpers/plans.js';
import { PlanError } from '../src/plan/errors.js';

// 1.0: a (id pk, v, w) with index a_v_index on v; b (id pk, a_id → a.id as b_a_fkey).
const INSTALL = `product: demo
from: "0"
to: "1.0"
summary: install
steps:
  - create_table:
      name: a
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: v, type: "varchar(10)" }
        - { name: w, type: integer }
      primary_key: { columns: [id] }
  - create_index: { table: a, name: a_v_index, columns: [v] }
  - create_table:
      name: b
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: a_id, type: bigint }
      primary_key: { columns: [id] }
      foreign_keys:
        - { name: b_a_fkey, columns: [a_id], references: { table: a, columns: [id] } }
`;

/** Compiles 1.0 → 1.1 where the plan's only step is `step` (block style, so its arguments start at 7:7). */
function compileStep(step: string, dialect: DialectName) {
  const dir = demoProduct({ '0-1.0.yaml': INSTALL });
  const rel = writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: s\nsteps:\n${step}`);
  return { rel, run: () => compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir }) };
}

/** `step` refused with `message`, at 7:7 (the step's arguments) or at `where` ([line, col]: the argument it is about). */
function expectRefused(step: string, dialect: DialectName, message: RegExp, where: [number, number] = [7, 7]) {
  const { rel, run } = compileStep(step, dialect);
  expectAt(planError(run), rel, where[0], where[1], message);
}

const long = (n: number) => `t${'x'.repeat(n - 1)}`;

describe.each(['postgres', 'mysql'] as DialectName[])('refused on both dialects (%s)', (dialect) => {
  // (MySQL would keep a key that merely starts with the referenced columns, so the new key here does not.)
  it.each([
    ['add a column that exists', '  - add_column:\n      table: a\n      column: { name: v, type: text }\n', /^.*: add_column: column "a\.v" already exists$/, [8, 23]],
    ['drop a column that does not exist', '  - drop_column:\n      table: a\n      column: nope\n', /drop_column: column "a\.nope" does not exist at this point/],
    ['a foreign key to a missing table', '  - add_foreign_key:\n      table: a\n      name: a_x_fkey\n      columns: [w]\n      references: { table: missing, columns: [id] }\n', /add_foreign_key: table "missing" does not exist at this point/],
    ['replace_primary_key while a foreign key references the key', '  - replace_primary_key:\n      table: a\n      columns: [w]\n', /replace_primary_key: .*is referenced by foreign key b\.b_a_fkey: drop or replace it first/],
    ['drop a column used by an index', '  - drop_column:\n      table: a\n      column: v\n', /drop_column: column "a\.v" is used by index a_v_index: drop it first/],
    ['a NOT NULL column without default', '  - add_column:\n      table: a\n      column: { name: n, type: integer, nullable: false }\n', /add_column: column "a\.n" is NOT NULL without a default/],
    ['a name longer than 64 characters', `  - create_table:\n      name: ${long(65)}\n      columns: [{ name: id, type: bigint }]\n`, /create_table: table name "tx+" is 65 (bytes; postgres allows at most 63|characters; mysql allows at most 64)/, [7, 13]],
    ['alter to the same type', '  - alter_column_type:\n      table: a\n      column: w\n      type: integer\n', /alter_column_type: column "a\.w" already has type (INTEGER|INT) in \w+/],
    ['a foreign key to columns that are not a key', '  - add_foreign_key:\n      table: b\n      name: b_w_fkey\n      columns: [id]\n      references: { table: a, columns: [w] }\n', /add_foreign_key: foreign key b_w_fkey references a \(w\), which is not a primary key or unique constraint there/],
    ['drop a table another table references', '  - drop_table:\n      name: a\n', /drop_table: table "a" is referenced by b\.b_a_fkey: drop those foreign keys first/],
  ] as [string, string, RegExp, [number, number]?][])('%s', (_name, step, message, where) => {
    expectRefused(step, dialect, message, where);
  });
});

describe('identifier length per dialect', () => {
  const create = (name: string) => `  - create_table:\n      name: ${name}\n      columns: [{ name: id, type: bigint }]\n`;
  it('64 characters: too long for PostgreSQL (63 bytes), fine for MySQL (64)', () => {
    expectRefused(create(long(64)), 'postgres', /create_table: table name "tx+" is 64 bytes; postgres allows at most 63/, [7, 13]);
    expect(compileStep(create(long(64)), 'mysql').run().statements.length).toBeGreaterThan(0);
  });
  it('63 characters: fine for both', () => {
    for (const d of ['postgres', 'mysql'] as DialectName[]) expect(compileStep(create(long(63)), d).run().statements.length).toBeGreaterThan(0);
  });
  it('column and index names are checked too', () => {
    expectRefused(`  - add_column:\n      table: a\n      column: { name: ${long(64)}, type: text }\n`, 'postgres', /column name "tx+" is 64 bytes/, [8, 23]);
    expectRefused(`  - create_index:\n      table: a\n      name: ${long(65)}\n      columns: [v]\n`, 'mysql', /index name "tx+" is 65 characters; mysql allows at most 64/, [8, 13]);
  });
  it('PostgreSQL counts bytes, MySQL characters (plan identifiers are ASCII, where the two agree)', () => {
    expect(identifierLength(getDialect('postgres').rules, 'é'.repeat(40))).toBe(80);
    expect(identifierLength(getDialect('mysql').rules, 'é'.repeat(40))).toBe(40);
  });
});

describe('mysql: the index that supports a foreign key', () => {
  // c.a_id gets its own index first, so the foreign key added after needs no index of its own.
  const step = `  - drop_index:
      table: c
      name: c_a_index
`;
  function withC() {
    const dir = demoProduct({
      '0-1.0.yaml': `${INSTALL}  - create_table:
      name: c
      columns: [{ name: id, type: bigint, nullable: false }, { name: a_id, type: bigint }]
      primary_key: { columns: [id] }
  - create_index: { table: c, name: c_a_index, columns: [a_id] }
  - add_foreign_key: { table: c, name: c_a_fkey, columns: [a_id], references: { table: a, columns: [id] } }
`,
    });
    const rel = writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: s\nsteps:\n${step}`);
    return { rel, run: (dialect: DialectName) => compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir }) };
  }

  it('dropping the only index supporting a foreign key is refused on mysql', () => {
    const { rel, run } = withC();
    expectAt(planError(() => run('mysql')), rel, 7, 7, /drop_index: dropping index c_a_index would leave foreign key c\.c_a_fkey without a supporting index \(MySQL refuses\): drop that foreign key first/);
  });

  it('postgres needs no such index', () => {
    expect(withC().run('postgres').statements.length).toBeGreaterThan(0);
  });

  it('an index made for a foreign key (b.a_id) cannot be dropped while the key is there', () => {
    expectRefused('  - drop_index:\n      table: b\n      name: a_id\n', 'mysql', /drop_index: dropping index a_id would leave foreign key b\.b_a_fkey without a supporting index/);
  });
});

it('errors in the install chain point at their own plan', () => {
  const dir = demoProduct({ '0-1.0.yaml': INSTALL.replace('columns: [v] }', 'columns: [nope] }') });
  const e = planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'postgres', plansDir: dir }));
  expect(e.pos?.file).toMatch(/demo\/0-1\.0\.yaml$/);
  expect([e.pos?.line, e.pos?.col]).toEqual([13, 19]);
  expect(e.message).toMatch(/create_index: index a_v_index uses column "a\.nope", which does not exist/);
});

describe('found by the property tests', () => {
  it('a unique constraint with the columns of the primary key (PostgreSQL would not create it)', async () => {
    const { demoProduct, planError } = await import('./helpers/plans.js');
    const { compile } = await import('../src/compile/compile.js');
    const dir = demoProduct({ '0-1.0.yaml': 'product: demo\nfrom: "0"\nto: "1.0"\nsummary: s\nsteps:\n  - create_table:\n      name: t\n      columns: [{ name: a, type: bigint, nullable: false }]\n      primary_key: { columns: [a] }\n      unique: [{ name: t_a_key, columns: [a] }]\n' });
    const e = planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir }));
    expect(e.message).toMatch(/0-1\.0\.yaml:7:7: create_table: unique constraint t_a_key has the columns of the primary key \(a\); PostgreSQL would not create it/);
  });
});

// Found by a fresh user: names that differ only in letter case passed validate and lint, then broke on MariaDB
// (a column rename desc → Desc skipped while the script said "applied"; columns a and A: ERROR 1060) and SQLite
// (a table rename User → user: "there is already another table or index with this name"). The dialect's
// rules.nameComparison says how it compares each kind of name; PostgreSQL compares quoted names exactly.
describe('names that differ only in letter case', () => {
  const ALL = '[postgres, mysql, sqlite]';
  /** Product `demo` (1.0, 1.1) on `dialects`, with plans (file name → YAML); the paths as errors name them. */
  function caseProduct(plans: Record<string, string>, dialects = ALL) {
    const dir = tempPlansDir();
    writePlanFile(dir, 'demo', 'product.yaml', `product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: ${dialects}\n`);
    const rel: Record<string, string> = {};
    for (const [f, text] of Object.entries(plans)) rel[f] = writePlanFile(dir, 'demo', f, text);
    return { dir, rel };
  }
  const plan = (from: string, to: string, steps: string) => `product: demo\nfrom: "${from}"\nto: "${to}"\nsummary: s\nsteps:\n${steps}`;
  // 1.0: User (id, desc) with index user_desc_index on desc; tag (id, user_id → User.id as tag_user_fkey).
  const INSTALL_USER = plan('0', '1.0', `  - create_table:
      name: User
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: desc, type: text }
      primary_key: { columns: [id] }
  - create_index: { table: User, name: user_desc_index, columns: [desc] }
  - create_table:
      name: tag
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: user_id, type: integer }
      primary_key: { columns: [id] }
      foreign_keys:
        - { name: tag_user_fkey, columns: [user_id], references: { table: User, columns: [id] } }
`);
  /** The 1.0 → 1.1 plan with `steps` (block style: the first step's arguments at 7:7), compiled for `dialect`. */
  function upgrade(steps: string, dialect: DialectName, dialects = ALL) {
    const { dir, rel } = caseProduct({ '0-1.0.yaml': INSTALL_USER, '1.0-1.1.yaml': plan('1.0', '1.1', steps) }, dialects);
    return { rel: rel['1.0-1.1.yaml'], dir, run: () => compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir }) };
  }
  function install(steps: string, dialect: DialectName, dialects = ALL) {
    const { dir, rel } = caseProduct({ '0-1.0.yaml': plan('0', '1.0', steps) }, dialects);
    return { rel: rel['0-1.0.yaml'], dir, run: () => compile({ product: 'demo', from: '0', to: '1.0', dialect, plansDir: dir }) };
  }
  const MYSQL = 'mysql \\(MySQL 8 / MariaDB\\)';
  const SQLITE = 'sqlite \\(SQLite\\)';
  const engine = (dialect: DialectName) => (dialect === 'mysql' ? MYSQL : SQLITE);

  const RENAME_COLUMN = '  - rename_column:\n      table: User\n      from: desc\n      to: Desc\n';
  const RENAME_TABLE = '  - rename_table:\n      from: User\n      to: user\n';
  const TABLES_T_AND_T = '  - create_table:\n      name: t\n      columns: [{ name: id, type: integer }]\n  - create_table:\n      name: T\n      columns: [{ name: id, type: integer }]\n';
  const COLUMNS_A_AND_A = '  - create_table:\n      name: t\n      columns:\n        - { name: a, type: integer }\n        - { name: A, type: integer }\n';

  describe.each(['mysql', 'sqlite'] as DialectName[])('refused where the engine ignores case (%s)', (dialect) => {
    it('a column renamed desc → Desc (MariaDB skipped the rename yet said "applied")', () => {
      const { rel, run } = upgrade(RENAME_COLUMN, dialect);
      expectAt(planError(run), rel, 9, 11, new RegExp(`^.*: rename_column: renaming column "User\\.desc" to "Desc" changes only letter case: ${engine(dialect)} compares column names ignoring case, so the engine sees the same name`));
    });
    it('a table renamed User → user (SQLite: "there is already another table or index with this name: user")', () => {
      const { rel, run } = upgrade(RENAME_TABLE, dialect);
      const where = dialect === 'mysql' ? ' on some servers \\(and a plan must work on any\\)' : '';
      expectAt(planError(run), rel, 8, 11, new RegExp(`^.*: rename_table: renaming table "User" to "user" changes only letter case: ${engine(dialect)} compares table names ignoring case${where}, so the engine sees the same name`));
    });
    it('tables t and T in one product (MariaDB with an unrelated t: T created, the script neither stopped nor said "applied")', () => {
      const { rel, run } = install(TABLES_T_AND_T, dialect);
      expectAt(planError(run), rel, 10, 13, new RegExp(`^.*: create_table: table "T" differs from table "t" only in letter case: ${engine(dialect)} compares table names ignoring case`));
    });
    it('columns a and A in one table (MariaDB: ERROR 1060 Duplicate column name \'A\'; SQLite: duplicate column name: A)', () => {
      // At the second name, A (10:19), not at the step or its table.
      const { rel, run } = install(COLUMNS_A_AND_A, dialect);
      expectAt(planError(run), rel, 10, 19, new RegExp(`^.*: create_table: column "t\\.A" differs from column "t\\.a" only in letter case: ${engine(dialect)} compares column names ignoring case, so the two are one name there`));
    });
    it('a column added as DESC beside desc, a table renamed onto another in another case', () => {
      let r = upgrade('  - add_column:\n      table: User\n      column: { name: DESC, type: text }\n', dialect);
      expectAt(planError(r.run), r.rel, 8, 23, /add_column: column "User\.DESC" differs from column "User\.desc" only in letter case/);
      r = upgrade('  - rename_table:\n      from: tag\n      to: USER\n', dialect);
      expectAt(planError(r.run), r.rel, 8, 11, /rename_table: table "USER" differs from table "User" only in letter case/);
      r = upgrade('  - add_column:\n      table: User\n      column: { name: x, type: text }\n  - rename_column:\n      table: User\n      from: x\n      to: DESC\n', dialect);
      expectAt(planError(r.run), r.rel, 12, 11, /rename_column: column "User\.DESC" differs from column "User\.desc" only in letter case/);
    });
    it('an index or a foreign key named like another in another case', () => {
      let r = upgrade('  - create_index:\n      table: User\n      name: USER_DESC_INDEX\n      columns: [id, desc]\n', dialect);
      expectAt(planError(r.run), r.rel, 8, 13, /create_index: "USER_DESC_INDEX".* differs from "user_desc_index".* only in letter case: .*compares index names ignoring case/);
      r = upgrade('  - add_unique:\n      table: User\n      name: User_Desc_Index\n      columns: [desc]\n', dialect);
      expectAt(planError(r.run), r.rel, 8, 13, /add_unique: "User_Desc_Index".* differs from "user_desc_index".* only in letter case/);
      r = upgrade('  - add_foreign_key:\n      table: tag\n      name: TAG_USER_FKEY\n      columns: [id]\n      references: { table: User, columns: [id] }\n', dialect);
      expectAt(planError(r.run), r.rel, 8, 13, /add_foreign_key: constraint "TAG_USER_FKEY" differs from constraint "tag_user_fkey" only in letter case: .*compares constraint names ignoring case/);
    });
  });

  it('a new table\'s own keys, foreign keys and checks, and its name beside an index where they share the schema', () => {
    const create = (extra: string) => `  - create_table:\n      name: x\n      columns: [{ name: id, type: integer, nullable: false }, { name: user_id, type: integer }]\n${extra}`;
    let r = upgrade(create('      unique: [{ name: x_key, columns: [id] }, { name: X_KEY, columns: [user_id] }]\n'), 'mysql');
    expectAt(planError(r.run), r.rel, 9, 56, new RegExp(`create_table: key "X_KEY" differs from key "x_key" only in letter case: ${MYSQL} compares index names ignoring case`));
    r = upgrade(create('      checks: [{ name: ck, expression: "id > 0" }, { name: CK, expression: "id < 9" }]\n'), 'mysql');
    expectAt(planError(r.run), r.rel, 9, 60, new RegExp(`create_table: check "CK" differs from check "ck" only in letter case: ${MYSQL} compares constraint names ignoring case`));
    // InnoDB: foreign key names are unique across the database (errno 121 on MariaDB for FK_x after fk_X).
    r = upgrade(create('      foreign_keys: [{ name: Tag_User_Fkey, columns: [user_id], references: { table: User, columns: [id] } }]\n'), 'mysql');
    expectAt(planError(r.run), r.rel, 9, 30, new RegExp(`create_table: foreign key "Tag_User_Fkey" differs from foreign key "tag_user_fkey" only in letter case: ${MYSQL}`));
    // SQLite and PostgreSQL: tables and indexes share the schema's names.
    r = upgrade('  - create_table:\n      name: User_Desc_Index\n      columns: [{ name: id, type: integer }]\n', 'sqlite');
    expectAt(planError(r.run), r.rel, 7, 13, new RegExp(`create_table: "User_Desc_Index" differs from "user_desc_index" only in letter case: ${SQLITE}`));
    for (const dialect of ['postgres', 'sqlite'] as DialectName[]) {
      r = upgrade('  - create_table:\n      name: user_desc_index\n      columns: [{ name: id, type: integer }]\n', dialect);
      expectAt(planError(r.run), r.rel, 7, 13, /create_table: "user_desc_index" is already used in this schema by an index or key of User$/);
    }
  });

  it('PostgreSQL compares quoted names exactly: all of them compile', () => {
    for (const steps of [RENAME_COLUMN, RENAME_TABLE]) expect(upgrade(steps, 'postgres').run().statements.length).toBeGreaterThan(0);
    for (const steps of [TABLES_T_AND_T, COLUMNS_A_AND_A]) expect(install(steps, 'postgres').run().statements.length).toBeGreaterThan(0);
  });

  it('plan validate: refused for the product on MySQL and SQLite, valid for a product whose plans list only postgres', async () => {
    const { validateAll } = await import('../src/compile/validate.js');
    const { dir, rel } = caseProduct({ '0-1.0.yaml': INSTALL_USER, '1.0-1.1.yaml': plan('1.0', '1.1', RENAME_COLUMN) });
    const e = await validateAll('demo', dir).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(PlanError);
    expectAt(e as PlanError, rel['1.0-1.1.yaml'], 9, 11, new RegExp(`rename_column: renaming column "User\\.desc" to "Desc" changes only letter case: ${MYSQL}`));
    // The same plans on a PostgreSQL-only product, and the steps limited to postgres in a product of three dialects.
    const pgOnly = caseProduct({ '0-1.0.yaml': plan('0', '1.0', TABLES_T_AND_T + COLUMNS_A_AND_A.replace('name: t\n', 'name: u\n')), '1.0-1.1.yaml': plan('1.0', '1.1', '  - rename_table:\n      from: u\n      to: U\n') }, '[postgres]');
    expect(await validateAll('demo', pgOnly.dir)).toEqual([expect.stringMatching(/^demo: 2 plans valid .* across postgres and/)]);
    const limited = caseProduct({ '0-1.0.yaml': INSTALL_USER, '1.0-1.1.yaml': plan('1.0', '1.1', `${RENAME_COLUMN}    dialects: [postgres]\n${RENAME_TABLE}    dialects: [postgres]\n`) });
    expect(await validateAll('demo', limited.dir)).toEqual([expect.stringMatching(/^demo: 2 plans valid .* across postgres, mysql, sqlite and/)]);
  });
});

/** Product `demo` on postgres, mysql and sqlite: 1.0 empty (a manual step), 1.0 → 1.1 of `steps` (the first at line 6). */
function threeDialects(steps: string) {
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', 'product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: [postgres, mysql, sqlite]\n');
  writePlanFile(dir, 'demo', '0-1.0.yaml', 'product: demo\nfrom: "0"\nto: "1.0"\nsummary: s\nsteps:\n  - manual: { text: nothing }\n');
  return { dir, rel: writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: s\nsteps:\n${steps}`) };
}

// A refusal about a name points at that name (OpError.at, found in the plan file by argumentPos), not at the step's
// arguments: a plan author reads file:line:col and lands on the name to change.
describe('a refused name is located at the name itself', () => {
  it('columns a and A of one table (MySQL): at the second one, not at the step or its table', () => {
    const steps = '  - create_table:\n      name: t\n      columns:\n        - { name: a, type: integer }\n        - { name: A, type: integer }\n';
    const dir = demoProduct({ '0-1.0.yaml': `product: demo\nfrom: "0"\nto: "1.0"\nsummary: s\nsteps:\n${steps}` });
    const rel = writePlanFile(dir, 'demo', '1.0-1.1.yaml', 'product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: s\nsteps:\n  - manual: { text: nothing }\n');
    const e = planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir }));
    expect(e.message).toBe(`${rel.replace('1.0-1.1', '0-1.0')}:10:19: create_table: column "t.A" differs from column "t.a" only in letter case: mysql (MySQL 8 / MariaDB) compares column names ignoring case, so the two are one name there; choose a name that differs otherwise`);
  });
  it('a table renamed User → user (SQLite, MySQL): at the to: value', () => {
    const steps = '  - create_table:\n      name: User\n      columns: [{ name: id, type: integer }]\n  - rename_table:\n      from: User\n      to: user\n';
    const { dir, rel } = threeDialects(steps);
    expect(planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'sqlite', plansDir: dir })).message).toBe(`${rel}:11:11: rename_table: renaming table "User" to "user" changes only letter case: sqlite (SQLite) compares table names ignoring case, so the engine sees the same name (the rename would fail or do nothing there); keep the name, or give it one that differs otherwise`);
    expectAt(planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir })), rel, 11, 11, /rename_table: renaming table "User" to "user" changes only letter case: mysql \(MySQL 8 \/ MariaDB\) compares table names ignoring case on some servers/);
  });
  it('a name a dialect override gives: at the override', () => {
    const { rel, run } = compileStep('  - add_column:\n      table: a\n      column:\n        name: x\n        type: text\n        mysql: { name: V }\n', 'mysql');
    expectAt(planError(run), rel, 11, 24, /add_column: column "a\.V" differs from column "a\.v" only in letter case/);
    // PostgreSQL takes the portable name, x: no clash.
    expect(compileStep('  - add_column:\n      table: a\n      column:\n        name: x\n        type: text\n        mysql: { name: V }\n', 'postgres').run().statements.length).toBeGreaterThan(0);
  });
  it('a default name the step does not write: at the entry that stands for it', () => {
    // b_id_key, the default name of the second unique key (its first column is id), clashes with the first one's.
    const { rel, run } = compileStep('  - create_table:\n      name: c\n      columns: [{ name: id, type: integer, nullable: false }, { name: v, type: integer }]\n      unique:\n        - { name: c_id_key, columns: [v] }\n        - { columns: [id, v] }\n', 'postgres');
    expectAt(planError(run), rel, 11, 11, /create_table: key name "c_id_key" appears twice in c$/);
  });
});

// PostgreSQL: a primary key's index is a relation of the schema, beside tables and other indexes (15 manual, CREATE
// INDEX: "The name of the index … must be distinct from the name of any other relation (table, sequence, index, view,
// materialized view, or foreign table) in that schema"): ALTER TABLE … ADD CONSTRAINT <name> PRIMARY KEY fails with
// 'relation "<name>" already exists'. Refused at compile, at the name.
describe('a new primary key named like another relation of the schema (PostgreSQL)', () => {
  it('like an index of another table', () => {
    expectRefused('  - replace_primary_key:\n      table: b\n      name: a_v_index\n      columns: [id]\n', 'postgres', /^.*:8:13: replace_primary_key: "a_v_index" is already used in this schema by an index or key of a$/, [8, 13]);
  });
  it('like a table, or like the primary key of another table', () => {
    expectRefused('  - replace_primary_key:\n      table: b\n      name: a\n      columns: [id]\n', 'postgres', /replace_primary_key: "a" is already used in this schema by table a$/, [8, 13]);
    expectRefused('  - replace_primary_key:\n      table: b\n      name: a_pkey\n      columns: [id]\n', 'postgres', /replace_primary_key: "a_pkey" is already used in this schema by an index or key of a$/, [8, 13]);
  });
  it('its own name again (the key it replaces goes in the same statement), and MySQL (PRIMARY in each table), compile', () => {
    expect(compileStep('  - replace_primary_key:\n      table: b\n      name: b_pkey\n      columns: [id, a_id]\n', 'postgres').run().statements.length).toBeGreaterThan(0);
    expect(compileStep('  - replace_primary_key:\n      table: b\n      name: a_v_index\n      columns: [id, a_id]\n', 'mysql').run().statements.length).toBeGreaterThan(0);
  });
  it('a key named like a foreign key or check of its table (PostgreSQL: constraint "…" for relation "…" already exists)', () => {
    expectRefused('  - add_unique:\n      table: b\n      name: b_a_fkey\n      columns: [a_id]\n', 'postgres', /add_unique: "b_a_fkey" is already the name of foreign key b\.b_a_fkey: a key, a foreign key and a check of one table share its constraint names in postgres \(PostgreSQL\)$/, [8, 13]);
    expectRefused('  - replace_primary_key:\n      table: b\n      name: b_a_fkey\n      columns: [id]\n', 'postgres', /replace_primary_key: "b_a_fkey" is already the name of foreign key b\.b_a_fkey/, [8, 13]);
    expectRefused('  - create_table:\n      name: c\n      columns: [{ name: id, type: integer, nullable: false }]\n      primary_key: { name: c_ok, columns: [id] }\n      checks: [{ name: c_ok, expression: "id > 0" }]\n', 'postgres', /create_table: "c_ok" is already the name of check c\.c_ok/, [9, 28]);
    expectRefused('  - create_table:\n      name: c\n      columns: [{ name: id, type: integer }]\n      foreign_keys: [{ name: c_x, columns: [id], references: { table: a, columns: [id] } }]\n      checks: [{ name: c_x, expression: "id > 0" }]\n', 'postgres', /create_table: constraint name "c_x" appears twice in c$/, [10, 24]);
    // MySQL keeps index names per table, apart from foreign key names: it compiles there.
    expect(compileStep('  - add_unique:\n      table: b\n      name: b_a_fkey\n      columns: [a_id]\n', 'mysql').run().statements.length).toBeGreaterThan(0);
  });
  it('a partition named like an index', () => {
    const { rel, run } = compileStep('  - create_table:\n      name: log\n      columns: [{ name: id, type: integer }]\n      partition_by: { strategy: range, columns: [id] }\n  - create_partition: { name: a_v_index, of: log, bound: default }\n', 'postgres');
    expectAt(planError(run), rel, 10, 31, /create_partition: "a_v_index" is already used in this schema by an index or key of a$/);
  });
});

// MySQL 8.0 manual 13.1.20.6 "CHECK Constraints": check constraint names are unique per schema (MariaDB: per table);
// one script runs on both, so a check name two tables use compiled, and failed on MySQL 8 with ER_CHECK_CONSTRAINT_DUP_NAME.
describe('check names are unique in the whole database on MySQL', () => {
  const checked = (table: string, name: string) => `  - create_table:\n      name: ${table}\n      columns: [{ name: n, type: integer }]\n      checks: [{ name: ${name}, expression: "n > 0" }]\n`;
  it('the same check name on two tables: refused on mysql, at the second name', () => {
    const { rel, run } = compileStep(checked('c', 'positive') + checked('d', 'positive'), 'mysql');
    expect(planError(run).message).toBe(`${rel}:13:24: create_table: check name "positive" is already used in this database, by a check of table c: mysql (MySQL 8 / MariaDB) keeps check names unique across the database, not per table; choose a name no other table's check has`);
  });
  it('in another letter case too', () => {
    const { rel, run } = compileStep(checked('c', 'positive') + checked('d', 'Positive'), 'mysql');
    expectAt(planError(run), rel, 13, 24, /create_table: check name "Positive" differs from "positive", a check of table c, only in letter case: .*compares constraint names ignoring case, and .*keeps check names unique across the database/);
  });
  it('PostgreSQL and SQLite scope check names per table: both compile', () => {
    const { dir } = threeDialects(checked('c', 'positive') + checked('d', 'positive'));
    for (const dialect of ['postgres', 'sqlite'] as DialectName[]) expect(compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir }).statements.length).toBeGreaterThan(0);
  });
});

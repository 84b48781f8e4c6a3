// The schema model refuses, at compile time and with the step's location, what the database would refuse
// or what would silently lose structure.
import { identifierLength } from '../src/dialects/dialect.js';
import { getDialect } from '../src/dialects/index.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import type { DialectName } from '../src/plan/types.js';
import { demoProduct, expectAt, planError, writePlanFile } from './helpers/plans.js';

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

function expectRefused(step: string, dialect: DialectName, message: RegExp) {
  const { rel, run } = compileStep(step, dialect);
  expectAt(planError(run), rel, 7, 7, message);
}

const long = (n: number) => `t${'x'.repeat(n - 1)}`;

describe.each(['postgres', 'mysql'] as DialectName[])('refused on both dialects (%s)', (dialect) => {
  // (MySQL would keep a key that merely starts with the referenced columns, so the new key here does not.)
  it.each([
    ['add a column that exists', '  - add_column:\n      table: a\n      column: { name: v, type: text }\n', /^.*: add_column: column "a\.v" already exists$/],
    ['drop a column that does not exist', '  - drop_column:\n      table: a\n      column: nope\n', /drop_column: column "a\.nope" does not exist at this point/],
    ['a foreign key to a missing table', '  - add_foreign_key:\n      table: a\n      name: a_x_fkey\n      columns: [w]\n      references: { table: missing, columns: [id] }\n', /add_foreign_key: table "missing" does not exist at this point/],
    ['replace_primary_key while a foreign key references the key', '  - replace_primary_key:\n      table: a\n      columns: [w]\n', /replace_primary_key: .*is referenced by foreign key b\.b_a_fkey: drop or replace it first/],
    ['drop a column used by an index', '  - drop_column:\n      table: a\n      column: v\n', /drop_column: column "a\.v" is used by index a_v_index: drop it first/],
    ['a NOT NULL column without default', '  - add_column:\n      table: a\n      column: { name: n, type: integer, nullable: false }\n', /add_column: column "a\.n" is NOT NULL without a default/],
    ['a name longer than 64 characters', `  - create_table:\n      name: ${long(65)}\n      columns: [{ name: id, type: bigint }]\n`, /create_table: table name "tx+" is 65 (bytes; postgres allows at most 63|characters; mysql allows at most 64)/],
    ['alter to the same type', '  - alter_column_type:\n      table: a\n      column: w\n      type: integer\n', /alter_column_type: column "a\.w" already has type (INTEGER|INT) in \w+/],
    ['a foreign key to columns that are not a key', '  - add_foreign_key:\n      table: b\n      name: b_w_fkey\n      columns: [id]\n      references: { table: a, columns: [w] }\n', /add_foreign_key: foreign key b_w_fkey references a \(w\), which is not a primary key or unique constraint there/],
    ['drop a table another table references', '  - drop_table:\n      name: a\n', /drop_table: table "a" is referenced by b\.b_a_fkey: drop those foreign keys first/],
  ])('%s', (_name, step, message) => {
    expectRefused(step, dialect, message);
  });
});

describe('identifier length per dialect', () => {
  const create = (name: string) => `  - create_table:\n      name: ${name}\n      columns: [{ name: id, type: bigint }]\n`;
  it('64 characters: too long for PostgreSQL (63 bytes), fine for MySQL (64)', () => {
    expectRefused(create(long(64)), 'postgres', /create_table: table name "tx+" is 64 bytes; postgres allows at most 63/);
    expect(compileStep(create(long(64)), 'mysql').run().statements.length).toBeGreaterThan(0);
  });
  it('63 characters: fine for both', () => {
    for (const d of ['postgres', 'mysql'] as DialectName[]) expect(compileStep(create(long(63)), d).run().statements.length).toBeGreaterThan(0);
  });
  it('column and index names are checked too', () => {
    expectRefused(`  - add_column:\n      table: a\n      column: { name: ${long(64)}, type: text }\n`, 'postgres', /column name "tx+" is 64 bytes/);
    expectRefused(`  - create_index:\n      table: a\n      name: ${long(65)}\n      columns: [v]\n`, 'mysql', /index name "tx+" is 65 characters; mysql allows at most 64/);
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

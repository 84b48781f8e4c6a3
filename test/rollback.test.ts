// Rollback: inverses derived from the model, explicit inverses, and steps that cannot be undone.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import type { Op } from '../src/operations/index.js';
import type { DialectName } from '../src/plan/types.js';
import { demoProduct, expectAt, FIXTURE, planError, writePlanFile } from './helpers/plans.js';

const ops = (from: string, to: string, dialect: DialectName = 'postgres') => compile({ ...FIXTURE, from, to, dialect }).units.map((u) => u.op);
type OfKind<K extends Op['kind']> = Op & { kind: K };
const find = <K extends Op['kind']>(list: Op[], kind: K, pick: (op: OfKind<K>) => boolean = () => true) =>
  list.filter((o): o is OfKind<K> => o.kind === kind).find(pick);

describe('derived inverses (fixture)', () => {
  it('a type change restores the old type', () => {
    const down = ops('1.1', '1.0');
    expect(find(down, 'alter_column_type', (o) => o.column === 'title')).toEqual({ kind: 'alter_column_type', table: 'team', column: 'title', type: 'VARCHAR(100)' });
    expect(find(down, 'alter_column_type', (o) => o.column === 'flags')?.type).toBe('SMALLINT');
    expect(find(ops('1.1', '1.0', 'mysql'), 'alter_column_type', (o) => o.column === 'flags')?.type).toBe('SMALLINT');
  });

  it('defaults, NOT NULL, renames and dropped columns come back as they were', () => {
    const down = ops('1.1', '1.0');
    expect(find(down, 'set_default', (o) => o.column === 'tier')?.value).toBe('free'); // set_default 'basic' undone
    expect(find(down, 'set_default', (o) => o.column === 'role')?.value).toBe('member'); // drop_default undone
    expect(find(down, 'drop_default', (o) => o.column === 'score')).toBeUndefined(); // score is dropped with its column
    expect(find(down, 'drop_column', (o) => o.column === 'score')).toBeDefined();
    expect(find(down, 'drop_not_null', (o) => o.column === 'email')).toBeDefined();
    expect(find(down, 'set_not_null', (o) => o.column === 'name')).toBeDefined();
    expect(find(down, 'rename_column')).toEqual({ kind: 'rename_column', table: 'user', from: 'handle', to: 'nickname' });
    expect(find(down, 'add_column', (o) => o.column.name === 'obsolete')).toBeDefined(); // explicit inverse
  });

  it('a replaced primary key restores the old one; foreign keys dropped before are re-added after', () => {
    const down = ops('1.2', '1.1');
    const kinds = down.map((o) => o.kind);
    const pk = kinds.indexOf('replace_primary_key');
    expect(find(down, 'replace_primary_key')).toEqual({ kind: 'replace_primary_key', table: 'team', pk: { name: 'team_pkey', columns: ['id'] } });
    // membership_team_fkey: dropped (inverse of its re-add) before the key changes back, re-added with its old definition after.
    expect(down.findIndex((o) => o.kind === 'drop_foreign_key' && o.name === 'membership_team_fkey')).toBeLessThan(pk);
    const readd = down.findIndex((o) => o.kind === 'add_foreign_key' && o.fk.name === 'membership_team_fkey');
    expect(readd).toBeGreaterThan(pk);
    expect(find(down, 'add_foreign_key', (o) => o.fk.name === 'membership_team_fkey')?.fk).toMatchObject({ columns: ['team_id'], refTable: 'team', refColumns: ['id'], onDelete: 'RESTRICT' });
  });

  it('a dropped index is recreated from the model; a replaced one gets its old columns', () => {
    const down = ops('1.2', '1.1');
    expect(find(down, 'create_index', (o) => o.index.name === 'team_title_index')).toEqual({
      kind: 'create_index',
      table: 'team',
      index: { name: 'team_title_index', unique: false, columns: [{ name: 'title', desc: false }] },
    });
    expect(find(down, 'replace_index')?.index.columns).toEqual([{ name: 'name', desc: false }]);
    expect(find(down, 'drop_index', (o) => o.name === 'audit_detail_key')).toBeDefined();
  });

  it('uniques and foreign keys', () => {
    const down = ops('1.2', '1.1');
    expect(find(down, 'replace_unique')?.unique).toEqual({ name: 'user_email_key', columns: ['email'] });
    expect(find(down, 'add_unique')?.unique).toEqual({ name: 'team_code_key', columns: ['code'] });
    expect(find(down, 'drop_unique')?.name).toBe('team_id_key');
    expect(find(ops('1.3', '1.2'), 'replace_foreign_key')?.fk).toMatchObject({ name: 'membership_user_fkey', onDelete: 'CASCADE', onUpdate: 'CASCADE' });
  });

  it('mysql: the supporting index made for a foreign key goes with it', () => {
    const down = ops('1.2', '1.1', 'mysql');
    const fk = down.findIndex((o) => o.kind === 'drop_foreign_key' && o.name === 'audit_user_fkey');
    expect(fk).toBeGreaterThanOrEqual(0);
    expect(down[fk + 1]).toEqual({ kind: 'drop_index', table: 'audit', name: 'user_id' });
  });

  it('rows inserted into an existing table are deleted by key; a table the plan created just goes', () => {
    const down = ops('1.3', '1.2');
    expect(down.filter((o) => o.kind === 'delete_rows').map((o) => (o as { rows: unknown[] }).rows)).toEqual([[{ code: 'four' }], [{ code: 'three' }]]);
    expect(ops('1.0', '0').map((o) => o.kind)).not.toContain('delete_rows');
  });
});

// A demo product whose 1.0 → 1.1 plan has one step that cannot be undone (at line 6 of the file).
const INSTALL = `product: demo
from: "0"
to: "1.0"
summary: install
steps:
  - create_table:
      name: a
      columns: [{ name: id, type: bigint, nullable: false }, { name: v, type: "varchar(10)" }]
      primary_key: { columns: [id] }
  - create_table:
      name: b
      columns: [{ name: id, type: bigint, nullable: false }, { name: v, type: "varchar(10)" }]
      primary_key: { columns: [id] }
`;
const upgrade = (step: string) => `product: demo
from: "1.0"
to: "1.1"
summary: one step
steps:
${step}`;

function irreversible(step: string) {
  const dir = demoProduct({ '0-1.0.yaml': INSTALL });
  const rel = writePlanFile(dir, 'demo', '1.0-1.1.yaml', upgrade(step));
  return { dir, rel, req: { product: 'demo', plansDir: dir } };
}

describe.each(['postgres', 'mysql'] as DialectName[])('irreversible steps (%s)', (dialect) => {
  it.each([
    ['drop_table marked irreversible', '  - drop_table: { name: b }\n    irreversible: the rows of b are not kept\n', 6, 17, /step 1\/1 \(drop table b\): irreversible: the rows of b are not kept/],
    ['drop_table without inverse', '  - drop_table: { name: b }\n', 6, 17, /step 1\/1 \(drop table b\).*dropping table b loses its rows/],
    ['raw_sql without inverse', '  - raw_sql: { description: wipe b, postgres: "DELETE FROM b", mysql: "DELETE FROM b", unguarded: deleting again deletes nothing }\n', 6, 14, /step 1\/1 \(wipe b\).*raw_sql "wipe b" states no inverse/],
    ['copy_rows into an existing table without inverse', '  - copy_rows: { into: b, from: a, values: { id: { column: id }, v: { column: v } } }\n', 6, 16, /step 1\/1 \(copy rows from a into b\).*copy_rows into b, which this plan did not create, needs an explicit inverse/],
    ['drop_column without inverse', '  - drop_column: { table: b, column: v }\n', 6, 18, /step 1\/1 \(drop column b\.v\).*loses its values/],
    ['update of an existing column without inverse', '  - update: { table: b, set: { v: { literal: x } } }\n', 6, 13, /step 1\/1 \(update b\).*needs an explicit inverse/],
  ])('%s', (_name, step, line, col, message) => {
    const { rel, req } = irreversible(step);
    // The upgrade still compiles, also from the empty database.
    expect(compile({ ...req, from: '1.0', to: '1.1', dialect }).statements.length).toBeGreaterThan(0);
    expect(compile({ ...req, from: '0', to: '1.1', dialect }).statements.length).toBeGreaterThan(0);
    // The rollback names the plan file, line and column of the step, and the step.
    const e = planError(() => compile({ ...req, from: '1.1', to: '1.0', dialect }));
    expectAt(e, rel, line, col, /cannot roll back 1\.0 → 1\.1 through /);
    expect(e.message).toMatch(message);
    // So does any rollback that crosses it.
    expectAt(planError(() => compile({ ...req, from: '1.1', to: '0', dialect })), rel, line, col, message);
  });

  it('an explicit inverse makes it reversible', () => {
    const { req } = irreversible('  - raw_sql: { description: tag b, postgres: "SELECT 1", mysql: "SELECT 1", inverse: { postgres: "SELECT 2", mysql: "SELECT 2" }, unguarded: a select changes nothing }\n');
    const down = compile({ ...req, from: '1.1', to: '1.0', dialect });
    expect(down.units.map((u) => u.op)).toEqual([{ kind: 'raw_sql', description: 'undo: tag b', sql: 'SELECT 2;', inverseSql: 'SELECT 1;', unguarded: 'a select changes nothing' }]);
  });

  it('the inverse of a guarded raw_sql step runs while the guard is not TRUE', () => {
    const { req } = irreversible('  - raw_sql: { description: tag b, postgres: "SELECT 1", mysql: "SELECT 1", inverse: { postgres: "SELECT 2", mysql: "SELECT 2" }, guard: { postgres: "1 = 1", mysql: "2 = 2" } }\n');
    const up = compile({ ...req, from: '1.0', to: '1.1', dialect });
    const guard = dialect === 'postgres' ? '1 = 1' : '2 = 2';
    expect(up.units.map((u) => u.op)).toEqual([{ kind: 'raw_sql', description: 'tag b', sql: 'SELECT 1;', inverseSql: 'SELECT 2;', guard }]);
    const down = compile({ ...req, from: '1.1', to: '1.0', dialect });
    expect(down.units.map((u) => u.op)).toEqual([{ kind: 'raw_sql', description: 'undo: tag b', sql: 'SELECT 2;', inverseSql: 'SELECT 1;', guard: `(${guard}) IS NOT TRUE` }]);
  });
});

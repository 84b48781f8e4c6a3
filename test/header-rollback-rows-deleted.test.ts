// A rollback's header `ROWS DELETED:` lines (src/compile/cascades.ts rollbackRowsDeleted). Found by review: they
// worded only the rows an upgrade's copy made (delete_copied), while the rollback's first checks (refuse_referenced)
// guard every kind of delete: the row an insert made (delete_rows), the rows an explicit inverse's delete_where
// matches, the rows an import made (delete_imported). A rollback that deleted those, and through ON DELETE CASCADE
// the application's rows that reference them, said nothing of it in its header. Each kind now has its line, worded for
// what it deletes; a where's rows (and the rows that reference them) are not said to be the upgrade's.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { rollbackRowsDeleted } from '../src/compile/cascades.js';
import { emptyModel, type Model, type Table } from '../src/model/model.js';
import { cascadeProduct } from './helpers/plans.js';

/** The cascade product, with a table nothing references (lonely) and a row the upgrade inserts into it. */
const product = () =>
  cascadeProduct({
    install: `  - create_table:
      name: lonely
      columns:
        - { name: id, type: integer, nullable: false }
      primary_key: { columns: [id] }
`,
    upgrade: `  - insert: { table: lonely, rows: [{ id: 1 }] }
`,
  });

const rowsDeletedLines = (sql: string) => sql.split('\n').filter((l) => l.startsWith('-- ROWS DELETED:'));

describe("a rollback's ROWS DELETED lines, for each kind of delete", () => {
  it.each(['postgres', 'mysql', 'sqlite'] as const)('the row an insert made and the rows an inverse delete_where matches, each worded for what it deletes (%s)', (dialect) => {
    const down = compile({ product: 'casc', from: '1.1', to: '1.0', dialect, plansDir: product() });
    expect(rowsDeletedLines(down.sql)).toEqual([
      '-- ROWS DELETED: the parent rows where name is "two" (the step\'s inverse: any such row, the upgrade\'s or not), and the rows of child (parent_id → parent, ON DELETE CASCADE) that reference them, through their foreign keys; the script stops before any change while rows of child reference them (1.1 → 1.0 · 4/5 · delete rows of parent where name matches)',
      "-- ROWS DELETED: the row of parent the upgrade inserted, and the rows of child (parent_id → parent, ON DELETE CASCADE) that reference them, through their foreign keys; the script stops before any change while rows of child reference them (the application's, written since the upgrade) (1.1 → 1.0 · 5/5 · delete 1 row from parent)",
    ]);
    // (The row inserted into lonely, which nothing references, goes without a line: the upgrade's own row.)
    expect(down.sql).not.toMatch(/ROWS DELETED: the row of lonely/);
  });

  const table = (name: string, fk?: { on: string }): Table => ({
    name,
    columns: [{ name: 'id', type: 'INTEGER', nullable: false }, ...(fk ? [{ name: 'ref_id', type: 'INTEGER', nullable: true }] : [])],
    primaryKey: { name: `${name}_pkey`, columns: ['id'] },
    uniques: [],
    foreignKeys: fk ? [{ name: `${name}_ref_fk`, columns: ['ref_id'], refTable: fk.on, refColumns: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' } as never] : [],
    indexes: [],
    checks: [],
  });

  it('the rows an import made: worded as imported (their record named), with the check that guards them', () => {
    const model: Model = { ...emptyModel('postgres'), tables: [table('users'), table('identities', { on: 'users' }), table('rec')] };
    const del = { kind: 'delete_imported' as const, into: 'users', record: 'rec' };
    const edge = { table: 'identities', name: 'identities_ref_fk', columns: ['ref_id'], refTable: 'users', refColumns: ['id'], action: 'CASCADE' as const };
    const lines = rollbackRowsDeleted([
      { op: { kind: 'refuse_referenced', del, edge, message: '…' }, before: model, label: 'check' },
      { op: del, before: model, label: '2.0 → 1.0 · 2/2 · delete the rows imported into users' },
    ]);
    expect(lines).toEqual([
      "the users rows the upgrade imported (their keys are in rec), and the rows of identities (ref_id → users, ON DELETE CASCADE) that reference them, through their foreign keys; the script stops before any change while rows of identities reference them (the application's, written since the upgrade) (2.0 → 1.0 · 2/2 · delete the rows imported into users)",
    ]);
    // Nothing referencing the imported rows: the header's `this rollback deletes:` line says them, no ROWS DELETED.
    expect(rollbackRowsDeleted([{ op: del, before: { ...emptyModel('postgres'), tables: [table('users'), table('rec')] }, label: 'x' }])).toEqual([]);
  });
});

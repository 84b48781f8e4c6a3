// drop_not_null: a column allowed to hold NULL (not one of the primary key, where the engine makes those NOT NULL).
import { findColumn, findTable } from '../model/model.js';
import { column, fail, table, withColumn } from './shared.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { TABLE_AND_COLUMN } from './schemas.js';

export const dropNotNull: PlanOperation<'drop_not_null'> = {
  kind: 'drop_not_null',
  schema: TABLE_AND_COLUMN,
  resolve: (_d, a) => ({ kind: 'drop_not_null', table: a.table, column: a.column }),
  apply(d, m, op) {
    const t = table(m, op.table);
    const c = column(t, op.column);
    if (c.nullable) fail(`column "${op.table}.${op.column}" is already nullable`);
    // Where a primary key makes its columns NOT NULL (not SQLite), one of them cannot allow NULL.
    if (d.rules.primaryKeyNotNull && t.primaryKey?.columns.includes(op.column)) fail(`column "${op.table}.${op.column}" is part of the primary key`);
    return withColumn(m, t, op.column, (x) => (x.nullable = true));
  },
  inverse: (op) => ({ ops: [{ kind: 'set_not_null', table: op.table, column: op.column }] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `allow NULL in ${op.table}.${op.column}`,
  render(d, op, before, after) {
    // MySQL's MODIFY restates the whole column (type, NULL, default) as the model has it after the change.
    const column = findColumn(findTable(after, op.table)!, op.column)!;
    return renderKit(d, before, after).one(d.rules.restatesColumn ? 'modify_column' : op.kind, { table: op.table, column });
  },
};

// drop_default: a column's default removed.
import { findColumn, findTable, type Model } from '../model/model.js';
import { column, fail, table, withColumn } from './shared.js';
import { renderKit } from './render.js';
import type { Inverse, PlanOperation } from './types.js';
import { TABLE_AND_COLUMN } from './schemas.js';

/** The inverse of a change of default: the default the column had before (or none). */
export function defaultInverse(op: { table: string; column: string }, before: Model): Inverse {
  const old = findColumn(findTable(before, op.table)!, op.column)!.default;
  return { ops: [old === undefined ? { kind: 'drop_default', table: op.table, column: op.column } : { kind: 'set_default', table: op.table, column: op.column, value: old }] };
}

export const dropDefault: PlanOperation<'drop_default'> = {
  kind: 'drop_default',
  schema: TABLE_AND_COLUMN,
  resolve: (_d, a) => ({ kind: 'drop_default', table: a.table, column: a.column }),
  apply(_d, m, op) {
    const t = table(m, op.table);
    const c = column(t, op.column);
    if (c.default === undefined) fail(`column "${op.table}.${op.column}" has no default to drop`);
    return withColumn(m, t, op.column, (x) => delete x.default);
  },
  inverse: (op, before) => defaultInverse(op, before),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `drop default of ${op.table}.${op.column}`,
  render: (d, op, before, after) => renderKit(d, before, after).one(op.kind, { table: op.table, column: findColumn(findTable(after, op.table)!, op.column)! }),
};

// delete_where: the rows of a table that match a where (a column IS [NOT] NULL, equal to a value, different from one,
// or one of a list), deleted. A re-run finds none left; what it deleted cannot come back, so the rollback is the
// plan's own inverse: (rows to insert again, or [] when nothing can be restored; the header's backup line applies).
import { sql } from '../compile/sql.js';
import { checkColumnsExist, table } from './shared.js';
import { deleteActions, renderKit, textColumnOf, whereSql } from './render.js';
import type { PlanOperation } from './types.js';

export const deleteWhere: PlanOperation<'delete_where'> = {
  kind: 'delete_where',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "where"
    ],
    "properties": {
      "table": {
        "$ref": "#/$defs/identifier"
      },
      "where": {
        "$ref": "#/$defs/where"
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'delete_where', table: a.table, where: { ...a.where } }),
  apply(_d, m, op) {
    checkColumnsExist(table(m, op.table), [op.where.column], 'delete_where');
    return m;
  },
  inverse: (op) => ({ irreversible: `rows deleted from ${op.table} cannot be restored: give the step an inverse: (the rows to insert again, or [] when none can come back)` }),
  // Rows, not schema: a rollback reads the step only for its derived inverse (its refusal); `inverse: []` reads nothing.
  schemaReads: () => undefined,
  rollbackReads: (a, explicitInverse) => (explicitInverse ? undefined : a),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `delete rows of ${op.table} where ${op.where.column} ${op.where.is_null === true ? 'IS NULL' : op.where.is_null === false ? 'IS NOT NULL' : op.where.in ? `is one of ${op.where.in.length}` : op.where.not_equals !== undefined ? 'differs' : 'matches'}`,
  render(d, op, before, after, params) {
    const isText = textColumnOf(d, before.tables.find((t) => t.name === op.table));
    const where = whereSql(d, op.where, undefined, params, isText)!;
    const { body } = renderKit(d, before, after);
    const actions = deleteActions(d, before, op.table, (alias) => whereSql(d, op.where, alias, params, isText)!);
    return [{ bodies: [...actions, body('delete_where', { table: op.table, where })], effects: [], condition: { kind: 'sql', sql: sql`EXISTS (SELECT 1 FROM ${d.syntax.table(op.table)} WHERE ${where})` } }];
  },
};

// update: columns of existing rows set (a backfill), each row only while it still differs.
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../model/model.js';
import { joinSql, sql } from '../compile/sql.js';
import { checkColumnsExist, exprColumns, table } from './shared.js';
import { checkValueFits } from './default-fits.js';
import { renderKit, textColumnOf, valueSql, whereSql } from './render.js';
import type { OpOf, ParamValues, PlanOperation } from './types.js';
import { UPDATE_FROM_SCHEMA, checkUpdateFrom, updateFromSql } from './update_from.js';

/** A query counting the rows a backfill should have written and did not (0 when it is complete). */
export function updateGapSql(d: Dialect, op: OpOf<'update'>, before: Model, params: ParamValues): string {
  const isText = textColumnOf(d, before.tables.find((t) => t.name === op.table));
  if (op.from) {
    const f = updateFromSql(d, op.table, op.set, op.from, op.where, params, isText);
    return sql`SELECT COUNT(*) AS n FROM ${f.table} AS dst WHERE ${f.pendingRow}`.text;
  }
  const changed = joinSql(Object.entries(op.set).map(([c, v]) => d.syntax.distinct(d.syntax.ident(c), valueSql(d, v, params))), ' OR ');
  const where = whereSql(d, op.where, undefined, params, isText);
  return sql`SELECT COUNT(*) AS n FROM ${d.syntax.table(op.table)} WHERE ${where ? sql`${where} AND ` : sql``}(${changed})`.text;
}

export const update: PlanOperation<'update'> = {
  kind: 'update',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "set"
    ],
    "properties": {
      "table": {
        "$ref": "#/$defs/identifier"
      },
      "set": {
        "type": "object",
        "minProperties": 1,
        "propertyNames": {
          "$ref": "#/$defs/identifier"
        },
        "additionalProperties": {
          "$ref": "#/$defs/value"
        }
      },
      "where": {
        "$ref": "#/$defs/where"
      },
      "from": UPDATE_FROM_SCHEMA
    }
  },
  resolve: (_d, a) => ({ kind: 'update', table: a.table, set: a.set, where: a.where, ...(a.from ? { from: { table: a.from.table, on: { ...a.from.on } } } : {}) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    checkColumnsExist(t, Object.keys(op.set), 'update');
    if (op.from) checkUpdateFrom(m, op.table, op.set, op.from);
    else for (const v of Object.values(op.set)) checkColumnsExist(t, exprColumns(v), 'update');
    if (op.where) checkColumnsExist(t, [op.where.column], 'update where');
    for (const [c, v] of Object.entries(op.set)) if ('literal' in v) checkValueFits(d, m, t, c, v.literal, ['set', c, 'literal']);
    return m;
  },
  inverse: (op, _before, _after, createdHere) =>
    Object.keys(op.set).every((c) => createdHere.has(op.table) || createdHere.has(`${op.table}.${c}`))
      ? { ops: [] }
      : { irreversible: `update of existing columns of ${op.table} needs an explicit inverse` },
  // Rows, not schema: a rollback reads the step only for its derived inverse (none, or its refusal).
  schemaReads: () => undefined,
  rollbackReads: (a, explicitInverse) => (explicitInverse ? undefined : a),
  rename: (op, n) => ({ ...op, table: n.table(op.table), ...(op.from ? { from: { ...op.from, table: n.table(op.from.table) } } : {}) }),
  describe: (op) => (op.from ? `update ${op.table} from ${op.from.table}` : `update ${op.table}`),
  render(d, op, before, after, params) {
    const { body } = renderKit(d, before, after);
    const isText = textColumnOf(d, before.tables.find((t) => t.name === op.table));
    if (op.from) {
      const f = updateFromSql(d, op.table, op.set, op.from, op.where, params, isText);
      const pendingFrom = sql`EXISTS (SELECT 1 FROM ${f.table} AS dst WHERE ${f.pendingRow})`;
      return [{ bodies: [body('update_from', { table: op.table, sets: f.sets, pending: f.pendingRow })], effects: [], condition: { kind: 'sql', sql: pendingFrom } }];
    }
    const sets = Object.entries(op.set).map(([c, v]) => ({ col: d.syntax.ident(c), value: valueSql(d, v, params) }));
    const setList = joinSql(sets.map((s) => sql`${s.col} = ${s.value}`), ', ');
    const changed = joinSql(sets.map((s) => d.syntax.distinct(s.col, s.value)), ' OR ');
    const where = whereSql(d, op.where, undefined, params, isText);
    const pending = sql`EXISTS (SELECT 1 FROM ${d.syntax.table(op.table)} WHERE ${where ? sql`${where} AND ` : sql``}(${changed}))`;
    return [{ bodies: [body('update', { table: op.table, sets: setList, where, changed })], effects: [], condition: { kind: 'sql', sql: pending } }];
  },
};

// copy_rows: rows of one table copied into another (each only while the target lacks its key).
import type { Dialect } from '../dialects/dialect.js';
import { findColumn, findTable, type Model } from '../model/model.js';
import { joinSql, sql, type Sql } from '../compile/sql.js';
import { checkColumnsExist, column, exprColumns, fail, table } from './shared.js';
import { keyMatch, renderKit, valueSql, whereSql } from './render.js';
import type { OpOf, ParamValues, PlanOperation } from './types.js';

/** The target's key matched against the values a source row `src` gives it (`dst` the target row). */
function match(d: Dialect, op: OpOf<'copy_rows'>, before: Model, params: ParamValues): Sql {
  const into = findTable(before, op.into)!;
  return keyMatch(d, into, (c) => (c in op.values ? valueSql(d, op.values[c], params, 'src') : d.syntax.literal(findColumn(into, c)!.default ?? null)), 'dst');
}

/** A query counting the source rows of a copy that are missing from its target (0 when the copy is complete). */
export function copyGapSql(d: Dialect, op: OpOf<'copy_rows'>, before: Model, params: ParamValues): string {
  const where = whereSql(d, op.where, 'src');
  return sql`SELECT COUNT(*) AS n FROM ${d.syntax.table(op.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}NOT EXISTS (SELECT 1 FROM ${d.syntax.table(op.into)} AS dst WHERE ${match(d, op, before, params)})`.text;
}

export const copyRows: PlanOperation<'copy_rows'> = {
  kind: 'copy_rows',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "into",
      "from",
      "values"
    ],
    "properties": {
      "into": {
        "$ref": "#/$defs/identifier"
      },
      "from": {
        "$ref": "#/$defs/identifier"
      },
      "values": {
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
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'copy_rows', into: a.into, from: a.from, values: a.values, where: a.where }),
  apply(_d, m, op) {
    const into = table(m, op.into);
    const from = table(m, op.from);
    if (!into.primaryKey) fail(`copy_rows needs a primary key on ${into.name} to stay re-runnable`);
    checkColumnsExist(into, Object.keys(op.values), 'copy_rows');
    for (const v of Object.values(op.values)) checkColumnsExist(from, exprColumns(v), `copy_rows from ${from.name}`);
    if (op.where) checkColumnsExist(from, [op.where.column], 'copy_rows where');
    for (const c of into.primaryKey.columns) {
      if (!(c in op.values) && column(into, c).default === undefined) fail(`copy_rows into ${into.name} must give primary-key column "${c}"`);
    }
    for (const c of into.columns) {
      if (!c.nullable && c.default === undefined && !(c.name in op.values)) fail(`copy_rows into ${into.name} must give NOT NULL column "${c.name}"`);
    }
    return m;
  },
  inverse: (op, _before, _after, createdHere) =>
    createdHere.has(op.into) ? { ops: [] } : { irreversible: `copy_rows into ${op.into}, which this plan did not create, needs an explicit inverse` },
  rename: (op, n) => ({ ...op, into: n.table(op.into), from: n.table(op.from) }),
  describe: (op) => `copy rows from ${op.from} into ${op.into}`,
  render(d, op, before, after, params) {
    const { body } = renderKit(d, before, after);
    const targets = Object.keys(op.values);
    const select = joinSql(targets.map((c) => valueSql(d, op.values[c], params, 'src')), ', ');
    const m = match(d, op, before, params);
    const where = whereSql(d, op.where, 'src');
    const missing = sql`EXISTS (SELECT 1 FROM ${d.syntax.table(op.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}NOT EXISTS (SELECT 1 FROM ${d.syntax.table(op.into)} AS dst WHERE ${m}))`;
    return [{ bodies: [body('copy_rows', { into: op.into, from: op.from, targets, select, where, match: m })], effects: [], condition: { kind: 'sql', sql: missing } }];
  },
};

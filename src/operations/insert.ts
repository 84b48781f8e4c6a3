// insert: rows written into a table with a primary key (each only while no row has its key).
import type { Dialect } from '../dialects/dialect.js';
import { defaultAsValue, findColumn, findTable, type Model } from '../model/model.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { checkColumnsExist, column, fail, table } from './shared.js';
import { checkValueFits } from './default-fits.js';
import { keyMatch, renderKit, rowKey } from './render.js';
import type { OpOf, PlanOperation, Statement } from './types.js';

/** Refuses rows (to insert or delete) that the table's primary key cannot keep re-runnable. */
export function checkKeyedRows(m: Model, op: OpOf<'insert' | 'delete_rows'>): Model {
  const t = table(m, op.table);
  const key = rowKey(t);
  if (!key) fail(`${op.kind} needs a primary key on ${t.name} (or a unique key of NOT NULL columns) to stay re-runnable`);
  for (const row of op.rows) {
    checkColumnsExist(t, Object.keys(row), op.kind);
    for (const c of key) {
      if (!(c in row) && column(t, c).default === undefined) fail(`${op.kind} into ${t.name} must give primary-key column "${c}"`);
    }
  }
  return m;
}

/**
 * The statements of a row insert or delete, one per row. Data steps also state whether they have work left, as a
 * condition of their own: a statement with none is not executed at all (MySQL counts and locks for a DELETE or
 * UPDATE that matches no row). The body keeps its own row check: MySQL refuses an INSERT that omits a NOT NULL
 * column without a default even when it would insert no row, and a later plan of the same script may have made
 * one so.
 */
export function renderRows(d: Dialect, op: OpOf<'insert' | 'delete_rows'>, before: Model, after: Model): Statement[] {
  const { body } = renderKit(d, before, after);
  const t = findTable(before, op.table)!;
  return op.rows.map((r) => {
    const columns = Object.keys(r);
    const key = (c: string) => d.syntax.literal(c in r ? r[c] : defaultAsValue(findColumn(t, c)!));
    const match = keyMatch(d, t, key);
    const row = sql`EXISTS (SELECT 1 FROM ${d.syntax.table(op.table)} WHERE ${match})`;
    if (op.kind === 'delete_rows') return { bodies: [body('delete_rows', { table: op.table, match })], effects: [], condition: { kind: 'sql', sql: row } };
    const values = joinSql(columns.map((c) => d.syntax.literal(r[c])), ', ');
    return { bodies: [body('insert', { table: op.table, columns, values, match })], effects: [], condition: { kind: 'sql', sql: sql`NOT ${row}` as Sql } };
  });
}

export const insert: PlanOperation<'insert'> = {
  kind: 'insert',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "rows"
    ],
    "properties": {
      "table": {
        "$ref": "#/$defs/identifier"
      },
      "rows": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "object",
          "propertyNames": {
            "$ref": "#/$defs/identifier"
          },
          "additionalProperties": {
            "oneOf": [
              {
                "type": [
                  "string",
                  "number",
                  "boolean",
                  "null"
                ]
              },
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "param"
                ],
                "properties": {
                  "param": {
                    "$ref": "#/$defs/identifier"
                  }
                }
              }
            ]
          }
        }
      }
    }
  },
  resolve: (_d, a, params) => ({
    kind: 'insert',
    table: a.table,
    rows: a.rows.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== null && typeof v === 'object' ? params[(v as { param: string }).param] : v])),
    ),
  }),
  apply(d, m, op) {
    checkKeyedRows(m, op);
    const t = table(m, op.table);
    op.rows.forEach((r, i) => {
      for (const [c, v] of Object.entries(r)) checkValueFits(d, m, t, c, v, ['rows', i, c]);
    });
    return m;
  },
  inverse(op, before, _after, createdHere) {
    if (createdHere.has(op.table)) return { ops: [] };
    const t = findTable(before, op.table)!;
    const pk = rowKey(t)!;
    const rows = op.rows.map((r) => Object.fromEntries(pk.map((c) => [c, c in r ? r[c] : defaultAsValue(t.columns.find((x) => x.name === c)!)])));
    return { ops: [{ kind: 'delete_rows', table: op.table, rows }] };
  },
  // Rows, not schema: a rollback reads the step only for its derived inverse (the rows' keys to delete).
  schemaReads: () => undefined,
  rollbackReads: (a, explicitInverse) => (explicitInverse ? undefined : a),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `insert ${op.rows.length} row${op.rows.length > 1 ? 's' : ''} into ${op.table}`,
  render: renderRows,
};

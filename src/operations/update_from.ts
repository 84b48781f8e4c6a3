// update's `from:` option: a backfill whose values come from the matching row of another table (SuperTokens 7.0:
// each password reset token takes the e-mail of its user in emailpassword_users). Each `{ column: c }` of `set`
// is then c of that row, matched on the `on:` pairs (this table's column: the other table's); a row without a
// match is left as it is. The statement and its row check read the other table through a correlated subquery
// (`dst` is the row written, `src` the row read), which both engines run: MySQL refuses only a subquery on the
// table being updated, and apply refuses that.
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../model/model.js';
import { joinSql, sql, Sql } from '../compile/sql.js';
import { checkColumnsExist, exprColumns, fail, table } from './shared.js';
import { valueSql, whereSql } from './render.js';
import type { ParamValues, SchemaFragment, Where } from './types.js';
import type { ValueExpr } from '../plan/types.js';

/** The other table of a backfill, and how its row is matched: this table's column → the other table's column. */
export interface UpdateFrom {
  table: string;
  on: Record<string, string>;
}

/** The schema fragment of `from:`. */
export const UPDATE_FROM_SCHEMA: SchemaFragment = {
  "type": "object",
  "additionalProperties": false,
  "required": [
    "table",
    "on"
  ],
  "description": "Values of set: are read from the row of this table matched by on: (this table's column: that table's column); rows without a match are left as they are",
  "properties": {
    "table": {
      "$ref": "#/$defs/identifier"
    },
    "on": {
      "type": "object",
      "minProperties": 1,
      "propertyNames": {
        "$ref": "#/$defs/identifier"
      },
      "additionalProperties": {
        "$ref": "#/$defs/identifier"
      }
    }
  }
};

/**
 * Refuses a `from:` the model cannot run: the table is the one updated (MySQL refuses that subquery), or a column
 * of the match or of the values is missing.
 */
export function checkUpdateFrom(m: Model, target: string, set: Record<string, ValueExpr>, from: UpdateFrom): void {
  if (from.table === target) fail(`update from: ${target} reads itself (MySQL refuses a subquery on the table it updates)`);
  const src = table(m, from.table);
  checkColumnsExist(table(m, target), Object.keys(from.on), 'update from: on');
  checkColumnsExist(src, Object.values(from.on), 'update from: on');
  for (const v of Object.values(set)) checkColumnsExist(src, exprColumns(v), 'update from');
}

/** The SQL pieces of a backfill from another table: the SET list, and the condition a row still to write meets. */
export function updateFromSql(d: Dialect, target: string, set: Record<string, ValueExpr>, from: UpdateFrom, where: Where | undefined, params: ParamValues, isText?: (column: string) => boolean) {
  const s = d.syntax;
  const src = s.table(from.table);
  const match = joinSql(Object.entries(from.on).map(([mine, theirs]) => sql`src.${s.ident(theirs)} = dst.${s.ident(mine)}`), ' AND ');
  const sets = joinSql(Object.entries(set).map(([c, v]) => sql`${s.ident(c)} = (SELECT ${valueSql(d, v, params, 'src')} FROM ${src} AS src WHERE ${match})`), ', ');
  const changed = joinSql(Object.entries(set).map(([c, v]) => s.distinct(sql`dst.${s.ident(c)}`, valueSql(d, v, params, 'src'))), ' OR ');
  const w = whereSql(d, where, 'dst', params, isText);
  /** A row of `dst` still to write: its match exists and differs. */
  const pendingRow = sql`${w ? sql`${w} AND ` : sql``}EXISTS (SELECT 1 FROM ${src} AS src WHERE ${match} AND (${changed}))`;
  return { sets, pendingRow, table: s.table(target) as Sql };
}

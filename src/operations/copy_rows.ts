// copy_rows: rows of one table copied into another (each only while the target lacks its key).
import type { Dialect } from '../dialects/dialect.js';
import { defaultAsValue, findColumn, findTable, type Model } from '../model/model.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { checkColumnsExist, column, exprColumns, fail, table, testColumns } from './shared.js';
import { copiedRowsSql, derivedUuidText, paramEquals, renderKit, valueSql } from './render.js';
import type { OpOf, ParamValues, PlanOperation } from './types.js';

/**
 * The target's key (`columns`: op.key, else its primary key) matched against the values a source row `src` gives
 * it (`dst`: the target row, or the name it is qualified with); a value from a text parameter compared exactly.
 */
export function match(d: Dialect, op: OpOf<'copy_rows' | 'delete_copied'>, before: Model, params: ParamValues, columns?: string[], dst = 'dst'): Sql {
  const cols = columns ?? op.key ?? findTable(before, op.into)!.primaryKey!.columns;
  const [values] = givenValues(d, op, before, params, cols, false);
  // A column the copy fills from a text parameter is compared exactly (paramEquals): a row of another spelling is not it.
  return joinSql(cols.map((c, i) => paramEquals(d, sql`${Sql.verbatim(dst)}.${d.syntax.ident(c)}`, values[i], op.values[c], params)), ' AND ');
}

/**
 * The values of `columns` of the target that a source row `src` gives: one list (the values this compiler writes),
 * and with `earlier` one more for each UUID scheme an earlier release derived `derived_uuid` values with (the
 * dialect's uuidFromEarlier), so that a rollback knows the rows a script of one of them wrote.
 */
export function givenValues(d: Dialect, op: OpOf<'copy_rows' | 'delete_copied'>, before: Model, params: ParamValues, columns: string[], earlier: boolean): Sql[][] {
  const into = findTable(before, op.into)!;
  const value = (c: string) => (c in op.values ? valueSql(d, op.values[c], params, 'src') : d.syntax.literal(defaultAsValue(findColumn(into, c)!)));
  const schemes = earlier && d.syntax.uuidFromEarlier && columns.some((c) => op.values[c] && 'derived_uuid' in op.values[c]) ? d.syntax.uuidFromEarlier : undefined;
  const current = columns.map(value);
  if (!schemes) return [current];
  const alternatives = columns.map((c) => {
    const v = op.values[c];
    return v && 'derived_uuid' in v ? schemes(derivedUuidText(d, v.derived_uuid, params, 'src')) : undefined;
  });
  const count = Math.max(...alternatives.map((a) => a?.length ?? 0));
  return [current, ...Array.from({ length: count }, (_, j) => columns.map((_c, i) => alternatives[i]?.[j] ?? current[i]))];
}

/** A query counting the source rows of a copy that are missing from its target (0 when the copy is complete). */
export function copyGapSql(d: Dialect, op: OpOf<'copy_rows'>, before: Model, params: ParamValues): string {
  const where = copiedRowsSql(d, op, 'src', params);
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
      },
      "skip": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "when",
            "reason"
          ],
          "properties": {
            "when": {
              "$ref": "#/$defs/row_test"
            },
            "reason": {
              "$ref": "#/$defs/one_line_text",
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            }
          }
        },
        "description": "Source rows left out, each test with its reason: a row for which a test is true is not copied, and plan compile --report lists it with the first reason that holds (the rows a DBA must see to, instead of a script that fails on them)"
      },
      "key": {
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "$ref": "#/$defs/identifier"
        },
        "description": "The target columns that tell whether a source row is there already (a unique key of the target; its primary key when absent). With key, the rollback deletes the rows whose primary key and key have the values the copy gives: the rows it made"
      },
      "refuse_deleted_on_rollback": {
        "const": true,
        "description": "The source table stays as it was for the older version, which reads it again after a rollback, and the newer version never writes it (Keto's legacy tuple tables): the rollback stops before any change when a source row this copy copied has no row in the target any more (deleted under the newer version, which the rollback would silently bring back), naming the first few by the source's key. Leave it out where the newer version still writes the source (its rows need no counterpart)"
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'copy_rows', into: a.into, from: a.from, values: a.values, where: a.where, ...(a.skip ? { skip: a.skip } : {}), ...(a.key ? { key: [...a.key] } : {}), ...(a.refuse_deleted_on_rollback ? { refuseDeleted: true as const } : {}) }),
  apply(_d, m, op) {
    const into = table(m, op.into);
    const from = table(m, op.from);
    if (!into.primaryKey) fail(`copy_rows needs a primary key on ${into.name} to stay re-runnable`);
    checkColumnsExist(into, Object.keys(op.values), 'copy_rows');
    for (const v of Object.values(op.values)) checkColumnsExist(from, exprColumns(v), `copy_rows from ${from.name}`);
    if (op.where) checkColumnsExist(from, [op.where.column], 'copy_rows where');
    for (const s of op.skip ?? []) checkColumnsExist(from, testColumns(s.when), `copy_rows skip (${s.reason})`);
    if (op.key) {
      checkColumnsExist(into, op.key, 'copy_rows key');
      const same = (cols: string[]) => cols.length === op.key!.length && cols.every((c) => op.key!.includes(c));
      const keys = [into.primaryKey.columns, ...into.uniques.map((u) => u.columns), ...into.indexes.filter((i) => i.unique && !i.where && i.columns.every((c) => c.name !== undefined)).map((i) => i.columns.map((c) => c.name!))];
      if (!keys.some(same)) fail(`copy_rows key (${op.key.join(', ')}) is not a unique key of ${into.name}: a re-run could not tell which rows are there already`);
      for (const c of op.key) if (!(c in op.values) && column(into, c).default === undefined) fail(`copy_rows into ${into.name} must give key column "${c}"`);
    }
    for (const c of into.primaryKey.columns) {
      if (!(c in op.values) && column(into, c).default === undefined) fail(`copy_rows into ${into.name} must give primary-key column "${c}"`);
    }
    for (const c of into.columns) {
      if (!c.nullable && c.default === undefined && !(c.name in op.values)) fail(`copy_rows into ${into.name} must give NOT NULL column "${c.name}"`);
    }
    return m;
  },
  inverse: (op, _before, _after, createdHere) =>
    createdHere.has(op.into)
      ? { ops: [] }
      : op.key
        ? { ops: [{ kind: 'delete_copied', into: op.into, from: op.from, values: op.values, ...(op.where ? { where: op.where } : {}), ...(op.skip ? { skip: op.skip } : {}), key: op.key }] }
        : { irreversible: `copy_rows into ${op.into}, which this plan did not create, needs an explicit inverse (or a key:, by which the rollback finds the rows it made)` },
  // Rows, not schema. A rollback reads all of it, even with an inverse of its own: before it drops a table the plan
  // created and filled by copies, it checks that the table holds only rows they give (refuse_uncopied).
  schemaReads: () => undefined,
  rename: (op, n) => ({ ...op, into: n.table(op.into), from: n.table(op.from) }),
  describe: (op) => `copy rows from ${op.from} into ${op.into}`,
  render(d, op, before, after, params) {
    const { body } = renderKit(d, before, after);
    const targets = Object.keys(op.values);
    const select = joinSql(targets.map((c) => valueSql(d, op.values[c], params, 'src')), ', ');
    const m = match(d, op, before, params);
    const where = copiedRowsSql(d, op, 'src', params);
    const missing = sql`EXISTS (SELECT 1 FROM ${d.syntax.table(op.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}NOT EXISTS (SELECT 1 FROM ${d.syntax.table(op.into)} AS dst WHERE ${m}))`;
    return [{ bodies: [body('copy_rows', { into: op.into, from: op.from, targets, select, where, match: m })], effects: [], condition: { kind: 'sql', sql: missing } }];
  },
};

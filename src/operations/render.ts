// Helpers for rendering operations into statements: value expressions, row conditions, facet effects, and the
// statement body from the dialect's templates.
import type { Dialect } from '../dialects/dialect.js';
import type { RowTest, ValueExpr } from '../plan/types.js';
import { mapEntries } from '../plan/params.js';
import { defaultAsValue, type Model, type Table } from '../model/model.js';
import { facetChanges, type Facet, type FacetRef, type FacetValue } from '../compile/facets.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { statementBody } from '../compile/templates.js';
import type { ParamValues, Skip, Statement, Where } from './types.js';
import type { Scalar } from '../plan/types.js';
import { derivedIdSql } from '../compile/derived-id.js';

/** SQL for a value expression: literal, parameter (quoted by its type), column of `alias`, concatenation. */
export function valueSql(d: Dialect, v: ValueExpr, params: ParamValues, alias?: string): Sql {
  const s = d.syntax;
  if ('literal' in v) return s.literal(v.literal);
  if ('param' in v) {
    if (!(v.param in params)) throw new Error(`unknown parameter "${v.param}"`);
    return s.literal(params[v.param]);
  }
  if ('column' in v) return alias ? sql`${Sql.verbatim(alias)}.${s.ident(v.column)}` : s.ident(v.column);
  if ('coalesce' in v) return s.coalesce(v.coalesce.map((p) => valueSql(d, p, params, alias)));
  if ('derived_id' in v) return derivedIdSql(d, v.derived_id.prefix, v.derived_id.length, valueSql(d, v.derived_id.of, params, alias));
  if ('now' in v) return s.nowIso();
  if ('each' in v) throw new Error(`{ each: ${v.each} } outside a for_each step`);
  if ('before' in v) return s.before(valueSql(d, v.before.of, params, alias), v.before.separator);
  if ('after' in v) return s.after(valueSql(d, v.after.of, params, alias), v.after.separator);
  if ('lookup' in v) {
    if (!(v.lookup.param in params)) throw new Error(`unknown parameter "${v.lookup.param}"`);
    return s.lookup(valueSql(d, v.lookup.of, params, alias), mapEntries(params[v.lookup.param]));
  }
  if ('derived_uuid' in v) return s.uuidFrom(derivedUuidText(d, v.derived_uuid, params, alias));
  if ('lower' in v) return s.lower(valueSql(d, v.lower, params, alias));
  if ('text' in v) return s.asText(valueSql(d, v.text, params, alias));
  if ('json' in v) return s.asJson(valueSql(d, v.json, params, alias));
  if ('json_object' in v) return s.jsonObject(v.json_object.map((x) => [valueSql(d, x.key, params, alias), valueSql(d, x.value, params, alias)] as [Sql, Sql]));
  if ('source' in v) throw new Error(`{ source: ${v.source} } outside an import_rows step`);
  if ('case' in v) return sql`CASE WHEN ${rowTestSql(d, v.case.when, params, alias)} THEN ${valueSql(d, v.case.then, params, alias)}${v.case.else ? sql` ELSE ${valueSql(d, v.case.else, params, alias)}` : sql``} END`;
  return s.concat(v.concat.map((p) => valueSql(d, p, params, alias)));
}

/**
 * The text a `derived_uuid` value derives its UUID from (the dialect's uuidFrom, or uuidFromEarlier, of it): each
 * part as text prefixed by its length and ':', so ('a:b', 'c') and ('a', 'b:c') give different texts.
 */
export function derivedUuidText(d: Dialect, parts: ValueExpr[], params: ParamValues, alias?: string): Sql {
  const s = d.syntax;
  const texts = parts.map((p) => s.asText(valueSql(d, p, params, alias)));
  return s.concat(texts.flatMap((p) => [s.asText(s.length(p)), s.literal(':'), p]));
}

/** SQL for a row test (true, false or NULL; a row is left out or chosen only when it is true). */
export function rowTestSql(d: Dialect, t: RowTest, params: ParamValues, alias?: string): Sql {
  if ('all' in t) return sql`(${joinSql(t.all.map((x) => rowTestSql(d, x, params, alias)), ' AND ')})`;
  if ('any' in t) return sql`(${joinSql(t.any.map((x) => rowTestSql(d, x, params, alias)), ' OR ')})`;
  if ('not' in t) return sql`NOT ${rowTestSql(d, t.not, params, alias)}`;
  const v = valueSql(d, t.value, params, alias);
  if (t.is_null !== undefined) return t.is_null ? sql`${v} IS NULL` : sql`${v} IS NOT NULL`;
  if (t.occurrences) return sql`${d.syntax.occurrences(v, t.occurrences.of)} = ${Sql.verbatim(String(t.occurrences.equals))}`;
  if (t.equals !== undefined) return sql`${v} = ${d.syntax.literal(t.equals)}`;
  if (t.in !== undefined) return sql`${v} IN (${joinSql(t.in.map((x) => d.syntax.literal(x)), ', ')})`;
  if (t.matches !== undefined) return d.syntax.matches(v, t.matches);
  if (t.is_json_object !== undefined) return t.is_json_object ? d.syntax.isJsonObject(v) : sql`NOT ${d.syntax.isJsonObject(v)}`;
  return sql`${d.syntax.length(v)} > ${Sql.verbatim(String(t.longer_than))}`;
}

/**
 * The rows of a copy's source it copies (of `alias`): its where, and none of its skips true (a skip that is NULL
 * does not leave the row out). Undefined when every row is copied.
 */
export function copiedRowsSql(d: Dialect, op: { where?: Where; skip?: Skip[] }, alias: string, params: ParamValues): Sql | undefined {
  const where = whereSql(d, op.where, alias, params);
  const skipped = skippedRowsSql(d, op.skip ?? [], alias, params);
  const parts = [...(where ? [where] : []), ...(skipped ? [sql`NOT ${skipped}`] : [])];
  return parts.length ? joinSql(parts, ' AND ') : undefined;
}

/** The rows (of `alias`) some skip is true for, or undefined without skips; `separator` joins the tests (a line break for the report). */
export function skippedRowsSql(d: Dialect, skips: Skip[], alias: string, params: ParamValues, separator = ' OR '): Sql | undefined {
  if (!skips.length) return undefined;
  return sql`(${joinSql(skips.map((s) => sql`COALESCE(${rowTestSql(d, s.when, params, alias)}, FALSE)`), separator)})`;
}

/** A where value: a literal, or a parameter's value. */
function whereValue(d: Dialect, v: Scalar | { param: string }, params: ParamValues): Sql {
  if (typeof v === 'object') {
    if (!(v.param in params)) throw new Error(`unknown parameter "${v.param}"`);
    return d.syntax.literal(params[v.param]);
  }
  return d.syntax.literal(v);
}

/** Whether `v` is a parameter whose value is text: compared with stored values exactly (paramEquals). */
function isTextParam(v: unknown, params: ParamValues): v is { param: string } {
  return typeof v === 'object' && v !== null && 'param' in v && typeof params[(v as { param: string }).param] === 'string';
}

/**
 * `col` = `value`, where `value` is the SQL of `v`: compared exactly (the dialect's sameText: case and trailing
 * spaces count) when `v` is a text parameter. A value the user passes is compared as the application compares it
 * (AuthHero's tenant ids, in JavaScript); MySQL's _ci / PAD SPACE collations would let 'Main' or 'main ' find the
 * tenant 'main' and the script then write the parameter's spelling, which matches no row byte for byte.
 */
export function paramEquals(d: Dialect, col: Sql, value: Sql, v: unknown, params: ParamValues): Sql {
  return isTextParam(v, params) ? d.syntax.sameText(col, value) : sql`${col} = ${value}`;
}

/**
 * Whether column `column` of `t` holds text the engine compares by a collation (a text or enum domain: MySQL's _ci
 * and PAD SPACE collations ignore case and trailing spaces), so that a where: value is compared with it exactly
 * (whereSql). Takes the table as the model has it before the step; a column not found is not text.
 */
export function textColumnOf(d: Dialect, t: Table | undefined): (column: string) => boolean {
  return (column) => {
    const c = t?.columns.find((x) => x.name === column);
    const kind = c ? d.rules.valueDomain(c.type)?.kind : undefined;
    return kind === 'text' || kind === 'enum';
  };
}

/**
 * SQL for a data step's `where:` (a column IS [NOT] NULL, equal to a value, different from one, or one of a list: a NULL never
 * matches), of `alias` when given; a value may be a parameter's (`params`), a text one compared exactly (paramEquals).
 * With `isText` (textColumnOf), a text value on a text column is compared exactly too (the dialect's sameText /
 * sameTextIn: case and trailing spaces count, as the step's header says "where v is "zz""), whatever the column's
 * collation: on MySQL/MariaDB `v = 'zz'` also finds 'ZZ' and 'zz ' (found by review).
 */
export function whereSql(d: Dialect, w: Where | undefined, alias?: string, params: ParamValues = {}, isText?: (column: string) => boolean): Sql | undefined {
  if (!w) return undefined;
  const col = alias ? sql`${Sql.verbatim(alias)}.${d.syntax.ident(w.column)}` : d.syntax.ident(w.column);
  if (w.is_null !== undefined) return w.is_null ? sql`${col} IS NULL` : sql`${col} IS NOT NULL`;
  const textCol = isText?.(w.column) ?? false;
  const exact = (v: unknown) => isTextParam(v, params) || (textCol && typeof v === 'string');
  if (w.not_equals !== undefined) {
    return exact(w.not_equals) ? sql`NOT (${d.syntax.sameText(col, whereValue(d, w.not_equals, params))})` : sql`${col} <> ${whereValue(d, w.not_equals, params)}`;
  }
  if (w.in !== undefined) {
    const values = w.in.map((v) => d.syntax.literal(v));
    return textCol && w.in.every((v) => typeof v === 'string') ? d.syntax.sameTextIn(col, values) : sql`${col} IN (${joinSql(values, ', ')})`;
  }
  const value = whereValue(d, w.equals ?? (null as never), params);
  return exact(w.equals) ? d.syntax.sameText(col, value) : sql`${col} = ${value}`;
}

/** A facet with its value after a statement. */
export const fx = (ref: FacetRef, value: FacetValue | null): Facet => ({ ref, value });

/**
 * The columns that tell a row of `t` from the others: its primary key; without one, the first unique constraint or
 * plain unique index (no predicate, no expression) whose columns are all NOT NULL (pop's schema_migration has only
 * a unique index on version). Undefined when it has neither.
 */
export function rowKey(t: Table): string[] | undefined {
  if (t.primaryKey) return t.primaryKey.columns;
  const notNull = (cols: string[]) => cols.every((c) => t.columns.some((x) => x.name === c && !x.nullable));
  const unique = t.uniques.map((u) => u.columns).find(notNull);
  if (unique) return unique;
  return t.indexes.filter((i) => i.unique && !i.where && i.columns.every((c) => c.name !== undefined)).map((i) => i.columns.map((c) => c.name!)).find(notNull);
}

/** The key columns of `t` (rowKey) matched against `values` (column → SQL). */
export function keyMatch(d: Dialect, t: Table, values: (col: string) => Sql, alias?: string): Sql {
  const a = alias ? `${alias}.` : '';
  return joinSql(rowKey(t)!.map((c) => sql`${Sql.verbatim(a)}${d.syntax.ident(c)} = ${values(c)}`), ' AND ');
}

/** What a render function needs at hand: the template bodies, the facets the operation changes, one-statement results. */
export function renderKit(d: Dialect, before: Model, after: Model) {
  const body = (name: string, ctx: Record<string, unknown>): Sql => statementBody(d, name, ctx);
  const all = facetChanges(before, after);
  /** One statement: the template `name`, changing every facet the operation changes. */
  const one = (name: string, ctx: Record<string, unknown>): Statement[] => [{ bodies: [body(name, ctx)], effects: all }];
  return { body, all, one };
}

/**
 * Where the script runs with foreign key enforcement off (`rules.foreignKeyActionsInScript`), the statements that do
 * what the engine would do to the children of the rows of `table` that `parents(alias)` selects before they are
 * deleted: ON DELETE CASCADE deletes the children (and theirs, first), SET NULL / SET DEFAULT sets their columns.
 * None where the engine enforces foreign keys itself.
 */
export function deleteActions(d: Dialect, m: Model, table: string, parents: (alias: string) => Sql, depth = 0): Sql[] {
  if (!d.rules.foreignKeyActionsInScript || depth > 4) return [];
  const s = d.syntax;
  const out: Sql[] = [];
  for (const child of m.tables) {
    for (const fk of child.foreignKeys) {
      if (fk.refTable !== table || fk.onDelete === 'RESTRICT' || fk.onDelete === 'NO ACTION') continue;
      const alias = `p${depth}`;
      // The child rows (qualified by `c`) whose parent is one of the rows deleted.
      const of = (c: string) => sql`EXISTS (SELECT 1 FROM ${s.table(table)} AS ${Sql.verbatim(alias)} WHERE ${parents(alias)} AND ${joinSql(fk.columns.map((col, i) => sql`${Sql.verbatim(c)}.${s.ident(col)} = ${Sql.verbatim(alias)}.${s.ident(fk.refColumns[i])}`), ' AND ')})`;
      if (fk.onDelete === 'CASCADE') {
        if (child.name !== table) out.push(...deleteActions(d, m, child.name, of, depth + 1));
        out.push(sql`DELETE FROM ${s.table(child.name)} WHERE ${of(s.table(child.name).text)}`);
      } else {
        const sets = joinSql(fk.columns.map((col) => sql`${s.ident(col)} = ${fk.onDelete === 'SET NULL' ? sql`NULL` : s.literal(defaultAsValue(child.columns.find((x) => x.name === col)!))}`), ', ');
        out.push(sql`UPDATE ${s.table(child.name)} SET ${sets} WHERE ${of(s.table(child.name).text)}`);
      }
    }
  }
  return out;
}

// Helpers for rendering operations into statements: value expressions, row conditions, facet effects, and the
// statement body from the dialect's templates.
import type { Dialect } from '../dialects/dialect.js';
import type { ValueExpr } from '../plan/types.js';
import type { Model, Table } from '../model/model.js';
import { facetChanges, type Facet, type FacetRef, type FacetValue } from '../compile/facets.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { statementBody } from '../compile/templates.js';
import type { ParamValues, Statement } from './types.js';

/** SQL for a value expression: literal, parameter (quoted by its type), column of `alias`, concatenation. */
export function valueSql(d: Dialect, v: ValueExpr, params: ParamValues, alias?: string): Sql {
  const s = d.syntax;
  if ('literal' in v) return s.literal(v.literal);
  if ('param' in v) {
    if (!(v.param in params)) throw new Error(`unknown parameter "${v.param}"`);
    return s.literal(params[v.param]);
  }
  if ('column' in v) return alias ? sql`${Sql.verbatim(alias)}.${s.ident(v.column)}` : s.ident(v.column);
  return s.concat(v.concat.map((p) => valueSql(d, p, params, alias)));
}

/** SQL for a data step's `where:` (a column IS [NOT] NULL, or equal to a value), of `alias` when given. */
export function whereSql(d: Dialect, w: { column: string; is_null?: boolean; equals?: unknown } | undefined, alias?: string): Sql | undefined {
  if (!w) return undefined;
  const col = alias ? sql`${Sql.verbatim(alias)}.${d.syntax.ident(w.column)}` : d.syntax.ident(w.column);
  if (w.is_null !== undefined) return w.is_null ? sql`${col} IS NULL` : sql`${col} IS NOT NULL`;
  return sql`${col} = ${d.syntax.literal((w.equals ?? null) as never)}`;
}

/** A facet with its value after a statement. */
export const fx = (ref: FacetRef, value: FacetValue | null): Facet => ({ ref, value });

/** The key columns of `t` matched against `values` (column → SQL). */
export function keyMatch(d: Dialect, t: Table, values: (col: string) => Sql, alias?: string): Sql {
  const a = alias ? `${alias}.` : '';
  return joinSql(t.primaryKey!.columns.map((c) => sql`${Sql.verbatim(a)}${d.syntax.ident(c)} = ${values(c)}`), ' AND ');
}

/** What a render function needs at hand: the template bodies, the facets the operation changes, one-statement results. */
export function renderKit(d: Dialect, before: Model, after: Model) {
  const body = (name: string, ctx: Record<string, unknown>): Sql => statementBody(d, name, ctx);
  const all = facetChanges(before, after);
  /** One statement: the template `name`, changing every facet the operation changes. */
  const one = (name: string, ctx: Record<string, unknown>): Statement[] => [{ bodies: [body(name, ctx)], effects: all }];
  return { body, all, one };
}

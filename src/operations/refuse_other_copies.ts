// refuse_other_copies: a first check of a rollback past a copy_rows with a key, a derived id (derived_id,
// derived_uuid) among its key and primary key, and a parameter in what it gives those columns or in which rows it
// copies (AuthHero 11.20 → 11.21: organizations with id org_ + derived(tenant id), name = the tenant id, and
// tenant_id = control_plane_tenant_id). The rollback deletes the rows whose key and primary key hold what the copy
// gives a source row with the parameters the rollback was compiled with (delete_copied); rows the upgrade made with
// another value (its control-plane tenant, not the default main) hold another tenant_id, and that delete left them
// there without a word, and the rollback said it applied (found by a fresh DBA after plan status printed the command
// without the parameter). The check stops, before any change, when the target holds a row whose columns the
// parameters do not shape are what the copy gives a source row (its derived id among them: a row the copy made, no
// other writer mints that id), but that the rollback's delete would not delete: it names the first few rows.
import { findTable, type Model } from '../model/model.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { givenValues, match } from './copy_rows.js';
import { copiedRowsSql } from './render.js';
import type { Operation, OpOf, ParamValues } from './types.js';
import type { Dialect } from '../dialects/dialect.js';

/** How many target rows the stop message names. */
const NAMED = 3;

/** The names of the parameters a part of a step reads (every `param` it holds, `lookup`'s map parameter too). */
export function paramsIn(x: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(x)) for (const v of x) paramsIn(v, out);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'param' && typeof v === 'string') out.add(v);
      else paramsIn(v, out);
    }
  }
  return out;
}

/** A value the engine derives from the source row (an id no other writer makes). */
function derived(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ('derived_id' in v || 'derived_uuid' in v);
}

/**
 * The columns such a check compares for a copy into `into` (its key, then its primary key): `shaped`, those whose
 * value reads a parameter, and `free`, the others, or undefined when the copy needs no check (no key, no derived id
 * among the free columns, no parameter in the shaped ones nor in its where or skips).
 */
export function otherCopiesColumns(copy: Omit<OpOf<'copy_rows'>, 'kind'>, pk: string[]): { free: string[]; shaped: string[]; params: string[] } | undefined {
  if (!copy.key) return undefined;
  const columns = [...new Set([...copy.key, ...pk])];
  const shaped = columns.filter((c) => copy.values[c] && paramsIn(copy.values[c]).size > 0);
  const free = columns.filter((c) => !shaped.includes(c));
  if (!free.some((c) => derived(copy.values[c]))) return undefined;
  const params = paramsIn([shaped.map((c) => copy.values[c]), copy.where ?? null, copy.skip ?? null]);
  if (!params.size) return undefined;
  // The cheap equalities first, the derived values last.
  free.sort((a, b) => Number(derived(copy.values[a])) - Number(derived(copy.values[b])));
  return { free, shaped, params: [...params].sort() };
}

/**
 * The conditions on a target row `dst` of such a check (a copy `c` into a table of `before` for which
 * otherCopiesColumns is not undefined): `made`, its free columns hold what the copy gives some source row (a row the
 * copy made, with whatever parameter values: they shape none of these columns); `deleted`, all its compared columns
 * hold what the copy gives a source row it copies with `params` (the rows the rollback's delete_copied finds).
 */
export function otherCopiesPredicates(d: Dialect, c: Omit<OpOf<'copy_rows'>, 'kind'>, before: Model, params: ParamValues): { made: Sql; deleted: Sql } {
  const copy = { kind: 'copy_rows' as const, ...c };
  const pk = findTable(before, c.into)!.primaryKey!.columns;
  const cols = otherCopiesColumns(c, pk)!;
  // Rows with what the copy gives some source row in the free columns (any source row: with another parameter
  // value, the copy's where may have taken others): the source's values as one set, computed once per source row
  // (a derived id is SQL arithmetic no index finds), as refuse_uncopied reads them.
  const inSet = (columns: string[], where: Sql | undefined) =>
    sql`COALESCE((${joinSql(columns.map((x) => sql`dst.${d.syntax.ident(x)}`), ', ')}) IN (SELECT ${joinSql(givenValues(d, copy, before, params, columns, false)[0], ', ')} FROM ${d.syntax.table(c.from)} AS src${where ? sql` WHERE ${where}` : sql``}), FALSE)`;
  // A value the same for every source row (a literal, a parameter, the column's default) is compared outside the
  // set, as the copy compares it (match: a text parameter exactly; in a subquery's select list PostgreSQL would
  // type a literal as text, and uuid = text fails).
  const isFixed = (x: string) => !c.values[x] || 'literal' in c.values[x] || 'param' in c.values[x];
  const both = (columns: string[], where: Sql | undefined) => {
    const fixed = columns.filter(isFixed);
    const set = inSet(columns.filter((x) => !isFixed(x)), where);
    return fixed.length ? sql`COALESCE(${match(d, copy, before, params, fixed, 'dst')}, FALSE) AND ${set}` : set;
  };
  // The rows the rollback's delete finds (delete_copied): all the columns as the copy gives a source row it copies
  // with these parameters.
  return { made: both(cols.free, undefined), deleted: both([...cols.free, ...cols.shaped], copiedRowsSql(d, c, 'src', params)) };
}

/**
 * The parameters such a check compares that a target row made by the copy holds as they are: each compared column the
 * copy fills with a parameter alone (`tenant_id: { param: control_plane_tenant_id }`), whose value in the rows the copy
 * made is the value the upgrade was compiled with. A parameter only inside an expression, a where or a skip is not
 * among them. Empty when the copy needs no check (otherCopiesColumns).
 */
export function paramsHeld(c: Omit<OpOf<'copy_rows'>, 'kind'>, pk: string[]): { param: string; column: string }[] {
  const cols = otherCopiesColumns(c, pk);
  if (!cols) return [];
  return cols.shaped.flatMap((column) => {
    const v = c.values[column];
    return v && 'param' in v && typeof v.param === 'string' ? [{ param: v.param, column }] : [];
  });
}

export const refuseOtherCopies: Operation<'refuse_other_copies'> = {
  kind: 'refuse_other_copies',
  apply: (_d, m) => m,
  inverse: () => ({ ops: [] }),
  rename: (op, n) => ({ ...op, copy: { ...op.copy, into: n.table(op.copy.into), from: n.table(op.copy.from) } }),
  describe: (op) => `check that ${op.copy.into} holds no row copied from ${op.copy.from} with other parameter values`,
  render(d, op, before, _after, params) {
    const c = op.copy;
    const pk = findTable(before, c.into)!.primaryKey!.columns;
    const { made, deleted } = otherCopiesPredicates(d, c, before, params);
    const others = sql`FROM ${d.syntax.table(c.into)} AS dst WHERE ${made} AND NOT (${deleted})`;
    const shown = [...new Set([...pk, ...c.key!])];
    const parts: Sql[] = [d.syntax.literal('(')];
    shown.forEach((x, i) => {
      if (i) parts.push(d.syntax.literal(', '));
      parts.push(d.syntax.coalesce([d.syntax.asText(sql`dst.${d.syntax.ident(x)}`), d.syntax.literal('NULL')]));
    });
    parts.push(d.syntax.literal(')'));
    return [
      {
        bodies: [],
        effects: [],
        condition: { kind: 'sql', sql: sql`NOT EXISTS (SELECT 1 ${others})` },
        stop: op.message,
        stopDetail: { label: `the first of them by (${shown.join(', ')})`, names: d.guards.firstRows(d.syntax.concat(parts), others, NAMED) },
      },
    ];
  },
};

// The parameters a rollback needs with the value its upgrade was compiled with, read from the rows that upgrade made.
// A rollback past a copy whose rows hold a parameter's value as it is (AuthHero 11.20 → 11.21: the organizations it
// derives from tenants, tenant_id = control_plane_tenant_id) deletes only the rows with the value it is compiled with,
// and stops before any change when rows made with another are there (refuse_other_copies). `plan status` proposed
// that rollback with the parameter's default (main), which stopped on a database upgraded with another (found by a
// fresh DBA). So status asks the database, read-only, which values those rows hold, and proposes the one value they
// hold; several, or none, it says so. The queries are the check's own conditions (otherCopiesPredicates), rendered by
// the dialect; src/engines/live.ts runs them in the catalog's read-only transaction. Pure: nothing is run here.
// A parameter the rollback reads that the product declares with a `lookup:` (Fief's workspace_id: SELECT id FROM
// workspaces) and that was not given is read the same way, by that query: one row, its value.
import { compile } from '../compile/compile.js';
import { sql } from '../compile/sql.js';
import { findTable } from '../model/model.js';
import { otherCopiesPredicates, paramsHeld } from '../operations/refuse_other_copies.js';
import { PlanError } from '../plan/errors.js';
import { loadProduct } from '../plan/load.js';
import { declaredParameters } from '../plan/params.js';
import type { DetectResult } from './detect.js';

/** Where a read finds a parameter's value. */
export type ParamSource =
  /** The rows an upgrade's copy made: `upgrade` (`11.20 → 11.21`), the copy's target `table`, the `column` holding the value, its `source` table. */
  | { kind: 'copy'; upgrade: string; table: string; column: string; source: string }
  /** The parameter's `lookup:` query (product.yaml), as written there: each row's first column is a value. */
  | { kind: 'lookup'; query: string };

/** One read: the values of a parameter the rollback needs, as the database holds them. */
export interface ParamRead {
  param: string;
  from: ParamSource;
  /**
   * The statement: for a copy, `SELECT value, n FROM … GROUP BY …`, each value (as text) the column holds in those
   * rows with how many; for a lookup, its query.
   */
  sql: string;
}

/** What a read found: the values, in order, each with its rows; or, when the engine refused the query, its first line. */
export interface ParamFound extends Omit<ParamRead, 'sql'> {
  values: { value: string; rows: number }[];
  unreadable?: string;
}

/**
 * The reads for the rollback `plan status` proposes from the version detection `r` puts the database at (exactly, or
 * the higher end of a script it stopped in) down to `to`, compiled with `params` (the --param values given) as status
 * compiles it: one for each parameter that one of its refuse_other_copies checks compares with a column the copy
 * fills with that parameter alone (paramsHeld), given or not (a value given is checked against the rows); then one for
 * each other parameter it reads that has a `lookup:` and was not given. Undefined when no rollback is proposed (no `to`, or `to` not below
 * that version), when plan compile refuses that rollback, or when it has no such check.
 */
export function rollbackParamReads(r: DetectResult, to: string | undefined, params: string[], plansDir?: string): ParamRead[] | undefined {
  const at = r.outcome === 'exact' ? r.best.versions[r.best.versions.length - 1] : r.outcome === 'between' ? [r.between!.from, r.between!.to] : undefined;
  if (to === undefined || at === undefined) return undefined;
  const all = ['0', ...loadProduct(r.product, plansDir).product.versions];
  const top = typeof at === 'string' ? at : all.indexOf(at[0]) > all.indexOf(at[1]) ? at[0] : at[1];
  if (!all.includes(to) || all.indexOf(to) >= all.indexOf(top)) return undefined;
  const given = new Set(params.map((g) => g.slice(0, g.indexOf('='))));
  // Nothing to read without a keyed copy on the way (a refuse_other_copies check's) nor a lookup: the compile below
  // (a second one, about a second on AuthHero) is skipped.
  const loaded = loadProduct(r.product, plansDir);
  const between = loaded.plans.filter((p) => all.indexOf(p.plan.from) >= all.indexOf(to) && all.indexOf(p.plan.to) <= all.indexOf(top));
  const keyedCopy = between.some((p) => p.steps.some((st) => st.op === 'copy_rows' && st.args?.key));
  const lookups = Object.entries(declaredParameters(loaded)).some(([n, spec]) => spec.lookup && !given.has(n));
  if (!keyedCopy && !lookups) return undefined;
  // (A parameter without a default that was not given takes its example here: which parameters the rollback reads,
  // and the tables its checks read, do not depend on the value.)
  let c;
  try {
    c = compile({ product: r.product, from: top, to, dialect: r.dialect, params, plansDir, examples: true });
  } catch (e) {
    if (e instanceof PlanError) return undefined;
    throw e;
  }
  const d = c.dialect;
  const reads: ParamRead[] = [];
  for (const u of c.units) {
    if (u.op.kind !== 'refuse_other_copies') continue;
    const copy = u.op.copy;
    const { made } = otherCopiesPredicates(d, copy, u.before, c.params);
    const [x, y] = u.plan.split(' → ');
    for (const { param, column } of paramsHeld(copy, findTable(u.before, copy.into)!.primaryKey!.columns)) {
      const value = d.syntax.asText(sql`dst.${d.syntax.ident(column)}`);
      const query = sql`SELECT ${value} AS value, COUNT(*) AS n FROM ${d.syntax.table(copy.into)} AS dst WHERE ${made} GROUP BY ${value}`;
      reads.push({ param, from: { kind: 'copy', upgrade: `${y} → ${x}`, table: copy.into, column, source: copy.from }, sql: query.text });
    }
  }
  // The parameters the rollback reads that have a lookup and were not given (nor read from rows above).
  for (const [param, spec] of Object.entries(declaredParameters(c.product))) {
    const query = spec.lookup?.replace(/\s+/g, ' ').trim().replace(/;$/, '');
    if (!query || given.has(param) || !(param in c.shownParams) || reads.some((r) => r.param === param)) continue;
    reads.push({ param, from: { kind: 'lookup', query }, sql: query });
  }
  return reads.length ? reads : undefined;
}

/**
 * The rows a read's statement gave as the values found, in order of value, each with its rows: a copy's (value, n);
 * a lookup's first column of each row, counted. NULL is the text NULL.
 */
export function paramValuesOf(read: ParamRead, rows: Record<string, unknown>[]): { value: string; rows: number }[] {
  const text = (v: unknown) => (v === null || v === undefined ? 'NULL' : String(v));
  const counts = new Map<string, number>();
  for (const x of rows) {
    const [value, n] = read.from.kind === 'copy' ? [text(x.value), Number(x.n)] : [text(Object.values(x)[0]), 1];
    counts.set(value, (counts.get(value) ?? 0) + n);
  }
  return [...counts].map(([value, n]) => ({ value, rows: n })).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/**
 * The read of the parameter that names location `loc` of `product` by its `lookup:` (Fief's workspace_id: SELECT id
 * FROM workspaces, in the main schema or database), for a database read without that location (DetectResult
 * unreadNeeded): what detect's hint and error then propose. Undefined when the parameter has no lookup.
 */
export function placeLookupReads(product: string, loc: string, plansDir?: string): ParamRead[] | undefined {
  const p = loadProduct(product, plansDir);
  const param = p.product.locations?.[loc]?.param;
  const query = param !== undefined ? declaredParameters(p)[param]?.lookup?.replace(/\s+/g, ' ').trim().replace(/;$/, '') : undefined;
  return param !== undefined && query ? [{ param, from: { kind: 'lookup', query }, sql: query }] : undefined;
}

/**
 * The one value a lookup read found (a single row), or undefined; `says`: what it gave, in words (", which here gives
 * 08e9…", "…gives several: a, b", "…gives no row", or nothing when its query failed).
 */
export function lookupAnswer(found: ParamFound | undefined): { value?: string; says: string } {
  if (!found || found.unreadable !== undefined) return { says: '' };
  const rows = found.values.reduce((n, v) => n + v.rows, 0);
  if (rows === 1) return { value: found.values[0].value, says: ', which gives one row here' };
  return { says: rows === 0 ? ', which here gives no row' : `, which here gives several: ${found.values.map((v) => v.value).join(', ')}` };
}

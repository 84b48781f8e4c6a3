// The parameters a rollback needs with the value its upgrade was compiled with, read from the rows that upgrade made.
// A rollback past a copy whose rows hold a parameter's value as it is (AuthHero 11.20 → 11.21: the organizations it
// derives from tenants, tenant_id = control_plane_tenant_id) deletes only the rows with the value it is compiled with,
// and stops before any change when rows made with another are there (refuse_other_copies). `plan status` proposed
// that rollback with the parameter's default (main), which stopped on a database upgraded with another (found by a
// fresh DBA). So status asks the database, read-only, which values those rows hold, and proposes the one value they
// hold; several, or none, it says so. The queries are the check's own conditions (otherCopiesPredicates), rendered by
// the dialect; src/engines/live.ts runs them in the catalog's read-only transaction. Pure: nothing is run here.
import { compile } from '../compile/compile.js';
import { sql } from '../compile/sql.js';
import { findTable } from '../model/model.js';
import { otherCopiesPredicates, paramsHeld } from '../operations/refuse_other_copies.js';
import { PlanError } from '../plan/errors.js';
import { loadProduct } from '../plan/load.js';
import type { DetectResult } from './detect.js';

/** One read: the values of a parameter held by the rows an upgrade's copy made. */
export interface ParamRead {
  param: string;
  /** The upgrade whose copy made the rows, `11.20 → 11.21`. */
  upgrade: string;
  /** The copy's target table and the column that holds the parameter's value, and its source table. */
  table: string;
  column: string;
  source: string;
  /** `SELECT value, n FROM … GROUP BY …`: each value (as text) the column holds in those rows, with how many rows. */
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
 * fills with that parameter alone (paramsHeld). Undefined when no rollback is proposed (no `to`, or `to` not below
 * that version), when plan compile refuses that rollback, or when it has no such check.
 */
export function rollbackParamReads(r: DetectResult, to: string | undefined, params: string[], plansDir?: string): ParamRead[] | undefined {
  const at = r.outcome === 'exact' ? r.best.versions[r.best.versions.length - 1] : r.outcome === 'between' ? [r.between!.from, r.between!.to] : undefined;
  if (to === undefined || at === undefined) return undefined;
  const all = ['0', ...loadProduct(r.product, plansDir).product.versions];
  const top = typeof at === 'string' ? at : all.indexOf(at[0]) > all.indexOf(at[1]) ? at[0] : at[1];
  if (!all.includes(to) || all.indexOf(to) >= all.indexOf(top)) return undefined;
  let c;
  try {
    c = compile({ product: r.product, from: top, to, dialect: r.dialect, params, plansDir });
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
      reads.push({ param, upgrade: `${y} → ${x}`, table: copy.into, column, source: copy.from, sql: query.text });
    }
  }
  return reads.length ? reads : undefined;
}

/** The rows of a read's query (value, n) as its values, in order of value; NULL as the text NULL. */
export function paramValuesOf(rows: Record<string, unknown>[]): { value: string; rows: number }[] {
  return rows.map((x) => ({ value: x.value === null || x.value === undefined ? 'NULL' : String(x.value), rows: Number(x.n) })).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

// The rows a product's version tables (product.yaml `version_tables`: Alembic's alembic_version, Kysely's
// kysely_migration, …) hold at a version, as the plans write them, and the read-only queries that ask whether a
// database holds them. The catalog alone cannot tell versions whose schemas are the same, nor a database whose schema
// is a version's while its migration bookkeeping says another (found by a fresh DBA: a Fief workspace file at a wrong
// fief_alembic_version revision, renamed to fief.db by hand, read as 0.28-cleanup "up to date"; only the 0.27 → 0.28
// script's check, never proposed, would have stopped on it).
import type { Dialect } from '../dialects/dialect.js';
import { sql, joinSql } from '../compile/sql.js';
import { isVersionTable } from '../compile/finished.js';
import { expandDerived } from '../compile/derived.js';
import { modelAt } from '../compile/compile.js';
import { chainFromEmpty } from '../plan/graph.js';
import { stepsOf } from '../plan/for-each.js';
import { stepApplies } from '../operations/index.js';
import { rowKey } from '../operations/render.js';
import { findTable } from '../model/model.js';
import type { LoadedProduct, Scalar } from '../plan/types.js';
import type { ParamValues } from '../operations/index.js';
import { escapeNotOneLine } from '../text-rules.js';

/** One row the plans leave in a version table at a version: its key columns' values, and the query that finds it. */
export interface VersionRow {
  table: string;
  /** The row's key (the table's primary key, else every column the insert gives), column → value. */
  key: Record<string, Scalar>;
  /** `SELECT CASE WHEN EXISTS (…) THEN 1 ELSE 0 END AS work`: 1 when the table holds a row with that key. */
  sql: string;
}

/** What to ask a database about its version tables, for the versions a reading of its catalog matched. */
export interface VersionRowChecks {
  /** Per version, the rows its plans leave in the version tables (none: nothing to tell). */
  byVersion: { version: string; rows: VersionRow[] }[];
  /** Per table asked, a query listing a few of the rows it holds (their key columns), to name what is there. */
  listing: { table: string; columns: string[]; sql: string }[];
}

/** What asking found: the rows missing, by version, and what the tables hold (a few rows, their keys as text). */
export interface VersionRowsFound {
  /** The versions whose rows are all there. */
  consistent: string[];
  /** The versions with a row missing, and those rows. */
  contradicted: { version: string; missing: VersionRow[] }[];
  /** What each table holds (a few rows; each row's key values joined with ", "). */
  held: { table: string; rows: string[] }[];
  /** Queries the engine refused (a table the database does not have), with its first line. */
  skipped: string[];
}

const valueOf = (v: unknown, params: ParamValues): Scalar | undefined => {
  if (v !== null && typeof v === 'object') {
    const p = params[(v as { param?: string }).param ?? ''];
    return p === undefined || p === null || typeof p === 'object' ? undefined : (p as Scalar);
  }
  return v === null || v === undefined ? undefined : (v as Scalar);
};

/**
 * The rows the plans from 0 to `version` leave in the product's version tables on `d` with `params`: the fixed-row
 * inserts into a version table along the chain (a table any other data step of the chain writes is left out: its rows
 * are not the inserts'), keyed by the table's row key at that version. Tables in a product location (another schema or
 * database) and products whose naming parameters rename tables on `d` are left out (no query names them here).
 */
export function versionRowsAt(product: LoadedProduct, version: string, d: Dialect, params: ParamValues): VersionRow[] {
  const tables = product.product.version_tables ?? [];
  if (!tables.length || version === '0' || product.product.naming?.[d.name]) return [];
  const rows = new Map<string, Record<string, Scalar>[]>();
  const untold = new Set<string>();
  for (const plan of expandDerived(chainFromEmpty(product, version))) {
    for (const s of stepsOf(plan, params as Record<string, Scalar>)) {
      if (!stepApplies(s.step, d, params)) continue;
      const table = (s.args as { table?: unknown; into?: unknown })?.table ?? (s.args as { into?: unknown })?.into;
      if (typeof table !== 'string' || !isVersionTable(table, tables)) continue;
      if (s.op !== 'insert') {
        untold.add(table);
        continue;
      }
      const list = rows.get(table) ?? rows.set(table, []).get(table)!;
      for (const r of (s.args as { rows: Record<string, unknown>[] }).rows) {
        const row: Record<string, Scalar> = {};
        let whole = true;
        for (const [k, v] of Object.entries(r)) {
          const x = valueOf(v, params);
          if (x === undefined) whole = false;
          else row[k] = x;
        }
        if (whole) list.push(row);
      }
    }
  }
  const model = modelAt(product, version, d, params);
  const out: VersionRow[] = [];
  for (const [table, list] of rows) {
    const t = findTable(model, table);
    if (untold.has(table) || !t || t.location !== undefined) continue;
    const key = rowKey(t);
    const seen = new Set<string>();
    for (const row of list) {
      const cols = key && key.every((c) => c in row) ? key : Object.keys(row).sort();
      const k = Object.fromEntries(cols.map((c) => [c, row[c]]));
      const id = JSON.stringify(k);
      if (seen.has(id)) continue;
      seen.add(id);
      const where = joinSql(cols.map((c) => sql`${d.syntax.ident(c)} = ${d.syntax.literal(row[c])}`), ' AND ');
      out.push({ table, key: k, sql: sql`SELECT CASE WHEN EXISTS (SELECT 1 FROM ${d.syntax.ident(table)} WHERE ${where}) THEN 1 ELSE 0 END AS work`.text });
    }
  }
  return out;
}

/**
 * The checks of the version tables for `versions` (the versions a catalog matched), or undefined when their plans
 * leave no row there to ask about.
 */
export function versionRowChecks(product: LoadedProduct, versions: string[], d: Dialect, params: ParamValues): VersionRowChecks | undefined {
  const byVersion = versions.map((version) => ({ version, rows: versionRowsAt(product, version, d, params) })).filter((v) => v.rows.length);
  if (!byVersion.length) return undefined;
  const columns = new Map<string, string[]>();
  for (const v of byVersion) for (const r of v.rows) if (!columns.has(r.table)) columns.set(r.table, Object.keys(r.key));
  const listing = [...columns].map(([table, cols]) => ({
    table,
    columns: cols,
    sql: sql`SELECT ${cols.map((c) => d.syntax.ident(c))} FROM ${d.syntax.ident(table)} ORDER BY ${cols.map((c) => d.syntax.ident(c))}`.text,
  }));
  return { byVersion, listing };
}

/** How many rows of a version table are named (VersionRowsFound.held). */
export const ROWS_NAMED = 5;

/**
 * Asks `checks` through `ask` (one statement, its rows; it throws for a statement the engine refuses).
 */
export async function askVersionRows(checks: VersionRowChecks, ask: (sql: string) => Promise<Record<string, unknown>[]>): Promise<VersionRowsFound> {
  const found: VersionRowsFound = { consistent: [], contradicted: [], held: [], skipped: [] };
  const answers = new Map<string, boolean | undefined>();
  for (const v of checks.byVersion) {
    const missing: VersionRow[] = [];
    for (const r of v.rows) {
      if (!answers.has(r.sql)) {
        try {
          const [row] = await ask(r.sql);
          answers.set(r.sql, Number(Object.values(row ?? {})[0]) === 1);
        } catch (e) {
          answers.set(r.sql, undefined);
          found.skipped.push(`${r.table}: ${String((e as Error).message ?? e).split('\n')[0]}`);
        }
      }
      if (answers.get(r.sql) === false) missing.push(r);
    }
    if (missing.length) found.contradicted.push({ version: v.version, missing });
    else found.consistent.push(v.version);
  }
  if (found.contradicted.length) {
    for (const l of checks.listing) {
      try {
        const rows = await ask(l.sql);
        found.held.push({ table: l.table, rows: rows.slice(0, ROWS_NAMED + 1).map((r) => l.columns.map((c) => String(r[c] ?? Object.values(r)[l.columns.indexOf(c)])).join(', ')) });
      } catch {
        // (Named in skipped already, by the row checks of the same table.)
      }
    }
  }
  found.skipped = [...new Set(found.skipped)];
  return found;
}

/** A row's key in words: `version_num = '6c06c7d908a7'` (escaped as escapeNotOneLine does: one line, no control character). */
export function rowWords(r: VersionRow): string {
  return escapeNotOneLine(Object.entries(r.key).map(([c, v]) => `${c} = ${typeof v === 'string' ? `'${v}'` : String(v)}`).join(', '));
}

/**
 * What `found` says of the versions `label` names, in words: the rows missing from the version tables when they
 * contradict every one of those versions (`contradicts`), or which of them the rows tell apart (`tells`); undefined
 * when the rows agree with all of them.
 */
export function versionRowsText(found: VersionRowsFound, versionsLabel: string): { contradicts: boolean; text: string } | undefined {
  if (!found.contradicted.length) return undefined;
  const label = versionsLabel.replace(/ \(identical schemas\)$/, '');
  if (found.consistent.length) {
    return { contradicts: false, text: `the version tables' rows tell ${label} apart: they are those of ${found.consistent.join(', ')}, not of ${found.contradicted.map((c) => c.version).join(', ')}` };
  }
  const missing = new Map<string, string[]>();
  for (const c of found.contradicted) {
    for (const r of c.missing) {
      const list = missing.get(r.table) ?? missing.set(r.table, []).get(r.table)!;
      if (!list.includes(rowWords(r))) list.push(rowWords(r));
    }
  }
  // (The rows the tables hold are the database's text: escaped, a value holding ESC or a line feed shows as \u001b, \n.)
  const held = found.held.map((h) => `${h.table} holds ${h.rows.length ? `${h.rows.slice(0, ROWS_NAMED).map((x) => `(${escapeNotOneLine(x)})`).join(', ')}${h.rows.length > ROWS_NAMED ? ', …' : ''}` : 'no row'}`);
  return {
    contradicts: true,
    text: `the version table${missing.size > 1 ? 's contradict' : ' contradicts'} ${label}: ${[...missing].map(([t, rows]) => `${t} has no row ${rows.join('; no row ')}`).join(', and ')}, which the plans leave there at ${label}${held.length ? ` (${held.join('; ')})` : ''}: its migration bookkeeping is not that of ${label}, whatever its schema`,
  };
}

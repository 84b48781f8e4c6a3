// Reading the catalog of a live database for `plan detect` / `plan status`: catalog queries only, inside a
// read-only transaction that is rolled back, on the database the URL names. Nothing is created or changed.

import pg from 'pg';
import { committedImage } from './sqlite-file.js';
import { SQLITE_CATALOG_SQL, mysqlCatalogSql, pgCatalogSql } from './catalog.js';
import { dialectOfUrl, isSecretParameter, redact } from './index.js';
import { pgClientConfig } from './pg-url.js';
import { connectMysql, mysqlPasswordOfUrl, refuseMysqlUrlParameters } from './mysql.js';
import type { ApplyTarget, BusySession } from '../dialects/dialect.js';
import { postgresSyntax } from '../dialects/postgres/index.js';
import type { DialectName } from './types.js';
import type { DataStepChecks, DataStepsFound } from '../detect/data-steps.js';
import { askVersionRows, type VersionRowChecks, type VersionRowsFound } from '../detect/version-rows.js';
import { paramValuesOf, type ParamFound, type ParamRead } from '../detect/param-reads.js';

/**
 * The file a SQLite URL names (`sqlite:./app.db`, `sqlite:/var/lib/app.db`, `sqlite:///var/lib/app.db`), or
 * undefined for another scheme. @throws Error for a sqlite: URL without a path
 */
export function sqliteFileOfUrl(url: string): string | undefined {
  if (!/^sqlite:/i.test(url)) return undefined;
  const rest = url.slice('sqlite:'.length);
  const file = rest.startsWith('///') ? rest.slice(2) : rest.startsWith('//') ? rest.slice(2) : rest;
  if (!file) throw new Error('a sqlite: URL names a file: sqlite:./app.db');
  return decodeURIComponent(file);
}

/**
 * What a connection URL names, for a command that applies a script to it (ApplyTarget, unquoted): the database (a
 * SQLite URL: its file), host, port, user and query parameters, each percent-decoded as libpq decodes a URI; never
 * the password (only that there is one).
 * @throws Error for a URL that does not parse
 */
export function applyTargetOfUrl(url: string): ApplyTarget {
  const file = sqliteFileOfUrl(url);
  if (file !== undefined) return { database: file };
  const u = new URL(url);
  const part = (s: string) => (s ? decodeURIComponent(s) : undefined);
  const out = { database: part(u.pathname.replace(/^\//, '')), host: part(u.hostname), port: part(u.port), user: part(u.username) };
  // (URLSearchParams decodes; a password or another secret given as a parameter, sslpassword say, is never carried.)
  const parameters = [...u.searchParams].filter(([k]) => !isSecretParameter(k));
  return { ...Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)), ...(u.password || u.searchParams.has('password') ? { password: true } : {}), ...(parameters.length ? { parameters } : {}) };
}

/** Runs one statement and returns its rows. */
export type RowQuery = (sql: string) => Promise<Record<string, unknown>[]>;

/** What was read, and from where. */
export interface LiveCatalog {
  dialect: DialectName;
  /** e.g. "postgres 127.0.0.1:5432/app" (no password). */
  label: string;
  /** The normalized catalog lines of the schema (see catalog.ts), every table of it. */
  lines: string[];
  /**
   * The data steps of the script into the version the catalog matches that still have work (readLiveCatalog's
   * `checksOf`); absent when none were asked (SQLite: its scripts are one transaction, nothing is left half-done).
   */
  data?: DataStepsFound;
  /**
   * The rows of the product's version tables the plans leave at the versions the catalog matched, asked
   * (readLiveCatalog's `rowsOf`): which versions they contradict. Absent when none were asked.
   */
  versionRows?: VersionRowsFound;
  /**
   * The parameter values read from the rows an upgrade made (readLiveCatalog's `paramsOf`: src/detect/param-reads.ts),
   * for the rollback status proposes. Absent when none were asked.
   */
  params?: ParamFound[];
}

/** The parameter reads to make, for the catalog lines read (src/detect/param-reads.ts); undefined: none. */
export type ParamReadsOf = (lines: string[]) => ParamRead[] | undefined;

/**
 * Asks each of `reads` through `run` (one statement, its rows): the values it found, or the first line of the error
 * when the engine refused it (the caller's savepoint has undone it).
 */
async function askParams(reads: ParamRead[], run: RowQuery): Promise<ParamFound[]> {
  const out: ParamFound[] = [];
  for (const read of reads) {
    const { sql, ...what } = read;
    try {
      out.push({ ...what, values: paramValuesOf(read, await run(sql)) });
    } catch (e) {
      out.push({ ...what, values: [], unreadable: String((e as Error).message ?? e).split('\n')[0] });
    }
  }
  return out;
}

/** The version-table rows to ask about, for the catalog lines read (src/detect/version-rows.ts); undefined: none. */
export type RowChecksOf = (lines: string[]) => VersionRowChecks | undefined;

const quotePg = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The catalog lines through `query`, in a read-only transaction that is rolled back: PostgreSQL `BEGIN READ ONLY`
 * (the current schema, or `schema`), MySQL/MariaDB `START TRANSACTION READ ONLY` (the current database).
 * Also used on PGlite by the tests. @throws the driver's error (the transaction is rolled back first)
 */
export async function readCatalogWith(dialect: DialectName, query: RowQuery, schema?: string, places: Record<string, string> = {}): Promise<string[]> {
  return (await readCatalogThen(dialect, query, schema, places)).lines;
}

/**
 * As readCatalogWith, then, in the same read-only transaction (before it is rolled back), the data steps `checksOf`
 * gives for the catalog lines read (src/detect/data-steps.ts): which still have rows to write. Each step's catalog
 * guard is asked first (no work when it is false), then its row conditions; a query the engine refuses (a table the
 * database does not have) puts the step in `skipped`, inside a savepoint so that the transaction goes on. Then the
 * version tables' rows `rowsOf` asks, and the parameter reads `paramsOf` gives (src/detect/param-reads.ts: the values
 * the rows an upgrade made hold; one the engine refuses is returned with its error line), each in a savepoint too.
 * @throws the driver's error from reading the catalog (the transaction is rolled back first)
 */
export async function readCatalogThen(dialect: DialectName, query: RowQuery, schema?: string, places: Record<string, string> = {}, checksOf?: (lines: string[]) => DataStepChecks | undefined, rowsOf?: RowChecksOf, paramsOf?: ParamReadsOf): Promise<{ lines: string[]; data?: DataStepsFound; versionRows?: VersionRowsFound; params?: ParamFound[] }> {
  await query(dialect === 'postgres' ? 'BEGIN READ ONLY' : 'START TRANSACTION READ ONLY');
  try {
    if (dialect === 'postgres' && schema !== undefined) await query(`SET LOCAL search_path TO ${quotePg(schema)}`);
    // pg_get_expr spells a bytea default by bytea_output ('\x6e6f6e65'::bytea in hex, 'none'::bytea in escape), and a
    // literal's backslashes by standard_conforming_strings: both as the predicted catalog spells them, whatever the
    // role's or database's settings.
    if (dialect === 'postgres') {
      await query(`SET LOCAL bytea_output = 'hex'`);
      await query('SET LOCAL standard_conforming_strings = on');
    }
    if (dialect === 'mysql') await query('SET SESSION group_concat_max_len = 1048576'); // long key lists are not cut
    // The catalog of no schema is an empty database: with the URL's options (-c search_path=…) or PGOPTIONS naming only
    // schemas that do not exist, status proposed a fresh install over a database that has the product in public (found
    // by review). Say so instead, as the compiled scripts' own check does.
    if (dialect === 'postgres' && schema === undefined) {
      const [at] = await query(`SELECT current_schema() AS s, current_setting('search_path') AS p`);
      if (at?.s === null || at?.s === undefined) throw new Error(`no schema on the search path exists (search_path = ${String(at?.p)}, set by the URL's options, PGOPTIONS, the role or the database): point it at the product's schema, or pass --schema`);
    }
    // The product's places too (its other schemas or databases: product.yaml locations), named by the parameters.
    const rows = await query(dialect === 'postgres' ? pgCatalogSql(places) : mysqlCatalogSql(places));
    const lines = rows.map((r) => String(r.line));
    const checks = checksOf?.(lines);
    const data = checks ? await askDataSteps(query, checks) : undefined;
    // The version tables' rows, each query in a savepoint too (a table the database lacks skips that query only).
    const rowChecks = rowsOf?.(lines);
    const versionRows = rowChecks
      ? await askVersionRows(rowChecks, async (sql) => {
          await query('SAVEPOINT plan_version_rows');
          try {
            const rows = await query(sql);
            await query('RELEASE SAVEPOINT plan_version_rows');
            return rows;
          } catch (e) {
            await query('ROLLBACK TO SAVEPOINT plan_version_rows').catch(() => undefined);
            throw e;
          }
        })
      : undefined;
    // The parameter values rows made by an upgrade hold, each query in a savepoint too.
    const reads = paramsOf?.(lines);
    const params = reads
      ? await askParams(reads, async (sql) => {
          await query('SAVEPOINT plan_param_reads');
          try {
            const rows = await query(sql);
            await query('RELEASE SAVEPOINT plan_param_reads');
            return rows;
          } catch (e) {
            await query('ROLLBACK TO SAVEPOINT plan_param_reads').catch(() => undefined);
            throw e;
          }
        })
      : undefined;
    return { lines, ...(data ? { data } : {}), ...(versionRows ? { versionRows } : {}), ...(params ? { params } : {}) };
  } finally {
    await query('ROLLBACK').catch(() => undefined);
  }
}

/**
 * Whether a driver's error is the engine stopping a statement at its time bound (DialectScript.readTimeout):
 * PostgreSQL SQLSTATE 57014 (query_canceled: statement_timeout; PostgreSQL manual, Appendix A), MariaDB error 1969
 * (ER_STATEMENT_TIMEOUT, max_statement_time), MySQL 8 error 3024 (ER_QUERY_TIMEOUT, max_execution_time; 1907 in
 * MySQL 5.7.4 to 5.7.7).
 */
function isStatementTimeout(e: unknown): boolean {
  const f = e as { code?: unknown; errno?: unknown };
  return f?.code === '57014' || f?.errno === 1969 || f?.errno === 3024 || f?.errno === 1907;
}

/**
 * Asks `checks` of the database through `query`, inside the caller's open transaction: each query in a savepoint
 * (SAVEPOINT is standard SQL, and PostgreSQL aborts a transaction on an error), so that one the engine refuses
 * skips its step only. A step has work when its catalog guard (if any) and its row conditions both give 1. Each read
 * runs under checks.timeoutMs (its settings bound it): one that runs longer skips its step, marked so.
 */
async function askDataSteps(query: RowQuery, checks: DataStepChecks): Promise<DataStepsFound> {
  const found: DataStepsFound = { version: checks.version, from: checks.from, left: [], skipped: [] };
  // The script's own session settings: a derived key holding a timestamp's text (a Keto shard_id) depends on the time
  // zone (MySQL) and the date style (PostgreSQL); asked under the server's defaults, a non-UTC server found work left
  // in every finished Keto script (found by review on MariaDB with time_zone '+05:00').
  for (const s of checks.settings) await query(s.replace(/;\s*$/, ''));
  const ask = async (sql: string): Promise<boolean> => {
    await query('SAVEPOINT plan_data_step');
    try {
      const [row] = await query(sql);
      await query('RELEASE SAVEPOINT plan_data_step');
      return Number(row?.work) === 1;
    } catch (e) {
      await query('ROLLBACK TO SAVEPOINT plan_data_step').catch(() => undefined);
      throw e;
    }
  };
  for (const c of checks.checks) {
    try {
      if (c.catalog !== undefined && !(await ask(c.catalog))) continue;
      if (await ask(c.rows)) found.left.push(c.step);
    } catch (e) {
      const why = String((e as Error).message ?? e).split('\n')[0];
      found.skipped.push({ step: c.step, why, ...(checks.timeoutMs && isStatementTimeout(e) ? { timedOutMs: checks.timeoutMs } : {}) });
    }
  }
  // Every step with work is left: a finished script's data steps before its marker read the marker's row too
  // (src/compile/finished.ts), so rows the application deleted since are no work; a step with work after the marker
  // is named (nothing tells that it ran). The earlier rule, "no work in the last data step: finished", said up to date
  // after a MySQL script stopped before its inserts whenever its last step, a copy, had nothing to copy (found by
  // review: AuthHero 11.20 → 11.21 with one tenant).
  found.left = [...new Set(found.left)];
  found.skipped = found.skipped.filter((s) => !found.left.includes(s.step));
  return found;
}

/**
 * Connects to the database `url` names (postgres://, postgresql://, mysql://, mariadb://) and reads its catalog
 * read-only. A MySQL URL must name its database (mysql://user@host:3306/app). `schema`: PostgreSQL only. `checksOf`,
 * `rowsOf`, `paramsOf`: as readCatalogThen (a sqlite: URL's file, read into memory, is asked `rowsOf` and `paramsOf`).
 * @throws Error for another scheme, a MySQL URL without a database, or the driver's error (cannot connect, …)
 */
export async function readLiveCatalog(url: string, schema?: string, places: Record<string, string> = {}, checksOf?: (lines: string[]) => DataStepChecks | undefined, rowsOf?: RowChecksOf, paramsOf?: ParamReadsOf): Promise<LiveCatalog> {
  const file = sqliteFileOfUrl(url);
  if (file !== undefined) {
    if (schema !== undefined) throw new Error('--schema is for PostgreSQL; a SQLite URL names the file');
    // The file's committed content, opened in memory by sql.js: nothing writes to the file, its journal or its log.
    const { bytes, recovered } = committedImage(file);
    const { sqlJs } = await import('./sqlite.js');
    const db = new (await sqlJs()).Database(bytes);
    try {
      const [result] = db.exec(SQLITE_CATALOG_SQL);
      const how = recovered === 'wal' ? ` (with the commits of ${file}-wal)` : recovered === 'journal' ? ` (as before the write ${file}-journal holds: interrupted, or still under way)` : '';
      const lines = (result?.values ?? []).map((r) => String(r[0]));
      // The version tables' rows, asked of the same in-memory image (nothing reaches the file).
      const rowChecks = rowsOf?.(lines);
      const rowsOfImage = async (sql: string) => {
        const [res] = db.exec(sql);
        return (res?.values ?? []).map((v) => Object.fromEntries(res.columns.map((c, i) => [c, v[i]])));
      };
      const versionRows = rowChecks ? await askVersionRows(rowChecks, rowsOfImage) : undefined;
      // The parameter values rows made by an upgrade hold, asked of the same image.
      const reads = paramsOf?.(lines);
      const params = reads ? await askParams(reads, rowsOfImage) : undefined;
      return { dialect: 'sqlite', label: `sqlite ${file}${how}`, lines, ...(versionRows ? { versionRows } : {}), ...(params ? { params } : {}) };
    } finally {
      db.close();
    }
  }
  const c = await connectLive(url, schema);
  try {
    const { lines, data, versionRows, params } = await readCatalogThen(c.dialect, c.query, schema, places, checksOf, rowsOf, paramsOf);
    return { dialect: c.dialect, label: c.label, lines, ...(data ? { data } : {}), ...(versionRows ? { versionRows } : {}), ...(params ? { params } : {}) };
  } finally {
    await c.close();
  }
}

/** A connection to a server database for reading (connectLive). */
interface LiveConnection {
  dialect: 'postgres' | 'mysql';
  /** e.g. "postgres 127.0.0.1:5432/app schema auth", "mariadb 127.0.0.1:3306/app" (no password). */
  label: string;
  query: RowQuery;
  close(): Promise<void>;
}

/**
 * Connects to the server database `url` names (postgres://, postgresql://, mysql://, mariadb://). A MySQL URL must
 * name its database; `schema` (PostgreSQL only) goes into the label.
 * @throws Error for another scheme, a MySQL URL without a database, or the driver's error (cannot connect, …)
 */
async function connectLive(url: string, schema?: string): Promise<LiveConnection> {
  const dialect = dialectOfUrl(url);
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  const where = `${(u.hostname && decodeURIComponent(u.hostname)) || 'localhost'}:${u.port || (dialect === 'mysql' ? '3306' : '5432')}/${database}`;
  if (dialect === 'postgres') {
    const client = new pg.Client(pgClientConfig(url, 10_000));
    client.on('error', () => undefined);
    await client.connect();
    return { dialect, label: `postgres ${where}${schema ? ` schema ${schema}` : ''}`, query: async (sql) => (await client.query(sql)).rows, close: () => client.end().catch(() => undefined) };
  }
  if (dialect === 'mysql') {
    refuseMysqlUrlParameters(u);
    if (!database) throw new Error(`${redact(url)} names no database: add it, e.g. mysql://root@127.0.0.1:3306/app`);
    if (schema !== undefined) throw new Error('--schema is for PostgreSQL; on MySQL/MariaDB the URL names the database');
    const conn = await connectMysql({
      host: u.hostname || '127.0.0.1',
      port: Number(u.port || 3306),
      user: decodeURIComponent(u.username || 'root'),
      password: mysqlPasswordOfUrl(u),
      database,
      charset: 'utf8mb4',
      connectTimeout: 10_000,
    });
    conn.on('error', () => undefined);
    const close = () => conn.end().catch(() => undefined);
    try {
      const [v] = await conn.query('SELECT VERSION() AS v');
      const flavour = /mariadb/i.test(String((v as { v: string }[])[0]?.v)) ? 'mariadb' : 'mysql';
      return { dialect, label: `${flavour} ${where}`, query: async (sql) => (await conn.query(sql))[0] as Record<string, unknown>[], close };
    } catch (e) {
      await close();
      throw e;
    }
  }
  throw new Error(`--url ${redact(url)}: expected postgres://… or mysql://… (mariadb:// is accepted)`);
}

/** What a busy-sessions query found (readBusySessions). */
export interface BusyRead {
  /** As LiveCatalog.label. */
  label: string;
  /** The sessions changing the schema (none: go on). */
  sessions: BusySession[];
  /** The first line of the query's error, when it could not run (a privilege the role lacks): nothing was found. */
  unreadable?: string;
}

/**
 * Runs a busy-sessions query (Dialect.catalog.busySessionsSql) on the server database `url` names, with `schema`
 * (PostgreSQL) as the current schema; changes nothing. A query that fails is said in `unreadable`, not thrown.
 * @throws Error as connectLive (another scheme, cannot connect, …)
 */
export async function readBusySessions(url: string, sql: string, schema?: string): Promise<BusyRead> {
  const c = await connectLive(url, schema);
  try {
    if (schema !== undefined) await c.query(`SET search_path TO ${postgresSyntax.ident(schema).text}`);
    const rows = await c.query(sql);
    return { label: c.label, sessions: rows.map((r) => ({ session: String(r.session), state: String(r.state ?? ''), holds: String(r.holds ?? ''), runs: String(r.runs ?? '') })) };
  } catch (e) {
    return { label: c.label, sessions: [], unreadable: String((e as Error).message ?? e).split('\n')[0] };
  } finally {
    await c.close();
  }
}

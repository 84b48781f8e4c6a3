// The uniform engine interface used by `plan verify`, plus the error type and small helpers
// shared by the per-engine files.

import { createHash, randomBytes } from 'node:crypto';
import type { DialectName } from '../plan/types.js';
import type { WriteEvidence } from './writes.js';

export type { DialectName };

export interface TableFingerprint {
  rows: number;
  hash: string;
}

export interface Scratch {
  readonly dialect: DialectName;
  /** e.g. "pglite", "postgres 127.0.0.1:5432", "mariadb 127.0.0.1:3306" */
  readonly label: string;
  /** Name of the scratch database (server) or schema (PGlite); dropped by close(). */
  readonly name: string;
  /** SQLite: the database file (a sqlite: URL names it). */
  readonly file?: string;
  /**
   * Run a whole script as one unit through the driver (multi-statement). Rejects with the engine's error message.
   * SQLite: `fileName`, the name the file has for the run, as execWithClient's (sql.js names every database
   * /dbfile_<random>: that name is stood in for it where the script reads it).
   */
  execScript(sql: string, fileName?: string): Promise<void>;
  /** Run statements one by one (no wrapping transaction). SQLite: `fileName` as execScript's. */
  execStatements(statements: string[], fileName?: string): Promise<void>;
  /**
   * Run a script through the real CLI client (psql / mariadb / sqlite3); rejects with the client's stderr. SQLite:
   * `fileName`, the database file under that name for the run (the rename a manual step makes: Fief's workspace file,
   * named after its id, which its 0.28 → 0.27 rollback checks), then back under its own.
   */
  execWithClient(sql: string, fileName?: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /**
   * Creates `schema` in the scratch database and makes it the session's current schema, which every later read
   * (catalog, rows, fingerprints) looks at. Absent where scratches share one database (PGlite).
   */
  useSchema?(schema: string): Promise<void>;
  /**
   * The product's places for this scratch (location → schema or database, plan verify of a product with
   * `locations:`): from now on the catalog, rows, fingerprints and write evidence read them too (a table in a place
   * by its name, a line `T t | IN <location>` in the catalog), and close() drops them. Absent on SQLite.
   */
  usePlaces?(places: Record<string, string>): void;
  /** Normalized catalog lines (see catalog.ts), in the engine's ORDER BY order. */
  catalog(): Promise<string[]>;
  /** Per base table: row count and an order-independent sha256 of the rows' text renderings. */
  fingerprint(): Promise<Record<string, TableFingerprint>>;
  /** Rows of one table, values as the engine's text rendering (string | null), keys in column-name order, sorted. */
  rows(table: string): Promise<Record<string, unknown>[]>;
  /** rows() of every base table, in one pass over the catalog. */
  allRows(): Promise<Record<string, Record<string, unknown>[]>>;
  /**
   * Traces the writes of every script run so far left on the engine (see writes.ts): take one before and one
   * after a run and give both to describeWrites() to learn what the run wrote. PostgreSQL: catalog OIDs/xmin/
   * relfilenodes and row ctid/xmin of the scratch schema; MySQL: the writing Com_* counters of the sessions
   * that ran scripts (the driver's, plus every command-line client session's).
   */
  writeEvidence(): Promise<WriteEvidence>;
  /** Drops the scratch database/schema and closes connections. Safe to call twice. */
  close(): Promise<void>;
}

/** An engine or client failure. `message` starts with the engine's own message. */
export class EngineError extends Error {
  constructor(
    readonly engineMessage: string,
    readonly statement?: string,
    readonly code?: string,
    details: string[] = [],
  ) {
    const parts = [engineMessage, ...details];
    if (statement !== undefined) parts.push(`in statement: ${excerpt(statement)}`);
    super(parts.join('\n  '));
    this.name = 'EngineError';
  }
}

/** First ~200 chars of a statement on one line, for error messages. */
export function excerpt(sql: string, max = 200): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Lower-case, unquoted-safe identifier so it needs no quoting rules per engine. */
export function scratchName(): string {
  return `plan_verify_${randomBytes(6).toString('hex')}`;
}

/** Text cell as delivered by the engine; anything non-string (shouldn't happen) is stringified. */
export function cell(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  return String(v);
}

export interface TableData {
  columns: string[]; // sorted by column name
  rows: (string | null)[][]; // values in `columns` order
}

/** A row as JSON [[column, value], ...]: unambiguous, keeps column order (object keys like "1" would not). */
export function renderRow(columns: string[], row: (string | null)[]): string {
  return JSON.stringify(columns.map((c, i) => [c, row[i] ?? null]));
}

export function fingerprintOf(data: TableData): TableFingerprint {
  const lines = data.rows.map((r) => renderRow(data.columns, r)).sort(byCodeUnits);
  const hash = createHash('sha256');
  for (const l of lines) hash.update(l).update('\n');
  return { rows: lines.length, hash: hash.digest('hex') };
}

export function sortedObjects(data: TableData): Record<string, unknown>[] {
  return data.rows
    .map((r) => ({ key: renderRow(data.columns, r), r }))
    .sort((a, b) => byCodeUnits(a.key, b.key))
    .map(({ r }) => Object.fromEntries(data.columns.map((c, i) => [c, r[i] ?? null])));
}

/** Locale-independent ordering, so results don't depend on the host's ICU data. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Serializes async work; used where one connection is shared. */
export class Lock {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

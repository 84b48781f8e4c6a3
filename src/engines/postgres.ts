// PostgreSQL server through `pg`: each scratch is a fresh database (plan_verify_<random>) created
// from template0, so the schema is plain `public` and nothing else at the URL is touched.
// Also holds the catalog/fingerprint helpers shared with the PGlite engine.

import { needsStatementByStatement, postgresStatements } from './split.js';
import pg from 'pg';
import { pgClientConfig } from './pg-url.js';
import { postgresSyntax } from '../dialects/postgres/index.js';
import { pgCatalogSql } from './catalog.js';
import { requireClient, runClient, withTempDir, writePrivate } from './clients.js';
import {
  EngineError,
  byCodeUnits,
  cell,
  fingerprintOf,
  scratchName,
  sortedObjects,
  type Scratch,
  type TableData,
  type TableFingerprint,
} from './types.js';
import { PG_ROW_TABLES_SQL, PG_WRITE_EVIDENCE_SQL, type CatalogTrace, type WriteEvidence } from './writes.js';

/** Runs one statement (extended or simple protocol) and returns its rows. */
export type PgQuery = (sql: string) => Promise<Record<string, unknown>[]>;

/** An identifier quoted as the PostgreSQL dialect quotes it (the scripts and the engine spell names alike). */
export const qi = (name: string): string => postgresSyntax.ident(name).text;

interface PgErrorFields {
  message: string;
  code?: string;
  detail?: string;
  hint?: string;
  where?: string;
  position?: string;
}

/** Wraps a driver error; `script` lets us point at the statement around the error position. */
export function pgError(e: unknown, statement?: string, script?: string): Error {
  if (!(e instanceof Error)) return new Error(String(e));
  const f = e as Error & PgErrorFields;
  if (typeof f.code !== 'string' || !/^[0-9A-Z]{5}$/.test(f.code)) return e; // not from the server
  const details: string[] = [];
  if (f.detail) details.push(`DETAIL: ${f.detail}`);
  if (f.hint) details.push(`HINT: ${f.hint}`);
  if (f.where) details.push(`CONTEXT: ${f.where}`);
  let stmt = statement;
  if (stmt === undefined && script !== undefined && f.position) {
    // Position is 1-based in the whole script; show from the previous ';' (approximate but useful).
    const pos = Number(f.position) - 1;
    const start = script.lastIndexOf(';', pos - 1) + 1;
    stmt = script.slice(start);
  }
  const err = new EngineError(f.message, stmt, f.code, details);
  err.cause = e;
  return err;
}

/** The product's places of a scratch (location → schema), where `plan verify` reads tables besides the current schema. */
export type PgPlaces = Record<string, string>;

/** `n.nspname = current_schema()` of a catalog query widened to the places' schemas. */
export function inPlaces(sql: string, places: PgPlaces): string {
  const list = Object.values(places);
  return list.length ? sql.replaceAll('n.nspname = current_schema()', `n.nspname IN (current_schema(), ${list.map((p) => `'${p.replace(/'/g, "''")}'`).join(', ')})`) : sql;
}

export async function pgCatalog(q: PgQuery, places: PgPlaces = {}): Promise<string[]> {
  return (await q(pgCatalogSql(places))).map((r) => String(r.line));
}

interface PgTables {
  schema: string;
  columns: Map<string, string[]>; // table -> column names, sorted
  /** The schema of each table (the current one, or a place's). */
  schemaOf: Map<string, string>;
}

/** Base tables of the current schema (and the places') with their column names. */
export async function pgTables(q: PgQuery, places: PgPlaces = {}): Promise<PgTables> {
  const rows = await q(inPlaces(`
    SELECT n.nspname AS s, c.relname AS t, a.attname AS c
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = current_schema() AND c.relkind IN ('r','p')`, places));
  const columns = new Map<string, string[]>();
  const schemaOf = new Map<string, string>();
  for (const r of rows) {
    schemaOf.set(String(r.t), String(r.s));
    const cols = columns.get(String(r.t)) ?? [];
    if (r.c !== null) cols.push(String(r.c));
    columns.set(String(r.t), cols);
  }
  for (const cols of columns.values()) cols.sort(byCodeUnits);
  const schema = String((await q('SELECT current_schema() AS s'))[0]?.s);
  return { schema, columns, schemaOf };
}

/** All rows of one table, every column cast to text by the server (no driver type parsing). */
export async function pgTableData(q: PgQuery, schema: string, table: string, columns: string[]): Promise<TableData> {
  const list = columns.map((c, i) => `${qi(c)}::text AS c${i}`).join(', ');
  const rows = await q(`SELECT ${list} FROM ${qi(schema)}.${qi(table)}`);
  return { columns, rows: rows.map((r) => columns.map((_, i) => cell(r[`c${i}`]))) };
}

export async function pgFingerprint(q: PgQuery, places: PgPlaces = {}): Promise<Record<string, TableFingerprint>> {
  const { columns, schemaOf } = await pgTables(q, places);
  const out: Record<string, TableFingerprint> = {};
  for (const t of [...columns.keys()].sort(byCodeUnits)) out[t] = fingerprintOf(await pgTableData(q, schemaOf.get(t)!, t, columns.get(t)!));
  return out;
}

export async function pgRows(q: PgQuery, table: string, places: PgPlaces = {}): Promise<Record<string, unknown>[]> {
  const { schema, columns, schemaOf } = await pgTables(q, places);
  const cols = columns.get(table);
  if (!cols) throw new Error(`no table ${table} in schema ${schema}`);
  return sortedObjects(await pgTableData(q, schemaOf.get(table)!, table, cols));
}

export async function pgAllRows(q: PgQuery, places: PgPlaces = {}): Promise<Record<string, Record<string, unknown>[]>> {
  const { columns, schemaOf } = await pgTables(q, places);
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of [...columns.keys()].sort(byCodeUnits)) out[t] = sortedObjects(await pgTableData(q, schemaOf.get(t)!, t, columns.get(t)!));
  return out;
}

/** Write evidence of the current schema and the places' (see writes.ts): catalog traces and the ctid/xmin of every row. */
export async function pgWriteEvidence(q: PgQuery, places: PgPlaces = {}): Promise<WriteEvidence> {
  const objects: Record<string, CatalogTrace> = {};
  for (const r of await q(inPlaces(PG_WRITE_EVIDENCE_SQL, places))) {
    objects[String(r.key)] = { id: String(r.id), version: String(r.version), ...(r.file === null ? {} : { file: String(r.file) }) };
  }
  const rows: Record<string, string[]> = {};
  for (const { s, t } of await q(inPlaces(PG_ROW_TABLES_SQL, places))) {
    const table = String(t);
    rows[table] = (await q(`SELECT ctid::text || ' ' || xmin::text AS v FROM ONLY ${qi(String(s))}.${qi(table)}`)).map((r) => String(r.v)).sort(byCodeUnits);
  }
  return { engine: 'postgres', objects, rows };
}

function rowsOf(res: pg.QueryResult | pg.QueryResult[]): Record<string, unknown>[] {
  // A multi-statement simple query yields one result per statement; callers want the last.
  const last = Array.isArray(res) ? res[res.length - 1] : res;
  return (last?.rows ?? []) as Record<string, unknown>[];
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client(pgClientConfig(url, 10_000));
  // Without a listener a dropped connection would crash the process with an 'error' event.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client(pgClientConfig(url, 3_000));
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openPostgresServer(url: string): Promise<Scratch> {
  const u = new URL(url);
  const label = `postgres ${u.hostname || 'localhost'}:${u.port || '5432'}`;
  const name = scratchName();

  const admin = await connect(url);
  let version: number;
  try {
    version = Number((await admin.query('SHOW server_version_num')).rows[0].server_version_num);
    await admin.query(`CREATE DATABASE ${qi(name)} TEMPLATE template0`);
  } catch (e) {
    throw pgError(e, `CREATE DATABASE ${name}`);
  } finally {
    await admin.end().catch(() => undefined);
  }

  const dropDatabase = async (): Promise<void> => {
    const a = await connect(url);
    try {
      // FORCE (13+) also ends sessions a crashed client run may have left behind.
      await a.query(`DROP DATABASE IF EXISTS ${qi(name)}${version >= 130000 ? ' WITH (FORCE)' : ''}`);
    } finally {
      await a.end().catch(() => undefined);
    }
  };

  const scratchUrl = withDatabase(url, name);
  let client: pg.Client;
  try {
    client = await connect(scratchUrl);
  } catch (e) {
    await dropDatabase().catch(() => undefined);
    throw e;
  }

  const q: PgQuery = async (sql) => rowsOf(await client.query(sql));
  // After a failure inside an explicit BEGIN the session is unusable until ROLLBACK;
  // outside a transaction this only raises a warning.
  const recover = () => client.query('ROLLBACK').catch(() => undefined);
  let closed = false;
  // The product's places (plan verify of a product with locations): schemas of this scratch database, dropped with it.
  let places: PgPlaces = {};
  /** The schema `useSchema` set: a script's part outside a transaction pins search_path for the session (SET, not SET LOCAL), so it is set again after each script. */
  let schema: string | undefined;
  const restoreSchema = async () => {
    if (schema !== undefined) await q(`SET search_path = ${qi(schema)}`);
  };
  const execStatements = async (statements: string[]) => {
    try {
      for (const s of statements) {
        if (!s.trim()) continue;
        try {
          await client.query(s);
        } catch (e) {
          await recover();
          throw pgError(e, s);
        }
      }
    } finally {
      await restoreSchema();
    }
  };

  return {
    dialect: 'postgres',
    label,
    name,
    async execScript(sql) {
      if (needsStatementByStatement(sql)) return execStatements(await postgresStatements(sql));
      try {
        await client.query(sql);
      } catch (e) {
        await recover();
        throw pgError(e, undefined, sql);
      } finally {
        await restoreSchema();
      }
    },
    execStatements,
    async execWithClient(sql) {
      const psql = requireClient('postgres');
      // Password goes through the environment, not the (ps-visible) command line.
      const target = new URL(scratchUrl);
      const env = { ...process.env };
      if (target.password) env.PGPASSWORD = decodeURIComponent(target.password);
      target.password = '';
      await withTempDir(async (dir) => {
        const file = `${dir}/script.sql`;
        await writePrivate(file, sql);
        await runClient(psql, ['-v', 'ON_ERROR_STOP=1', '-X', '-q', '-f', file, '-d', target.toString()], { env });
      });
    },
    async query<T = Record<string, unknown>>(sql: string) {
      try {
        return (await q(sql)) as T[];
      } catch (e) {
        await recover();
        throw pgError(e, sql);
      }
    },
    async useSchema(name) {
      await q(`CREATE SCHEMA ${qi(name)}`);
      schema = name;
      await restoreSchema();
    },
    usePlaces(given) {
      places = { ...given };
    },
    catalog: () => pgCatalog(q, places),
    fingerprint: () => pgFingerprint(q, places),
    rows: (table) => pgRows(q, table, places),
    allRows: () => pgAllRows(q, places),
    writeEvidence: () => pgWriteEvidence(q, places),
    async close() {
      if (closed) return;
      closed = true;
      await client.end().catch(() => undefined);
      await dropDatabase();
    },
  };
}

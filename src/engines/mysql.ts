// MySQL / MariaDB server through mysql2: each scratch is a fresh database (plan_verify_<random>)
// dropped on close; nothing else at the URL is touched. There is no embedded MySQL.

import mysql from 'mysql2/promise';
import { createConnection as createCoreConnection } from 'mysql2';
import { unlessPostgres } from './probe.js';
import { mysqlSyntax } from '../dialects/mysql/index.js';
import { mysqlCatalogSql } from './catalog.js';
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
import { addCounters, writingCounters, type WriteEvidence } from './writes.js';

/** An identifier quoted as the MySQL dialect quotes it (the scripts and the engine spell names alike). */
const qi = (name: string): string => mysqlSyntax.ident(name).text;

interface MysqlTarget {
  host: string;
  port: number;
  user: string;
  password: string;
}

/**
 * The password a MySQL/MariaDB URL gives: the one in its authority (`mysql://user:pw@host/db`), percent-decoded, else
 * its `password` query parameter (`mysql://user@host/db?password=pw`, as libpq reads one in a PostgreSQL URL:
 * PostgreSQL manual, 34.1.1.2 "Connection URIs"), else the environment's MYSQL_PWD (as the mysql client reads it, and as
 * pg reads PGPASSWORD: the commands plan status prints leave the URL's password out and say to set it), else '' (none).
 */
export function mysqlPasswordOfUrl(u: URL): string {
  return u.password ? decodeURIComponent(u.password) : (u.searchParams.get('password') ?? process.env.MYSQL_PWD ?? '');
}

/**
 * Refuses a MySQL/MariaDB URL's query parameter other than `password`: plan connects with host, port, user, password
 * and database alone, so a parameter (ssl=true, say) would be dropped silently, both by plan's own reading and by the
 * mysql and mysqldump commands it prints (found by review: `mariadb://…?ssl=true` was read and printed without TLS).
 * @throws Error naming the first such parameter
 */
export function refuseMysqlUrlParameters(u: URL): void {
  const other = [...u.searchParams.keys()].find((k) => k !== 'password');
  if (other !== undefined) throw new Error(`${u.protocol}// URL parameter '${other}' is not supported: plan connects to MySQL/MariaDB with host, port, user, password and database only (no TLS), and would drop it; remove it from the URL`);
}

function parseUrl(url: string): MysqlTarget {
  const u = new URL(url);
  if (u.protocol !== 'mysql:' && u.protocol !== 'mariadb:') throw new Error(`not a mysql:// URL: ${u.protocol}//${u.host}`);
  refuseMysqlUrlParameters(u);
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: mysqlPasswordOfUrl(u),
  };
}

function connect(t: MysqlTarget, connectTimeout = 10_000): Promise<mysql.Connection> {
  return connectMysql({
    host: t.host,
    port: t.port,
    user: t.user,
    password: t.password,
    multipleStatements: true,
    charset: 'utf8mb4',
    // Keep values as the server's text; we never want JS Date/number coercion here.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    connectTimeout,
  });
}

/**
 * A connection through mysql2 with `options` (host and port given), as mysql2/promise's createConnection makes it,
 * that fails at once when the server at host:port is PostgreSQL (probe.ts unlessPostgres), instead of after the
 * connect timeout.
 * @throws WrongServerError for a PostgreSQL server; else the driver's error (cannot connect, access denied, …)
 */
export function connectMysql(options: mysql.ConnectionOptions & { host: string; port: number }): Promise<mysql.Connection> {
  const core = createCoreConnection(options);
  const connecting = new Promise<mysql.Connection>((resolve, reject) => {
    core.once('connect', () => resolve(core.promise()));
    core.once('error', reject);
  });
  return unlessPostgres(options.host, options.port, options.host, connecting, () => {
    core.on('error', () => undefined);
    core.destroy();
  });
}

function mysqlError(e: unknown, statement?: string): Error {
  if (!(e instanceof Error)) return new Error(String(e));
  const f = e as Error & { code?: string; errno?: number; sqlMessage?: string };
  if (f.sqlMessage === undefined) return e; // not from the server
  const err = new EngineError(f.sqlMessage, statement, f.code);
  err.cause = e;
  return err;
}

/** A multi-statement query returns one entry per statement; callers want the last one's rows. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  if (!Array.isArray(result)) return []; // a ResultSetHeader: no rows
  const isResultList = result.length > 0 && result.every((r) => Array.isArray(r) || r?.constructor?.name === 'ResultSetHeader');
  if (!isResultList) return result as Record<string, unknown>[];
  const last = result[result.length - 1];
  return Array.isArray(last) ? (last as Record<string, unknown>[]) : [];
}

/** Server-side text rendering per type, so binary data hashes as hex instead of mangled UTF-8. */
function textExpr(column: string, dataType: string): string {
  const c = qi(column);
  if (/^(binary|varbinary|tinyblob|blob|mediumblob|longblob|geometry|point|linestring|polygon|multi\w+|geometrycollection)$/i.test(dataType)) return `HEX(${c})`;
  if (/^bit$/i.test(dataType)) return `BIN(${c})`;
  return `CAST(${c} AS CHAR)`;
}

const CLIENT_COUNTERS_MARK = 'plan verify: session counters';
/** Appended to a script run through the client: prints the session's statement counters after a mark. */
const CLIENT_COUNTERS_SQL = `SELECT '${CLIENT_COUNTERS_MARK}';\nSHOW SESSION STATUS LIKE 'Com\\_%';\n`;

/** The writing counters the client printed after the mark (batch output: name TAB value per line). */
function clientSessionCounters(stdout: string): Record<string, number> {
  const lines = stdout.split('\n');
  const mark = lines.lastIndexOf(CLIENT_COUNTERS_MARK);
  if (mark < 0) throw new Error('the mysql client did not print its session counters after the script');
  const rows = lines.slice(mark + 1).map((l) => l.split('\t')).filter((f) => f.length === 2).map(([name, value]) => ({ name, value }));
  return writingCounters(rows);
}

export async function mysqlReachable(url: string): Promise<boolean> {
  let conn: mysql.Connection | undefined;
  try {
    conn = await connect(parseUrl(url), 3_000);
    await conn.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await conn?.end().catch(() => undefined);
  }
}

export async function openMysqlServer(url: string, characterSet?: string): Promise<Scratch> {
  const target = parseUrl(url);
  const name = scratchName();
  const conn = await connect(target);
  conn.on('error', () => undefined); // a dropped connection must not crash the process
  let label: string;
  try {
    const [v] = await conn.query('SELECT VERSION() AS v');
    const version = String((v as { v: string }[])[0]?.v);
    label = `${/mariadb/i.test(version) ? 'mariadb' : 'mysql'} ${target.host}:${target.port}`;
    // Long key / FK lists must not be cut at the 1024-char default.
    await conn.query('SET SESSION group_concat_max_len = 1048576');
    // The server's default character set, or the one the product's tables need (product.yaml verify_database).
    if (characterSet !== undefined && !/^[a-z0-9_]+$/.test(characterSet)) throw new Error(`not a character set name: ${JSON.stringify(characterSet)}`);
    await conn.query(`CREATE DATABASE ${qi(name)}${characterSet ? ` CHARACTER SET ${characterSet}` : ''}`);
    await conn.query(`USE ${qi(name)}`);
  } catch (e) {
    await conn.end().catch(() => undefined);
    throw mysqlError(e);
  }
  let closed = false;
  // Writing Com_* counters of every command-line client session run so far (each one a new session).
  const clientCounters: Record<string, number> = {};

  /** Re-selects the scratch database first: a script's USE must not make later calls act elsewhere. */
  const run = async (sql: string): Promise<unknown> => {
    if (closed) throw new Error(`scratch ${name} is closed`);
    await conn.query(`USE ${qi(name)}`);
    const [result] = await conn.query(sql);
    return result;
  };
  const recover = () => conn.query('ROLLBACK').catch(() => undefined);
  const q = async (sql: string) => rowsOf(await run(sql));

  // The product's places (plan verify of a product with locations): databases of their own, dropped with the scratch.
  let places: Record<string, string> = {};
  const lit = (v: string) => `'${v.replace(/'/g, "''")}'`;
  async function tables(): Promise<Map<string, { schema: string; columns: string[]; types: Map<string, string> }>> {
    const dbs = ['DATABASE()', ...Object.values(places).map(lit)].join(', ');
    const rows = await q(`
      SELECT t.TABLE_SCHEMA AS s, t.TABLE_NAME AS t, c.COLUMN_NAME AS c, c.DATA_TYPE AS d
      FROM information_schema.TABLES t
      LEFT JOIN information_schema.COLUMNS c ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME
      WHERE t.TABLE_SCHEMA IN (${dbs}) AND t.TABLE_TYPE = 'BASE TABLE'`);
    const out = new Map<string, { schema: string; columns: string[]; types: Map<string, string> }>();
    for (const r of rows) {
      const t = String(r.t);
      const entry = out.get(t) ?? { schema: String(r.s), columns: [], types: new Map<string, string>() };
      if (r.c !== null) {
        entry.columns.push(String(r.c));
        entry.types.set(String(r.c), String(r.d));
      }
      out.set(t, entry);
    }
    for (const e of out.values()) e.columns.sort(byCodeUnits);
    return out;
  }

  async function tableData(table: string, columns: string[], types: Map<string, string>, schema = name): Promise<TableData> {
    const list = columns.map((c, i) => `${textExpr(c, types.get(c) ?? '')} AS c${i}`).join(', ');
    const rows = await q(`SELECT ${list || '1'} FROM ${qi(schema)}.${qi(table)}`);
    return { columns, rows: rows.map((r) => columns.map((_, i) => cell(r[`c${i}`]))) };
  }

  return {
    dialect: 'mysql',
    label,
    name,
    async execScript(sql) {
      try {
        await run(sql);
      } catch (e) {
        await recover();
        throw mysqlError(e);
      }
    },
    async execStatements(statements) {
      for (const s of statements) {
        if (!s.trim()) continue;
        try {
          await run(s);
        } catch (e) {
          await recover();
          throw mysqlError(e, s);
        }
      }
    },
    async execWithClient(sql) {
      const client = requireClient('mysql');
      await withTempDir(async (dir) => {
        const args: string[] = [];
        if (target.password) {
          // An option file keeps the password off the command line; it must be the first option.
          const cnf = `${dir}/client.cnf`;
          await writePrivate(cnf, `[client]\npassword=${JSON.stringify(target.password)}\n`);
          args.push(`--defaults-extra-file=${cnf}`);
        }
        args.push('--protocol=TCP', '-h', target.host, '-P', String(target.port), '-u', target.user, '--default-character-set=utf8mb4', '--batch', '--skip-column-names', name);
        // The client's session ends with it: its statement counters are read by the same session, after the script.
        const out = await runClient(client, args, { stdin: `${sql}\n${CLIENT_COUNTERS_SQL}`, captureStdout: true });
        addCounters(clientCounters, clientSessionCounters(out));
      });
    },
    async query<T = Record<string, unknown>>(sql: string) {
      try {
        return (await q(sql)) as T[];
      } catch (e) {
        await recover();
        throw mysqlError(e, sql);
      }
    },
    usePlaces(given) {
      places = { ...given };
    },
    async catalog() {
      return (await q(mysqlCatalogSql(places))).map((r) => String(r.line));
    },
    async fingerprint() {
      const all = await tables();
      const out: Record<string, TableFingerprint> = {};
      for (const t of [...all.keys()].sort(byCodeUnits)) {
        const { columns, types, schema } = all.get(t)!;
        out[t] = fingerprintOf(await tableData(t, columns, types, schema));
      }
      return out;
    },
    async rows(table) {
      const entry = (await tables()).get(table);
      if (!entry) throw new Error(`no table ${table} in database ${name}`);
      return sortedObjects(await tableData(table, entry.columns, entry.types, entry.schema));
    },
    async allRows() {
      const all = await tables();
      const out: Record<string, Record<string, unknown>[]> = {};
      for (const t of [...all.keys()].sort(byCodeUnits)) out[t] = sortedObjects(await tableData(t, all.get(t)!.columns, all.get(t)!.types, all.get(t)!.schema));
      return out;
    },
    async writeEvidence(): Promise<WriteEvidence> {
      const rows = await q("SHOW SESSION STATUS LIKE 'Com\\_%'");
      const driver = writingCounters(rows.map((r) => ({ name: String(r.Variable_name ?? r.VARIABLE_NAME), value: String(r.Value ?? r.VALUE) })));
      return { engine: 'mysql', counters: addCounters(addCounters({}, driver), clientCounters) };
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        // Foreign keys may cross from the scratch database into a place and back (a move cut short): not checked while dropping.
        if (Object.keys(places).length) await conn.query('SET SESSION foreign_key_checks = 0');
        await conn.query(`DROP DATABASE IF EXISTS ${qi(name)}`);
        for (const p of Object.values(places)) await conn.query(`DROP DATABASE IF EXISTS ${qi(p)}`);
      } finally {
        await conn.end().catch(() => undefined);
      }
    },
  };
}

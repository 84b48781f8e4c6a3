// SQLite scratch databases for `plan verify`: a database file in a private temp directory, applied to with
// SQLite compiled to WebAssembly (sql.js, loaded on first use) or with the sqlite3 command-line client. Like the
// client, every apply opens a fresh connection on the file: TEMP objects and PRAGMAs do not carry over. sql.js
// holds a database in memory, so a connection reads the file and, when it closes, writes back what it committed;
// what an open transaction did is lost, as a crashed or killed client's is (SQLite's journal rolls it back).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Database, SqlJsStatic } from 'sql.js';
import { SQLITE_CATALOG_SQL } from './catalog.js';
import { SQLITE_MAIN_FILE } from '../dialects/sqlite/syntax.js';
import { clientFor, requireClient, runClient } from './clients.js';
import { EngineError, byCodeUnits, cell, fingerprintOf, scratchName, sortedObjects, type Scratch, type TableData, type TableFingerprint } from './types.js';
import type { WriteEvidence } from './writes.js';

let engine: Promise<SqlJsStatic> | undefined;

/** sql.js, loaded once per process (its WebAssembly file sits beside its JavaScript). */
export function sqlJs(): Promise<SqlJsStatic> {
  engine ??= (async () => {
    const require = createRequire(import.meta.url);
    const main = require.resolve('sql.js');
    const init = require('sql.js') as (config: { locateFile(file: string): string }) => Promise<SqlJsStatic>;
    return init({ locateFile: (file) => join(dirname(main), file) });
  })();
  return engine;
}

function sqliteError(e: unknown, statement?: string, printed: string[] = []): EngineError {
  // What the script printed last (a stop's whole message: the error text is the short one), as the client shows it.
  return new EngineError((e as Error).message ?? String(e), statement, undefined, printed.slice(-1).map((l) => `printed before: ${l}`));
}

/**
 * A script's sqlite3 client commands as SQL a driver runs: `.bail on` (its first line) goes, since a runner stops at
 * the first error anyway, and `.timeout N`, the client's busy timeout, becomes the pragma that sets the same handler.
 */
export function clientCommandsAsSql(sql: string): string {
  return sql.replace(/^\.bail on[ \t]*$/gm, '').replace(/^\.timeout (\d+)[ \t]*$/gm, 'PRAGMA busy_timeout = $1;');
}

/**
 * Runs `sql` statement by statement, as the sqlite3 client does (stopping at the first error, like -bail), keeping
 * the rows of the `plan` column the script prints.
 * @throws EngineError with the engine's message and the last printed line
 */
function runScript(db: Database, sql: string): void {
  const printed: string[] = [];
  sql = clientCommandsAsSql(sql);
  try {
    for (const stmt of db.iterateStatements(sql)) {
      try {
        while (stmt.step()) {
          const row = stmt.getAsObject();
          if ('plan' in row && row.plan !== null) printed.push(String(row.plan));
        }
      } finally {
        stmt.free();
      }
    }
  } catch (e) {
    throw sqliteError(e, undefined, printed);
  }
}

/** `"name"`, quotes doubled. */
const qi = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Opens a scratch SQLite database: a new file in a private temp directory, removed by close().
 */
export async function openSqlite(): Promise<Scratch> {
  const SQL = await sqlJs();
  const dir = await mkdtemp(join(tmpdir(), 'plan-sqlite-'));
  const name = scratchName();
  const file = join(dir, `${name}.db`);
  await writeFile(file, new SQL.Database().export());
  let closed = false;

  /** A connection on the file for `fn`; what it committed is written back to the file when `fn` ends (or fails). */
  async function connection<T>(fn: (db: Database) => T): Promise<T> {
    const db = new SQL.Database(await readFile(file));
    try {
      return fn(db);
    } finally {
      // A transaction still open is what a crash leaves: rolled back, never written.
      try {
        db.exec('ROLLBACK');
      } catch {
        // no transaction was open
      }
      const bytes = db.export();
      db.close();
      await writeFile(file, bytes);
    }
  }

  const q = (db: Database, sql: string): Record<string, unknown>[] => {
    const out: Record<string, unknown>[] = [];
    const stmt = db.prepare(sql);
    try {
      while (stmt.step()) out.push(stmt.getAsObject());
    } finally {
      stmt.free();
    }
    return out;
  };

  async function tables(): Promise<Map<string, string[]>> {
    return connection((db) => {
      const out = new Map<string, string[]>();
      for (const r of q(db, `SELECT m.name AS t, c.name AS c FROM main.sqlite_schema m, pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY m.name`)) {
        const t = String(r.t);
        (out.get(t) ?? out.set(t, []).get(t)!).push(String(r.c));
      }
      for (const list of out.values()) list.sort(byCodeUnits);
      return out;
    });
  }

  async function tableData(table: string, columns: string[]): Promise<TableData> {
    // Values as SQLite's own text rendering (CAST … AS TEXT); a blob as its hex.
    const list = columns.map((c, i) => `CASE WHEN typeof(${qi(c)}) = 'blob' THEN hex(${qi(c)}) ELSE CAST(${qi(c)} AS TEXT) END AS c${i}`).join(', ');
    const rows = await connection((db) => q(db, `SELECT ${list || '1'} FROM ${qi(table)}`));
    return { columns, rows: rows.map((r) => columns.map((_, i) => cell(r[`c${i}`]))) };
  }

  // sql.js opens the file as /dbfile_<random>: a name given stands in where a script reads the file's path.
  const namedAs = (sql: string, fileName: string | undefined) => (fileName === undefined ? sql : sql.split(SQLITE_MAIN_FILE).join(`(SELECT '${`/${fileName}`.replace(/'/g, "''")}' AS f)`));

  return {
    dialect: 'sqlite',
    label: 'sqlite (sql.js)',
    name,
    file,
    async execScript(sql, fileName) {
      await connection((db) => runScript(db, namedAs(sql, fileName)));
    },
    async execStatements(statements, fileName) {
      await connection((db) => {
        for (const s of statements) {
          if (!s.trim()) continue;
          try {
            runScript(db, namedAs(s, fileName));
          } catch (e) {
            throw new EngineError((e as EngineError).message, s);
          }
        }
      });
    },
    async execWithClient(sql, fileName) {
      const client = requireClient('sqlite');
      // Under another name for the run (a manual step's rename), in the same private folder; then back.
      const named = fileName === undefined ? file : join(dir, fileName);
      if (named !== file) await rename(file, named);
      try {
        // The client prints a stop's whole message as a result row (stdout) before the error (stderr).
        await runClient(client, ['-bail', named], { stdin: sql, captureStdout: true }).catch((e: unknown) => {
          const printed = ((e as EngineError & { stdout?: string }).stdout ?? '').split('\n').filter((l) => l.startsWith('plan')).slice(-1);
          throw new EngineError((e as Error).message, undefined, undefined, printed.map((l) => `printed before: ${l}`));
        });
      } finally {
        if (named !== file) await rename(named, file);
      }
    },
    async query<T = Record<string, unknown>>(sql: string) {
      return connection((db) => {
        try {
          return q(db, sql) as T[];
        } catch (e) {
          throw sqliteError(e, sql);
        }
      });
    },
    async catalog() {
      return connection((db) => q(db, SQLITE_CATALOG_SQL).map((r) => String(r.line)));
    },
    async fingerprint() {
      const all = await tables();
      const out: Record<string, TableFingerprint> = {};
      for (const t of [...all.keys()].sort(byCodeUnits)) out[t] = fingerprintOf(await tableData(t, all.get(t)!));
      return out;
    },
    async rows(table) {
      const cols = (await tables()).get(table);
      if (!cols) throw new Error(`no table ${table} in ${file}`);
      return sortedObjects(await tableData(table, cols));
    },
    async allRows() {
      const all = await tables();
      const out: Record<string, Record<string, unknown>[]> = {};
      for (const t of [...all.keys()].sort(byCodeUnits)) out[t] = sortedObjects(await tableData(t, all.get(t)!));
      return out;
    },
    async writeEvidence(): Promise<WriteEvidence> {
      // The file itself: a run that wrote nothing leaves every byte as it was (a read-only transaction writes no
      // page and no change counter), and its schema text and rows as `.dump` would print them.
      const bytes = await readFile(file);
      const dump = await connection((db) => {
        const parts = q(db, `SELECT type || ' ' || name || ': ' || COALESCE(sql, '') AS line FROM main.sqlite_schema ORDER BY type, name`).map((r) => String(r.line));
        return parts;
      });
      return { engine: 'sqlite', file: createHash('sha256').update(bytes).digest('hex'), schema: dump };
    },
    async close() {
      if (closed) return;
      closed = true;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Whether the sqlite3 command-line client is on PATH. */
export const sqliteClientPresent = () => clientFor('sqlite') !== undefined;

// In-process PostgreSQL (PGlite) for verify runs without a server.
// Starting PGlite takes seconds, so one instance is shared by the whole process and each scratch
// is a schema in it (milliseconds). PGlite has a single session: every scratch operation runs
// under a lock and first points search_path at its own schema.

import { needsStatementByStatement, postgresStatements } from './split.js';
import { PGlite } from '@electric-sql/pglite';
import { pgCatalog, pgError, pgWriteEvidence, pgFingerprint, pgRows, pgAllRows, qi, type PgQuery } from './postgres.js';
import { Lock, scratchName, type Scratch } from './types.js';

let instance: Promise<PGlite> | undefined;
const lock = new Lock();

function pglite(): Promise<PGlite> {
  instance ??= PGlite.create({ debug: 0 }).catch((e: unknown) => {
    instance = undefined; // let a later call retry
    throw e;
  });
  return instance;
}

/** Starts the shared PGlite now (otherwise the first openScratch pays for it). */
export async function warmPglite(): Promise<void> {
  await pglite();
}

/** Closes the shared instance (e.g. before process exit); the next scratch starts a new one. */
export async function closePglite(): Promise<void> {
  const p = instance;
  instance = undefined;
  if (p) await lock.run(async () => (await p).close());
}

const quiet = { onNotice: () => undefined }; // guarded scripts raise "already exists, skipping" notices

export async function openPglite(): Promise<Scratch> {
  const db = await pglite();
  const name = scratchName();
  await lock.run(() => db.exec(`CREATE SCHEMA ${qi(name)}`, quiet));
  let closed = false;
  let places: Record<string, string> = {};

  /** Runs fn in this scratch's schema; an aborted transaction is rolled back so the shared session stays usable. */
  const inScratch = <T>(fn: () => Promise<T>): Promise<T> =>
    lock.run(async () => {
      if (closed) throw new Error(`scratch ${name} is closed`);
      await db.exec(`SET search_path TO ${qi(name)}`, quiet);
      try {
        return await fn();
      } catch (e) {
        if (db.isInTransaction()) await db.exec('ROLLBACK', quiet).catch(() => undefined);
        throw e;
      }
    });

  // Only used inside inScratch.
  const q: PgQuery = async (sql) => (await db.query<Record<string, unknown>>(sql, [], quiet)).rows;

  return {
    dialect: 'postgres',
    label: 'pglite',
    name,
    execScript: (sql) =>
      inScratch(async () => {
        // One statement at a time when one of them cannot run in the implicit transaction of a multi-statement query.
        for (const part of needsStatementByStatement(sql) ? await postgresStatements(sql) : [sql]) {
          try {
            await db.exec(part, quiet);
          } catch (e) {
            throw pgError(e, part === sql ? undefined : part, sql);
          }
        }
      }),
    execStatements: (statements) =>
      inScratch(async () => {
        for (const s of statements) {
          if (!s.trim()) continue;
          try {
            await db.exec(s, quiet);
          } catch (e) {
            throw pgError(e, s);
          }
        }
      }),
    async execWithClient() {
      throw new Error('execWithClient is not possible on PGlite (in-process, no server for psql to connect to); pass --url postgres://… to use a real server');
    },
    query: <T = Record<string, unknown>>(sql: string) =>
      inScratch(async () => {
        try {
          // exec (simple protocol) so multi-statement input works like on a server; last result wins.
          const results = await db.exec(sql, quiet);
          return (results[results.length - 1]?.rows ?? []) as T[];
        } catch (e) {
          throw pgError(e, sql);
        }
      }),
    usePlaces(given) {
      places = { ...given };
    },
    catalog: () => inScratch(() => pgCatalog(q, places)),
    fingerprint: () => inScratch(() => pgFingerprint(q, places)),
    rows: (table) => inScratch(() => pgRows(q, table, places)),
    allRows: () => inScratch(() => pgAllRows(q, places)),
    writeEvidence: () => inScratch(() => pgWriteEvidence(q, places)),
    async close() {
      if (closed) return;
      await lock.run(async () => {
        closed = true;
        if (db.isInTransaction()) await db.exec('ROLLBACK', quiet).catch(() => undefined);
        await db.exec(`DROP SCHEMA IF EXISTS ${qi(name)} CASCADE`, quiet);
        // The product's places live beside the scratch schema in the one PGlite database.
        for (const p of Object.values(places)) await db.exec(`DROP SCHEMA IF EXISTS ${qi(p)} CASCADE`, quiet);
      });
    },
  };
}

// Engine access for `plan verify`: scratch databases on PGlite, a PostgreSQL server or a
// MySQL/MariaDB server behind one interface. All engine access lives in this folder.

import type { DialectName } from '../plan/types.js';
import { mysqlReachable, openMysqlServer } from './mysql.js';
import { openPglite } from './pglite.js';
import { openPostgresServer, postgresReachable } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { Scratch } from './types.js';

export { hasClient } from './clients.js';
export { closePglite, warmPglite } from './pglite.js';
export { MYSQL_CATALOG_SQL, PG_CATALOG_SQL, SQLITE_CATALOG_SQL } from './catalog.js';
export { describeWrites, type WriteEvidence } from './writes.js';
export { EngineError, type Scratch, type TableFingerprint } from './types.js';

const DEFAULT_URLS: Record<DialectName, { env: string; url: string }> = {
  postgres: { env: 'PLAN_PG_URL', url: 'postgres://postgres@127.0.0.1:5432/test' },
  mysql: { env: 'PLAN_MYSQL_URL', url: 'mysql://root@127.0.0.1:3306/test' },
  // SQLite has no server: scratch databases are files (serverUrl is not asked for it).
  sqlite: { env: 'PLAN_SQLITE_URL', url: '' },
};

/** Server URL for tests and defaults: $PLAN_PG_URL / $PLAN_MYSQL_URL, else the local test servers. */
export function serverUrl(dialect: DialectName): string {
  const d = DEFAULT_URLS[dialect];
  return process.env[d.env] || d.url;
}

/** The dialect a URL scheme names: postgres://, postgresql://, mysql://, mariadb://. */
export function dialectOfUrl(url: string): DialectName | undefined {
  const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return 'postgres';
  if (scheme === 'mysql' || scheme === 'mariadb') return 'mysql';
  return undefined;
}

/** How a scratch database is made. */
export interface ScratchOptions {
  /** MySQL: the scratch database's character set (the server's default when absent). */
  mysqlCharacterSet?: string;
}

/** Each dialect's engines: how to reach a server, how to open a scratch database (embedded when `url` is undefined). */
const ENGINES: Record<DialectName, { urlExample: string; reachable(url: string): Promise<boolean>; open(url: string | undefined, opts: ScratchOptions): Promise<Scratch> }> = {
  postgres: {
    urlExample: 'postgres://…',
    reachable: postgresReachable,
    open: (url) => (url === undefined ? openPglite() : openPostgresServer(url)),
  },
  mysql: {
    urlExample: 'mysql://…',
    reachable: mysqlReachable,
    open(url, opts) {
      if (url === undefined) {
        throw new Error('there is no embedded MySQL: pass --url to a MySQL/MariaDB server, e.g. mysql://root@127.0.0.1:3306/test (only a scratch database plan_verify_* is created and dropped there)');
      }
      return openMysqlServer(url, opts.mysqlCharacterSet);
    },
  },
  sqlite: {
    urlExample: '(none: SQLite scratch databases are files; leave out --url)',
    reachable: async () => false,
    open(url) {
      if (url !== undefined) throw new Error('SQLite has no server: leave out --url (verify makes scratch database files of its own)');
      return openSqlite();
    },
  },
};

/** True when the server at `url` accepts a connection and answers SELECT 1 (3 s timeout). */
export async function serverReachable(url: string): Promise<boolean> {
  const dialect = dialectOfUrl(url);
  return dialect === undefined ? false : ENGINES[dialect].reachable(url);
}

/**
 * Opens a scratch database. postgres without url: PGlite in process (schema per scratch);
 * with url: a new database on that server. mysql needs a url.
 */
export function openScratch(dialect: DialectName, opts: { url?: string } & ScratchOptions = {}): Promise<Scratch> {
  const opened = (async () => {
    const s = await openEngine(dialect, opts.url, opts);
    if (closing) {
      await s.close();
      throw new Error('interrupted: the scratch database was dropped');
    }
    live.add(s);
    const close = s.close.bind(s);
    return { ...s, close: async () => {
      live.delete(s);
      await close();
    } };
  })();
  pending.add(opened);
  void opened.then(() => pending.delete(opened), () => pending.delete(opened));
  return opened;
}

// Scratches not closed yet, and ones being opened, so an interrupted run can still drop what it created.
const live = new Set<Scratch>();
const pending = new Set<Promise<Scratch>>();
let closing = false;

/** Drops every scratch this process has open or is opening (e.g. on Ctrl-C); no new ones after this. */
export async function closeAllScratches(): Promise<void> {
  closing = true;
  await Promise.allSettled([...pending]);
  await Promise.all([...live].map((s) => s.close().catch(() => undefined)));
  live.clear();
}

async function openEngine(dialect: DialectName, url: string | undefined, opts: ScratchOptions): Promise<Scratch> {
  if (url !== undefined) {
    const urlDialect = dialectOfUrl(url);
    if (urlDialect !== dialect) {
      throw new Error(`URL ${redact(url)} is not a ${dialect} URL (expected ${ENGINES[dialect].urlExample})`);
    }
  }
  return ENGINES[dialect].open(url, opts);
}

/**
 * Whether a connection URL's query parameter carries a secret: libpq's `password` and `sslpassword` (the client
 * key's passphrase), mysql2's `password`, `password1` … `password3` and `passphrase`; any name holding "pass", so a
 * driver's next spelling is hidden too (libpq's `passfile`, a path, is hidden with them: no harm).
 */
export function isSecretParameter(name: string): boolean {
  return /pass/i.test(name);
}

/**
 * A connection URL for messages: its password and every secret query parameter (isSecretParameter) as ***. A text
 * the URL parser does not read keeps its shape, with what sits between the first `:` after `//` and the last `@`
 * (the password, whatever characters it holds) and every secret parameter's value masked all the same.
 * @returns the URL, safe to print
 */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const k of [...new Set(u.searchParams.keys())]) if (isSecretParameter(k)) u.searchParams.set(k, '***');
    // (URLSearchParams re-encodes what it sets: the masked value reads as ***, not %2A%2A%2A)
    return u.toString().replace(/%2A%2A%2A/g, '***');
  } catch {
    // What sits between `//` and the last `@` is taken for the user and password: a password that is not
    // percent-encoded may hold `/`, `?`, `#` or `@` (found by review: postgres://postgres:Sup3r#Secret@… and
    // pa/ss were printed in clear). Masking more than the password in a text that is no URL hides nothing needed.
    const authority = /^([^:/?#]*:\/\/)([^]*)@/.exec(url);
    let shown = url;
    if (authority) {
      const colon = authority[2].indexOf(':');
      if (colon >= 0) shown = `${authority[1]}${authority[2].slice(0, colon)}:***@${url.slice(authority[0].length)}`;
    }
    return shown.replace(/([?&][^=&#]*pass[^=&#]*=)[^&#]*/gi, '$1***');
  }
}

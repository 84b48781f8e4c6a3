// Names a --url (and --schema) gives, checked against the engine's limits before anything connects.
import { placeNameTooLong } from '../dialects/dialect.js';
import { getDialect } from '../dialects/index.js';
import { redact } from '../engines/index.js';
import { applyTargetOfUrl } from '../engines/live.js';
import { PlanError } from '../plan/errors.js';
import type { DialectName } from '../plan/types.js';

/**
 * Refuses (one line, before anything reads its parts) a --url that does not parse as a URL, or one whose user name,
 * password, host, database name or SQLite file name holds a % that starts no escape: percent-decoding it (as libpq
 * does every part of a connection URI, PostgreSQL 15 manual 34.1.1.2) would throw URIError, which was reported as
 * an internal error (found by review: `postgres://postgres@127.0.0.1:5432/%E0%A4`).
 * @throws PlanError naming --url (its password hidden) and the part
 */
export function checkUrlReadable(url: string): void {
  if (/^sqlite:/i.test(url)) return decodable(url, 'file name', url.slice('sqlite:'.length));
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new PlanError(`--url ${redact(url)}: not a URL the WHATWG URL parser reads (expected postgres://user@host:5432/db, mysql://user@host:3306/db or sqlite:<file>; in a password, write / ? # @ : % as %2F %3F %23 %40 %3A %25)`);
  }
  decodable(url, 'user name', u.username);
  decodable(url, 'password', u.password);
  decodable(url, 'host', u.hostname);
  decodable(url, 'database name', u.pathname.replace(/^\//, ''));
}

/** @throws PlanError when `text`, the `part` of `url`, holds a % that starts no UTF-8 escape (decodeURIComponent's URIError). */
function decodable(url: string, part: string, text: string): void {
  try {
    decodeURIComponent(text);
  } catch {
    throw new PlanError(`--url ${redact(url)}: its ${part} is not valid percent-encoding (each % starts an escape %XX of UTF-8 bytes; a % itself is written %25)`);
  }
}

/**
 * Refuses (one line, before connecting) a database or schema name longer than the engine of `dialect` takes: the
 * database of a postgres:// or mysql:// `url` (plan detect, status, verify), and `schema` (--schema). The limit is the dialect's (placeNameTooLong).
 * @throws PlanError naming --url or --schema and the limit
 */
export function checkUrlNames(dialect: DialectName, url: string, schema?: string): void {
  if (dialect === 'sqlite') return;
  const d = getDialect(dialect);
  const database = applyTargetOfUrl(url).database;
  const tooLong = database !== undefined ? placeNameTooLong(d, database, 'database') : undefined;
  if (tooLong) throw new PlanError(`--url ${redact(url)}: its database name ${tooLong}`);
  const schemaTooLong = schema !== undefined ? placeNameTooLong(d, schema, 'schema') : undefined;
  if (schemaTooLong) throw new PlanError(`--schema ${schema}: the name ${schemaTooLong}`);
}

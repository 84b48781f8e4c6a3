// The settings of a pg client from a postgres:// URL, read as libpq (psql) reads the same URL.
import type pg from 'pg';
import { parse } from 'pg-connection-string';

/**
 * The pg client settings of `url` (postgres:// or postgresql://), with `connectionTimeoutMillis`.
 *
 * pg reads a URL with pg-connection-string, whose `parse` is used here for everything (host, port, user, password,
 * sslmode and the other query parameters, a socket directory), except the database name: it decodes that with
 * decodeURI, which leaves the escapes of reserved characters as they are (`/fresh_my%24db` names the database
 * "fresh_my%24db", which does not exist). libpq percent-decodes every part of a connection URI (PostgreSQL 15 manual,
 * 34.1.1.2 "Connection URIs"), so psql given the same URL reaches "fresh_my$db": so does this.
 * @throws TypeError on a URL that cannot be parsed (from pg-connection-string)
 */
export function pgClientConfig(url: string, connectionTimeoutMillis: number): pg.ClientConfig {
  const config = parse(url) as Record<string, unknown>;
  let path: string | undefined;
  try {
    path = new URL(url).pathname.replace(/^\//, '');
  } catch {
    path = undefined; // (an empty host, postgres://user@/db: pg-connection-string's own reading stands)
  }
  if (path && typeof config.database === 'string') {
    try {
      config.database = decodeURIComponent(path);
    } catch {
      // (a lone % that starts no escape: libpq refuses it; pg-connection-string's reading stands, and the server says)
    }
  }
  return { ...(config as pg.ClientConfig), connectionTimeoutMillis };
}

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
 *
 * sslmode means what it means in libpq (PostgreSQL 15 manual, 34.19.3 "Protection Provided in Different Modes"):
 * pg-connection-string's libpq-compatible reading (its option useLibpqCompat, README "sslmode"), so `require`
 * encrypts without verifying the certificate (`ssl: { rejectUnauthorized: false }`), `verify-ca` verifies it against
 * sslrootcert but not the host name, `verify-full` verifies both (`ssl: {}`), `disable` is no TLS (`ssl: false`).
 * pg's own reading took `require` for `verify-full` and printed a multi-line SECURITY WARNING on stderr (found by
 * a fresh user). `prefer` is TLS without verification (pg cannot fall back to a connection without TLS, as libpq
 * does). With no sslmode in the URL, PGSSLMODE (libpq's environment variable, 34.15) is read the same way: pg's
 * own reading of it made `require` verify too. A URL that says uselibpqcompat itself is read as it says; pg's own
 * `no-verify` (not a libpq mode) keeps pg's meaning: TLS without verification.
 * @throws TypeError on a URL that cannot be parsed (from pg-connection-string); Error for sslmode=verify-ca
 *   without sslrootcert (libpq would look for ~/.postgresql/root.crt; pg has no default CA file)
 */
export function pgClientConfig(url: string, connectionTimeoutMillis: number): pg.ClientConfig {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined; // (an empty host, postgres://user@/db: pg-connection-string's own reading stands)
  }
  let text = url;
  const envMode = process.env.PGSSLMODE;
  if (parsed && envMode && !parsed.searchParams.has('sslmode') && !parsed.searchParams.has('ssl')) {
    const withMode = new URL(url);
    withMode.searchParams.set('sslmode', envMode);
    text = withMode.toString();
  }
  const own = parsed?.searchParams.has('uselibpqcompat') ?? /[?&]uselibpqcompat=/i.test(url);
  let config: Record<string, unknown>;
  try {
    config = parse(text, own ? {} : { useLibpqCompat: true }) as Record<string, unknown>;
  } catch (e) {
    if (/sslmode=verify-ca requires specifying a CA/.test((e as Error).message)) throw new Error('sslmode=verify-ca needs sslrootcert=<file>, the certificate of the CA to verify the server against (or sslmode=verify-full, which checks the host name as well)');
    throw e;
  }
  // pg's own sslmode=no-verify (libpq has none such), which the libpq reading does not know: kept as pg reads it.
  if (config.sslmode === 'no-verify' && typeof config.ssl === 'object' && config.ssl !== null) config.ssl = { ...config.ssl, rejectUnauthorized: false };
  delete config.uselibpqcompat;
  const path = parsed?.pathname.replace(/^\//, '');
  if (path && typeof config.database === 'string') {
    try {
      config.database = decodeURIComponent(path);
    } catch {
      // (a lone % that starts no escape: libpq refuses it; pg-connection-string's reading stands, and the server says)
    }
  }
  return { ...(config as pg.ClientConfig), connectionTimeoutMillis };
}

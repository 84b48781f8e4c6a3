// libpq connection strings: the keywords psql takes, and how a value is written in a conninfo string.

/**
 * The parameter key words of libpq (PostgreSQL 15 manual, 34.1.2 "Parameter Key Words"), but `password` (never
 * printed) and `dbname` (written by the caller): the query parameters of a connection URL psql takes as they are.
 */
export const LIBPQ_KEYWORDS: ReadonlySet<string> = new Set([
  'host', 'hostaddr', 'port', 'user', 'passfile', 'channel_binding', 'connect_timeout', 'client_encoding', 'options',
  'application_name', 'fallback_application_name', 'keepalives', 'keepalives_idle', 'keepalives_interval',
  'keepalives_count', 'tcp_user_timeout', 'replication', 'gssencmode', 'sslmode', 'requiressl', 'sslcompression',
  'sslcert', 'sslkey', 'sslpassword', 'sslrootcert', 'sslcrl', 'sslcrldir', 'sslsni', 'requirepeer',
  'ssl_min_protocol_version', 'ssl_max_protocol_version', 'krbsrvname', 'gsslib', 'service', 'target_session_attrs',
]);

/**
 * `pairs` as a libpq conninfo string, `key=value key=value`: a value that is empty or holds a space, a quote or a
 * backslash in single quotes, a quote and a backslash inside escaped with a backslash (PostgreSQL 15 manual, 34.1.1.1
 * "Keyword/Value Connection Strings").
 */
export function conninfo(pairs: [string, string][]): string {
  const value = (v: string) => (v !== '' && !/[\s'\\]/.test(v) ? v : `'${v.replace(/[\\']/g, (c) => `\\${c}`)}'`);
  return pairs.map(([k, v]) => `${k}=${value(v)}`).join(' ');
}

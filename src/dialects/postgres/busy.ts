// The sessions changing a PostgreSQL database's schema right now (`plan status` says "wait" for them). Facts from
// the PostgreSQL 15 manual: pg_stat_activity (28.2.3, https://www.postgresql.org/docs/15/monitoring-stats.html:
// pid, backend_type 'client backend', state 'active' / 'idle in transaction' / …, query: the current statement, or
// the last one when the session is idle), pg_locks (54.12, https://www.postgresql.org/docs/15/view-pg-locks.html: a
// relation lock's mode and whether it is granted), and the lock each ALTER TABLE / DROP TABLE form takes
// (ACCESS EXCLUSIVE unless noted: https://www.postgresql.org/docs/15/sql-altertable.html). A DDL statement in an open
// transaction holds its lock until the transaction ends; checked on the server by test/status-busy.test.ts.
import type { BusyScope, DialectSyntax } from '../dialect.js';

/**
 * A statement that changes the schema, after any others of the same query text and any comments (ARE syntax: \y is
 * a word boundary).
 */
const DDL = String.raw`(^|;)(\s|--[^\n]*\n|/\*.*?\*/)*(ALTER|CREATE|DROP|RENAME|TRUNCATE|REINDEX|CLUSTER|COMMENT\s+ON)\y`;

/** A SQL list of literals, or NULL (an empty IN list is not SQL; `x IN (NULL)` is never true). */
const literals = (syntax: DialectSyntax, values: readonly string[]) => (values.length ? values.map((v) => syntax.literal(v).text).join(', ') : 'NULL');

/**
 * The query listing every other client session of the current database that is changing its schema: one holding an
 * ACCESS EXCLUSIVE lock on a table of the product's (by name, in the schemas given or the current one), or whose
 * statement (running, or the last one of a transaction still open) is DDL. Rows: session (the backend's pid, text),
 * state (pg_stat_activity.state), holds (the locks on the product's tables, `AccessExclusiveLock on <table>`, or ''),
 * runs (the statement text; '<insufficient privilege>' for another role's session without pg_read_all_stats), in
 * pid order. Every name reaches the SQL as a literal of `syntax`, the dialect's own (syntax.literal).
 */
export function busySessionsSql(syntax: DialectSyntax, scope: BusyScope): string {
  const schemas = scope.places.length ? `current_schema(), ${literals(syntax, scope.places)}` : 'current_schema()';
  return `SELECT a.pid::text AS session, COALESCE(a.state, '') AS state,
  COALESCE(string_agg(DISTINCT l.mode || ' on ' || c.relname, ', ') FILTER (WHERE c.oid IS NOT NULL), '') AS holds,
  COALESCE(a.query, '') AS runs
FROM pg_stat_activity a
LEFT JOIN pg_locks l ON l.pid = a.pid AND l.locktype = 'relation' AND l.granted AND l.mode = 'AccessExclusiveLock'
LEFT JOIN pg_class c ON c.oid = l.relation AND c.relname IN (${literals(syntax, scope.tables)})
  AND c.relnamespace IN (SELECT n.oid FROM pg_namespace n WHERE n.nspname IN (${schemas}))
WHERE a.pid <> pg_backend_pid() AND a.datname = current_database() AND a.backend_type = 'client backend'
GROUP BY a.pid, a.state, a.query
HAVING count(c.oid) > 0
  OR (COALESCE(a.state, 'idle') <> 'idle'
    AND a.query ~* ${syntax.literal(DDL).text})
ORDER BY a.pid`;
}

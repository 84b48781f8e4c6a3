// The sessions changing a PostgreSQL database's schema right now (`plan status` says "wait" for them). Facts from
// the PostgreSQL 15 manual: pg_stat_activity (28.2.3, https://www.postgresql.org/docs/15/monitoring-stats.html:
// pid, backend_type 'client backend', state 'active' / 'idle in transaction' / …, query: the current statement, or
// the last one when the session is idle), pg_locks (54.12, https://www.postgresql.org/docs/15/view-pg-locks.html: a
// relation lock's mode and whether it is granted), and the lock each ALTER TABLE / DROP TABLE form takes
// (ACCESS EXCLUSIVE unless noted: https://www.postgresql.org/docs/15/sql-altertable.html). A DDL statement in an open
// transaction holds its lock until the transaction ends; checked on the server by test/status-busy.test.ts.
import type { BusyScope, DialectSyntax } from '../dialect.js';
import { isScriptLock } from './script-lock.js';

/**
 * A statement that changes the schema, after any others of the same query text and any comments (ARE syntax: \y is
 * a word boundary).
 */
const DDL = String.raw`(^|;)(\s|--[^\n]*\n|/\*.*?\*/)*(ALTER|CREATE|DROP|RENAME|TRUNCATE|REINDEX|CLUSTER|COMMENT\s+ON)\y`;

/** A SQL list of literals, or NULL (an empty IN list is not SQL; `x IN (NULL)` is never true). */
const literals = (syntax: DialectSyntax, values: readonly string[]) => (values.length ? values.map((v) => syntax.literal(v).text).join(', ') : 'NULL');

/**
 * The lock modes that leave a table's definition alone: a reader's (ACCESS SHARE), SELECT … FOR UPDATE's (ROW
 * SHARE) and a writer's (ROW EXCLUSIVE). Any other mode on a table is DDL's (CREATE INDEX: SHARE; ADD FOREIGN KEY,
 * CREATE TRIGGER: SHARE ROW EXCLUSIVE; most ALTER TABLE forms, DROP, TRUNCATE: ACCESS EXCLUSIVE) or blocks it
 * (PostgreSQL 15 manual 13.3.1 "Table-Level Locks").
 */
const DATA_MODES = ['AccessShareLock', 'RowShareLock', 'RowExclusiveLock'];

/**
 * The query listing every other client session of the current database that is changing its schema: one holding an
 * ACCESS EXCLUSIVE lock on a table of the product's (by name, in the schemas given or the current one), or whose
 * statement (running, or the last one of a transaction still open) is DDL on what the product owns: the session
 * holds or waits for a lock on one of the product's tables (in a mode other than DATA_MODES) or enum types, or on
 * one of those schemas itself, or that holds the lock a plan script takes for the current schema as it starts
 * (script-lock.ts: held from its first statement to its last, between statements too). PostgreSQL locks the schema an object is created in (an object lock on its
 * pg_namespace row, held to the end of the transaction; seen on PostgreSQL 15), and a table created in a
 * transaction still open cannot be seen by name from another session: the schema's lock is what tells of it. DDL on
 * anything else does not count (found by a fresh user: an application's CREATE TEMP TABLE in an open transaction
 * made status say "wait"): a temporary object is in the session's own pg_temp schema, and another schema's objects
 * lock that schema. Rows: session (the backend's pid, text), state (pg_stat_activity.state), holds (the locks on the
 * product's tables, `AccessExclusiveLock on <table>`, or ''), runs (the statement text; '<insufficient privilege>'
 * for another role's session without pg_read_all_stats), in pid order. Every name reaches the SQL as a literal of
 * `syntax`, the dialect's own (syntax.literal).
 */
export function busySessionsSql(syntax: DialectSyntax, scope: BusyScope): string {
  const schemas = scope.places.length ? `current_schema(), ${literals(syntax, scope.places)}` : 'current_schema()';
  const names = literals(syntax, scope.tables);
  return `SELECT a.pid::text AS session, COALESCE(a.state, '') AS state,
  COALESCE(string_agg(DISTINCT l.mode || ' on ' || c.relname, ', ') FILTER (WHERE c.oid IS NOT NULL), '') AS holds,
  COALESCE(a.query, '') AS runs
FROM pg_stat_activity a
LEFT JOIN pg_locks l ON l.pid = a.pid AND l.locktype = 'relation' AND l.granted AND l.mode = 'AccessExclusiveLock'
LEFT JOIN pg_class c ON c.oid = l.relation AND c.relname IN (${names})
  AND c.relnamespace IN (SELECT n.oid FROM pg_namespace n WHERE n.nspname IN (${schemas}))
WHERE a.pid <> pg_backend_pid() AND a.datname = current_database() AND a.backend_type = 'client backend'
GROUP BY a.pid, a.state, a.query
HAVING count(c.oid) > 0
  OR EXISTS (SELECT 1 FROM pg_locks s WHERE s.pid = a.pid AND s.granted AND ${isScriptLock('s', 'current_schema()')})
  OR (COALESCE(a.state, 'idle') <> 'idle'
    AND a.query ~* ${syntax.literal(DDL).text}
    AND EXISTS (SELECT 1 FROM pg_locks m WHERE m.pid = a.pid AND m.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
      AND ((m.locktype = 'relation' AND m.mode NOT IN (${literals(syntax, DATA_MODES)})
          AND m.relation IN (SELECT r.oid FROM pg_class r WHERE r.relname IN (${names}) AND r.relnamespace IN (SELECT n.oid FROM pg_namespace n WHERE n.nspname IN (${schemas}))))
        OR (m.locktype = 'object' AND m.classid = 'pg_namespace'::regclass
          AND m.objid IN (SELECT n.oid FROM pg_namespace n WHERE n.nspname IN (${schemas})))
        OR (m.locktype = 'object' AND m.classid = 'pg_type'::regclass
          AND m.objid IN (SELECT t.oid FROM pg_type t WHERE t.typname IN (${names}) AND t.typnamespace IN (SELECT n.oid FROM pg_namespace n WHERE n.nspname IN (${schemas})))))))
ORDER BY a.pid`;
}

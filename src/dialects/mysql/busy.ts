// The sessions changing a MySQL or MariaDB database's schema right now: what a script's start checks (BUSY_SQL in
// ./index.ts) and what `plan status` says "wait" for. Facts: information_schema.PROCESSLIST (MySQL 8.0 manual
// 28.3.23, https://dev.mysql.com/doc/refman/8.0/en/information-schema-processlist-table.html; MariaDB KB "Information
// Schema PROCESSLIST Table"): ID, DB (the session's default database), COMMAND, STATE, INFO (the statement running, a
// prepared one's text included, seen on MariaDB 10.11; NULL when idle); a session sees its own user's threads (all of
// them with the PROCESS privilege). The thread states of ALTER TABLE (MySQL 8.0 manual 10.14.3 "General Thread
// States": "altering table", "committing alter table to storage engine", "copy to tmp table", "preparing for alter
// table"). performance_schema.metadata_locks joined to performance_schema.threads by thread id (MySQL 8.0 manual
// 29.12.13.3: OBJECT_TYPE, LOCK_TYPE, LOCK_STATUS; on by default in MySQL 8; on MariaDB both tables exist and are
// empty unless performance_schema is on). Checked on MariaDB 10.11 by test/status-busy.test.ts.
import type { BusyScope, DialectSyntax } from '../dialect.js';

/**
 * A schema change: a statement starting ALTER, CREATE, DROP, RENAME or TRUNCATE, after any /* comments *\/ (kept by
 * mysql --comments) and MariaDB's SET STATEMENT … FOR prefix (KB "SET STATEMENT"), as a REGEXP literal; no backslash
 * in the pattern, so it reads the same whatever sql_mode says of backslashes. (The comparison follows the
 * PROCESSLIST's case-insensitive collation.)
 */
export const SCHEMA_CHANGE = `'^[[:space:]]*(/[*].*[*]/[[:space:]]*)*(SET[[:space:]]+STATEMENT[[:space:]].*[[:space:]]FOR[[:space:]]+)?(ALTER|CREATE|DROP|RENAME|TRUNCATE)[[:space:]]'`;

/**
 * A temporary table's CREATE [OR REPLACE] TEMPORARY TABLE or DROP TEMPORARY TABLE (MySQL 8.0 manual 15.1.20.2
 * "CREATE TEMPORARY TABLE Statement": visible only within the session, no implicit commit), written as
 * SCHEMA_CHANGE is: no schema change, since no other session sees the table (found by a fresh user: an application
 * filling a temporary table made status say "wait").
 */
const TEMPORARY_CHANGE = `'^[[:space:]]*(/[*].*[*]/[[:space:]]*)*(SET[[:space:]]+STATEMENT[[:space:]].*[[:space:]]FOR[[:space:]]+)?(CREATE[[:space:]]+(OR[[:space:]]+REPLACE[[:space:]]+)?|DROP[[:space:]]+)TEMPORARY[[:space:]]'`;

/** The condition that statement `infoColumn` changes the schema: SCHEMA_CHANGE, not a temporary table's (TEMPORARY_CHANGE). */
export function isSchemaChange(infoColumn: string): string {
  return `(${infoColumn} REGEXP ${SCHEMA_CHANGE} AND NOT ${infoColumn} REGEXP ${TEMPORARY_CHANGE})`;
}

/**
 * The condition that a session (default database `dbColumn`, statement `infoColumn`) changes the schema of database
 * `database` (an SQL expression: DATABASE(), or a literal): its default database is that one, or its statement names a
 * table of that one (`db`.t, or db.t after a space, comma or parenthesis: what a session without a default database,
 * or with another, writes). A name is compared as the server compares the statement's text (the PROCESSLIST's
 * collation); an unquoted name cannot hold a space, comma or parenthesis, so db.t is not read in xdb.t, and a quoted
 * one is matched with its quotes.
 */
export function changesDatabase(database: string, dbColumn: string, infoColumn: string): string {
  return `${dbColumn} = ${database}
      OR LOCATE(CONCAT('\`', REPLACE(${database}, '\`', '\`\`'), '\`.'), ${infoColumn}) > 0
      OR LOCATE(CONCAT(' ', ${database}, '.'), REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(${infoColumn}, CHAR(10), ' '), CHAR(13), ' '), CHAR(9), ' '), ',', ' '), '(', ' ')) > 0`;
}

/** A SQL list of literals, or NULL (an empty IN list is not SQL; `x IN (NULL)` is never true). */
const literals = (syntax: DialectSyntax, values: readonly string[]) => (values.length ? values.map((v) => syntax.literal(v).text).join(', ') : 'NULL');

/** The metadata locks that let their holder change a table's definition (or that ALTER TABLE holds while it runs). */
const CHANGING_LOCKS = ['EXCLUSIVE', 'SHARED_NO_READ_WRITE', 'SHARED_NO_WRITE', 'SHARED_UPGRADABLE'];

/** The thread states of a table being altered (see above). */
const ALTER_STATES = ['altering table', 'committing alter table to storage engine', 'copy to tmp table', 'preparing for alter table'];

/**
 * The query listing every other session changing the schema of the current database or of the places given: one
 * running a schema change (isSchemaChange, running or waiting for its metadata lock) or in a thread state of ALTER
 * TABLE, in that database (changesDatabase), or one holding a metadata lock that changes a table of the product's
 * (MySQL 8: performance_schema). Rows: session (the processlist id, text), state (COMMAND and STATE), holds (those
 * metadata locks, `<type> metadata lock on <table>`, or '': always '' with scope.metadataLocks false), runs (INFO, or
 * ''), in id order. Every name reaches the
 * SQL as a literal of `syntax`, the dialect's own (syntax.literal).
 */
export function busySessionsSql(syntax: DialectSyntax, scope: BusyScope): string {
  const databases = ['DATABASE()', ...scope.places.map((p) => syntax.literal(p).text)];
  const inDatabase = databases.map((d) => `(${changesDatabase(d, 'x.db', 'x.runs')})`).join('\n      OR ');
  return `SELECT x.session, x.state, x.holds, x.runs FROM (
  SELECT CAST(p.ID AS CHAR) AS session, p.ID AS id, CONCAT_WS(', ', p.COMMAND, NULLIF(p.STATE, '')) AS state,
    p.COMMAND AS command, p.STATE AS thread_state, p.DB AS db, COALESCE(p.INFO, '') AS runs,
    ${scope.metadataLocks === false ? `''` : `COALESCE((SELECT GROUP_CONCAT(DISTINCT CONCAT(m.LOCK_TYPE, ' metadata lock on ', m.OBJECT_NAME) ORDER BY m.OBJECT_NAME SEPARATOR ', ')
      FROM performance_schema.metadata_locks m JOIN performance_schema.threads t ON t.THREAD_ID = m.OWNER_THREAD_ID
      WHERE t.PROCESSLIST_ID = p.ID AND m.OBJECT_TYPE = 'TABLE' AND m.LOCK_STATUS = 'GRANTED'
        AND m.LOCK_TYPE IN (${literals(syntax, CHANGING_LOCKS)}) AND m.OBJECT_SCHEMA IN (${databases.join(', ')})
        AND m.OBJECT_NAME IN (${literals(syntax, scope.tables)})), '')`} AS holds
  FROM information_schema.PROCESSLIST p
  WHERE p.ID <> CONNECTION_ID()
) x
WHERE x.holds <> ''
  OR (x.command <> 'Sleep' AND (${isSchemaChange('x.runs')} OR x.thread_state IN (${literals(syntax, ALTER_STATES)}))
    AND (${inDatabase}))
ORDER BY x.id`;
}

// One plan script at a time on a PostgreSQL schema: a session-level advisory lock (PostgreSQL 15 manual, 9.27.10
// "Advisory Lock Functions": pg_try_advisory_lock(int, int) takes it at once or returns false, and holds it until
// pg_advisory_unlock or the end of the session, whatever becomes of transactions; 54.12 pg_locks: an advisory lock
// taken with two int4 keys shows classid = key1, objid = key2, objsubid = 2). Found by a fresh DBA on PostgreSQL 15:
// a second psql run started while the first was still going failed on a lock timeout with the whole version check as
// its CONTEXT, or dropped the first run's index still being built CONCURRENTLY ("tuple concurrently updated"), or
// deadlocked. Advisory locks are per database; key2 is taken from the schema's name, so two scripts on two schemas
// of one database run side by side. A session that ends (its client killed, then the server noticing it, or
// pg_terminate_backend) releases it: a resumed run after a crash finds it gone with the dead session.
// Under PgBouncer's transaction pooling a session-level lock stays on the server connection the pooler handed out,
// not with the client: such scripts must be applied through a session-pooled or direct connection (README).

/** key1 of the lock: the letters "plan" as an int4 (0x706c616e). */
export const SCRIPT_LOCK_CLASS = 1886151022;

/** key2 of the lock, as SQL: 28 bits of the md5 of the schema's name `schema` (an SQL text expression), never negative. */
export const scriptLockKey = (schema: string) => `('x' || substr(md5(COALESCE(${schema}, '')), 1, 7))::bit(28)::int`;

/** A condition, as SQL, true for a pg_locks row `l` that is the plan lock of schema `schema` in the current database. */
export const isScriptLock = (l: string, schema: string) =>
  `(${l}.locktype = 'advisory' AND ${l}.classid = ${SCRIPT_LOCK_CLASS}::oid AND ${l}.objid = ${scriptLockKey(schema)}::oid AND ${l}.objsubid = 2 AND ${l}.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database()))`;

/**
 * The statement that opens a script (before its first BEGIN): it takes the plan lock of schema `schema` (SQL text,
 * `current_schema()` or a literal) for the session, or stops with one line naming the session(s) holding it, the
 * schema and database, what to do, and that nothing was changed. A session that holds it already (a run a client
 * carried on after an error, in the same session) keeps its one hold. `literal` quotes a message as SQL.
 */
export function takeScriptLock(schema: string, literal: (s: string) => string): string {
  const holders = `(SELECT string_agg('pid ' || l.pid || COALESCE(', ' || NULLIF(a.application_name, ''), '') || COALESCE(', ' || NULLIF(a.state, ''), '') || COALESCE(', connected ' || to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), ''), '; ' ORDER BY l.pid)
      FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE ${isScriptLock('l', schema)} AND l.granted AND l.pid <> pg_backend_pid())`;
  return `DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_locks l WHERE ${isScriptLock('l', schema)} AND l.granted AND l.pid = pg_backend_pid())
      AND NOT pg_try_advisory_lock(${SCRIPT_LOCK_CLASS}, ${scriptLockKey(schema)}) THEN
    RAISE EXCEPTION '%', ${literal('plan stopped: another session is running a plan script on schema ')} || quote_ident(COALESCE(${schema}, '')) || ' of database ' || quote_ident(current_database()) || ' (' || COALESCE(${holders}, 'a session that just ended') || ${literal(
      '): wait until it ends, then run this script again (a client killed mid-script leaves its session running on the server for a while: wait until that pid is gone from pg_stat_activity, or end it with SELECT pg_terminate_backend(pid)). Nothing was changed.',
    )};
  END IF;
END
$plan$;`;
}

/** The statement that ends a script (after its last line): the plan lock of schema `schema` let go, when held (no WARNING otherwise). */
export function releaseScriptLock(schema: string): string {
  return `DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE ${isScriptLock('l', schema)} AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(${SCRIPT_LOCK_CLASS}, ${scriptLockKey(schema)});
  END IF;
END
$plan$;`;
}

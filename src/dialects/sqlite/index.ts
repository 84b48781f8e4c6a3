// SQLite 3.35+ (the Debian 12 sqlite3 client is 3.40; sql.js embeds a later one), for `sqlite3 -bail app.db < up.sql`.
//
// SQLite has no procedural guard: no IF around a statement, no ADD COLUMN IF NOT EXISTS, no dynamic SQL. What it
// has is transactional DDL. So a script is ONE transaction that starts from an exact state:
// - its first check stops it (before any change) when the database is already at the target state ("nothing to
//   do") or anywhere but the start state (the message says what differs); the compiler evaluates the guards it
//   derives from the model against that known state, so each statement that runs is one that has work to do;
// - a crash, a kill or an error at any statement leaves the file as it was (SQLite's rollback journal or WAL):
//   running the file again starts over and completes;
// - its first line is the sqlite3 client's `.bail on`: the client stops at the first error (and the open
//   transaction is rolled back) even when the DBA forgot -bail, so no statement runs after a failed one;
// - just before COMMIT, the database must be at the target state, and the foreign keys of the tables it changed
//   must hold, or everything is rolled back (RAISE(ROLLBACK)).
// A check stops the script the way the DESIGN sketch proposes: a TEMP trigger on a TEMP table whose RAISE(ABORT, …)
// fires when a row goes in, and the row goes in only when the condition holds; the whole message is printed as a
// result row first. TEMP objects live in the connection's temp database: the product's file is never written.
// What ALTER TABLE cannot do (keys, foreign keys, NOT NULL, defaults, types) is the table rebuild of
// https://sqlite.org/lang_altertable.html#otheralter, with PRAGMA foreign_keys = OFF set before the transaction.
import { sqliteValueDomain } from './domains.js';
import { sqliteHazards } from './hazards.js';
import { PLAN_COMMAND, shellWord, writtenWhole } from '../../shell.js';
import { durationText, type BrokenForeignKeySpec, type Dialect, type KeyedTable, type RowCheck, type StopDetail, type TimeoutStatements, type Timeouts } from '../dialect.js';
import { Sql, sql } from '../../compile/sql.js';
import type { FacetRef, FacetValue, Predicate } from '../../compile/facets.js';
import { AT_TARGET, expectedRows, missingMessage, ON_PATH, type VersionCheckSpec } from '../../compile/version-check.js';
import type { ForeignReferenceSpec } from '../../compile/preflight/foreign-references.js';
import { fkActionsOnCheckedColumns } from '../../model/check-columns.js';
import type { Op } from '../../operations/types.js';
import { isCurrentTimestamp, type Table } from '../../model/model.js';
import { catalogLines, catalogRows, catalogRowsSql, columnDef, fkDef, renameLine } from './catalog.js';
import { literalText, quoteIdent, shownText, sqliteSyntax } from './syntax.js';
import { sqliteLocks } from './locks.js';

const L = literalText;

/**
 * A database file's path as a shell word for sqlite3's command line: `./` before a relative path starting with `-`,
 * which sqlite3 would read as an option (found by review: the apply and backup lines of such a file).
 */
const fileWord = (path: string) => shellWord(path.startsWith('-') ? `./${path}` : path);
const cols = (names: string[]) => names.join(', ');
const inTable = (table: string) => `SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name = ${L(table)}`;

/** The object exists (value null) or has this definition (value given): a boolean SQL expression. */
function facetExists(ref: FacetRef, value: FacetValue | null): string {
  const t = L(ref.table);
  const row = (kind: string, name: string, def?: string) =>
    `EXISTS (SELECT 1 FROM (${catalogRowsSql([ref.table])}) f WHERE f.kind = ${L(kind)} AND f.name = ${L(name)}${def === undefined ? '' : ` AND f.def = ${L(def)}`})`;
  switch (ref.type) {
    case 'table':
      return `EXISTS (${inTable(ref.table)})`;
    case 'column':
      return value?.type === 'column' ? row('column', ref.column, columnDef(value.column)) : `EXISTS (SELECT 1 FROM pragma_table_info(${t}) WHERE name = ${L(ref.column)})`;
    case 'primary_key':
      return value?.type === 'primary_key' ? row('primary_key', 'PRIMARY', cols(value.pk.columns)) : `EXISTS (SELECT 1 FROM pragma_table_info(${t}) WHERE pk > 0)`;
    case 'unique':
      // Known by its columns: without a value, the constraint of that name cannot be found.
      if (value?.type !== 'unique') throw new Error(`internal: SQLite cannot find UNIQUE constraint ${ref.name} of ${ref.table} by its name`);
      return row('unique', `(${cols(value.unique.columns)})`);
    case 'index':
      if (value?.type === 'index') return row('index', ref.name, `${value.index.unique ? 'UNIQUE ' : ''}${value.index.columns.map((c) => c.name + (c.desc ? ' DESC' : '')).join(', ')}`);
      return `EXISTS (SELECT 1 FROM main.sqlite_schema WHERE type = 'index' AND tbl_name = ${t} AND name = ${L(ref.name)})`;
    case 'foreign_key':
      if (value?.type !== 'foreign_key') throw new Error(`internal: SQLite cannot find foreign key ${ref.name} of ${ref.table} by its name`);
      return row('foreign_key', fkDef(value.fk));
    case 'check':
      // Only in the CREATE TABLE text: the table's existence stands for it.
      return `EXISTS (${inTable(ref.table)})`;
    case 'enum_type':
      throw new Error(`internal: SQLite has no enum type ${ref.table}`);
  }
}

function predicateText(p: Predicate): string {
  switch (p.kind) {
    case 'and':
      return p.items.length === 0 ? '1' : p.items.map((x) => `(${predicateText(x)})`).join('\n  AND ');
    case 'sql':
      return p.sql.text;
    case 'facet': {
      const exists = facetExists(p.ref, p.value);
      const positive = p.value === null ? p.negate : !p.negate;
      return positive ? exists : `NOT ${exists}`;
    }
  }
}

/** A VALUES list as a subquery with named columns (an empty list: no rows); numbers are written as integers. */
function valuesList(rows: (string | number)[][], names: string[]): string {
  if (rows.length === 0) return `SELECT ${names.map((n) => `NULL AS ${n}`).join(', ')} WHERE 0`;
  const lit = (v: string | number) => (typeof v === 'number' ? String(Math.trunc(v)) : L(v));
  return `SELECT ${names.map((n, i) => `column${i + 1} AS ${n}`).join(', ')} FROM (VALUES\n      ${rows.map((r) => `(${r.map(lit).join(', ')})`).join(',\n      ')})`;
}

/**
 * A version check given spec.target keeps its expected rows (expectedRows: each flagged ON_PATH, AT_TARGET or both)
 * in two TEMP tables, so that the script carries them once: the check itself, the second run's stop, the check before
 * COMMIT and the completion line read them (a TEMP table lasts the connection, and the sqlite3 client runs the whole
 * file on one; created in the script's transaction, they are undone with it).
 */
function keepExpected(spec: VersionCheckSpec): Sql[] {
  const x = expectedRows(spec);
  return [
    sql`DROP TABLE IF EXISTS temp.plan_expect;`,
    Sql.verbatim(`CREATE TEMP TABLE plan_expect AS ${valuesList(x.allowed, ['k', 'def', 'f'])};`),
    sql`DROP TABLE IF EXISTS temp.plan_require;`,
    Sql.verbatim(`CREATE TEMP TABLE plan_require AS ${valuesList(x.required, ['k', 'm', 'f'])};`),
  ];
}

/**
 * Rows (o, m): each object that matches no state of `spec`, worded for a DBA; none when the database matches. With
 * `kept` (ON_PATH or AT_TARGET), the expected rows are those of keepExpected's tables with that flag (`spec` the
 * path's spec, or the target's), else `spec`'s own, written out.
 */
function mismatchSql(spec: VersionCheckSpec, kept?: number): string {
  const key = `f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END`;
  const parts = [
    `SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE ${key} NOT IN (${['', ...spec.repairable].map(L).join(', ')})
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = ${key} AND a.def = f.def)`,
    `SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE ${key} = r.k)`,
  ];
  if (spec.implied.length) parts.push(`SELECT 4, i.m FROM i WHERE EXISTS (SELECT 1 FROM f WHERE ${key} = i.a) AND NOT EXISTS (SELECT 1 FROM f WHERE ${key} = i.b)`);
  return `WITH f AS (
    ${catalogRowsSql(spec.tables)}),
  a AS (${kept === undefined ? valuesList(spec.allowed, ['k', 'def']) : `SELECT k, def FROM temp.plan_expect WHERE f & ${kept}`}),
  r AS (${kept === undefined ? valuesList(spec.required.map((k) => [k, missingMessage(k)]), ['k', 'm']) : `SELECT k, m FROM temp.plan_require WHERE f & ${kept}`}),
  i AS (${valuesList(spec.implied, ['a', 'b', 'm'])})
  ${parts.join('\n  UNION ALL ')}`;
}

/** The tables of the main database named LIKE `like` (`!` escapes), none of `except`. */
const namedLike = (like: string, except: string[]) => `type = 'table' AND name LIKE ${literalText(like)} ESCAPE '!'${except.length ? ` AND name NOT IN (${except.map((t) => literalText(t)).join(', ')})` : ''}`;

/** The sqlite3 client's command that makes it stop at the first error (the script's first line). */
export const BAIL = '.bail on';

/** The sqlite3 client's command that sets the busy timeout (milliseconds), as PRAGMA busy_timeout does, printing nothing. */
export const TIMEOUT_COMMAND = '.timeout';

// The TEMP table whose TEMP trigger stops the script: created when the script opens.
const STOP_TABLE = sql`CREATE TEMP TABLE IF NOT EXISTS plan_stop (n INTEGER);`;

/**
 * Statements that stop the script with `message` (ABORT: the statement fails and, under -bail, so does the
 * script; `rollback`: the whole transaction is undone first) when `when` (a boolean SQL expression) holds.
 */
function stopWhen(when: string, message: string, rollback = false): Sql[] {
  return [
    sql`DROP TRIGGER IF EXISTS temp.plan_stop;`,
    Sql.verbatim(`CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(${rollback ? 'ROLLBACK' : 'ABORT'}, ${L(message)}); END;`),
    Sql.verbatim(`INSERT INTO plan_stop SELECT 1 WHERE ${when.split('\n').join('\n  ')};`),
  ];
}

/**
 * The version check. With spec.target it first keeps the expected rows (keepExpected) and, with spec.target.already,
 * stops a second run (the database at the target already) with that line before it checks the start.
 */
function versionCheck(spec: VersionCheckSpec): Sql[] {
  const target = spec.target;
  const first = `SELECT ${shownText('m')} AS m FROM (${mismatchSql(spec, target ? ON_PATH : undefined)}) ORDER BY o, m LIMIT 1`;
  return [
    ...(target ? keepExpected(spec) : []),
    ...(target?.already !== undefined ? alreadyApplied(target.spec, target.already) : []),
    // It names the file it read (sqlite3 creates an empty database for a mistyped name): pragma_database_list, SQLite 3.16+.
    Sql.verbatim(`SELECT 'plan stopped: ' || ${L(spec.what + ': ')} || m || '. Nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || ${L(spec.hint)} AS plan FROM (\n  ${first.split('\n').join('\n  ')});`),
    ...stopWhen(`EXISTS (\n  ${first})`, `plan stopped: ${spec.what}; the line printed above says what differs. Nothing was changed.`),
  ];
}

/**
 * One key of a row as text for a message: each value's text as quote() writes it (sqliteSyntax.quotedText: a value
 * holding ", " is not read as two; found by use; a number quoted like the other dialects'), NULL spelled out, long
 * values cut to 40 characters.
 */
function keyText(n: number): string {
  // Each value escaped on its own (shownText), not the list they make: the rows' query then stays outside the
  // escaping's recursive CTE, whose nesting on top of a long query (AuthHero's derived organization id) overflowed
  // SQLite's parser stack ("parser stack overflow" in the 11.21 → 11.20 rollback). The separators hold nothing it
  // escapes, so the text is the same.
  const part = (i: number) => {
    const v = sqliteSyntax.quotedText(Sql.verbatim(`r.k${i}`)).text;
    return shownText(`CASE WHEN length(${v}) > 40 THEN substr(${v}, 1, 37) || '...' ELSE ${v} END`);
  };
  const parts = Array.from({ length: n }, (_, i) => part(i + 1));
  return n === 1 ? parts[0] : `'(' || ${parts.join(` || ', ' || `)} || ')'`;
}

/**
 * Rows that do not fit stop the script. The condition (the tables and columns it reads exist) is not written:
 * a SQLite script runs only from the exact state its version check proved, where they do (see the top of this file).
 */
function stopIfRows(_condition: Sql | undefined, c: RowCheck): Sql[] {
  const message = `'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN ${L(c.one)} ELSE ${L(c.many)} END || ${L(` (${c.label}: `)} || x.keys || ${L(`). ${c.hint} Nothing was changed.`)}`;
  return [
    Sql.verbatim(`SELECT ${message} AS plan FROM (SELECT (SELECT count(*) FROM (${c.rows.text}) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT ${keyText(c.keys)} AS y FROM (${c.rows.text}) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;`),
    ...stopWhen(`EXISTS (${c.rows.text})`, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'),
  ];
}

/** Stops unless `condition` holds; with `detail`, the line printed first says what was found (RAISE takes a literal only). */
const stopUnless = (condition: Sql, message: string, _when?: Sql, detail?: StopDetail): Sql[] =>
  detail
    ? [
        Sql.verbatim(`SELECT ${L(`plan stopped: ${message}`)} || COALESCE(${L(` (${detail.label}: `)} || (${detail.names.text}) || ')', '') || '. Nothing was changed.' AS plan WHERE NOT (${condition.text});`),
        ...stopWhen(`NOT (${condition.text})`, `plan stopped: ${message} (the line printed above says what was found)`),
      ]
    : stopWhen(`NOT (${condition.text})`, `plan stopped: ${message}`);

/**
 * Tables outside the product whose foreign keys reference a key the script drops or replaces (or a table it drops)
 * and no key after the script serves (foreign-references.ts, by referencedKeyMatchedOnWrite: found by a fresh DBA,
 * a foreign key onto users (user_id, tenant_id) stopped AuthHero 11.20 → 11.21, which only reorders users' primary
 * key to (tenant_id, user_id), which SQLite matches to it as well): SQLite does not refuse the change, but every
 * later write to such a table fails with "foreign key mismatch" once foreign keys are enforced. The script stops
 * before any change, naming them.
 */
function foreignReferences(spec: ForeignReferenceSpec): Sql[] {
  const product = new Set(spec.known.map(([t]) => t));
  const tables = [...new Set(spec.targets.map((t) => t.table))];
  // SQLite's rule (DialectRules.referencedKeyMatchedOnWrite): the referenced columns as a set, names ignoring case
  // (rcols: sorted, lower case); a foreign key that names none (rcols NULL) references the primary key.
  const byColumns = (t: ForeignReferenceSpec['targets'][number]) => (t.noColumns === 'only' ? [] : [`f.rcols = ${L([...t.columns!].map((c) => c.toLowerCase()).sort().join(','))}`]);
  const cases = spec.targets.map((t) => `(f.rt = ${L(t.table)} COLLATE NOCASE${t.columns ? ` AND (${[...byColumns(t), ...(t.noColumns ? ['f.rcols IS NULL'] : [])].join(' OR ')})` : ''})`).join(' OR ');
  const found = `SELECT x FROM (
      SELECT m.name || ' (' || group_concat(k."from", ', ') || ') -> ' || k."table" || ' (' || COALESCE(group_concat(k."to", ', '), 'its primary key, naming no columns') || ')' AS x, k."table" AS rt,
        (SELECT group_concat(c, ',') FROM (SELECT lower(j."to") AS c FROM pragma_foreign_key_list(m.name) j WHERE j.id = k.id ORDER BY 1)) AS rcols
      FROM main.sqlite_schema m, pragma_foreign_key_list(m.name) k
      WHERE m.type = 'table' AND m.name NOT IN (${[...product].map(L).join(', ') || 'NULL'})
      GROUP BY m.name, k.id) f
    WHERE f.rt COLLATE NOCASE IN (${tables.map(L).join(', ') || 'NULL'}) AND (${cases || '0'})`;
  const what = `foreign keys of tables outside ${spec.product} reference keys that ${spec.script} drops or replaces, with no key after it that serves them as SQLite matches a foreign key (the primary key or a unique key on the same set of columns; a foreign key that names no columns takes the primary key's columns in their order); SQLite would keep them, and every later write to those tables would fail with "foreign key mismatch" (or, naming no columns, check other columns than before)`;
  return [
    Sql.verbatim(`SELECT 'plan stopped: ' || ${L(what + ': ')} || group_concat(${shownText('x')}, '; ') || '. Nothing was changed. Rebuild those tables without the foreign keys first (https://sqlite.org/lang_altertable.html#otheralter), and add them back once this script has run.' AS plan FROM (${found}) HAVING count(*) > 0;`),
    ...stopWhen(`EXISTS (${found})`, `plan stopped: ${what}; the line printed above names them. Nothing was changed.`),
  ];
}

/** The completion line, when the database is at `spec`: the target the version check kept (keepExpected). */
function completion(spec: VersionCheckSpec, message: string): Sql[] {
  return [Sql.verbatim(`SELECT ${L(message)} AS plan WHERE NOT EXISTS (\n  ${mismatchSql(spec, AT_TARGET)});`)];
}

/**
 * The rows of `t` that break a foreign key (pragma_foreign_key_check, https://sqlite.org/pragma.html#pragma_foreign_key_check)
 * as rows t (table), k (the row named by its key columns: `sessions (id) = ('s1')`, each value quote()d, a long one cut
 * to 40 characters), p (the parent table) and f (the foreign key's columns, `tenant_id, user_id`). The pragma names a
 * row by its rowid, which is the row's only while the table is not rebuilt (a rebuild's copy numbers its rows anew, and
 * is rolled back with the run): the key is read from the row that rowid is now, in the same statement.
 */
function brokenRows(t: KeyedTable): string {
  const value = (c: string) => `CASE WHEN length(quote(x.${quoteIdent(c)})) > 40 THEN substr(quote(x.${quoteIdent(c)}), 1, 37) || '...' ELSE quote(x.${quoteIdent(c)}) END`;
  const name = `${L(`${t.table} (${t.key.join(', ')}) = (`)} || ${t.key.map(value).join(` || ', ' || `)} || ')'`;
  const columns = `(SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list(${L(t.table)}) WHERE id = c.fkid ORDER BY seq))`;
  return `SELECT ${L(t.table)} AS t, ${name} AS k, c.parent AS p, ${columns} AS f FROM pragma_foreign_key_check(${L(t.table)}) c JOIN main.${quoteIdent(t.table)} x ON x.rowid = c.rowid`;
}

/**
 * Before any change: rows of `spec.tables` that break the foreign keys given for them, there before the script ran
 * (SQLite enforces foreign keys only where a connection turns PRAGMA foreign_keys on), stop the script, the first
 * three named by their keys. Read once, into a temporary table (the pragma reads every row of the table).
 */
function stopIfForeignKeysBroken(spec: BrokenForeignKeySpec): Sql[] {
  const wanted = spec.tables.flatMap((t) => t.foreignKeys.map((fk) => L(`${t.table} ${fk.refTable} ${fk.columns.join(', ')}`.toLowerCase())));
  const found = `SELECT t, k, p, f FROM (\n    ${spec.tables.map(brokenRows).join('\n    UNION ALL ')})\n  WHERE lower(t || ' ' || p || ' ' || f) IN (${wanted.join(', ')})`;
  const hint = `They were there before ${spec.script} ran (SQLite lets such rows be written unless PRAGMA foreign_keys is on), and the script keeps these foreign keys: delete them or give them the parent rows they lack (SELECT * FROM pragma_foreign_key_check; lists every one, by table and rowid), then run this script again; or stay at ${spec.stay}. Nothing was changed.`;
  return [
    sql`DROP TABLE IF EXISTS temp.plan_fk_start;`,
    Sql.verbatim(`CREATE TEMP TABLE plan_fk_start AS ${found};`),
    Sql.verbatim(`SELECT 'plan stopped: ' || x.n || CASE WHEN x.n = 1 THEN ' row breaks a foreign key' ELSE ' rows break foreign keys' END || ' (' || x.rows || '). ' || ${L(hint)} AS plan FROM (SELECT (SELECT count(DISTINCT t || ' ' || k) FROM temp.plan_fk_start) AS n, ${shownText(`(SELECT group_concat(y, '; ') FROM (SELECT k || ' -> ' || p || ' (' || f || ')' AS y FROM temp.plan_fk_start ORDER BY t, k, p, f LIMIT 3))`)} AS rows) x WHERE x.n > 0;`),
    ...stopWhen('EXISTS (SELECT 1 FROM temp.plan_fk_start)', `plan stopped: rows break foreign keys of ${spec.script} before it changed anything: they were there already (the line printed above names them and says what to do). Nothing was changed.`),
    sql`DROP TABLE temp.plan_fk_start;`,
  ];
}

/**
 * Just before COMMIT: the database is at the target state and the foreign keys of `tables` hold, or the whole
 * transaction is rolled back (a run that went on past an error commits nothing). The rows that break them are named by
 * their keys (brokenRows), not by the rowid of a table the run rebuilt.
 */
function beforeCommit(target: VersionCheckSpec, tables: KeyedTable[], what: string, hint: string): Sql[] {
  const out: Sql[] = [];
  if (tables.length) {
    const fk = tables.map(brokenRows).join('\n    UNION ALL ');
    out.push(
      Sql.verbatim(`SELECT 'plan stopped: rows break foreign keys as this run left them (' || group_concat(${shownText(`k || ' -> ' || p || ' (' || f || ')'`)}, '; ') || '); everything this run did is rolled back. Nothing was changed.' AS plan FROM (SELECT * FROM (\n    ${fk}) LIMIT 3) HAVING count(*) > 0;`),
      ...stopWhen(`EXISTS (\n    ${fk})`, 'plan stopped: rows break foreign keys (see the line printed above); everything this run did is rolled back. Nothing was changed.', true),
    );
  }
  // The first difference, found once (a temporary table: the catalog query is long), printed first (RAISE takes a
  // literal only) with the file it read, as the version check does (found by a fresh user: this stop said nothing of
  // what differed). Worded as PostgreSQL's and MySQL's end checks are: the product and version it is not at, the
  // difference, what became of the run, what was read, what to do.
  out.push(
    sql`DROP TABLE IF EXISTS temp.plan_end;`,
    Sql.verbatim(`CREATE TEMP TABLE plan_end AS SELECT ${shownText('m')} AS m FROM (${mismatchSql(target, AT_TARGET)}) ORDER BY o, m LIMIT 1;`),
    Sql.verbatim(`SELECT 'plan stopped: ' || ${L(what + ': ')} || m || '. Everything this run did is rolled back: nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || ${L(hint)} AS plan FROM temp.plan_end;`),
    ...stopWhen('EXISTS (SELECT 1 FROM temp.plan_end)', `plan stopped: ${what}; the line printed above says what differs. Everything this run did is rolled back: nothing was changed.`, true),
  );
  return out;
}

/** A second run stops, before any change, with `message` when the database is at `target` (kept: keepExpected). */
function alreadyApplied(target: VersionCheckSpec, message: string): Sql[] {
  const at = `NOT EXISTS (\n  ${mismatchSql(target, AT_TARGET)})`;
  return [Sql.verbatim(`SELECT ${L(message)} AS plan WHERE ${at};`), ...stopWhen(at, message)];
}

/** What ALTER TABLE cannot do on `before`: the operation renders as a table rebuild. */
function rebuildFor(op: Op, before: Table | undefined): boolean {
  switch (op.kind) {
    case 'set_not_null': case 'drop_not_null': case 'set_default': case 'drop_default': case 'alter_column_type':
    case 'replace_primary_key': case 'add_unique': case 'drop_unique': case 'replace_unique':
    case 'add_foreign_key': case 'drop_foreign_key': case 'replace_foreign_key':
      return true;
    case 'add_column':
      // ADD COLUMN takes no NOT NULL without a default, no PRIMARY KEY or UNIQUE, and no default of CURRENT_TIMESTAMP
      // ("Cannot add a column with non-constant default"; lang_altertable.html#altertabaddcol).
      return (!op.column.nullable && op.column.default === undefined) || isCurrentTimestamp(op.column.default);
    case 'drop_column': {
      // DROP COLUMN refuses a column of a key, an index or a foreign key (lang_altertable.html#altertabdropcol).
      if (!before) return false;
      const c = op.column;
      return !!before.primaryKey?.columns.includes(c) || before.uniques.some((u) => u.columns.includes(c)) || before.indexes.some((i) => i.columns.some((x) => x.name === c)) || before.foreignKeys.some((f) => f.columns.includes(c));
    }
    default:
      return false;
  }
}

/**
 * The bounds of a script. SQLite's lock is the database file's: BEGIN IMMEDIATE takes its write lock, and COMMIT waits
 * for readers to finish; without a busy timeout (the sqlite3 client's default) either fails at once with "database
 * is locked" (SQLITE_BUSY) when another connection is in the way. The client's .timeout (the handler PRAGMA busy_timeout
 * sets, https://sqlite.org/pragma.html#pragma_busy_timeout, without printing the value) makes it retry for up to that
 * long, and it is set before BEGIN IMMEDIATE.
 * While it waits for the write lock it holds none, so the application is never queued behind it; a script that
 * gives up has changed nothing (one transaction). SQLite has no statement time limit of its own: nothing is set for one.
 */
function timeouts(t: Timeouts): TimeoutStatements {
  const [bail, ...rest] = sqlite.script.prologue;
  const header = [
    t.lockMs > 0
      ? `lock:     .timeout ${t.lockMs} (the sqlite3 client's busy timeout, PRAGMA busy_timeout without its printed value; milliseconds; ${PLAN_COMMAND} compile --lock-timeout ${durationText(t.lockMs)}, 0: none): while another connection writes to the database (or reads it as this script commits), the script retries for up to that long instead of failing at once; then it fails with "database is locked" and, being one transaction, changes nothing: run the file again later.`
      : `lock:     no busy_timeout (${PLAN_COMMAND} compile --lock-timeout 0): while another connection writes to the database, the script fails at once with "database is locked" (the sqlite3 client's default) and changes nothing.`,
    ...(t.statementMs > 0 ? [`statement: SQLite has no statement time limit: --statement-timeout ${durationText(t.statementMs)} sets nothing here.`] : []),
  ];
  // The client's .timeout, not PRAGMA busy_timeout: the pragma prints its value (a stray "5000" before the script's
  // own lines, found at stop 31); the script is the sqlite3 client's already (.bail on).
  return { transaction: [bail, ...(t.lockMs > 0 ? [Sql.verbatim(`${TIMEOUT_COMMAND} ${literalText(t.lockMs)}`)] : []), ...rest], outside: [], restore: [], header };
}

export const sqlite: Dialect = {
  name: 'sqlite',
  syntax: sqliteSyntax,
  catalog: { catalogLines, catalogRows, renameLine, factsPrefix: 'sqlite' },
  guards: {
    predicate: (p) => Sql.verbatim(predicateText(p)),
    // The compiler has evaluated the catalog guard against the exact state the script starts from (script.atomic):
    // a statement that reaches the script runs as it is. A condition on rows cannot be put around a statement in
    // SQLite (a TEMP trigger's body may only write TEMP tables): the data statements guard themselves by their rows
    // (INSERT … WHERE NOT EXISTS, UPDATE … WHERE the value differs), and raw SQL with a guard is refused for SQLite.
    guarded: (_condition, bodies) => bodies.map((b) => Sql.verbatim(`${b.text.trim().replace(/;*$/, '')};`)),
    versionCheck,
    foreignReferences,
    // SQLite cannot drop a foreign key: the table is rebuilt without it (SQLite manual, ALTER TABLE, "Making Other Kinds Of Table Schema Changes").
    foreignReferencesRemedy: 'rebuild the tables it names without those foreign keys (https://sqlite.org/lang_altertable.html#otheralter), run the script again, then add them back the same way',
    completion,
    stopUnless,
    stopIfRows,
    firstKeys: (rows, keys) => Sql.verbatim(`(SELECT group_concat(y, '; ') FROM (SELECT DISTINCT ${keyText(keys)} AS y FROM (${rows.text}) r ORDER BY y LIMIT 3))`),
    // schema.table: an attached database's table (ATTACH … AS schema).
    externalTableExists: (name) => {
      const [schema, table] = name.includes('.') ? name.split('.') : ['main', name];
      return Sql.verbatim(`EXISTS (SELECT 1 FROM ${quoteIdent(schema)}.sqlite_schema WHERE type IN ('table', 'view') AND name = ${literalText(table)})`);
    },
    externalColumnExists: (name, column) => {
      const [schema, table] = name.includes('.') ? name.split('.') : ['main', name];
      return Sql.verbatim(`EXISTS (SELECT 1 FROM pragma_table_info(${literalText(table)}, ${literalText(schema)}) WHERE name = ${literalText(column)})`);
    },
    // DROP TABLE drops the table's triggers (https://sqlite.org/lang_droptable.html); a script cannot save and replay
    // them (no dynamic SQL), so it stops before any change and says how.
    stopIfForeignKeysBroken,
    stopIfTriggers: (tables, script) => {
      const message = `${script} rebuilds tables that have triggers (a rebuild creates a new table, copies the rows and drops the old table, and dropping a table drops its triggers): save each trigger's CREATE TRIGGER (SELECT sql || ';' FROM sqlite_schema WHERE type = 'trigger' prints them ready to run again), drop them, run this script, then create them again; the triggers`;
      const found = `SELECT name, tbl_name FROM main.sqlite_schema WHERE type = 'trigger' AND tbl_name COLLATE NOCASE IN (${tables.map((t) => literalText(t)).join(', ')})`;
      return [
        Sql.verbatim(`SELECT 'plan stopped: ' || ${L(`${message}: `)} || group_concat(${shownText(`name || ' ON ' || tbl_name`)}, ', ') || '. Nothing was changed.' AS plan FROM (SELECT * FROM (\n  ${found}) ORDER BY tbl_name, name) HAVING count(*) > 0;`),
        ...stopWhen(`EXISTS (\n  ${found})`, `plan stopped: ${message} (the line printed above names them). Nothing was changed.`),
      ];
    },
    // SQLite's index names are database-wide (tables, indexes and views share one namespace; triggers have their
    // own): create_index's DROP INDEX IF EXISTS would drop an index of that name on any table.
    stopIfIndexNamesTaken: (spec) => {
      const claims = spec.indexes.map((i) => `(${L(i.name)}, ${L(i.table)})`).join(', ');
      const found = `SELECT s.type, s.name, s.tbl_name, c.column1 AS claim, c.column2 AS claimer FROM main.sqlite_schema s JOIN (VALUES ${claims}) c ON s.name = c.column1 COLLATE NOCASE
  WHERE s.type IN ('index', 'table', 'view') AND NOT (s.type = 'index' AND s.tbl_name COLLATE NOCASE IN (${spec.productTables.map((t) => L(t)).join(', ')}))`;
      const what = `CASE f.type WHEN 'index' THEN 'an index ' || f.name || ' on table ' || f.tbl_name WHEN 'table' THEN 'a table ' || f.name ELSE 'a view ' || f.name END`;
      const message = `'plan stopped: ' || ${what} || ${L(` exists; ${spec.product}'s index `)} || f.claim || ' on ' || f.claimer || ${L(" needs that name (SQLite's index names are database-wide, and the script drops nothing it does not own): rename or drop that ")} || f.type || ', then run this script again. Nothing was changed.'`;
      return [
        Sql.verbatim(`SELECT ${message} AS plan FROM (SELECT * FROM (\n  ${found}) ORDER BY claim, name LIMIT 1) f;`),
        ...stopWhen(`EXISTS (\n  ${found})`, `plan stopped: an object outside ${spec.product} holds the name of an index ${spec.script} creates (the line printed above names it). Nothing was changed.`),
      ];
    },
    tablesNamedLike: (like, except) => Sql.verbatim(`EXISTS (SELECT 1 FROM main.sqlite_schema WHERE ${namedLike(like, except)})`),
    firstRows: (item, from, limit) => Sql.verbatim(`(SELECT group_concat(plan_row, ', ') FROM (SELECT ${shownText(item.text)} AS plan_row ${from.text} ORDER BY plan_row COLLATE BINARY LIMIT ${Math.trunc(limit)}))`),
    tableNamesLike: (like, except) => Sql.verbatim(shownText(`(SELECT group_concat(name, ', ') FROM (SELECT name FROM main.sqlite_schema WHERE ${namedLike(like, except)} ORDER BY name))`)),
  },
  script: {
    // PRAGMA foreign_keys is a no-op inside a transaction: the rebuilds need it off, so it is set first
    // (https://sqlite.org/foreignkeys.html#fk_enable). BEGIN IMMEDIATE takes the write lock before the checks read.
    // `.bail on` first: the sqlite3 client stops at the first error even when it was run without -bail (a client
    // that carries on would run a table rebuild's DROP after its copy failed: without it, sqlite3 continues past
    // errors and RAISE(ABORT) ends one statement only). It is the client's command, not SQL: a tool that is not
    // sqlite3 refuses it at once, before any change. The engines of plan verify read it as the client does.
    prologue: [Sql.verbatim(BAIL), sql`PRAGMA foreign_keys = OFF;`, sql`BEGIN IMMEDIATE;`, STOP_TABLE],
    // (status asks no data step of a SQLite database: its scripts are one transaction)
    readSettings: [],
    readTimeout: () => [],
    epilogue: [sql`COMMIT;`, sql`PRAGMA foreign_keys = ON;`],
    timeouts: (t) => timeouts(t),
    transactional: true,
    failureNote: 'the whole script is one transaction: a failure, a crash or a kill at any statement leaves the database as it was; fix the cause and run the file again.',
    engineName: 'SQLite',
    // A SQLite database is its file: the one the URL named.
    applyCommand: (file, to) => `sqlite3 -bail ${to.database !== undefined ? fileWord(to.database) : 'DATABASE.db'} < ${file}   (the sqlite3 client: the first line, .bail on, makes it stop at the first error even without -bail)`,
    placeWord: 'database',
    databaseIsFile: true,
    applyHint: 'sqlite3 -bail DATABASE.db < FILE   (the sqlite3 client: the first line, .bail on, makes it stop at the first error even without -bail)',
    backupFile: (file) => `${file}.db`,
    backupCommand: (file, _places, to = {}) => {
      const db = to.database !== undefined ? fileWord(to.database) : 'DATABASE.db';
      // -readonly: sqlite3 would create a file it cannot find (a mistyped name) and back up that empty database,
      // exit status 0. Written to a .partial file renamed when the backup succeeds (sqlite3 creates the destination
      // before it opens the database: checked with sqlite3 3.40).
      // Restored with sqlite3's .restore (the backup API, through the database's own journal), not by copying the
      // file over it: a -wal file left beside the database by a process that died is replayed onto a copied file
      // (found by use: the copy read as the upgraded version again; checked with sqlite3 3.40).
      return `${writtenWhole(`${file}.db`, (partial) => `sqlite3 -readonly ${db} ${shellWord(`.backup ${partial}`)}`)}   (restore, while nothing else has it open: sqlite3 ${db} ${shellWord(`.restore ${file}.db`)}; not a copy over it: a -wal file left beside the database would be replayed onto the copy)`;
    },
    beforeNewTables: () => [],
    newTablesNote: () => 'tables:   SQLite tables have no owner or character set; the script creates them as they are.',
    atomic: {
      beforeCommit,
      appliedMarker: 'is already applied (the database is at',
      secondRunNote: 'a second run stops at its first check with "… is already applied: nothing to do" (exit status 1 under -bail) and changes nothing; a run cut short changed nothing, so running the file again completes it.',
    },
  },
  locks: sqliteLocks,
  hazards: sqliteHazards,
  rules: {
    valueDomain: sqliteValueDomain,
    // "Table names that begin with sqlite_ are reserved for internal use" (https://sqlite.org/lang_createtable.html),
    // compared ignoring case, and so are index names (sqlite3CheckObjectName; measured on sqlite3 3.40: CREATE TABLE
    // SQLITE_x and CREATE INDEX sqlite_i fail with "object name reserved for internal use").
    reservedName: (kind, name) =>
      (kind === 'table' || kind === 'index') && /^sqlite_/i.test(name)
        ? `${kind} names beginning with sqlite_ (in any letter case) are reserved for SQLite's internal use (https://sqlite.org/lang_createtable.html): the engine refuses them`
        : undefined,
    // SQLite has no limit of its own on identifiers (SQLITE_MAX_SQL_LENGTH bounds the statement).
    maxIdentifierLength: 1024,
    identifierUnit: 'characters',
    identifierLimitSource: "plan's own bound: SQLite has none",
    // SQLite compares identifiers ignoring the case of ASCII letters, quoted or not (sqlite3StrICmp): a table T
    // after t is "table T already exists", a column A after a "duplicate column name: A".
    nameComparison: { table: 'ignoring case', column: 'ignoring case', index: 'ignoring case', constraint: 'ignoring case' },
    // Index names share the schema's namespace with tables (CREATE INDEX: "index … already exists").
    indexNameScope: 'schema',
    foreignKeyNameScope: 'table',
    checkNameScope: 'table',
    // (foreignKeyNameScope 'table' keeps a check's name apart from the table's keys already)
    checkNameSharedWithKeys: false,
    foreignKeyNeedsIndex: false,
    referencesIndexPrefix: false,
    referencedKeyMatchedOnWrite: true,
    foreignKeyAction: (a) => a,
    unquotedName: (name) => name,
    // SQLite keeps no name for a primary key; the index behind it is sqlite_autoindex_<table>_1 (a name in the
    // reserved sqlite_ namespace, which no plan can take).
    primaryKeyName: (table) => `sqlite_autoindex_${table}_1`,
    severalStatementsPerGuard: true,
    compareKeySets: false,
    restatesColumn: false,
    keysAreConstraints: false,
    indexExtensions: false,
    // Partial indexes (https://sqlite.org/partialindex.html): the predicate is written and read back as the plan has it.
    indexPredicates: true,
    foreignKeyProblems: (t, fk) => fkActionsOnCheckedColumns(t, fk),
    identityColumns: false,
    primaryKeyNotNull: false,
    referencedKeyAnyOrder: true,
    foreignKeyActionsInScript: true,
    rebuildFor,
    // SQLAlchemy's Enum where the engine has none (native_enum off, create_constraint off since SQLAlchemy 1.4): a
    // VARCHAR as long as the longest value, no CHECK (sqlalchemy/sql/sqltypes.py Enum._enum_init, length).
    enumColumnType: (e) => `varchar(${Math.max(...e.values.map((v) => [...v].length))})`,
  },
};

export { quoteIdent };

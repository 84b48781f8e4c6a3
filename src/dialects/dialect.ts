// The interface each dialect implements, in parts (syntax, catalog, guards, script, rules). Adding a dialect
// means one folder under src/dialects/ and one under templates/. Everything a user or a plan author wrote
// reaches SQL through `syntax.ident`, `syntax.literal` or `syntax.comment`, which return `Sql` values: the only
// SQL a template or a renderer can print.
import type { DialectName, LoadedPlan, Scalar } from '../plan/types.js';
import type { Column, EnumType, FkAction, ForeignKey, Index, Model, Table } from '../model/model.js';
import { isCurrentTimestamp } from '../model/model.js';
import type { Facet, Predicate } from '../compile/facets.js';
import type { VersionCheckSpec } from '../compile/version-check.js';
import type { IndexNameSpec } from '../compile/preflight/index-names.js';
import type { ForeignReferenceSpec } from '../compile/preflight/foreign-references.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { escapeNotOneLine, notOneLine, whatChar } from '../text-rules.js';
import type { Naming } from '../operations/naming.js';
import type { Op } from '../operations/types.js';
import type { DialectLocks } from '../compile/locks.js';

/**
 * A dialect, in parts that each say one thing. A caller takes the part it needs (`d.syntax`, `d.rules`…);
 * nothing outside src/dialects/ asks which dialect it holds.
 */
export interface Dialect {
  /** The name plans use for overrides (`postgres:` / `mysql:`), in `dialects:` lists and on the command line. */
  name: DialectName;
  /** How values, names and types are written. */
  syntax: DialectSyntax;
  /** Definitions as the engine's catalog spells them. */
  catalog: DialectCatalog;
  /** How a statement is made to run only when it is needed, and how a script stops. */
  guards: DialectGuards;
  /** What surrounds the statements of a script, and what its header says about the engine. */
  script: DialectScript;
  /** The engine's rules the model and the renderer follow. */
  rules: DialectRules;
  /** What each statement locks, and whether it rewrites, scans or only changes the catalog (src/compile/locks.ts). */
  locks: DialectLocks;
  /** What some changes do to an existing table (locks, scans, rewrites), as far as plan lint needs it (src/lint/). */
  hazards: DialectHazards;
  /**
   * The same dialect with every object of the product's in `schema`, named with it (engines with schemas).
   * @throws Error for a name the engine cannot hold
   */
  inSchema?(schema: string): Dialect;
  /**
   * The same dialect with the product's tables and enum types spread over places (product.yaml `locations:`):
   * `places` maps each location to its physical name (PostgreSQL: a schema; MySQL: a database), `at` says where
   * each table or type the statement at hand names is (absent from it: the main schema or database). The catalog
   * queries, the guards and the version check of such a dialect read every place and spell a table's place in
   * its definition (`present in <location>`). Absent for an engine without such places (SQLite: one file).
   */
  located?(places: Record<string, string>, at: ReadonlyMap<string, string>): Dialect;
  /** A location's schema or database as SQL (a quoted identifier); undefined for the main one. @throws Error for an unknown location */
  placeName?(location: string | undefined): Sql | undefined;
  /** A table or enum type named in a given place (`location`; undefined: the main one), wherever the model has it. @throws Error for an unknown location */
  nameAt?(name: string, location: string | undefined): Sql;
}

/**
 * Quoting, literals and types. Everything a user or a plan author wrote reaches SQL through `ident`, `literal`
 * or `comment`, which return `Sql` values.
 */
export interface DialectSyntax {
  /** An identifier, quoted when the engine needs it to be. @throws Error for a NUL character */
  ident(name: string): Sql;
  /** The name of a table (or index) of the product's, qualified with its schema where the dialect has one set. */
  table(name: string): Sql;
  /**
   * A literal value, correct whatever the session's string settings (PostgreSQL: with or without
   * standard_conforming_strings; MySQL: with or without NO_BACKSLASH_ESCAPES).
   * @throws Error for a NUL character or a number that is not finite
   */
  literal(value: Scalar | null): Sql;
  /**
   * A one-line comment (`-- text`).
   * @throws Error when `text` holds a line break (CR, LF, U+2028, U+2029) or NUL: it would end the comment
   */
  comment(text: string): Sql;
  /** Canonical model type for a portable type, or an error message. */
  columnType(portable: string): string | { error: string };
  /**
   * The name of the database the script runs in, as SQL (PostgreSQL current_database(), MySQL DATABASE(), SQLite the
   * name of its file without its folder; NULL when it has none: an in-memory database).
   */
  currentDatabase(): Sql;
  /** The default that is the time of the insert, as a column definition writes it. */
  currentTimestamp(): Sql;
  /** A model type (canonical, from `columnType`) as SQL. @throws Error for anything else */
  type(modelType: string): Sql;
  /** A column definition: name, type, NOT NULL, DEFAULT. */
  columnSql(c: Column): Sql;
  /**
   * The value of a column's DEFAULT (`c.default`, which is set) as a column definition and SET DEFAULT write it: the
   * time of the insert, a literal, or, for a bytes column, the UTF-8 bytes of its string (see `bytesDefault`).
   * @throws Error for a default the dialect cannot write (a bytes column's default that is not a string)
   */
  columnDefault(c: Column): Sql;
  /** String concatenation of SQL expressions. */
  concat(parts: Sql[]): Sql;
  /** `a` differs from `b`, NULLs compared as values. */
  distinct(a: Sql, b: Sql): Sql;
  /**
   * Whether text `a` equals text `b` exactly, as JavaScript's === compares strings: case, accents and trailing spaces
   * count, whatever the column's collation; NULL when either is NULL. For a value a user passes (a parameter) compared
   * with stored ones, where the application compares ids exactly (AuthHero's tenant ids). PostgreSQL and SQLite: `=`
   * (their default collations compare exactly); MySQL: `=` (which an index on `a` serves) and the same bytes, since
   * MySQL's _ci collations ignore case and its PAD SPACE collations trailing spaces ('main ' = 'Main' there).
   */
  sameText(a: Sql, b: Sql): Sql;
  /**
   * Whether text `a` is exactly (as sameText) one of the texts `bs` (one at least); NULL when `a` is NULL. PostgreSQL
   * and SQLite: `a IN (…)`; MySQL: `a IN (…)` (an index on `a` serves it) and its bytes among theirs.
   */
  sameTextIn(a: Sql, bs: Sql[]): Sql;
  /** The first of `values` that is not NULL. */
  coalesce(values: Sql[]): Sql;
  /** The hexadecimal digits (upper case) of the UTF-8 bytes of a text. */
  utf8Hex(text: Sql): Sql;
  /** Where `needle` first occurs in `haystack`, from 1; 0 when it does not. */
  position(needle: Sql, haystack: Sql): Sql;
  /** `length` characters of `text` from character `from` (1-based; `from` may be any integer-valued number). */
  substring(text: Sql, from: Sql, length: number): Sql;
  /** The number of characters of a text. */
  length(text: Sql): Sql;
  /** An integer literal the engine computes with in 64 bits. */
  bigint(value: bigint): Sql;
  /** The part of `text` before the first `separator`: all of it when it has none. */
  before(text: Sql, separator: string): Sql;
  /** The part of `text` after the first `separator`; NULL when it has none. */
  after(text: Sql, separator: string): Sql;
  /** How many times `needle` (not empty) occurs in `text`, without overlaps; the comparison is exact (case counts). */
  occurrences(text: Sql, needle: string): Sql;
  /** A text in lower case (LOWER: PostgreSQL and MySQL by the database's locale, SQLite ASCII letters only). */
  lower(text: Sql): Sql;
  /**
   * Whether `text` matches `pattern`, a portable pattern (src/plan/pattern.ts: anchored, case counting).
   * @throws Error on a dialect without regular expressions in its core (SQLite) or not yet given them (MySQL)
   */
  matches(text: Sql, pattern: string): Sql;
  /** A text or JSON value as the engine's JSON type (PostgreSQL jsonb). @throws Error where the dialect has none yet */
  asJson(value: Sql): Sql;
  /** A JSON object of the (key, value) pairs. @throws Error where the dialect has none yet */
  jsonObject(pairs: [Sql, Sql][]): Sql;
  /** Whether a JSON value (or JSON text) is an object. @throws Error where the dialect has none yet */
  isJsonObject(value: Sql): Sql;
  /**
   * A lateral derived table named `alias` of the entries of a JSON object `value`: one row per entry, with columns
   * `plan_key` (the entry's key, text) and `plan_field` (the entry's member `field` as text; NULL where the entry's
   * value is no object or lacks it); no rows for NULL or a value that is not an object (never an error, whatever the
   * row holds). Absent where the dialect does not give it (import_rows unique_entries needs it).
   */
  jsonEntryFields?(value: Sql, field: string, alias: string): Sql;
  /**
   * A derived table of the `columns` of table `table` (its name as SQL) as text, empty while the table does not exist:
   * a read-only query that runs before the table is made as well as after (an import's report reads its record so).
   * Absent where the engine cannot run a query it only parses when asked to (MySQL, SQLite).
   */
  rowsIfExists?(table: Sql, columns: string[]): Sql;
  /** A text compared and ordered by its bytes (code points), whatever the collation: the same order on every run. */
  byteOrder(text: Sql): Sql;
  /** A value as text, the same text on every run whatever the session (the script pins what the engine's text form depends on). */
  asText(value: Sql): Sql;
  /**
   * A value's text as a quoted literal for a message (NULL as the word NULL): a value holding `, ` or a quote is
   * read as one (found by use: `(x, main, o'brien)` for a two-column key): the text between quotes, each quote
   * doubled, as SQLite quote() writes it (PostgreSQL and MySQL spell it out: quote_nullable writes E'…' for a
   * backslash and QUOTE escapes a quote with one, which shownText, through which every message's keys go, would
   * double again).
   */
  quotedText(value: Sql): Sql;
  /**
   * A text (NULL stays NULL) as a message the script prints shows it, on one line and inert on a terminal: every
   * character escapeNotOneLine escapes spelled as escapedChar spells it (`\\`, `\n`, `\r`, `\u001b`, `\u2028`, …; the
   * code points in ESCAPED_CODE_POINTS, src/text-rules.ts), the rest as it is. Every value or name a script reads
   * from the database and puts into a message it prints goes through it: a value holding ESC, CR or LF can neither
   * drive the DBA's terminal nor forge a line ("plan: done"; found by use). PostgreSQL: per character
   * (regexp_split_to_table); MySQL and SQLite: a REPLACE chain.
   */
  shownText(text: Sql): Sql;
  /**
   * A UUID derived from a text, as text in the engine's form of a UUID column: the same text gives the same UUID on
   * every run. PostgreSQL and MySQL: the MD5 of the text's bytes as 32 hexadecimal digits in UUID form; SQLite (no hash
   * function): derivedUuid of derived-id.ts.
   */
  uuidFrom(text: Sql): Sql;
  /**
   * The UUIDs earlier releases of this compiler's uuidFrom derived from the text, which databases their scripts
   * upgraded hold: a rollback that looks up the rows a copy wrote (refuse_uncopied) accepts these too. Absent where
   * uuidFrom never changed. SQLite: derivedUuidV1 of derived-id.ts (its weighted sums gave colliding UUIDs).
   */
  uuidFromEarlier?(text: Sql): Sql[];
  /** The integer `entries` gives `text`, compared exactly (case and trailing spaces count); NULL for any other text. */
  lookup(text: Sql, entries: readonly { key: string; value: number }[]): Sql;
  /** The current time in UTC as ISO 8601 text with milliseconds, as JavaScript's toISOString writes it (`2026-12-01T10:40:42.123Z`). */
  nowIso(): Sql;
  /**
   * Parses this dialect's SQL texts of `plans` (raw SQL, guards, check expressions) with the engine's own parser,
   * loaded on first use. Absent when the loader checks them (MySQL).
   * @throws PlanError at the first text that is not safe to paste into a script
   */
  checkTexts?(plans: LoadedPlan[]): Promise<void>;
  /**
   * The columns an expression of the plan (an index element or predicate) reads, by the engine's parser; undefined
   * when the parser is not loaded (it is wherever `checkTexts` ran: compile, validate) or the dialect has none.
   */
  expressionColumns?(text: string): string[] | undefined;
  /**
   * Why CHECK expression `text` is surely not spelled as the engine prints it back (the end check and the guards
   * compare the catalog's spelling: PostgreSQL's pg_get_constraintdef), given the model type of each column
   * (`columnType`, undefined for a name the table lacks); undefined when nothing is seen (which does not prove the
   * spelling: `plan verify` does). Undefined too when the parser is not loaded or the dialect compares no spelling.
   */
  checkSpellingProblem?(text: string, columnType: (name: string) => string | undefined): string | undefined;
}

/** Definitions as the engine spells them in its catalog. */
export interface DialectCatalog {
  /** The catalog listing the model predicts: the same lines the catalog query prints on a real database. */
  catalogLines(m: Model): string[];
  /**
   * The (key, definitions) rows the catalog shows for an object, in every spelling the engine may use: a function of
   * the facet alone (no schema, no place), whose result callers share and never change (version-check.ts keeps it).
   */
  catalogRows(f: Facet): { key: string; defs: string[] }[];
  /**
   * A line of a catalog listing (`catalogLines`' format) with the physical names of `n`: the table, the keys
   * named after it, the tables it references.
   */
  renameLine(line: string, n: Naming): string;
  /** The prefix of a product's reference catalogs for this engine: facts/catalogs/<prefix>-<version>.catalog. */
  factsPrefix: string;
  /**
   * A catalog line (`catalogLines`' format, as the engine's catalog query prints it) in one spelling of the engines
   * the dialect covers, where they spell the same definition differently (MySQL 8 and MariaDB); absent: as it is.
   */
  canonicalLine?(line: string): string;
  /**
   * The query (one, read-only) listing the other sessions changing the schema of the database right now: a migration
   * in progress, which `plan status` waits for instead of proposing the next step. Its rows: `session` (the engine's
   * session id, text), `state` (what the session is doing, in the engine's words), `holds` (the locks on the product's
   * tables that make it one, or ''), `runs` (its statement, or ''). Every name reaches the SQL as a literal.
   * Absent where the engine has no other sessions to list (SQLite: a writer in progress shows as the file's
   * journal, which reading it already reports).
   */
  busySessionsSql?(scope: BusyScope): string;
}

/** A session changing the schema right now, as a busy-sessions query (DialectCatalog.busySessionsSql) lists it. */
export interface BusySession {
  /** The engine's session id (PostgreSQL: the backend's pid; MySQL: the processlist id). */
  session: string;
  /** What it is doing, in the engine's words ("idle in transaction"; "Query, Waiting for table metadata lock"). */
  state: string;
  /** The locks on the product's tables that make it one ('' when its statement does). */
  holds: string;
  /** Its statement ('' when the engine shows none). */
  runs: string;
}

/** The product's tables a busy-sessions query looks at (Dialect.catalog.busySessionsSql). */
export interface BusyScope {
  /** The product's table names, physical (naming parameters applied). */
  tables: string[];
  /**
   * The schemas (PostgreSQL) or databases (MySQL) the tables are in besides the current one: a --schema given, the
   * product's places (locations).
   */
  places: string[];
  /**
   * Whether the query also reads who holds the tables' metadata locks (MySQL: performance_schema, which needs a
   * privilege the PROCESSLIST does not): false for the query without them, which plan status falls back to when the
   * whole query is refused (found by a fresh DBA: a user with PROCESS but not performance_schema lost the whole
   * check). Default true; PostgreSQL reads pg_locks either way.
   */
  metadataLocks?: boolean;
}

/** The guard wrapper: conditions over the catalog, statements run under them, checks that stop a script. */
export interface DialectGuards {
  /** A condition over the catalog (and rows), as a boolean SQL expression. */
  predicate(p: Predicate): Sql;
  /**
   * The executable statements that run `bodies` only while `condition` holds (always when undefined) and then,
   * evaluated only once `condition` holds, `rows` (a condition that may read tables the catalog condition
   * vouches for: a table that does not exist must not fail the check of a statement that will not run).
   * When `creates` is given, `bodies` create that table and the dialect adds, in the same guarded step, what a
   * table created into an existing database needs from the tables already there (see `NewTable`).
   * @returns one or more statements, each ending with `;`
   * @throws Error when the engine cannot run `bodies` under one guard (see `DialectRules.severalStatementsPerGuard`)
   */
  guarded(condition: Sql | undefined, bodies: Sql[], rows?: Sql, creates?: NewTable): Sql[];
  /**
   * Statements that stop the script, before any change, unless the database matches a state of `spec`. With
   * `spec.target`, the same query (one list of expected rows, flagged: expectedRows) also tells whether the database is
   * at the target: with `spec.target.already`, a dialect with `script.atomic` first stops with that line when it is
   * (a second run), and one with `startAtTarget` remembers it in the session for `completion(…, already)`.
   */
  versionCheck(spec: VersionCheckSpec): Sql[];
  /**
   * Statements that stop the script, before any change, when a table outside the product has a foreign key onto
   * a key the script drops or replaces (src/compile/preflight/foreign-references.ts): the message names each
   * one with the commands to drop it before the script and re-create it after.
   */
  foreignReferences(spec: ForeignReferenceSpec): Sql[];
  /** What the DBA does when that check stops the script, for the manual step: "drop the foreign keys it names with the commands it prints, run the script again, …". */
  foreignReferencesRemedy: string;
  /**
   * Statements that stop the script, before any change, when a table of `tables` has a trigger (a table rebuild's
   * DROP TABLE drops them with it, and the model does not know them to make them again), printing the triggers by name
   * and what to do; `script` names the script in the message ("authhero 11.20 → 11.21"). Only dialects that rebuild
   * tables (Statement.rebuild) have it.
   */
  stopIfTriggers?(tables: string[], script: string): Sql[];
  /**
   * Statements that stop the script, before any change, when rows of `spec.tables` break one of the foreign keys
   * given for them (preflight/broken-foreign-keys.ts), printing the first few by their key columns, the parent table
   * and the foreign key's columns, that they were there before the script, and what to do. Only dialects that do not
   * enforce foreign keys have it (SQLite).
   */
  stopIfForeignKeysBroken?(spec: BrokenForeignKeySpec): Sql[];
  /**
   * Statements that stop the script, before any change, when an object holds the name of an index the script creates
   * and is not an index of one of the product's tables (index names unique across the schema or database:
   * src/compile/preflight/index-names.ts), printing one line that names the object, its table, and the product's index
   * that needs the name. Absent where index names are per table (MySQL).
   */
  stopIfIndexNamesTaken?(spec: IndexNameSpec): Sql[];
  /**
   * A body (run in a step's guarded block, before the guard drops what holds the name of index `name` of `table` so
   * that a concurrent build makes it afresh) that stops the script when that index is INVALID because another
   * session is building it right now (PostgreSQL: CREATE INDEX CONCURRENTLY shows the index INVALID until it ends;
   * dropping it then fails with "tuple concurrently updated" or ends the other build). Absent: no such case.
   */
  stopIfIndexBeingBuilt?(table: string, name: string): Sql;
  /**
   * A statement that prints `message` only when the database matches `spec` (the script's last state). A dialect with
   * `endCheck` prints it when that check, earlier in the script, found that state (the session remembers it).
   */
  completion(spec: VersionCheckSpec, message: string, already?: string): Sql[];
  /**
   * The version check, given `spec.target.already`, remembers in the session whether the database matched the target
   * (the state the script ends at) as the script started: then `completion(spec, message, already)` prints `already`
   * instead of `message` (a second run, which found nothing to do; found by a fresh user: it printed "applied" as the
   * first run did). Dialects without `script.atomic` (whose version check stops such a run first) have it; the
   * compiler gives `already` only where the catalog at the target means the script has nothing left to run (compile.ts).
   */
  startAtTarget?: true;
  /**
   * Statements right after the version check, where the script ends with data steps after its last schema change: when
   * the check found the database at the target (the second run's line remembered, `startAtTarget`) and one of
   * `workLeft` holds (each a data step's row condition, true while it has rows to write; read only then, as they may
   * name what the target has and the start has not), the line is forgotten: the run has work to do and ends "applied".
   */
  forgetAtStartIfWorkLeft?(workLeft: Sql[]): Sql[];
  /**
   * Statements at the end of a script (before its COMMIT when it ends in a transaction), of dialects without
   * `script.atomic` (whose `beforeCommit` does this): they stop the script with an error, so the client exits non-zero,
   * when the database does not match `spec`, the state the script ends at, and otherwise remember in the session that
   * it does, for `completion(spec, message)`. Without them a run whose statements did not do what the model says
   * (an engine spelling a definition its own way) ended with exit 0, only the completion line missing (found by a
   * fresh user). The message opens with `what`; `rolledBack`: the script is still in a transaction, which the error
   * rolls back. `spec` is the `spec.target.spec` the script's version check was given: its rows may be read from what
   * that check kept in the session (PostgreSQL), so that the script carries the list once.
   */
  endCheck?(spec: VersionCheckSpec, what: string, hint: string, rolledBack: boolean, message: string): Sql[];
  /**
   * Whether a table of the script's schema or database (the engine's own tables aside) has a name LIKE `like`
   * (`!` escapes `%` and `_` in it) and is none of `except`: a boolean SQL expression over the catalog.
   */
  tablesNamedLike(like: string, except: string[]): Sql;
  /** The names of the tables `tablesNamedLike` finds, as one text (", " between them, in byte order), or NULL. */
  tableNamesLike(like: string, except: string[]): Sql;
  /**
   * The first `limit` values, in byte order, of the text expression `item` over the rows `from` (a `FROM … WHERE …`
   * clause), as one text with ", " between them, or NULL when there are none: what a check that stops names.
   */
  firstRows(item: Sql, from: Sql, limit: number): Sql;
  /**
   * TRUE when the table (or view) `name` outside the product's model exists: `schema.table`, or `table` where the
   * script's statements would find it (an import's source, named by a parameter).
   */
  externalTableExists(name: string): Sql;
  /** TRUE when the table (or view) `name` outside the product's model has a column `column`. */
  externalColumnExists(name: string, column: string): Sql;
  /**
   * TRUE when that column's type is the engine's JSON (PostgreSQL json or jsonb): its values are JSON by the type, so
   * reading them as JSON cannot fail the statement. Absent where the dialect does not say.
   */
  externalColumnIsJson?(name: string, column: string): Sql;
  /**
   * Statements that stop the script, before any change, when a table of `spec` would take (or has) a character set
   * too wide for its row (DialectRules.rowSize), naming the table, the bytes its row would declare, the character set
   * and what fits. Absent where the dialect has no such rule.
   */
  rowSizeFits?(spec: RowSizeSpec): Sql[];
  /**
   * Statements that stop the script with `message` unless `condition` holds; with `when`, only where `when` holds (the
   * state the check belongs to), and `condition` is then read only there: it may name a table that exists only there.
   * With `detail`, the stop also says what was found: `label` and the value of the text expression `names` (NULL:
   * nothing to add), in the error where the engine can build it (PostgreSQL), else in the line printed before it.
   */
  stopUnless(condition: Sql, message: string, when?: Sql, detail?: StopDetail): Sql[];
  /**
   * Statements that stop the script when `check.rows` finds rows, with a message built from how many it found
   * and the first few keys (`RowCheck`). `check.rows` is evaluated only once `condition` (over the catalog:
   * the tables and columns it reads exist) holds; when it does not, nothing is read and nothing stops.
   */
  stopIfRows(condition: Sql | undefined, check: RowCheck): Sql[];
  /**
   * A text expression (for a StopDetail's `names`): the first three distinct keys of the rows `rows` selects (its
   * columns named k1 … k`keys`), in order, joined by '; ', each `(k1, k2)` when there are several, NULL spelled out,
   * a long value cut to 40 characters, as stopIfRows lists them; NULL when `rows` selects none.
   */
  firstKeys(rows: Sql, keys: number): Sql;
}

/**
 * Rows the next version cannot hold, and what to tell the DBA about them. The message reads
 * `plan stopped: <count> <one|many> (<label>: <first keys>). <hint> Nothing was changed.`
 */
export interface RowCheck {
  /** A SELECT of the rows that do not fit; its columns, named k1, k2, …, are what identifies each row to the DBA. */
  rows: Sql;
  /** How many key columns `rows` has (k1 … kN). */
  keys: number;
  /** The words after the count when there is one row (`row of t has c longer than 128 characters, which 3.16 cannot hold`)… */
  one: string;
  /** …and when there are several (`rows of t have …`). */
  many: string;
  /** What the listed keys are (`first keys`). */
  label: string;
  /** What to do (one sentence or two, ending with a full stop). */
  hint: string;
}

/**
 * One table the script creates or widens whose row does not fit every character set (DialectRules.rowSize): what the
 * check before the script's first change needs (src/compile/preflight/row-size.ts).
 */
export interface RowSizeNeed {
  /** The table, by its name where the statement that needs the check makes or widens it. */
  table: string;
  /** Its location (product.yaml `locations:`), where it is not in the database the script runs in. */
  location?: string;
  /**
   * Where its character set comes from: `own`, the table's own (it is there when the script starts, under this
   * name), or `creates`, what the statement that creates it gives it (the tables of `existing` it takes it from,
   * else the database's default; or its own, where a resumed run finds it made already).
   */
  source: { own: string } | { creates: NewTable };
  /** The most bytes per character its row fits (DialectRules.rowSize.maxBytesPerCharacter). */
  most: number;
  /** Every width its row fits (DialectRules.rowSize.fittingWidths): not all of them, or it would need no check. */
  fits: number[];
  /** The bytes its row declares at 1, 2, … bytes per character, up to the widest. */
  bytes: number[];
  /** How its row is too large at 1, 2, … bytes per character (RowSizeRule.overLimit's words; '' where it fits). */
  over: string[];
  /** The limit its row exceeds at the widest (RowSizeRule.overLimit's limit). */
  limit: string;
  /** Where the check applies: while the statement that needs it has not run (its guard); absent: always. */
  when?: Predicate;
}

/** The check of the character sets of the tables a script creates or widens (DialectGuards.rowSizeFits). */
export interface RowSizeSpec {
  needs: RowSizeNeed[];
  /** The product, for the message (its tables). */
  product: string;
  /** The version the database is at when the script starts ("0": the empty database), for the remedy ("stay at 11.21"). */
  from: string;
}

/**
 * The engine's limits on the bytes of a row, which depend on how many bytes a character of its text columns takes
 * (MySQL's 65,535 a row declares and InnoDB's 8,126 a row keeps on its page: src/dialects/mysql/row-size.ts).
 */
export interface RowSizeRule {
  /** Bytes per character of the widest character set of the engine (MySQL: 4, utf8mb4): a row that fits it fits any. */
  widest: number;
  /** The most bytes per character with which a row of `t` fits: `widest` when any character set does, 0 when none does. */
  maxBytesPerCharacter(t: Table): number;
  /** The bytes a row of `t` declares when its text columns take `w` bytes per character. */
  rowBytes(t: Table, w: number): number;
  /** The bytes per character, 1 up to `widest`, at which a row of `t` fits (not always every one up to the most). */
  fittingWidths(t: Table): number[];
  /**
   * How a row of `t` is too large at `w` bytes per character: `words`, after "a row of it" ("declares 72,152 bytes,
   * over MySQL's row size limit of 65,535 bytes"), and the limit it exceeds in words; undefined when it fits.
   */
  overLimit(t: Table, w: number): { words: string; limit: string } | undefined;
  /** Why a row of `t` does not fit at `w` bytes per character, in words ("a row of it declares 80,005 bytes at …, over …"). */
  tooLarge(t: Table, w: number): string;
  /**
   * The character sets that fit at most `w` bytes per character, in words ("utf8mb3 or a narrower one …"); with `fits`
   * (fittingWidths) where that leaves a narrower width out, the widths that fit and those that do not.
   */
  charsetsThatFit(w: number, fits?: readonly number[]): string;
  /** What a plan author does about table `t` that fits none, in words ("make some of its long VARCHAR columns TEXT …"). */
  remedy(t: Table): string;
  /** The bytes per character of a character set of the engine, by name (undefined: not one the dialect knows). */
  charsetWidth(name: string): number | undefined;
  /** The key of product.yaml `verify_database:` that names the character set of plan verify's scratch databases. */
  verifyKey: 'mysql_character_set';
  /** The words on a `verifyKey` value the dialect does not know (`named`), after "verify_database: ". */
  unknownCharset(named: string): string;
  /**
   * Why plan verify's scratch databases would not fit `need` (the table that needs the narrowest character set): with
   * `named` (of `width` bytes per character) too wide, or with none named (the server's default).
   */
  verifyTooWide(need: RowSizeNeed, named?: { name: string; width: number }): string;
}

/**
 * A table a statement creates, and the product tables it should match (owner, character set…), read from the
 * catalog when the script runs.
 */
export interface NewTable {
  name: string;
  /** Tables it shares a foreign key with in the script's models (it references them, then they reference it). */
  related: string[];
  /** The product tables the script's start model has (none: a fresh install). */
  existing: string[];
}

/**
 * How long a script lets a statement wait for a lock (`lockMs`) and run (`statementMs`), in milliseconds; 0: the
 * script sets nothing (the session keeps the server's or the role's own value).
 */
export interface Timeouts {
  lockMs: number;
  statementMs: number;
}

/** The bounds a script sets unless told otherwise (plan compile --lock-timeout 5s, no --statement-timeout). */
export const DEFAULT_TIMEOUTS: Timeouts = { lockMs: 5000, statementMs: 0 };

/** The longest bound a script sets: PostgreSQL's lock_timeout and statement_timeout are int milliseconds (INT_MAX). */
export const MAX_TIMEOUT_MS = 2147483647;

/**
 * A duration in milliseconds as PostgreSQL's unit words write it, in the largest unit that holds it exactly: 5000 →
 * `5s`, 1500 → `1500ms`, 120000 → `2min`, 3600000 → `1h` (PostgreSQL 15 manual, 20.1.1 "Parameter Names and Values":
 * ms, s, min, h, d). Also the words plan compile's --lock-timeout and --statement-timeout read.
 */
export function durationText(ms: number): string {
  for (const [unit, size] of [['h', 3600000], ['min', 60000], ['s', 1000]] as const) if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

/** What the timeouts of a script set, where, and what its header says about them (see `DialectScript.timeouts`). */
export interface TimeoutStatements {
  /**
   * The statements that open the script and each part of it that is a transaction: `prologue` with the bounds where
   * the engine needs them (SQLite: before BEGIN IMMEDIATE, which waits for the write lock).
   */
  transaction: Sql[];
  /** The statements that open a part outside a transaction: `outsideTransaction.prologue` with the bounds. */
  outside: Sql[];
  /** At the end of the script, before `epilogue`: the session's own values put back (none when nothing outlives the script). */
  restore: Sql[];
  /**
   * The statements of one step (as `DialectGuards.guarded` and `stopUnless` returned them; `inTransaction`: in a
   * part of the script that is a transaction) with a bound on each statement that changes something (MariaDB's
   * max_statement_time, by SET STATEMENT … FOR; PostgreSQL's statement_timeout, set before the change and back to 0
   * after it, the step's guard run before it as a statement of its own): the script's own reads (the version check,
   * the checks before any change, each step's guard, the end check) run without it (found by a fresh DBA: the version
   * check's information_schema query, ~2 s on a server of ~400 tables, hit a 2 s bound every time, so the script
   * never started). None: the bound, if any, is the session's (set in `transaction` and `outside`).
   */
  boundChanges?: (statements: Sql[], inTransaction: boolean) => Sql[];
  /** The header's lines, each without its `-- `: what is set, and what happens when a timeout fires. */
  header: string[];
}

/** The shape of a script: what opens and closes it, and the header's words about the engine. */
/** What a check that stops the script found, for its message: `label` and the text expression `names` (NULL: none). */
export interface StopDetail {
  label: string;
  names: Sql;
}

/** DialectGuards.foreignReferencesRemedy of an engine whose check prints the DROP and ADD commands (PostgreSQL, MySQL). */
export const DROP_AND_RECREATE_FOREIGN_KEYS =
  'drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key)';

/** The database a command applies a script to: what a connection URL names, each part decoded (not yet a shell word). */
export interface ApplyTarget {
  database?: string;
  host?: string;
  port?: string;
  user?: string;
  /** The URL names a password: a client that asks for one only when told (mysql -p) is told to; the password is never given. */
  password?: boolean;
  /** The URL's query parameters (sslmode=require…), in order, decoded; never a password. The dialect keeps those its client takes. */
  parameters?: [string, string][];
  /**
   * The schema the script's unqualified names are to resolve in (plan status --schema, for a product without a schema
   * parameter): the apply command points the session's search_path there. An engine without schemas ignores it.
   */
  schema?: string;
}

export interface DialectScript {
  /** Statements that open a script (transaction, pinned session settings), without the bounds of `timeouts`. */
  prologue: Sql[];
  /** Statements that close it. */
  epilogue: Sql[];
  /**
   * The session settings a read-only look at the data must share with the script (plan status asking the data steps'
   * conditions, src/engines/live.ts): those its literals and derived keys are read with (a timestamp's text in a
   * derived key depends on the time zone and the date style). Run inside the reader's own transaction or session.
   */
  readSettings: Sql[];
  /**
   * The statements that bound each later read-only query of the reader's session or transaction to `ms`
   * milliseconds (> 0), run after `readSettings` (plan status asking the data steps' conditions: a row condition on a
   * big table, or behind another session's lock, would otherwise run for as long as it takes); a query that runs
   * longer fails with the engine's timeout error. Empty where the engine has no such bound (SQLite, whose data steps
   * are never asked).
   */
  readTimeout(ms: number): Sql[];
  /**
   * Statements after the script's last line (its completion message), when the session's own settings that the
   * script's text is read with come back only there (MySQL: the character set of the connection, which the message's
   * literal needs); absent: none.
   */
  finally?: Sql[];
  /**
   * Statements before the script's first one (its prologue), run once (PostgreSQL: the session-level lock that keeps
   * a second run of a plan script on the same schema from starting while one runs); absent: none.
   */
  first?: Sql[];
  /** The whole script runs in one transaction. */
  transactional: boolean;
  /** The header's sentence on what a failure leaves behind. */
  failureNote: string;
  /**
   * Statements that open a part of the script run outside any transaction (session settings, as `prologue` pins
   * them for a transaction), and the header's sentence on such a script, given its parts in words; absent when the
   * dialect has no statement that must run outside a transaction.
   */
  outsideTransaction?: { prologue: Sql[]; failureNote(parts: string[]): string };
  /**
   * The statements that bound how long the script's statements wait for a lock and run (`t`; 0: not set), and the
   * header's lines on them; `parts`: the script has parts outside a transaction (`outsideTransaction`). The values
   * reach SQL through the dialect's literals.
   */
  timeouts(t: Timeouts, parts: boolean): TimeoutStatements;
  /** The engine(s) a script is for, in words: "PostgreSQL". */
  engineName: string;
  /** How a DBA applies a file with the engine's own client (FILE stands for the file). */
  applyHint: string;
  /**
   * The command that applies `file` to the database `to` names with the engine's own client: `applyHint` with the
   * file, the database and the connection (host, port, user) filled in; what `to` leaves out keeps its placeholder
   * or the client's default. The dialect makes each part a shell word (src/shell.ts); a password is never given.
   */
  applyCommand(file: string, to: ApplyTarget): string;
  /** What the engine calls the namespace a product location names: "schema" (PostgreSQL), "database" (MySQL). */
  placeWord: string;
  /**
   * The database is a file, and a precondition's `database:` checks the file's name (SQLite): a plan that checks it
   * runs on a file its manual step names or renames (Fief 0.28's workspace file becoming fief.db), so that step comes
   * before the backup and the apply, which name the file as it is after it.
   */
  databaseIsFile?: true;
  /**
   * The header's words (without `-- also:`) on a schema or database outside the one the script runs in where it
   * puts or changes objects (a product location, `place`: its physical name, `source`: which location and parameter
   * name it): `creates`, the script makes it when it is missing and creates objects there; else it changes (moves,
   * alters or drops) objects already there. Says the privilege the role or account that runs the script needs there.
   * Absent on an engine without such places (SQLite).
   */
  placeNote?(place: { name: string; source: string; creates: boolean }): string;
  /**
   * The command that backs a database up (and how to restore it), to a file named after `file`; `places`: the
   * product's other schemas or databases that hold its tables at that point (MySQL dumps those databases too); `to`:
   * the database and connection to name, as applyCommand names them (absent: the DATABASE placeholder).
   */
  backupCommand(file: string, places?: string[], to?: ApplyTarget): string;
  /** The name of the file `backupCommand(file, …)` writes (`file` with the dialect's extension: fief-0.27-before.dump). */
  backupFile(file: string): string;
  /**
   * Statements that run after the version check and before the first change of a script that creates tables in
   * a database holding the product tables `existing` (e.g. looking up who owns them); none when not needed.
   */
  beforeNewTables(existing: string[]): Sql[];
  /**
   * The header's line on what tables the script creates take from the existing ones (`fresh`: there are none),
   * starting with its label (`owner:    …`); with `needs` (DialectRules.rowSize), also what their character set
   * must be.
   */
  newTablesNote(fresh: boolean, needs?: readonly RowSizeNeed[]): string;
  /**
   * The header's line on what the character set of the tables the script widens must be (`needs`, never empty), for a
   * script that creates no table (else newTablesNote says it); absent where the dialect has no DialectRules.rowSize.
   */
  rowSizeNote?(needs: readonly RowSizeNeed[]): string;
  /**
   * The engine has no procedural guard (SQLite): the whole script is one transaction that runs only from the exact
   * state it starts from. The compiler then checks for that state alone (and its version check stops an applied
   * script first: spec.target.already), evaluates each statement's guard against the state the model knows at that point
   * (a statement that would be skipped is left out), and ends with `beforeCommit`.
   */
  atomic?: AtomicScript;
}

/**
 * A table and the columns that name its rows in a stop message (its primary key, else its first unique key, else
 * all its columns): a row's rowid is no name, as a table rebuild gives its rows new ones.
 */
export interface KeyedTable {
  table: string;
  key: string[];
}

/** What DialectGuards.stopIfForeignKeysBroken checks: tables with the foreign keys to check, and the script's words. */
export interface BrokenForeignKeySpec {
  /** Each table, its naming columns, and the foreign keys to check (by their columns and the table they reference). */
  tables: (KeyedTable & { foreignKeys: { columns: string[]; refTable: string }[] })[];
  /** "authhero 11.20 → 11.21", for the message. */
  script: string;
  /** "authhero 11.20": where the database can stay. */
  stay: string;
}

/** How a script without per-statement guards stays safe to run twice and to resume (see DialectScript.atomic). */
export interface AtomicScript {
  /**
   * Statements right before COMMIT that undo the whole transaction unless the database is at `target` and the
   * foreign keys of `tables` hold. `what` and `hint` word the stop when it is not at `target`, as `endCheck`'s do.
   * `target` is the `spec.target.spec` the script's version check was given (its rows may be read from what that
   * check kept); so is `completion`'s spec. (A second run is stopped by the version check: see versionCheck.)
   */
  beforeCommit(target: VersionCheckSpec, tables: KeyedTable[], what: string, hint: string): Sql[];
  /** Words of the version check's second-run stop message (spec.target.already) a harness recognises as a second run that had nothing to do. */
  appliedMarker: string;
  /** The header's sentence on what a second run, and a run after a crash, do. */
  secondRunNote: string;
}

/** The engine's rules the model follows (what it refuses, what it names or creates implicitly) and the renderer's shapes. */
export interface DialectRules {
  /** Longest identifier the engine accepts, in `identifierUnit`s. */
  maxIdentifierLength: number;
  /**
   * How the engine compares names of each kind, when it looks one up or refuses a second one: two names the engine
   * takes for one are one name in the model's rules (sameName), so a plan may not create both, nor rename one into
   * the other by changing only letter case (the engine sees the same name).
   */
  nameComparison: Record<NameKind, NameComparison>;
  /** What identifier lengths are counted in: bytes (PostgreSQL, NAMEDATALEN) or characters (MySQL). */
  identifierUnit: 'bytes' | 'characters';
  /** Where the engine's limit on identifiers is stated, for the messages that refuse a longer name (placeNameTooLong). */
  identifierLimitSource: string;
  /**
   * Where index and key names must be unique: 'schema' (PostgreSQL: indexes, key constraints and tables share
   * the schema's relation namespace) or 'table' (MySQL: each table has its own index namespace).
   */
  indexNameScope: 'schema' | 'table';
  /**
   * Where foreign key names must be unique: 'table' (PostgreSQL: among the table's constraints, keys included)
   * or 'database' (InnoDB: across the whole database, apart from the keys).
   */
  foreignKeyNameScope: 'table' | 'database';
  /**
   * Where CHECK constraint names must be unique: 'table' (PostgreSQL: among the table's constraints; SQLite; MariaDB)
   * or 'database' (MySQL 8: "constraint names must be unique per schema", each constraint type in a namespace of its
   * own).
   */
  checkNameScope: 'table' | 'database';
  /**
   * A CHECK's name may not be that of a foreign key or key of its table, whatever the scopes above say (MariaDB 10.11,
   * measured: a foreign key or UNIQUE key named like a check of the table, or a check named like one of them, fails
   * with error 1826 "Duplicate CHECK constraint name", in CREATE TABLE and ALTER TABLE alike; MySQL 8 keeps them in
   * namespaces of their own, and one script runs on both). Where foreignKeyNameScope is 'table' this holds already.
   */
  checkNameSharedWithKeys: boolean;
  /**
   * Every foreign key needs an index that starts with its columns, which the engine creates (named after the
   * first column) when there is none (InnoDB); removing the last such index is refused.
   */
  foreignKeyNeedsIndex: boolean;
  /**
   * A foreign key may reference any columns an index starts with (InnoDB), not only a primary key or unique
   * constraint with exactly those columns (PostgreSQL).
   */
  referencesIndexPrefix: boolean;
  /**
   * The engine matches a foreign key to its parent key only when a row is written, and lets a script drop or
   * replace the key meanwhile (SQLite: "foreign key mismatch" on a later write, https://sqlite.org/foreignkeys.html
   * §3): a foreign key onto a key the script drops or replaces is at risk only when no key after the script serves
   * its columns. What serves them is SQLite's rule: the PRIMARY KEY, a UNIQUE constraint or a UNIQUE index that is
   * not partial, on exactly the same set of columns in any order (names compared ignoring case), each index column
   * with its column's own collation (measured on sqlite3 3.40: a reordered primary key serves; a superset, a
   * partial index, a non-unique index or an index column with another COLLATE is "foreign key mismatch").
   * Unset: the engine refuses the drop itself (PostgreSQL, InnoDB), so the key as the script starts matters.
   */
  referencedKeyMatchedOnWrite?: true;
  /** A foreign key action as the engine stores and reports it (InnoDB: NO ACTION is RESTRICT). */
  foreignKeyAction(action: FkAction): FkAction;
  /**
   * The name the engine stores for `name` written without quotes (a product that writes its names unquoted gets
   * these): PostgreSQL folds A-Z to lower case and keeps at most 63 bytes; MySQL keeps the name as written.
   */
  unquotedName(name: string): string;
  /** The name a table's primary key gets: `given` (when the engine keeps names) or the engine's own. */
  primaryKeyName(table: string, given: string | undefined): string;
  /**
   * Several statements may run under one guard (PostgreSQL: one DO block), so a replacement drops and adds in
   * one guarded step; otherwise each statement has its own guard (MySQL).
   */
  severalStatementsPerGuard: boolean;
  /**
   * A check that every row of a set has its row in a table (refuse_deleted: each source row the copy wrote, by the
   * key the copy derives for it) compares the two as sets, `NOT EXISTS (SELECT <keys> FROM source EXCEPT SELECT
   * <keys> FROM target)`, which the engine computes by hashing or sorting both once, rather than with one lookup
   * per row (a NOT EXISTS the engine turns into an anti join). PostgreSQL chooses an anti join's method from its
   * statistics: with none (a database just restored or loaded, before autovacuum analyzed it) it estimated the
   * source's filtered rows at a handful and ran a nested loop over the whole target for each of them, the derived
   * key in the join filter: Keto 0.7 → 0.6 with 10,000 tuples 154 s against 0.1 s after ANALYZE (bench/RESULTS.md,
   * stop 36). The set form has no such plan. Off where an index lookup per row is what the engine does anyway and
   * EXCEPT is not in every version the dialect serves (MySQL before 8.0.31) or the lookup is the engine's plan
   * without statistics too (SQLite, whose derived keys have several schemes, one lookup each).
   * refuse_uncopied (the table a rollback drops holds only rows its copies give) too: the table's rows and the
   * copies' rows grouped by the copies' columns, not `(dst.k) IN (SELECT <derived> …)` per row, a SubPlan that
   * PostgreSQL hashes only when it estimates the set fits in work_mem and otherwise rescans for each row (Keto 300,000
   * tuples after ANALYZE at work_mem 64kB: cancelled after 60 s, grouped 3.3 s; bench/RESULTS.md, stop 36), nor an
   * EXISTS per row, an anti join whose method the statistics choose.
   */
  compareKeySets: boolean;
  /** A column's type or NULL is changed by restating the whole column (MySQL's MODIFY), not by one ALTER of that property. */
  restatesColumn: boolean;
  /**
   * Unique keys and foreign keys are constraints, dropped by name with DROP CONSTRAINT (PostgreSQL); otherwise a
   * unique key is an index and a foreign key is dropped with DROP FOREIGN KEY (MySQL).
   */
  keysAreConstraints: boolean;
  /**
   * Indexes may have an access method, operator classes, expression elements and a predicate (PostgreSQL); the
   * model refuses them otherwise.
   */
  indexExtensions: boolean;
  /** Indexes may have a predicate (a partial index: PostgreSQL, SQLite 3.8+), though not the other extensions. */
  indexPredicates?: boolean;
  /**
   * What the engine would not do as a foreign key `fk` of table `t` says (one sentence each; empty when it
   * would): MySQL 8 refuses ON DELETE/UPDATE SET DEFAULT and MariaDB keeps RESTRICT instead; both refuse a
   * check on a column a referential action writes.
   */
  foreignKeyProblems(t: Table, fk: ForeignKey): string[];
  /**
   * Partitioned tables, their partitions and the indexes the engine makes on each partition for its parent's:
   * how the engine names the partition's index for `index` of the parent (`taken`: every name already in the
   * namespace), or undefined when the dialect has no declarative partitioning (then plans may not use it).
   */
  partitionIndexName?: (partition: string, index: Index, taken: (name: string) => boolean) => string;
  /** The engine has identity columns (GENERATED … AS IDENTITY). */
  identityColumns: boolean;
  /**
   * The engine limits the bytes a row declares by the character set of its text columns (MySQL: 65,535 bytes, a
   * VARCHAR(n) counting n × the character set's bytes per character): the model refuses a table that fits none, and
   * a script checks, before its first change, the character set of each table it creates or widens that does not fit
   * every one (src/compile/preflight/row-size.ts). Absent: no such limit.
   */
  rowSize?: RowSizeRule;
  /**
   * The column type that holds an enum type's values where the engine has no enum types of its own to name (MySQL:
   * ENUM('a','b'); SQLite: varchar of the longest value, as SQLAlchemy's non-native Enum); absent where a column
   * names the type (PostgreSQL: CREATE TYPE … AS ENUM).
   * @throws Error for a value the engine's type cannot spell
   */
  enumColumnType?(e: EnumType): string;
  /**
   * A primary key makes its columns NOT NULL (PostgreSQL, MySQL); SQLite lets a column of a primary key that is
   * not an INTEGER PRIMARY KEY hold NULL unless it says NOT NULL (https://sqlite.org/lang_createtable.html#the_primary_key).
   */
  primaryKeyNotNull: boolean;
  /**
   * A foreign key may reference the columns of a primary or unique key in any order (SQLite finds the parent key's
   * index by its set of columns: foreignkeys.html, sqlite3FkLocateIndex); otherwise in the key's order.
   */
  referencedKeyAnyOrder?: boolean;
  /**
   * The script runs with the engine's foreign key enforcement off (SQLite, for its table rebuilds: PRAGMA
   * foreign_keys cannot change inside a transaction), so a delete of parent rows performs the children's ON DELETE
   * CASCADE / SET NULL / SET DEFAULT itself; RESTRICT and NO ACTION are left to the foreign key check before COMMIT.
   */
  foreignKeyActionsInScript?: boolean;
  /**
   * Whether `op` on table `before` (as it is before the step) is something ALTER TABLE cannot do, so that it renders
   * as the engine's table rebuild (SQLite: new table, copy, drop, rename, indexes again); absent: never.
   */
  rebuildFor?(op: Op, before: Table | undefined): boolean;
  /**
   * The engine can insert rows skipping those that conflict with a unique key and hand the inserted keys to a second
   * insert in the same statement (PostgreSQL: INSERT … ON CONFLICT DO NOTHING RETURNING inside WITH; manual, "INSERT"
   * and 7.8.4 "Data-Modifying Statements in WITH"): what import_rows renders (template import_rows).
   */
  importRows?: boolean;
  /**
   * The values a column of model type `modelType` holds (the type's domain), for the model's rule that a column's
   * default fits its type (src/operations/default-fits.ts); undefined for a type the dialect says nothing of (a
   * PostgreSQL array, a SQLite declared type of a plan's own), whose defaults are the engine's to take. Each dialect
   * states its engine's limits here (ranges, lengths), with their sources.
   */
  valueDomain(modelType: string): ValueDomain | undefined;
  /**
   * Why the engine would not take `name` for a new object of kind `kind` ('table', 'column', 'index', 'enum type', as
   * checkName's callers name them), or would take it for another object (a reserved prefix, a system column, a
   * built-in type a column's type would resolve to instead): one sentence, with its source; undefined when it takes
   * it. Absent: every name the length and letter-case rules allow is taken.
   */
  reservedName?(kind: string, name: string): string | undefined;
  /**
   * The first label of an enum type's `values` the engine would not keep as written, or would refuse (MySQL strips
   * trailing spaces and compares labels under the column's collation; PostgreSQL limits a label to 63 bytes): its
   * index and why, in words after "label N … "; undefined when it keeps them all.
   */
  enumLabelProblem?(values: readonly string[]): { index: number; why: string } | undefined;
}

/**
 * What values a column type holds, as a column default is checked against it (DialectRules.valueDomain): the model's
 * kinds of types, each with the engine's limits.
 * - `integer`: whole numbers from `min` to `max`.
 * - `boolean`: true or false.
 * - `text`: a string, of at most `maxCharacters` characters (code points) where the type limits it.
 * - `bytes`: a string (its UTF-8 bytes: see bytesDefault).
 * - `uuid`: a UUID in the engine's text form (lower case, 8-4-4-4-12 hexadecimal digits).
 * - `date`: YYYY-MM-DD, a day of the calendar, from `min` to `max` (the same form).
 * - `timestamp`: YYYY-MM-DD HH:MM:SS with up to 6 digits of fraction, from `min` to `max` (the same form, no
 *   fraction), or the time of the insert.
 * - `json`: a string that is JSON text.
 * - `enum`: one of `values`.
 */
export type ValueDomain =
  | { kind: 'integer'; min: bigint; max: bigint }
  | { kind: 'boolean' }
  | { kind: 'text'; maxCharacters?: number }
  | { kind: 'bytes' }
  | { kind: 'uuid' }
  | { kind: 'date'; min: string; max: string }
  | { kind: 'timestamp'; min: string; max: string }
  | { kind: 'json' }
  | { kind: 'enum'; values: string[] };

/** The range of a signed integer of `bits` bits (two's complement), for DialectRules.valueDomain. */
export function signedRange(bits: number): { min: bigint; max: bigint } {
  return { min: -(1n << BigInt(bits - 1)), max: (1n << BigInt(bits - 1)) - 1n };
}

/** The range of an unsigned integer of `bits` bits, for DialectRules.valueDomain. */
export function unsignedRange(bits: number): { min: bigint; max: bigint } {
  return { min: 0n, max: (1n << BigInt(bits)) - 1n };
}

/**
 * What some changes do to a table that already holds rows, as `plan lint` (src/lint/rules/) needs it: a few facts per
 * engine, each with its source in the dialect's hazards.ts. Kept minimal on purpose: the per-statement lock
 * annotations (lock mode, rewrite, scan, INSTANT/INPLACE/COPY) are to subsume them.
 */
export interface DialectHazards {
  /** A data definition statement commits the open transaction implicitly (MySQL, MariaDB), so data steps before it stay committed. */
  ddlCommitsImplicitly: boolean;
  /**
   * Where the engine builds and drops indexes in a form that does not block writes (PostgreSQL's CONCURRENTLY, plan
   * steps' `concurrently: true`): what the plain build and drop lock, in words. Absent: no such form to ask for.
   */
  indexWithoutConcurrently?: { build: string; drop: string };
  /**
   * Where a foreign key can be added NOT VALID and validated after (PostgreSQL): what adding a valid one locks and
   * scans, in words. Absent: no such form.
   */
  foreignKeyValidation?: string;
  /** What SET NOT NULL does to a table with rows, in words; absent when the dialect reports it otherwise (a table rebuild). */
  setNotNull?: string;
  /**
   * What changing a column from model type `from` to `to` does to a table with rows, in words; undefined when it
   * changes the catalog only (no rewrite, no copy). Absent when the dialect reports it otherwise (a table rebuild).
   * `bytesPerCharacter`: the most bytes a character of the product's tables takes (CompileResult.bytesPerCharacter;
   * undefined: the dialect's default).
   */
  typeChange?(from: string, to: string, bytesPerCharacter?: number): string | undefined;
}

/** The kinds of names an engine may compare differently (DialectRules.nameComparison). */
export type NameKind = 'table' | 'column' | 'index' | 'constraint';

/**
 * How an engine compares two names of one kind: 'exact' (PostgreSQL's quoted identifiers); 'ignoring case' (the
 * letters A-Z as a-z: SQLite for every name; MySQL and MariaDB for column, index and constraint names on every
 * server); 'ignoring case on some servers' (MySQL and MariaDB table names: case-sensitive on Linux with
 * lower_case_table_names=0, not on Windows or macOS: MySQL 8.0 manual, 9.2.3 "Identifier Case Sensitivity"), which
 * the model's rules take as 'ignoring case', since a plan must work on any server.
 */
export type NameComparison = 'exact' | 'ignoring case' | 'ignoring case on some servers';

/** Letters A-Z as a-z (plan identifiers are ASCII: SQLite folds only these, and MySQL folds them alike). */
const foldCase = (name: string): string => name.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** Whether the engine takes `a` and `b`, two names of kind `kind`, for one name (rules.nameComparison). */
export function sameName(rules: Pick<DialectRules, 'nameComparison'>, kind: NameKind, a: string, b: string): boolean {
  return a === b || (rules.nameComparison[kind] !== 'exact' && foldCase(a) === foldCase(b));
}

/** The length of an identifier in the unit the dialect's limit counts. */
export function identifierLength(rules: Pick<DialectRules, 'identifierUnit'>, name: string): number {
  return rules.identifierUnit === 'bytes' ? byteLength(name) : [...name].length;
}

/**
 * Why `name` cannot name a `what` ("schema", "database") on the engine of `d`, in words that follow the name:
 * "is 65 characters long: a MySQL 8 / MariaDB database name is at most 64 characters (MySQL 8.0 manual, …)";
 * undefined when it can. The engine's limit on identifiers (rules.maxIdentifierLength, in rules.identifierUnit) is
 * the dialect's knowledge: parameters and URLs that name a schema or database ask it here.
 */
export function placeNameTooLong(d: { rules: Pick<DialectRules, 'maxIdentifierLength' | 'identifierUnit' | 'identifierLimitSource'>; script: { engineName: string } }, name: string, what: string): string | undefined {
  const length = identifierLength(d.rules, name);
  const { maxIdentifierLength: max, identifierUnit: unit, identifierLimitSource: source } = d.rules;
  if (length <= max) return undefined;
  return `is ${length} ${unit} long: a ${d.script.engineName} ${what} name is at most ${max} ${unit} (${source})`;
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * Throws unless `text` stays on one line and holds no control character (src/text-rules.ts, the definition the
 * schemas and the parameter checks share: text that reaches here has passed them, so this is an internal error).
 */
export function assertOneLine(text: string, what: string): void {
  const c = notOneLine(text);
  if (c !== undefined) throw new Error(`${what} holds ${whatChar(c)}; it must be one line: "${escapeNotOneLine(text.slice(0, 60))}"`);
}

/** `-- text`, refused when `text` would leave its line. */
export function lineComment(text: string): Sql {
  assertOneLine(text, 'a comment');
  return Sql.verbatim(`-- ${text}`);
}

/** A canonical model type as SQL, checked against the dialect's own list. @throws Error for anything else */
export function checkedType(pattern: RegExp, dialect: string, modelType: string): Sql {
  if (!pattern.test(modelType)) throw new Error(`not a ${dialect} model type: ${JSON.stringify(modelType)}`);
  return Sql.verbatim(modelType);
}

/** A column definition (name, type, NOT NULL, DEFAULT) through the dialect's quoting functions. */
export function columnDefinition(d: Pick<DialectSyntax, 'ident' | 'type' | 'columnDefault'>, c: Column): Sql {
  const parts = [sql`${d.ident(c.name)} ${d.type(c.type)}`];
  if (!c.nullable) parts.push(sql`NOT NULL`);
  if (c.default !== undefined) parts.push(sql`DEFAULT ${d.columnDefault(c)}`);
  if (c.identity) parts.push(c.identity === 'always' ? sql`GENERATED ALWAYS AS IDENTITY` : sql`GENERATED BY DEFAULT AS IDENTITY`);
  return joinSql(parts, ' ');
}

/** A default that is a value or the time of the insert, through the dialect's literal (`c.default` is set). */
export function plainDefault(d: Pick<DialectSyntax, 'literal' | 'currentTimestamp'>, c: Column): Sql {
  return isCurrentTimestamp(c.default) ? d.currentTimestamp() : d.literal(c.default!);
}

/**
 * The bytes a bytes column's default holds, as lower-case hexadecimal digits: a string default means its UTF-8 bytes
 * (`default: none` is the four bytes 6e 6f 6e 65), on every dialect, whatever the string holds (quotes, backslashes,
 * control characters, any character). Each dialect writes them as a hexadecimal literal, so no string setting or
 * escape rule of the engine reads them, and its catalog shows them in a spelling computed from the same digits.
 * @throws Error for a default that is not a string (a number, a boolean, the time of the insert: no bytes to mean)
 */
export function bytesDefault(c: Column): string {
  if (typeof c.default !== 'string') {
    throw new Error(`column ${c.name}: a bytes column's default is a string, which stands for its UTF-8 bytes; ${isCurrentTimestamp(c.default) ? 'the time of the insert' : JSON.stringify(c.default)} is not one`);
  }
  return Buffer.from(c.default, 'utf8').toString('hex');
}

/** bytesDefault without the refusal (for the catalog spellings, which refuse nothing): undefined for a default that is not a string. */
export const bytesDefaultHex = (c: Column): string | undefined => (typeof c.default === 'string' ? Buffer.from(c.default, 'utf8').toString('hex') : undefined);

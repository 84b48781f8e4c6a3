// The plan format, as loaded from YAML after schema validation.
// Every structure that differs between dialects may carry `postgres:` / `mysql:` / `sqlite:` overrides,
// merged over the portable fields when the plan is compiled for that dialect.

export type DialectName = 'postgres' | 'mysql' | 'sqlite';
export const DIALECTS: readonly DialectName[] = ['postgres', 'mysql', 'sqlite'];

export type Scalar = string | number | boolean;

/** Where a node came from in its YAML file (1-based). */
export interface SourcePos {
  file: string;
  line: number;
  col: number;
}

/** A column default as a plan writes it: a value, or `{ literal: value }` for text that looks like SQL (`now()`). */
export type DefaultSpec = Scalar | { literal: Scalar | null } | { current_timestamp: true };

export type Overrides<T> = { postgres?: Partial<T>; mysql?: Partial<T>; sqlite?: Partial<T> };

interface ColumnBase {
  name: string;
  /** Portable type: bigint, bigint unsigned, integer, integer unsigned, smallint, boolean, text, bytes, varchar(n), char(n), varchar(n)[] */
  type: string;
  nullable?: boolean;
  default?: DefaultSpec | null;
  /** An identity column (PostgreSQL): the engine numbers the rows; NOT NULL, no default. */
  identity?: 'always' | 'by default';
}
export type ColumnSpec = ColumnBase & Overrides<ColumnBase>;

interface KeyBase {
  name?: string;
  columns: string[];
}
export type KeySpec = KeyBase & Overrides<KeyBase>;

export type FkAction = 'cascade' | 'restrict' | 'no action' | 'set null' | 'set default';

interface ForeignKeyBase {
  name: string;
  columns: string[];
  references: { table: string; columns: string[] };
  on_delete?: FkAction;
  on_update?: FkAction;
}
export type ForeignKeySpec = ForeignKeyBase & Overrides<ForeignKeyBase>;

export interface CheckSpec {
  name: string;
  /** A boolean SQL expression over the table's columns, per dialect when they differ. */
  expression: string | { postgres?: string; mysql?: string; sqlite?: string };
}

/** An index access method (PostgreSQL; btree when absent). */
export type IndexMethod = 'btree' | 'brin' | 'hash' | 'gin' | 'gist';
export const INDEX_METHODS: readonly IndexMethod[] = ['btree', 'brin', 'hash', 'gin', 'gist'];

/**
 * An index element: "col" or "col desc"; or an object, a column or an expression (PostgreSQL, as pg_get_indexdef
 * spells it, checked by the parser) with an operator class (PostgreSQL) and a direction.
 */
export type IndexColumnSpec =
  | string
  | { column: string; opclass?: string; desc?: boolean }
  | { expression: string; opclass?: string; desc?: boolean };

interface IndexBase {
  table: string;
  name: string;
  columns: IndexColumnSpec[];
  unique?: boolean;
  /** PostgreSQL: the access method (btree when absent). */
  method?: IndexMethod;
  /** PostgreSQL: a partial index's predicate, as pg_get_indexdef spells it after WHERE (checked by the parser). */
  where?: string;
}
/** An index; `concurrently`: built without blocking writes (PostgreSQL: CONCURRENTLY, outside the transaction). */
export type IndexSpec = IndexBase & Overrides<IndexBase> & { concurrently?: boolean };

/** A value in a data step: a literal, a column of the source row, a parameter, or a concatenation. */
/** import_rows: a JSON-object column whose entries (key and member `field`) are unique within the `scope` columns. */
export interface UniqueEntries {
  column: string;
  field: string;
  scope?: string[];
}

export type ValueExpr =
  | { literal: Scalar | null }
  | { column: string }
  | { param: string }
  | { concat: ValueExpr[] }
  /** The first value that is not NULL. */
  | { coalesce: ValueExpr[] }
  /** `prefix` + `length` characters of [0-9a-z] derived from a value (src/compile/derived-id.ts): the same on every engine. */
  | { derived_id: { prefix: string; length: number; of: ValueExpr } }
  /** The time the statement runs, in UTC, as ISO 8601 text with milliseconds (JavaScript's toISOString). */
  | { now: 'iso8601' }
  /** In a for_each step: the entry's name or id (replaced by a literal when the step is expanded, src/plan/for-each.ts). */
  | { each: 'key' | 'value' }
  /** The text before the first separator: all of it when it has none. */
  | { before: { of: ValueExpr; separator: string } }
  /** The text after the first separator; NULL when it has none. */
  | { after: { of: ValueExpr; separator: string } }
  /** The id a map parameter gives a name, compared exactly; NULL for a name not in the map. */
  | { lookup: { of: ValueExpr; param: string } }
  /**
   * A UUID derived from the values (each as text, prefixed by its length, so that no two lists give the same text):
   * the same on every run of one engine (PostgreSQL and MySQL: MD5; SQLite: src/compile/derived-id.ts).
   */
  | { derived_uuid: ValueExpr[] }
  /** `then` for the rows the test holds for, else `else` (NULL when absent). */
  | { case: { when: RowTest; then: ValueExpr; else?: ValueExpr } }
  /**
   * import_rows: the source column the step's columns parameter maps this key to; NULL when the mapping leaves the
   * key out (replaced by a column or a NULL literal when the step is resolved, src/operations/import_rows.ts).
   */
  | { source: string }
  /** The value in lower case (the engine's LOWER). */
  | { lower: ValueExpr }
  /** The value as text (a number's digits; a timestamp as the script's pinned settings write it). */
  | { text: ValueExpr }
  /** A text or JSON value as the engine's JSON type (PostgreSQL jsonb); text that is not JSON fails the statement. */
  | { json: ValueExpr }
  /** A JSON object of the key/value pairs (a NULL key fails the statement: guard it with case). */
  | { json_object: { key: ValueExpr; value: ValueExpr }[] };

/**
 * A test of a source row: a value IS [NOT] NULL, holds a text a number of times, is longer than a length, equals a
 * value or one of a list, matches a pattern (src/plan/pattern.ts), is a JSON object; or and/or/not.
 */
export type RowTest =
  | { all: RowTest[] }
  | { any: RowTest[] }
  | { not: RowTest }
  | {
      value: ValueExpr;
      is_null?: boolean;
      occurrences?: { of: string; equals: number };
      longer_than?: number;
      equals?: Scalar;
      in?: Scalar[];
      matches?: string;
      is_json_object?: boolean;
    };

/** A data step's row filter: a column IS [NOT] NULL, equal to a value, or different from one (NULLs never match). */
export interface WhereSpec {
  column: string;
  is_null?: boolean;
  equals?: Scalar | { param: string };
  not_equals?: Scalar | { param: string };
  /** Rows whose column is one of these values. */
  in?: Scalar[];
}

export interface Condition {
  param: string;
  equals?: Scalar;
  not_equals?: Scalar;
}

export interface RawSql {
  postgres?: string;
  mysql?: string;
  sqlite?: string;
}

export interface StepCommon {
  when?: Condition;
  dialects?: DialectName[];
  /** Why this step exists; carried into the SQL as a comment. */
  note?: string;
  /** An explicit rollback for an operation that has no derivable inverse. */
  inverse?: Step[];
  /** Marks an operation that cannot be undone; compiling a rollback through it fails with this reason. */
  irreversible?: string;
  /** A map parameter: the step runs once per entry (src/plan/for-each.ts). */
  for_each?: string;
  /** The patch release of the plan's `to` version that brought this change: earlier patches lack it (plan detect). */
  since?: string;
  /** `plan lint`: findings of this step the plan's author acknowledges, each rule with the reason (src/lint/). */
  lint?: { acknowledge: LintAcknowledgement[] };
}

/** A `plan lint` finding of one rule on one step, acknowledged with the reason (shown by lint and review). */
export interface LintAcknowledgement {
  rule: string;
  reason: string;
}

export interface Operations {
  create_table: {
    name: string;
    columns: ColumnSpec[];
    primary_key?: KeySpec;
    unique?: KeySpec[];
    foreign_keys?: ForeignKeySpec[];
    checks?: CheckSpec[];
    /** PostgreSQL: a partitioned table (its rows live in partitions, see create_partition). */
    partition_by?: { strategy: 'range' | 'list' | 'hash'; columns: string[] };
    /** A location of product.yaml the table is in, when not the main schema or database. */
    location?: string;
  };
  create_partition: { name: string; of: string; bound: 'default' };
  create_enum_type: { name: string; values: string[]; location?: string };
  drop_enum_type: { name: string };
  move_tables: { to: string; tables: string[]; types?: string[] };
  drop_table: { name: string };
  rename_table: { from: string; to: string };
  add_column: { table: string; column: ColumnSpec };
  drop_column: { table: string; column: string };
  drop_leftover_column: { table: string; column: ColumnSpec };
  rename_column: { table: string; from: string; to: string };
  alter_column_type: { table: string; column: string; type: string; postgres?: { type: string }; mysql?: { type: string }; sqlite?: { type: string } };
  set_default: { table: string; column: string; default: DefaultSpec };
  drop_default: { table: string; column: string };
  set_not_null: { table: string; column: string };
  drop_not_null: { table: string; column: string };
  replace_primary_key: { table: string } & KeySpec;
  add_unique: { table: string } & KeySpec;
  drop_unique: { table: string; name: string; postgres?: { name?: string }; mysql?: { name?: string }; sqlite?: { name?: string } };
  replace_unique: { table: string } & KeySpec;
  add_foreign_key: { table: string } & ForeignKeySpec;
  drop_foreign_key: { table: string; name: string; postgres?: { name?: string }; mysql?: { name?: string }; sqlite?: { name?: string } };
  replace_foreign_key: { table: string } & ForeignKeySpec;
  create_index: IndexSpec;
  drop_index: { table: string; name: string; postgres?: { name?: string }; mysql?: { name?: string }; sqlite?: { name?: string }; concurrently?: boolean };
  replace_index: IndexSpec;
  insert: { table: string; rows: Record<string, Scalar | null | { param: string }>[] };
  copy_rows: {
    into: string;
    from: string;
    /** target column -> value computed from the source row */
    values: Record<string, ValueExpr>;
    where?: WhereSpec;
    /**
     * Source rows left out, each test with the reason the report gives (the first that holds): a row that would break
     * the target (a malformed value, one too long for its column) is listed by `plan compile --report` instead of
     * failing the script.
     */
    skip?: { when: RowTest; reason: string }[];
    /**
     * The target columns (a unique key of the target: its primary key when absent) that tell whether a source row is
     * there already: a row with the same values in them is not copied again.
     */
    key?: string[];
    /**
     * The older version reads the source again after a rollback and the newer one never writes it: the rollback stops
     * when a row this copy copied is gone from the target (deleted since the upgrade), which it would bring back.
     */
    refuse_deleted_on_rollback?: true;
  };
  import_rows: {
    into: string;
    /** The source: a table outside the product's model, named by a table parameter, its columns by a columns parameter. */
    from: { table: { param: string }; columns: { param: string } };
    /** target column -> value computed from the source row (`{ source: key }` reads the column mapped to key) */
    values: Record<string, ValueExpr>;
    skip?: { when: RowTest; reason: string }[];
    /** The source rows' order: of two rows that would give the same unique key, the first is imported. */
    order_by: ValueExpr;
    /** A table of the plan's holding the primary key of every row the import made: the rollback deletes those. */
    record: string;
    /** Target columns the product compares lower-case (Logto's e-mail): a value differing only in case is a duplicate. */
    compare_lower?: string[];
    /** Keys of the columns parameter whose source column must be of the engine's JSON type (checked before any change). */
    json_keys?: string[];
    /**
     * JSON-object columns of the target whose entries the product treats as unique though no key of the database
     * says so (Logto's identities: one user per connector target and user id there, per tenant): the entry's key with
     * its member `field`, within the `scope` columns' values.
     */
    unique_entries?: UniqueEntries[];
  };
  update: {
    table: string;
    set: Record<string, ValueExpr>;
    where?: WhereSpec;
    /** Values of `set` read from the matching row of this table (src/operations/update_from.ts). */
    from?: { table: string; on: Record<string, string> };
  };
  precondition: {
    message: string;
    tables?: string[];
    columns?: { table: string; column: string }[];
    /** Rows that must be there: a row of `table` whose `column` equals the value (or is NULL); `only`: and no other. */
    rows?: { table: string; column: string; equals?: Scalar | { param: string }; is_null?: true; if_other_rows?: boolean; only?: boolean }[];
    /**
     * The database the script runs in (SQLite: its file's name) is the one a string parameter names, when it names one
     * (empty: any); with is_not, it is not that one.
     */
    database?: { param: string; is_not?: true };
    /** A table name with `*` for any characters: no table so named but the model's (Keto's legacy tables of unmapped namespaces). */
    no_other_tables?: string;
  };
  manual: { text: string };
  remark: { text: string };
  delete_where: { table: string; where: WhereSpec };
  rollback_only_values: { columns: Record<string, Scalar>; hint: string };
  raw_sql: RawSql & {
    description: string;
    /** Per dialect: a SQL boolean condition that is TRUE while the step still has to run. */
    guard?: RawSql;
    /** Why the step runs unguarded (on every run); exactly one of guard and unguarded is given. */
    unguarded?: string;
    inverse?: RawSql;
  };
}

export type OpName = keyof Operations;
export const OP_NAMES: OpName[] = [
  'create_table', 'create_partition', 'create_enum_type', 'drop_enum_type', 'move_tables', 'drop_table', 'rename_table',
  'add_column', 'drop_column', 'drop_leftover_column', 'rename_column', 'alter_column_type',
  'set_default', 'drop_default', 'set_not_null', 'drop_not_null',
  'replace_primary_key', 'add_unique', 'drop_unique', 'replace_unique',
  'add_foreign_key', 'drop_foreign_key', 'replace_foreign_key',
  'create_index', 'drop_index', 'replace_index',
  'insert', 'copy_rows', 'import_rows', 'update', 'delete_where', 'precondition', 'manual', 'remark', 'rollback_only_values', 'raw_sql',
];

export type Step = StepCommon & { [K in OpName]?: Operations[K] };

export interface ParameterSpec {
  /**
   * map: name:id pairs, `files:1,groups:2` (params.ts, mapEntries); a step with for_each runs once per entry.
   * table: a table name, schema-qualified or not (`legacy.accounts`, `accounts`), each part an identifier.
   * columns: a column mapping `key:column,key:column` from the keys `keys` declares (those of `required` must be
   * given; each group of `together` given whole or not at all) to columns of a table a step reads (import_rows'
   * `from: { columns: { param } }`).
   */
  type: 'string' | 'boolean' | 'integer' | 'enum' | 'identifier' | 'uuid' | 'map' | 'table' | 'columns';
  description: string;
  default?: Scalar;
  /**
   * A value for the review and the proofs when the parameter has no default (out/, validate, verify, catalog, detect):
   * a parameter only the database at hand can answer (Fief's workspace id) has none, and compile asks for it.
   */
  example?: Scalar;
  /**
   * A parameter only the database at hand can answer: how to find its value there (a query run where the product's
   * main tables are: Fief's `SELECT id FROM workspaces`), which detect says when it needs the parameter and was not
   * given it (unreadPlaceHint).
   */
  lookup?: string;
  values?: string[];
  /**
   * A string parameter: the portable pattern (src/plan/pattern.ts) every value matches, anchored (^…$); required for
   * a string parameter a manual step prints ({{name}}), where it must admit only PASTE_SAFE characters.
   */
  pattern?: string;
  /** A columns parameter: the keys a mapping may give, in their canonical order. */
  keys?: string[];
  /** A columns parameter: the keys every mapping must give. */
  required?: string[];
  /** A columns parameter: groups of keys a mapping gives together or not at all (each group two or more of keys). */
  together?: string[][];
}

export interface ProductFile {
  product: string;
  title: string;
  versions: string[];
  dialects: DialectName[];
  /**
   * Per dialect, the last version it supports, when it stops before the product's last version (with the reason,
   * shown when a command asks for a later one). Every version up to `until` is supported; see dialect-versions.ts.
   */
  dialect_versions?: Partial<Record<DialectName, { until: string; reason: string }>>;
  /**
   * Versions whose install plan (0 → version) is derived from the model: the written chain 0 → … → version is
   * replayed and the schema at that version created directly (src/compile/derived.ts).
   */
  derived_installs?: string[];
  parameters?: Record<string, ParameterSpec>;
  /** Where the facts the plans encode come from. */
  sources?: string[];
  /** The product's own procedure around a script: what to stop before, what to start after ({version}). */
  procedure?: {
    stop_before?: string;
    start_after?: string;
    rollback?: { stop_before?: string; start_after?: string };
    /**
     * A fresh install: what to start after it; `own_installer`, when the product installs itself (its command, {url}
     * the database's URL, and its documentation): plan status proposes it on an empty database, not the install plan.
     */
    install?: { start_after?: string; own_installer?: { command: string; docs: string } };
  };
  /**
   * The product's version tables: its migration bookkeeping (Keto's schema_migration, AuthHero's kysely_migration,
   * Fief's alembic_version), whose rows the application never deletes. Only a fixed-row insert into one of them is a
   * script's finished marker (src/compile/finished.ts); a for_each placeholder in a name stands for any part.
   */
  version_tables?: string[];
  /** Per dialect: the parameters by which the product's own configuration changes its tables' names. */
  naming?: Partial<Record<DialectName, NamingDeclaration>>;
  /**
   * Rows `plan verify` puts in the start database before its generated ones, by table (a realistic start: the
   * tenants, users and clients a product has in use); a table or column a version lacks is left out.
   */
  verify_rows?: Record<string, Record<string, Scalar | null>[]>;
  /**
   * Schemas (PostgreSQL) or databases (MySQL) besides the one a script runs in where the product keeps tables, by
   * location name: each named by a parameter's value (Fief 0.27: the workspace's schema or database, named after its
   * id). Plans put a table there with `location:` and move tables between places with move_tables.
   */
  locations?: Record<string, { param: string; description: string; missing?: string }>;
  /**
   * SQLite: the versions at which the product's database is a file named after `param`'s value, and at no other
   * (Fief 0.27: the workspace's file, named after its id): plan detect tells versions of the same schema apart by it.
   */
  sqlite_file_name?: {
    param: string;
    versions: string[];
    description: string;
    /**
     * The main database's file beside it (Fief: fief.db): `name`, the file's name at the versions not listed (the
     * manual step renames the file so named after `param` to it); `tables`, the tables that file holds at the listed
     * versions (a file holding them is the main database, not the product's file); `note`, what to say when one is read.
     */
    main_file?: { name: string; tables: string[]; note: string };
  };
  /** How plan verify makes its scratch databases: MySQL's character set, when the product's tables need another than the server's default. */
  verify_database?: {
    mysql_character_set?: string;
    only_given_rows?: string[];
    /** Tables outside the model plan verify makes, with rows, before the script: an import's source (import_rows). */
    source_tables?: Record<string, { columns: { name: string; type: string }[]; rows: Record<string, Scalar | null>[] }>;
  };
}

/** The parameters that change a product's names on one dialect (see src/compile/naming.ts for their meaning). */
export interface NamingDeclaration {
  /** A string parameter: a prefix joined to every table name with `_` (trimmed; empty: none). */
  table_prefix?: string;
  /** A string parameter: the schema every object is in (its default: unqualified names). */
  schema?: string;
  /** String parameters naming one table each (empty: the prefixed name), by the table's name in the plans. */
  table_names?: Record<string, string>;
}

export interface PlanFile {
  product: string;
  from: string;
  to: string;
  summary: string;
  sources?: string[];
  parameters?: Record<string, ParameterSpec>;
  steps: Step[];
}

/** A step with its operation resolved and the position of its YAML node. */
export interface LoadedStep {
  index: number;
  op: OpName;
  args: any;
  step: Step;
  pos: SourcePos;
  /** Where each of the step's `lint: acknowledge:` entries is (its `rule:` node), in order. */
  ackPos?: SourcePos[];
}

/**
 * SQL text a plan pastes into the script, for the checks that need the dialect's parser: a statement list
 * (raw_sql and its inverse) or a boolean condition (a raw_sql guard, a check expression).
 */
export interface SqlText {
  dialect: DialectName;
  /** `expression`: an index element (a single expression an index can hold); `predicate`: a partial index's WHERE. */
  kind: 'statements' | 'condition' | 'expression' | 'predicate';
  /** What it is, for messages: "raw_sql postgres", "raw_sql guard mysql", "check things_positive postgres"… */
  what: string;
  text: string;
  /** Statements that run only under the step's guard (a raw_sql step with `guard:`, and its inverse). */
  underGuard?: boolean;
  pos: SourcePos;
}

export interface LoadedPlan {
  file: string;
  /** repo-relative path used in headers */
  relPath: string;
  sha256: string;
  plan: PlanFile;
  steps: LoadedStep[];
  /** Every SQL text of the plan, including those of inverse steps, each with the position of its YAML node. */
  sqlTexts: SqlText[];
  /**
   * An install plan derived from the model (product.yaml `derived_installs:`), not read from a file: it has no
   * steps; compiling it replays `derivedFrom` in the model and creates the schema at its version directly.
   */
  derived?: true;
  /** The written plans it is derived from: the chain from the empty database to its version, in order. */
  derivedFrom?: LoadedPlan[];
}

export interface LoadedProduct {
  dir: string;
  file: string;
  relPath: string;
  sha256: string;
  product: ProductFile;
  plans: LoadedPlan[];
  /** Where each of `product.versions` is written in the product file (errors about a version point there). */
  versionPos?: SourcePos[];
}

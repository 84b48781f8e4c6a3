// The schema model: what the compiler believes a database looks like after each step, for one dialect.
// Operations are pure functions model -> model (copy-on-write: a model, once made, is never changed, so the
// model before an operation and the one after it share every table the operation did not touch); guards,
// rollback, validation and the predicted catalog are all read off this structure.
import type { DialectName, IndexMethod, Scalar } from '../plan/types.js';

/**
 * A column default: a value, or the time of the insert (`{ current_timestamp: true }`: PostgreSQL now(), MySQL
 * CURRENT_TIMESTAMP, SQLite CURRENT_TIMESTAMP), the one default that is not a value.
 */
export type ColumnDefault = Scalar | CurrentTimestamp;
export interface CurrentTimestamp {
  current_timestamp: true;
}
/**
 * A column's default as a value (null: none), for a row the compiler writes out in full.
 * @throws Error for a default that is the insert's time (no value to write: the caller names the column)
 */
export function defaultAsValue(c: Column): Scalar | null {
  if (isCurrentTimestamp(c.default)) throw new Error(`column ${c.name} defaults to the time of the insert: a row written here must give it a value`);
  return c.default ?? null;
}
/** Whether a default is the insert's time. */
export const isCurrentTimestamp = (v: ColumnDefault | undefined): v is CurrentTimestamp => typeof v === 'object' && v !== null;

export interface Column {
  name: string;
  /** Canonical type for this dialect, e.g. "VARCHAR(64)", "BIGINT UNSIGNED", "VARCHAR(128)[]". */
  type: string;
  nullable: boolean;
  default?: ColumnDefault;
  /**
   * An identity column (PostgreSQL 10+: GENERATED ALWAYS / BY DEFAULT AS IDENTITY): the engine numbers the rows
   * from a sequence of its own; NOT NULL, no default. On a partition the parent's identity is not repeated
   * (PostgreSQL 15 keeps it on the parent only; 17 on shows it on partitions too).
   */
  identity?: 'always' | 'by default';
}

export type FkAction = 'CASCADE' | 'RESTRICT' | 'NO ACTION' | 'SET NULL' | 'SET DEFAULT';

export interface PrimaryKey {
  name: string;
  columns: string[];
}

export interface Unique {
  name: string;
  columns: string[];
}

export interface ForeignKey {
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: FkAction;
  onUpdate: FkAction;
}

/** An index element: a column (`name`) or an expression (`expression`, as the catalog spells it), never both. */
export interface IndexColumn {
  name?: string;
  expression?: string;
  desc: boolean;
  /** An operator class other than the column type's default (the catalog omits a default one). */
  opclass?: string;
}

export interface Index {
  name: string;
  columns: IndexColumn[];
  unique: boolean;
  /** The access method when not btree (PostgreSQL). */
  method?: IndexMethod;
  /** A partial index's predicate, as the catalog spells it (PostgreSQL). */
  where?: string;
  /** MySQL: created by the compiler to support a foreign key (named as MySQL names implicit ones). */
  supportsFk?: string;
  /**
   * PostgreSQL: the index is on a partitioned table (pg_get_indexdef spells it `ON ONLY <table>`); each partition
   * holds an index of its own attached to it (see `partitionIndexOf`).
   */
  onPartitioned?: true;
  /** PostgreSQL: the index the engine made on this partition for the named index of its parent; never created or dropped by itself. */
  partitionIndexOf?: string;
}

export interface Check {
  name: string;
  expression: string;
}

export interface Table {
  name: string;
  columns: Column[];
  primaryKey?: PrimaryKey;
  uniques: Unique[];
  foreignKeys: ForeignKey[];
  indexes: Index[];
  checks: Check[];
  /** PostgreSQL: a partitioned table (PARTITION BY <strategy> (<columns>)): it holds no rows itself, its partitions do. */
  partitionBy?: { strategy: 'range' | 'list' | 'hash'; columns: string[] };
  /** PostgreSQL: a partition of `parent` (its columns and indexes follow the parent's); `bound` which rows it takes. */
  partitionOf?: { parent: string; bound: 'default' };
  /**
   * Where the table is, when not in the main schema (PostgreSQL) or database (MySQL) the script runs in: a location
   * of the product's (product.yaml `locations:`), whose physical name a parameter gives. Absent on SQLite.
   */
  location?: string;
}

/**
 * A named enum type (PostgreSQL's CREATE TYPE … AS ENUM). Its name shares the namespace of the tables (PostgreSQL
 * gives every table a row type of its name in pg_type), so the model keeps the two apart by name. MySQL and SQLite
 * have no such object: there the model keeps its values for the columns that use it (MySQL: ENUM('…'); SQLite: text).
 */
export interface EnumType {
  name: string;
  values: string[];
  /** As `Table.location`. */
  location?: string;
  /** The engine has no such object (MySQL, SQLite): the model keeps the values for its columns, and no catalog shows it. */
  facetless?: true;
}

/** The partitions of table `name` in the model, in model order. */
export function partitionsOf(m: Model, name: string): Table[] {
  return m.tables.filter((t) => t.partitionOf?.parent === name);
}

export interface Model {
  dialect: DialectName;
  tables: Table[];
  /** The named enum types, in the order they were created (absent: none). Never changed in place. */
  enumTypes?: EnumType[];
}

export function emptyModel(dialect: DialectName): Model {
  return { dialect, tables: [] };
}

export function findEnumType(m: Model, name: string): EnumType | undefined {
  return m.enumTypes?.find((t) => t.name === name);
}

/** The model type of a column of enum type `name` where the engine has named enum types (see `enumTypeOf`). */
export const ENUM_TYPE_PREFIX = 'ENUM TYPE ';

/** The enum type a model type names (`ENUM TYPE fief_acr`), or undefined. */
export function enumTypeOf(modelType: string): string | undefined {
  return modelType.startsWith(ENUM_TYPE_PREFIX) ? modelType.slice(ENUM_TYPE_PREFIX.length) : undefined;
}

/** A copy of a table that shares nothing with it (every list and entry copied; key order kept). */
export function copyTable(t: Table): Table {
  const copy: Table = {
    ...t,
    columns: t.columns.map((c) => ({ ...c })),
    uniques: t.uniques.map((u) => ({ ...u, columns: [...u.columns] })),
    foreignKeys: t.foreignKeys.map((f) => ({ ...f, columns: [...f.columns], refColumns: [...f.refColumns] })),
    indexes: t.indexes.map((i) => ({ ...i, columns: i.columns.map((c) => ({ ...c })) })),
    checks: t.checks.map((c) => ({ ...c })),
  };
  if (t.partitionBy) copy.partitionBy = { ...t.partitionBy, columns: [...t.partitionBy.columns] };
  if (t.partitionOf) copy.partitionOf = { ...t.partitionOf };
  if (t.primaryKey) copy.primaryKey = { ...t.primaryKey, columns: [...t.primaryKey.columns] };
  return copy;
}

/**
 * A model being changed by one operation, copy-on-write: the tables array is copied once, a table the first
 * time it is edited; the model the draft started from, and every table in it, stay as they were.
 */
export class ModelDraft {
  /** The model as changed so far: read from it; change a table only through `edit`. */
  readonly model: Model;
  private readonly own = new Set<Table>();

  constructor(from: Model) {
    this.model = { ...from, tables: [...from.tables] };
  }

  /**
   * A table of the draft (as found in `model.tables`) that may be changed: a copy, made the first time.
   * @throws Error when `t` is not a table of the draft
   */
  edit(t: Table): Table {
    if (this.own.has(t)) return t;
    const i = this.model.tables.indexOf(t);
    if (i < 0) throw new Error(`internal: table ${t.name} is not in the model being changed`);
    const copy = copyTable(t);
    this.model.tables[i] = copy;
    this.own.add(copy);
    return copy;
  }

  /** Adds a table the draft owns (the caller gives up its reference). */
  add(t: Table): void {
    this.model.tables.push(t);
    this.own.add(t);
  }

  /** Removes a table of the draft. */
  remove(t: Table): void {
    this.model.tables.splice(this.model.tables.indexOf(t), 1);
  }
}

export function findTable(m: Model, name: string): Table | undefined {
  return m.tables.find((t) => t.name === name);
}

export function findColumn(t: Table, name: string): Column | undefined {
  return t.columns.find((c) => c.name === name);
}

/** Every name that lives in the table's index namespace (MySQL) or the schema's relation namespace (PostgreSQL). */
export function indexLikeNames(t: Table): string[] {
  return [
    ...(t.primaryKey ? [t.primaryKey.name] : []),
    ...t.uniques.map((u) => u.name),
    ...t.indexes.map((i) => i.name),
  ];
}

/**
 * The columns of an index that is a plain btree over columns (no expression, no predicate, no other method), or
 * undefined: only such an index is a key over those columns (unique) or supports a foreign key.
 */
export function plainIndexColumns(ix: Index): string[] | undefined {
  if (ix.where !== undefined || ix.method !== undefined || ix.columns.some((c) => c.name === undefined)) return undefined;
  return ix.columns.map((c) => c.name!);
}

/** Whether an index uses what only some engines have: a method, an operator class, an expression, a predicate. */
export function indexExtensions(ix: Index): string[] {
  return [
    ...(ix.method !== undefined ? [`method ${ix.method}`] : []),
    ...(ix.columns.some((c) => c.opclass !== undefined) ? ['an operator class'] : []),
    ...(ix.columns.some((c) => c.expression !== undefined) ? ['an expression'] : []),
    ...(ix.where !== undefined ? ['a where predicate'] : []),
  ];
}

/** The texts of an index's expressions and predicate (SQL the plan wrote). */
export function indexTexts(ix: Index): string[] {
  return [...ix.columns.flatMap((c) => (c.expression !== undefined ? [c.expression] : [])), ...(ix.where !== undefined ? [ix.where] : [])];
}

/** Column lists of every index-backed structure of a table, in order: primary key, uniques, plain indexes. */
export function indexedColumnLists(t: Table): { name: string; columns: string[] }[] {
  return [
    ...(t.primaryKey ? [{ name: 'PRIMARY', columns: t.primaryKey.columns }] : []),
    ...t.uniques.map((u) => ({ name: u.name, columns: u.columns })),
    ...t.indexes.flatMap((i) => {
      const columns = plainIndexColumns(i);
      return columns ? [{ name: i.name, columns }] : [];
    }),
  ];
}

export function startsWith(list: string[], prefix: string[]): boolean {
  return prefix.length <= list.length && prefix.every((c, i) => list[i] === c);
}

export function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

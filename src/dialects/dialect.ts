// The small interface each dialect implements. Adding a dialect means one folder under src/dialects/
// and one under templates/. Everything a user or a plan author wrote reaches SQL through `ident`,
// `literal` or `comment`, which return `Sql` values: the only SQL a template or a renderer can print.
import type { DialectName, Scalar } from '../plan/types.js';
import type { Column, Model } from '../model/model.js';
import type { Facet, Predicate } from '../compile/facets.js';
import type { VersionCheckSpec } from '../compile/version-check.js';
import { Sql, joinSql, sql } from '../compile/sql.js';

export interface Dialect {
  name: DialectName;
  /** Longest identifier the engine accepts, in bytes (PostgreSQL) or characters (MySQL). */
  maxIdentifierLength: number;
  /** How a DBA applies a file with the engine's own client. */
  applyHint: string;
  /** Canonical model type for a portable type, or an error message. */
  columnType(portable: string): string | { error: string };
  /** The name the engine gives a primary key of this table when the plan names none. */
  defaultPrimaryKeyName(table: string): string;
  /** An identifier, quoted when the engine needs it to be. */
  ident(name: string): Sql;
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
  /** A model type (canonical, from `columnType`) as SQL. @throws Error for anything else */
  type(modelType: string): Sql;
  /** A column definition: name, type, NOT NULL, DEFAULT. */
  columnSql(c: Column): Sql;
  /** The catalog listing the model predicts: the same lines the catalog query prints on a real database. */
  catalogLines(m: Model): string[];
  /** A condition over the catalog (and rows), as a boolean SQL expression. */
  predicate(p: Predicate): Sql;
  /**
   * The executable statements that run `bodies` only while `condition` holds (always when undefined) and then,
   * evaluated only once `condition` holds, `rows` (a condition that may read tables the catalog condition
   * vouches for: a table that does not exist must not fail the check of a statement that will not run).
   * @returns one or more statements, each ending with `;`
   */
  guarded(condition: Sql | undefined, bodies: Sql[], rows?: Sql): Sql[];
  /** The (key, definitions) rows the catalog shows for an object, in every spelling the engine may use. */
  catalogRows(f: Facet): { key: string; defs: string[] }[];
  /** Statements that stop the script, before any change, unless the database matches a state of `spec`. */
  versionCheck(spec: VersionCheckSpec): Sql[];
  /** A statement that prints `message` only when the database matches `spec` (the script's last state). */
  completion(spec: VersionCheckSpec, message: string): Sql[];
  /** Statements that stop the script with `message` unless `condition` holds. */
  stopUnless(condition: Sql, message: string): Sql[];
  /** String concatenation of SQL expressions. */
  concat(parts: Sql[]): Sql;
  /** `a` differs from `b`, NULLs compared as values. */
  distinct(a: Sql, b: Sql): Sql;
  /** Statements that open a script (transaction, pinned session settings) and close it. */
  script: { prologue: Sql[]; epilogue: Sql[]; transactional: boolean };
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Characters that end a `--` comment in some client, editor or engine. */
export const LINE_BREAK = /[\r\n\u2028\u2029\u0085\0]/;

/** Throws unless `text` stays on one line. */
export function assertOneLine(text: string, what: string): void {
  const m = LINE_BREAK.exec(text);
  if (m) throw new Error(`${what} holds a line break (U+${m[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}); it must be one line: ${JSON.stringify(text.slice(0, 60))}`);
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
export function columnDefinition(d: Pick<Dialect, 'ident' | 'type' | 'literal'>, c: Column): Sql {
  const parts = [sql`${d.ident(c.name)} ${d.type(c.type)}`];
  if (!c.nullable) parts.push(sql`NOT NULL`);
  if (c.default !== undefined) parts.push(sql`DEFAULT ${d.literal(c.default)}`);
  return joinSql(parts, ' ');
}

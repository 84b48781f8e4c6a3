// The small interface each dialect implements. Adding a dialect means one folder under src/dialects/
// and one under templates/.
import type { DialectName, Scalar } from '../plan/types.js';
import type { Column, ForeignKey, Index, Model, Table } from '../model/model.js';

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
  quoteIdent(name: string): string;
  literal(value: Scalar | null): string;
  columnSql(c: Column): string;
  /** The catalog listing the model predicts: the same lines the catalog query prints on a real database. */
  catalogLines(m: Model): string[];
  /** Definitions as the engine's catalog spells them; guards compare against these. */
  defs: {
    primaryKey(t: Table): string;
    unique(columns: string[]): string;
    foreignKey(fk: ForeignKey): string;
    index(t: Table, ix: Index): string;
    columnType(c: Column): string;
  };
  /** SQL predicates used by the templates' guards. */
  guards: Record<string, (...args: any[]) => string>;
  /** Wraps a statement so it runs only when `condition` holds, and a re-run skips it. */
  guarded(condition: string, statement: string): string;
  /** Stops the script with `message` unless `condition` holds. */
  stopUnless(condition: string, message: string): string;
  /** String concatenation of SQL expressions. */
  concat(parts: string[]): string;
  /** `a` differs from `b`, NULLs compared as values. */
  distinct(a: string, b: string): string;
  transaction: { begin: string; commit: string } | undefined;
  formatterLanguage: 'postgresql' | 'mysql';
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

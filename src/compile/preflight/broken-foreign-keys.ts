// Rows that break a foreign key before the script starts. An engine that does not enforce foreign keys (SQLite, unless
// a connection turns PRAGMA foreign_keys on) lets an application write a row whose parent is gone, and real databases
// hold such rows. A script whose end check proves the foreign keys of the tables it changed (AtomicScript.beforeCommit)
// would find them only at the end, after all its work, and roll back; and it would name them as they are in the
// tables it rebuilt (SQLite's rowid of a rebuilt table is not the row's rowid in the database: found by a fresh user,
// who was pointed at a valid session). So the script checks those foreign keys on the data as it is, right after its
// version check and before any change, and stops naming the rows by their keys, saying they were there before it.
//
// The tables are those the end check reads (`endCheckTables`), as they are at the start; the foreign keys those of
// the start that the end keeps (same columns onto the same table and columns): one the script drops does not matter,
// and one it adds is the data-fit check's (preflight/data-fit.ts), which reads the start data through the statements.
import type { Dialect, BrokenForeignKeySpec, KeyedTable } from '../../dialects/dialect.js';
import { findTable, type Model, type Table } from '../../model/model.js';
import type { Op } from '../../operations/types.js';
import type { GuardInput } from '../guards.js';

/** A statement of the script with the operation it comes from. */
export interface WritingStatement extends GuardInput {
  op: Op;
}

/** The tables an operation writes rows of (beyond the tables its statements' effects name). */
function written(op: Op): string[] {
  switch (op.kind) {
    case 'insert': case 'update': case 'delete_rows': case 'delete_where': return [op.table];
    case 'copy_rows': case 'delete_copied': return [op.into];
    default: return [];
  }
}

/**
 * The names of the tables the script changes, their definitions (a statement's effects) or their rows (an operation
 * that writes rows), as each statement names them (a table renamed later is in it under both names).
 */
export function touchedTables(statements: readonly WritingStatement[]): Set<string> {
  return new Set([...statements.flatMap((st) => st.effects.map((e) => e.ref.table)), ...statements.flatMap((st) => written(st.op))]);
}

/** The columns a row of `t` is named by in a stop message: its primary key, else its first unique key, else all its columns. */
export function namingKey(t: Table): string[] {
  return t.primaryKey?.columns ?? t.uniques[0]?.columns ?? t.columns.map((c) => c.name);
}

/**
 * The tables of `model` whose foreign keys an atomic script's end check proves: those with foreign keys that the
 * script changes (`touched`) or that reference a table it changes, each with the columns that name its rows.
 */
export function endCheckTables(model: Model, touched: Set<string>): KeyedTable[] {
  return model.tables
    .filter((t) => t.foreignKeys.length > 0 && (touched.has(t.name) || t.foreignKeys.some((fk) => touched.has(fk.refTable))))
    .map((t) => ({ table: t.name, key: namingKey(t) }));
}

/**
 * The check, before any change, that the rows of the tables the end check reads already keep the foreign keys the
 * script keeps (see the top of this file); undefined where the dialect has no such check (it enforces foreign keys,
 * or has no atomic end check) or nothing is to be checked.
 * @param start the model at the script's start, `end` at its end
 * @param statements the script's statements, in order, with their operations
 * @param script "authhero 11.20 → 11.21", and `stay` "authhero 11.20", for the message
 */
export function brokenForeignKeyCheck(d: Dialect, start: Model, end: Model, statements: readonly WritingStatement[], script: string, stay: string): { comment: string; statements: ReturnType<NonNullable<Dialect['guards']['stopIfForeignKeysBroken']>> } | undefined {
  if (!d.guards.stopIfForeignKeysBroken) return undefined;
  const touched = touchedTables(statements);
  const same = (a: Table['foreignKeys'][number], b: Table['foreignKeys'][number]) =>
    a.refTable === b.refTable && a.columns.join('\0') === b.columns.join('\0') && a.refColumns.join('\0') === b.refColumns.join('\0');
  const tables: BrokenForeignKeySpec['tables'] = [];
  for (const t of start.tables) {
    if (!t.foreignKeys.length || !(touched.has(t.name) || t.foreignKeys.some((fk) => touched.has(fk.refTable)))) continue;
    const after = findTable(end, t.name);
    const kept = after ? t.foreignKeys.filter((fk) => after.foreignKeys.some((x) => same(fk, x))) : [];
    if (kept.length) tables.push({ table: t.name, key: namingKey(t), foreignKeys: kept.map((fk) => ({ columns: fk.columns, refTable: fk.refTable })) });
  }
  if (!tables.length) return undefined;
  const names = tables.map((t) => t.table).join(', ');
  return {
    comment: `the rows of ${names} keep their foreign keys as they are, before any change (SQLite lets rows break them unless PRAGMA foreign_keys is on): the script stops, naming the rows by their keys, when some do not`,
    statements: d.guards.stopIfForeignKeysBroken({ tables, script, stay }),
  };
}

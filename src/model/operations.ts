// Operations resolved for one dialect, applied to the schema model (validation happens here, before any
// SQL exists), and inverted from the model as it was before them.
import type { Scalar, ValueExpr } from '../plan/types.js';
import type { Dialect } from '../dialects/dialect.js';
import { byteLength } from '../dialects/dialect.js';
import {
  findColumn, findTable, indexLikeNames, indexedColumnLists, sameList, startsWith,
  type Column, type ForeignKey, type Index, type Model, type PrimaryKey, type Table, type Unique,
} from './model.js';
import { checksReading, fkActionsOnCheckedColumns } from './check-columns.js';
import { mysqlFkActionProblems } from './fk-actions.js';

export type Where = { column: string; is_null?: boolean; equals?: Scalar };

/** An operation with every dialect choice made: types mapped, overrides merged, names defaulted. */
export type Op =
  | { kind: 'create_table'; table: Table }
  | { kind: 'drop_table'; name: string }
  | { kind: 'rename_table'; from: string; to: string }
  | { kind: 'add_column'; table: string; column: Column }
  | { kind: 'drop_column'; table: string; column: string }
  | { kind: 'rename_column'; table: string; from: string; to: string }
  | { kind: 'alter_column_type'; table: string; column: string; type: string }
  | { kind: 'set_default'; table: string; column: string; value: Scalar }
  | { kind: 'drop_default'; table: string; column: string }
  | { kind: 'set_not_null'; table: string; column: string }
  | { kind: 'drop_not_null'; table: string; column: string }
  | { kind: 'replace_primary_key'; table: string; pk: PrimaryKey }
  | { kind: 'add_unique' | 'replace_unique'; table: string; unique: Unique }
  | { kind: 'drop_unique'; table: string; name: string }
  | { kind: 'add_foreign_key' | 'replace_foreign_key'; table: string; fk: ForeignKey }
  | { kind: 'drop_foreign_key'; table: string; name: string }
  | { kind: 'create_index' | 'replace_index'; table: string; index: Index }
  | { kind: 'drop_index'; table: string; name: string }
  | { kind: 'insert'; table: string; rows: Record<string, Scalar | null>[] }
  | { kind: 'delete_rows'; table: string; rows: Record<string, Scalar | null>[] }
  | { kind: 'copy_rows'; into: string; from: string; values: Record<string, ValueExpr>; where?: Where }
  | { kind: 'update'; table: string; set: Record<string, ValueExpr>; where?: Where }
  | { kind: 'precondition'; message: string; tables: string[]; columns: { table: string; column: string }[] }
  | { kind: 'manual'; text: string }
  | {
      kind: 'raw_sql';
      description: string;
      sql: string;
      inverseSql?: string;
      /** This dialect's condition that is TRUE while the statement still has to run (the renderer wraps the statement in it). */
      guard?: string;
      /** Why the statement runs unguarded, on every run; set when `guard` is not. */
      unguarded?: string;
    };

export type OpKind = Op['kind'];

/** A model-level problem with an operation; the caller adds the plan location. */
export class OpError extends Error {}

function fail(msg: string): never {
  throw new OpError(msg);
}

function table(m: Model, name: string): Table {
  return findTable(m, name) ?? fail(`table "${name}" does not exist at this point`);
}

function column(t: Table, name: string) {
  return findColumn(t, name) ?? fail(`column "${t.name}.${name}" does not exist at this point`);
}

function checkName(d: Dialect, name: string, what: string) {
  if (byteLength(name) > d.maxIdentifierLength) {
    fail(`${what} name "${name}" is ${byteLength(name)} bytes; ${d.name} allows at most ${d.maxIdentifierLength}`);
  }
}

function checkColumnsExist(t: Table, cols: string[], what: string) {
  for (const c of cols) if (!findColumn(t, c)) fail(`${what} uses column "${t.name}.${c}", which does not exist`);
}

/** PostgreSQL puts indexes and key constraints in one schema-wide namespace; MySQL per table. */
function checkIndexNameFree(d: Dialect, m: Model, t: Table, name: string) {
  const taken = d.name === 'postgres'
    ? m.tables.some((x) => x.name === name || indexLikeNames(x).includes(name))
    : indexLikeNames(t).includes(name);
  if (taken) fail(`"${name}" is already used${d.name === 'postgres' ? ' in this schema' : ` by an index of ${t.name}`}`);
}

function referencedKeyExists(d: Dialect, ref: Table, cols: string[]): boolean {
  const keys = [...(ref.primaryKey ? [ref.primaryKey.columns] : []), ...ref.uniques.map((u) => u.columns),
    ...ref.indexes.filter((i) => i.unique).map((i) => i.columns.map((c) => c.name))];
  if (keys.some((k) => sameList(k, cols))) return true;
  // InnoDB only needs an index that starts with the referenced columns.
  return d.name === 'mysql' && indexedColumnLists(ref).some((l) => startsWith(l.columns, cols));
}

function fksReferencing(m: Model, tableName: string, cols: string[]) {
  return m.tables.flatMap((t) => t.foreignKeys.filter((fk) => fk.refTable === tableName && sameList(fk.refColumns, cols)).map((fk) => ({ t, fk })));
}

/** Refuses to remove a key while foreign keys still depend on it (PostgreSQL would need CASCADE, which drops them silently). */
function checkKeyNotReferenced(d: Dialect, m: Model, t: Table, cols: string[], what: string, after: Table) {
  const still = referencedKeyExists(d, after, cols);
  if (still) return;
  const deps = fksReferencing(m, t.name, cols);
  if (deps.length > 0) {
    fail(`${what} is referenced by foreign key${deps.length > 1 ? 's' : ''} ${deps.map((x) => `${x.t.name}.${x.fk.name}`).join(', ')}: drop or replace ${deps.length > 1 ? 'them' : 'it'} first`);
  }
}

/** MySQL: every foreign key needs an index that starts with its columns. */
function mysqlSupportingIndex(t: Table, fk: ForeignKey): boolean {
  return indexedColumnLists(t).some((l) => startsWith(l.columns, fk.columns));
}

function addSupportingIndex(t: Table, fk: ForeignKey) {
  if (mysqlSupportingIndex(t, fk)) return;
  // Named as MySQL names the index it creates for an unnamed foreign key: the first column, then _2, _3…
  let name = fk.columns[0];
  for (let i = 2; indexLikeNames(t).includes(name); i++) name = `${fk.columns[0]}_${i}`;
  t.indexes.push({ name, columns: fk.columns.map((c) => ({ name: c, desc: false })), unique: false, supportsFk: fk.name });
}

function checkFksSupported(d: Dialect, t: Table, what: string) {
  if (d.name !== 'mysql') return;
  for (const fk of t.foreignKeys) {
    if (!mysqlSupportingIndex(t, fk)) fail(`${what} would leave foreign key ${t.name}.${fk.name} without a supporting index (MySQL refuses): drop that foreign key first`);
  }
}

function validateFk(d: Dialect, m: Model, t: Table, fk: ForeignKey) {
  checkName(d, fk.name, 'foreign key');
  if (d.name === 'mysql') for (const why of [...mysqlFkActionProblems(fk), ...fkActionsOnCheckedColumns(t, fk)]) fail(why);
  checkColumnsExist(t, fk.columns, `foreign key ${fk.name}`);
  const ref = fk.refTable === t.name ? t : table(m, fk.refTable);
  checkColumnsExist(ref, fk.refColumns, `foreign key ${fk.name}`);
  if (fk.columns.length !== fk.refColumns.length) fail(`foreign key ${fk.name} has ${fk.columns.length} columns but references ${fk.refColumns.length}`);
  if (!referencedKeyExists(d, ref, fk.refColumns)) {
    fail(`foreign key ${fk.name} references ${ref.name} (${fk.refColumns.join(', ')}), which is not a primary key or unique constraint there`);
  }
}

function validateTableKeys(d: Dialect, m: Model, t: Table) {
  checkName(d, t.name, 'table');
  const seen = new Set<string>();
  for (const c of t.columns) {
    checkName(d, c.name, 'column');
    if (seen.has(c.name)) fail(`column "${c.name}" appears twice in ${t.name}`);
    seen.add(c.name);
  }
  if (t.primaryKey) {
    checkColumnsExist(t, t.primaryKey.columns, 'the primary key');
    checkName(d, t.primaryKey.name, 'primary key');
  }
  for (const [i, u] of t.uniques.entries()) {
    checkName(d, u.name, 'unique constraint');
    checkColumnsExist(t, u.columns, `unique constraint ${u.name}`);
    // PostgreSQL's CREATE TABLE silently keeps one of two keys on the same columns: the model would predict a
    // constraint the database does not have.
    const same = [...(t.primaryKey ? [{ name: 'the primary key', columns: t.primaryKey.columns }] : []), ...t.uniques.slice(0, i).map((x) => ({ name: `unique constraint ${x.name}`, columns: x.columns }))]
      .find((k) => sameList(k.columns, u.columns));
    if (same) fail(`unique constraint ${u.name} has the columns of ${same.name} (${u.columns.join(', ')}); PostgreSQL would not create it: leave it out`);
  }
  for (const fk of t.foreignKeys) validateFk(d, m, t, fk);
}

function markPkNotNull(t: Table) {
  for (const c of t.primaryKey?.columns ?? []) column(t, c).nullable = false;
}

/** Applies `op` to `m` in place, refusing anything the database would refuse or that would silently lose structure. */
export function apply(d: Dialect, m: Model, op: Op): void {
  switch (op.kind) {
    case 'create_table': {
      if (findTable(m, op.table.name)) fail(`table "${op.table.name}" already exists`);
      const t = structuredClone(op.table);
      validateTableKeys(d, { ...m, tables: [...m.tables, t] }, t);
      if (d.name === 'postgres') {
        for (const n of [...(t.primaryKey ? [t.primaryKey.name] : []), ...t.uniques.map((u) => u.name)]) checkIndexNameFree(d, m, t, n);
      }
      markPkNotNull(t);
      if (d.name === 'mysql') for (const fk of t.foreignKeys) addSupportingIndex(t, fk);
      m.tables.push(t);
      return;
    }
    case 'drop_table': {
      const t = table(m, op.name);
      const deps = m.tables.filter((x) => x !== t).flatMap((x) => x.foreignKeys.filter((fk) => fk.refTable === t.name).map((fk) => `${x.name}.${fk.name}`));
      if (deps.length) fail(`table "${t.name}" is referenced by ${deps.join(', ')}: drop those foreign keys first`);
      m.tables.splice(m.tables.indexOf(t), 1);
      return;
    }
    case 'rename_table': {
      const t = table(m, op.from);
      if (findTable(m, op.to)) fail(`table "${op.to}" already exists`);
      checkName(d, op.to, 'table');
      t.name = op.to;
      for (const x of m.tables) for (const fk of x.foreignKeys) if (fk.refTable === op.from) fk.refTable = op.to;
      return;
    }
    case 'add_column': {
      const t = table(m, op.table);
      if (findColumn(t, op.column.name)) fail(`column "${op.table}.${op.column.name}" already exists`);
      checkName(d, op.column.name, 'column');
      // Upgrades run on tables with rows: a NOT NULL column needs a value for them.
      if (!op.column.nullable && op.column.default === undefined) {
        fail(`column "${op.table}.${op.column.name}" is NOT NULL without a default: existing rows would make it fail; give it a default (drop it afterwards with drop_default)`);
      }
      t.columns.push(structuredClone(op.column));
      return;
    }
    case 'drop_column': {
      const t = table(m, op.table);
      column(t, op.column);
      const users = [
        ...(t.primaryKey?.columns.includes(op.column) ? ['the primary key'] : []),
        ...t.uniques.filter((u) => u.columns.includes(op.column)).map((u) => `unique ${u.name}`),
        ...t.indexes.filter((i) => i.columns.some((c) => c.name === op.column)).map((i) => `index ${i.name}`),
        ...t.foreignKeys.filter((f) => f.columns.includes(op.column)).map((f) => `foreign key ${f.name}`),
        ...m.tables.flatMap((x) => x.foreignKeys.filter((f) => f.refTable === t.name && f.refColumns.includes(op.column)).map((f) => `foreign key ${x.name}.${f.name}`)),
        ...checksReading(t, op.column).map((k) => `check ${k}`),
      ];
      if (users.length) fail(`column "${t.name}.${op.column}" is used by ${users.join(', ')}: drop ${users.length > 1 ? 'them' : 'it'} first`);
      t.columns = t.columns.filter((c) => c.name !== op.column);
      return;
    }
    case 'rename_column': {
      const t = table(m, op.table);
      column(t, op.from);
      if (findColumn(t, op.to)) fail(`column "${op.table}.${op.to}" already exists`);
      for (const k of checksReading(t, op.from)) fail(`column "${op.table}.${op.from}" is read by check ${k}, which PostgreSQL would rewrite with the new name while the model keeps the text the plan wrote (no step can change a check)`);
      checkName(d, op.to, 'column');
      const ren = (l: string[]) => l.map((c) => (c === op.from ? op.to : c));
      column(t, op.from).name = op.to;
      if (t.primaryKey) t.primaryKey.columns = ren(t.primaryKey.columns);
      for (const u of t.uniques) u.columns = ren(u.columns);
      for (const i of t.indexes) for (const c of i.columns) if (c.name === op.from) c.name = op.to;
      for (const f of t.foreignKeys) f.columns = ren(f.columns);
      for (const x of m.tables) for (const f of x.foreignKeys) if (f.refTable === t.name) f.refColumns = ren(f.refColumns);
      return;
    }
    case 'alter_column_type': {
      const c = column(table(m, op.table), op.column);
      if (c.type === op.type) fail(`column "${op.table}.${op.column}" already has type ${op.type} in ${d.name} (limit the step with dialects:)`);
      c.type = op.type;
      return;
    }
    case 'set_default':
      column(table(m, op.table), op.column).default = op.value;
      return;
    case 'drop_default': {
      const c = column(table(m, op.table), op.column);
      if (c.default === undefined) fail(`column "${op.table}.${op.column}" has no default to drop`);
      delete c.default;
      return;
    }
    case 'set_not_null': {
      const c = column(table(m, op.table), op.column);
      if (!c.nullable) fail(`column "${op.table}.${op.column}" is already NOT NULL`);
      c.nullable = false;
      return;
    }
    case 'drop_not_null': {
      const t = table(m, op.table);
      const c = column(t, op.column);
      if (c.nullable) fail(`column "${op.table}.${op.column}" is already nullable`);
      if (t.primaryKey?.columns.includes(op.column)) fail(`column "${op.table}.${op.column}" is part of the primary key`);
      c.nullable = true;
      return;
    }
    case 'replace_primary_key': {
      const t = table(m, op.table);
      checkColumnsExist(t, op.pk.columns, 'the primary key');
      checkName(d, op.pk.name, 'primary key');
      if (t.primaryKey && sameList(t.primaryKey.columns, op.pk.columns) && t.primaryKey.name === op.pk.name) fail(`the primary key of ${t.name} is already (${op.pk.columns.join(', ')})`);
      const after = structuredClone(t);
      after.primaryKey = structuredClone(op.pk);
      if (t.primaryKey) checkKeyNotReferenced(d, m, t, t.primaryKey.columns, `the primary key of ${t.name}`, after);
      checkFksSupported(d, after, `replacing the primary key of ${t.name}`);
      t.primaryKey = structuredClone(op.pk);
      markPkNotNull(t);
      return;
    }
    case 'add_unique': {
      const t = table(m, op.table);
      checkName(d, op.unique.name, 'unique constraint');
      checkColumnsExist(t, op.unique.columns, `unique constraint ${op.unique.name}`);
      checkIndexNameFree(d, m, t, op.unique.name);
      t.uniques.push(structuredClone(op.unique));
      return;
    }
    case 'replace_unique': {
      const t = table(m, op.table);
      const u = t.uniques.find((x) => x.name === op.unique.name) ?? fail(`unique constraint "${op.unique.name}" does not exist on ${t.name}`);
      checkColumnsExist(t, op.unique.columns, `unique constraint ${op.unique.name}`);
      if (sameList(u.columns, op.unique.columns)) fail(`unique constraint ${u.name} already has columns (${u.columns.join(', ')})`);
      const after = structuredClone(t);
      after.uniques = after.uniques.map((x) => (x.name === u.name ? structuredClone(op.unique) : x));
      checkKeyNotReferenced(d, m, t, u.columns, `unique constraint ${u.name}`, after);
      checkFksSupported(d, after, `replacing unique constraint ${u.name}`);
      u.columns = [...op.unique.columns];
      return;
    }
    case 'drop_unique': {
      const t = table(m, op.table);
      const u = t.uniques.find((x) => x.name === op.name) ?? fail(`unique constraint "${op.name}" does not exist on ${t.name}`);
      const after = structuredClone(t);
      after.uniques = after.uniques.filter((x) => x.name !== op.name);
      checkKeyNotReferenced(d, m, t, u.columns, `unique constraint ${u.name}`, after);
      checkFksSupported(d, after, `dropping unique constraint ${u.name}`);
      t.uniques = after.uniques;
      return;
    }
    case 'add_foreign_key': {
      const t = table(m, op.table);
      if (t.foreignKeys.some((f) => f.name === op.fk.name) || (d.name === 'postgres' && (t.uniques.some((u) => u.name === op.fk.name) || t.primaryKey?.name === op.fk.name))) {
        fail(`constraint "${op.fk.name}" already exists on ${t.name}`);
      }
      if (d.name === 'mysql' && m.tables.some((x) => x.foreignKeys.some((f) => f.name === op.fk.name))) fail(`foreign key name "${op.fk.name}" is already used in this database`);
      validateFk(d, m, t, op.fk);
      t.foreignKeys.push(structuredClone(op.fk));
      if (d.name === 'mysql') addSupportingIndex(t, op.fk);
      return;
    }
    case 'replace_foreign_key': {
      const t = table(m, op.table);
      const i = t.foreignKeys.findIndex((f) => f.name === op.fk.name);
      if (i < 0) fail(`foreign key "${op.fk.name}" does not exist on ${t.name}`);
      validateFk(d, m, t, op.fk);
      if (JSON.stringify(t.foreignKeys[i]) === JSON.stringify(op.fk)) fail(`foreign key ${op.fk.name} already has this definition`);
      t.foreignKeys[i] = structuredClone(op.fk);
      if (d.name === 'mysql') addSupportingIndex(t, op.fk);
      return;
    }
    case 'drop_foreign_key': {
      const t = table(m, op.table);
      if (!t.foreignKeys.some((f) => f.name === op.name)) fail(`foreign key "${op.name}" does not exist on ${t.name}`);
      t.foreignKeys = t.foreignKeys.filter((f) => f.name !== op.name);
      // MySQL keeps the index it made for the foreign key; so does the model.
      for (const ix of t.indexes) if (ix.supportsFk === op.name) delete ix.supportsFk;
      return;
    }
    case 'create_index': {
      const t = table(m, op.table);
      checkName(d, op.index.name, 'index');
      checkColumnsExist(t, op.index.columns.map((c) => c.name), `index ${op.index.name}`);
      checkIndexNameFree(d, m, t, op.index.name);
      t.indexes.push(structuredClone(op.index));
      return;
    }
    case 'replace_index': {
      const t = table(m, op.table);
      const i = t.indexes.findIndex((x) => x.name === op.index.name);
      if (i < 0) fail(`index "${op.index.name}" does not exist on ${t.name}`);
      checkColumnsExist(t, op.index.columns.map((c) => c.name), `index ${op.index.name}`);
      const after = structuredClone(t);
      after.indexes[i] = structuredClone(op.index);
      checkFksSupported(d, after, `replacing index ${op.index.name}`);
      t.indexes[i] = structuredClone(op.index);
      return;
    }
    case 'drop_index': {
      const t = table(m, op.table);
      if (!t.indexes.some((x) => x.name === op.name)) fail(`index "${op.name}" does not exist on ${t.name}`);
      const after = structuredClone(t);
      after.indexes = after.indexes.filter((x) => x.name !== op.name);
      checkFksSupported(d, after, `dropping index ${op.name}`);
      t.indexes = after.indexes;
      return;
    }
    case 'insert':
    case 'delete_rows': {
      const t = table(m, op.table);
      if (!t.primaryKey) fail(`${op.kind} needs a primary key on ${t.name} to stay re-runnable`);
      for (const row of op.rows) {
        checkColumnsExist(t, Object.keys(row), op.kind);
        for (const c of t.primaryKey.columns) {
          if (!(c in row) && column(t, c).default === undefined) fail(`${op.kind} into ${t.name} must give primary-key column "${c}"`);
        }
      }
      return;
    }
    case 'copy_rows': {
      const into = table(m, op.into);
      const from = table(m, op.from);
      if (!into.primaryKey) fail(`copy_rows needs a primary key on ${into.name} to stay re-runnable`);
      checkColumnsExist(into, Object.keys(op.values), 'copy_rows');
      for (const v of Object.values(op.values)) checkColumnsExist(from, exprColumns(v), `copy_rows from ${from.name}`);
      if (op.where) checkColumnsExist(from, [op.where.column], 'copy_rows where');
      for (const c of into.primaryKey.columns) {
        if (!(c in op.values) && column(into, c).default === undefined) fail(`copy_rows into ${into.name} must give primary-key column "${c}"`);
      }
      for (const c of into.columns) {
        if (!c.nullable && c.default === undefined && !(c.name in op.values)) fail(`copy_rows into ${into.name} must give NOT NULL column "${c.name}"`);
      }
      return;
    }
    case 'update': {
      const t = table(m, op.table);
      checkColumnsExist(t, Object.keys(op.set), 'update');
      for (const v of Object.values(op.set)) checkColumnsExist(t, exprColumns(v), 'update');
      if (op.where) checkColumnsExist(t, [op.where.column], 'update where');
      return;
    }
    case 'precondition':
      for (const tn of op.tables) table(m, tn);
      for (const c of op.columns) column(table(m, c.table), c.column);
      return;
    case 'manual':
    case 'raw_sql':
      return;
  }
}

export function exprColumns(v: ValueExpr): string[] {
  if ('column' in v) return [v.column];
  if ('concat' in v) return v.concat.flatMap(exprColumns);
  return [];
}

export type Inverse = { ops: Op[] } | { irreversible: string };

/**
 * The operations that undo `op`, read off the model as it was before it (`before`) and after it (`after`).
 * `createdHere` holds the tables and "table.column"s the same plan creates: data written only there
 * disappears when the rollback drops them, so nothing else is needed to undo it.
 */
export function inverse(op: Op, before: Model, after: Model, createdHere: Set<string>): Inverse {
  const t = (name: string) => findTable(before, name)!;
  switch (op.kind) {
    case 'create_table':
      return { ops: [{ kind: 'drop_table', name: op.table.name }] };
    case 'rename_table':
      return { ops: [{ kind: 'rename_table', from: op.to, to: op.from }] };
    case 'add_column':
      return { ops: [{ kind: 'drop_column', table: op.table, column: op.column.name }] };
    case 'rename_column':
      return { ops: [{ kind: 'rename_column', table: op.table, from: op.to, to: op.from }] };
    case 'alter_column_type':
      return { ops: [{ kind: 'alter_column_type', table: op.table, column: op.column, type: findColumn(t(op.table), op.column)!.type }] };
    case 'set_default':
    case 'drop_default': {
      const old = findColumn(t(op.table), op.column)!.default;
      return { ops: [old === undefined ? { kind: 'drop_default', table: op.table, column: op.column } : { kind: 'set_default', table: op.table, column: op.column, value: old }] };
    }
    case 'set_not_null':
      return { ops: [{ kind: 'drop_not_null', table: op.table, column: op.column }] };
    case 'drop_not_null':
      return { ops: [{ kind: 'set_not_null', table: op.table, column: op.column }] };
    case 'replace_primary_key': {
      const bt = t(op.table);
      if (!bt.primaryKey) return { irreversible: `${op.table} had no primary key to restore` };
      // Columns the new key made NOT NULL go back to nullable once the old key is back.
      const relax = op.pk.columns.filter((c) => findColumn(bt, c)!.nullable && !bt.primaryKey!.columns.includes(c));
      return { ops: [{ kind: 'replace_primary_key', table: op.table, pk: structuredClone(bt.primaryKey) }, ...relax.map((c) => ({ kind: 'drop_not_null' as const, table: op.table, column: c }))] };
    }
    case 'add_unique':
      return { ops: [{ kind: 'drop_unique', table: op.table, name: op.unique.name }] };
    case 'replace_unique':
    case 'drop_unique': {
      const name = op.kind === 'drop_unique' ? op.name : op.unique.name;
      const old = t(op.table).uniques.find((u) => u.name === name)!;
      return { ops: [{ kind: op.kind === 'drop_unique' ? 'add_unique' : 'replace_unique', table: op.table, unique: structuredClone(old) }] };
    }
    case 'add_foreign_key':
    case 'replace_foreign_key': {
      const ops: Op[] = [];
      if (op.kind === 'add_foreign_key') ops.push({ kind: 'drop_foreign_key', table: op.table, name: op.fk.name });
      else ops.push({ kind: 'replace_foreign_key', table: op.table, fk: structuredClone(t(op.table).foreignKeys.find((f) => f.name === op.fk.name)!) });
      // The supporting index made for it (MySQL) goes too.
      const beforeIdx = new Set(t(op.table).indexes.map((i) => i.name));
      for (const ix of findTable(after, op.table)!.indexes) if (!beforeIdx.has(ix.name)) ops.push({ kind: 'drop_index', table: op.table, name: ix.name });
      return { ops };
    }
    case 'drop_foreign_key':
      return { ops: [{ kind: 'add_foreign_key', table: op.table, fk: structuredClone(t(op.table).foreignKeys.find((f) => f.name === op.name)!) }] };
    case 'create_index':
      return { ops: [{ kind: 'drop_index', table: op.table, name: op.index.name }] };
    case 'replace_index':
    case 'drop_index': {
      const name = op.kind === 'drop_index' ? op.name : op.index.name;
      const old = structuredClone(t(op.table).indexes.find((i) => i.name === name)!);
      delete old.supportsFk;
      return { ops: [{ kind: op.kind === 'drop_index' ? 'create_index' : 'replace_index', table: op.table, index: old }] };
    }
    case 'insert': {
      if (createdHere.has(op.table)) return { ops: [] };
      const pk = t(op.table).primaryKey!.columns;
      const cols = t(op.table).columns;
      const rows = op.rows.map((r) => Object.fromEntries(pk.map((c) => [c, c in r ? r[c] : (cols.find((x) => x.name === c)!.default ?? null)])));
      return { ops: [{ kind: 'delete_rows', table: op.table, rows }] };
    }
    case 'copy_rows':
      return createdHere.has(op.into) ? { ops: [] } : { irreversible: `copy_rows into ${op.into}, which this plan did not create, needs an explicit inverse` };
    case 'update':
      return Object.keys(op.set).every((c) => createdHere.has(op.table) || createdHere.has(`${op.table}.${c}`))
        ? { ops: [] }
        : { irreversible: `update of existing columns of ${op.table} needs an explicit inverse` };
    case 'precondition':
      return { ops: [] };
    case 'manual':
      return { ops: [{ kind: 'manual', text: `Undo this step of the upgrade: ${op.text}` }] };
    case 'raw_sql':
      // The undo has to run while the step's effect is there: while its guard is not TRUE.
      return op.inverseSql !== undefined
        ? { ops: [{ kind: 'raw_sql', description: `undo: ${op.description}`, sql: op.inverseSql, inverseSql: op.sql, ...(op.guard !== undefined ? { guard: `(${op.guard}) IS NOT TRUE` } : { unguarded: op.unguarded }) }] }
        : { irreversible: `raw_sql "${op.description}" states no inverse` };
    case 'drop_table':
      return { irreversible: `dropping table ${op.name} loses its rows; give the step an inverse or mark it irreversible` };
    case 'drop_column':
      return { irreversible: `dropping column ${op.table}.${op.column} loses its values; give the step an inverse or mark it irreversible` };
    case 'delete_rows':
      return { irreversible: `deleted rows of ${op.table} cannot be restored` };
  }
}

/** A short description of an operation, for banners and messages. */
export function describe(op: Op): string {
  switch (op.kind) {
    case 'create_table': return `create table ${op.table.name}`;
    case 'drop_table': return `drop table ${op.name}`;
    case 'rename_table': return `rename table ${op.from} to ${op.to}`;
    case 'add_column': return `add column ${op.table}.${op.column.name}`;
    case 'drop_column': return `drop column ${op.table}.${op.column}`;
    case 'rename_column': return `rename column ${op.table}.${op.from} to ${op.to}`;
    case 'alter_column_type': return `change type of ${op.table}.${op.column} to ${op.type}`;
    case 'set_default': return `set default of ${op.table}.${op.column}`;
    case 'drop_default': return `drop default of ${op.table}.${op.column}`;
    case 'set_not_null': return `set ${op.table}.${op.column} NOT NULL`;
    case 'drop_not_null': return `allow NULL in ${op.table}.${op.column}`;
    case 'replace_primary_key': return `primary key of ${op.table} becomes (${op.pk.columns.join(', ')})`;
    case 'add_unique': return `add unique ${op.unique.name} on ${op.table}`;
    case 'replace_unique': return `unique ${op.unique.name} on ${op.table} becomes (${op.unique.columns.join(', ')})`;
    case 'drop_unique': return `drop unique ${op.name} on ${op.table}`;
    case 'add_foreign_key': return `add foreign key ${op.fk.name} on ${op.table}`;
    case 'replace_foreign_key': return `redefine foreign key ${op.fk.name} on ${op.table}`;
    case 'drop_foreign_key': return `drop foreign key ${op.name} on ${op.table}`;
    case 'create_index': return `create index ${op.index.name} on ${op.table}`;
    case 'replace_index': return `redefine index ${op.index.name} on ${op.table}`;
    case 'drop_index': return `drop index ${op.name} on ${op.table}`;
    case 'insert': return `insert ${op.rows.length} row${op.rows.length > 1 ? 's' : ''} into ${op.table}`;
    case 'delete_rows': return `delete ${op.rows.length} row${op.rows.length > 1 ? 's' : ''} from ${op.table}`;
    case 'copy_rows': return `copy rows from ${op.from} into ${op.into}`;
    case 'update': return `update ${op.table}`;
    case 'precondition': return `check: ${op.message}`;
    case 'manual': return 'manual step';
    case 'raw_sql': return op.description;
  }
}

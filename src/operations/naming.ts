// How the names of a plan become the names in a database that a product configured differently (a table-name
// prefix, per-table names): a `Naming` maps each table name the plans use to the physical name, and each key or
// constraint name derived from a table's name (`<table>_pkey`, `<table>_<column>_fkey`, MySQL's
// `<table>_ibfk_<n>`) along with it. Index names and names that do not start with their table's name stay as
// the plans write them. Each operation module renames its own fields (`Operation.rename`); this file holds
// the pieces they share.
import type { Check, ForeignKey, Index, PrimaryKey, Table, Unique } from '../model/model.js';

/** The physical names of one compile (see src/compile/naming.ts for how a product declares them). */
export interface Naming {
  /** The physical name of the table the plans call `table`. */
  table(table: string): string;
  /** The physical name of the key, constraint or foreign key `name` of the table the plans call `table`. */
  key(table: string, name: string): string;
}

/** A foreign key of `table` (plans' names) with physical names: its own name and the table it references. */
export function renamedForeignKey(n: Naming, table: string, fk: ForeignKey): ForeignKey {
  return { ...fk, name: n.key(table, fk.name), refTable: n.table(fk.refTable) };
}

/** An index of `table` with the physical name of the foreign key it supports (its own name stays). */
export function renamedIndex(n: Naming, table: string, ix: Index): Index {
  return ix.supportsFk === undefined ? ix : { ...ix, supportsFk: n.key(table, ix.supportsFk) };
}

const keyed = <T extends PrimaryKey | Unique | Check>(n: Naming, table: string, k: T): T => ({ ...k, name: n.key(table, k.name) });

/** A whole table definition with physical names. */
export function renamedTable(n: Naming, t: Table): Table {
  return {
    ...t,
    name: n.table(t.name),
    ...(t.primaryKey ? { primaryKey: keyed(n, t.name, t.primaryKey) } : {}),
    uniques: t.uniques.map((u) => keyed(n, t.name, u)),
    foreignKeys: t.foreignKeys.map((fk) => renamedForeignKey(n, t.name, fk)),
    checks: t.checks.map((c) => keyed(n, t.name, c)),
    indexes: t.indexes.map((ix) => renamedIndex(n, t.name, ix)),
  };
}

// The schema model seen as a set of facets: each object a catalog can show (a table, a column with its type,
// nullability and default, a primary key, a unique constraint, a foreign key, an index, a check) under a key,
// with its definition as the value. Guards are predicates over facets: "this object has this definition" or
// "this object is absent". Dialects turn those predicates into catalog queries; nothing here knows SQL.
import type { Sql } from './sql.js';
import type { Check, Column, EnumType, ForeignKey, Index, Model, PrimaryKey, Table, Unique } from '../model/model.js';

export type FacetRef =
  | { type: 'table'; table: string }
  | { type: 'column'; table: string; column: string }
  | { type: 'primary_key'; table: string }
  | { type: 'unique' | 'foreign_key' | 'index' | 'check'; table: string; name: string }
  /** A named enum type (`table` holds the type's name: types and tables share one namespace on PostgreSQL). */
  | { type: 'enum_type'; table: string };

/** A facet's definition; `null` means the object is absent. */
export type FacetValue =
  | { type: 'table'; table: Table }
  | { type: 'column'; column: Column }
  | { type: 'primary_key'; pk: PrimaryKey }
  | { type: 'unique'; unique: Unique }
  | { type: 'foreign_key'; fk: ForeignKey }
  | { type: 'index'; index: Index }
  | { type: 'check'; check: Check }
  | { type: 'enum_type'; enumType: EnumType };

export interface Facet {
  ref: FacetRef;
  value: FacetValue | null;
}

/** A stable key for a facet reference. */
export function facetKey(r: FacetRef): string {
  switch (r.type) {
    case 'table': return `table ${r.table}`;
    case 'enum_type': return `enum_type ${r.table}`;
    case 'column': return `column ${r.table}.${r.column}`;
    case 'primary_key': return `primary_key ${r.table}`;
    default: return `${r.type} ${r.table}.${r.name}`;
  }
}

/**
 * A stable text of a facet value, for comparing definitions: two values with the same text are the same
 * definition as far as a catalog can tell (a table's identity is its existence; its columns and keys are
 * facets of their own).
 */
export function valueKey(v: FacetValue | null): string {
  if (v === null) return 'absent';
  // A model's objects are never changed once made (model.ts: copy-on-write), so the text of each definition object
  // is computed once: compiles of one product compare the same shared objects again and again.
  if (v.type === 'table') return v.table.location ? `present in ${v.table.location}` : 'present';
  const inner = definitionOf(v);
  let key = valueKeys.get(inner);
  if (key === undefined) valueKeys.set(inner, (key = valueText(v)));
  return key;
}

/** The text of each definition object valueKey has seen (weakly held: it goes with the models). */
const valueKeys = new WeakMap<object, string>();

/** The model object a facet value holds (a column, key, index, check or enum type). */
function definitionOf(v: Exclude<FacetValue, { type: 'table' }>): object {
  switch (v.type) {
    case 'enum_type': return v.enumType;
    case 'column': return v.column;
    case 'primary_key': return v.pk;
    case 'unique': return v.unique;
    case 'foreign_key': return v.fk;
    case 'index': return v.index;
    case 'check': return v.check;
  }
}

function valueText(v: FacetValue): string {
  switch (v.type) {
    // A table's place is part of its definition: moving it to another schema changes it.
    case 'table': return v.table.location ? `present in ${v.table.location}` : 'present';
    case 'enum_type': return JSON.stringify([v.enumType.values, v.enumType.location ?? null]);
    case 'column': return JSON.stringify([v.column.type, v.column.nullable, v.column.default ?? null]);
    case 'primary_key': return JSON.stringify([v.pk.name, v.pk.columns]);
    case 'unique': return JSON.stringify(v.unique.columns);
    case 'foreign_key': return JSON.stringify([v.fk.columns, v.fk.refTable, v.fk.refColumns, v.fk.onDelete, v.fk.onUpdate]);
    case 'index': return indexKey(v.index);
    case 'check': return JSON.stringify(v.check.expression);
  }
}

/**
 * An index's definition as text: `[unique, [[column, desc], …]]` for a btree over columns; an element with an
 * operator class or an expression is `[column|null, desc, opclass|null, expression|null]`, and an index with another
 * method or a predicate has a third item `[method, where|null]`, and one on a partitioned table (PostgreSQL's
 * ON ONLY) a fourth, 'only' (read back by src/detect/states.ts).
 */
export function indexKey(ix: Index): string {
  const cols = ix.columns.map((c) => (c.opclass === undefined && c.expression === undefined ? [c.name, c.desc] : [c.name ?? null, c.desc, c.opclass ?? null, c.expression ?? null]));
  // An index on a partitioned table (PostgreSQL: ON ONLY) has a fourth item, 'only'.
  const more = ix.method !== undefined || ix.where !== undefined || ix.onPartitioned ? [[ix.method ?? 'btree', ix.where ?? null]] : [];
  return JSON.stringify([ix.unique, cols, ...more, ...(ix.onPartitioned ? ['only'] : [])]);
}

/** Adds the facets of one table (the table itself, its columns, keys, indexes and checks) to `out`. */
function addTableFacets(t: Table, out: Map<string, Facet>): void {
  const put = (ref: FacetRef, value: FacetValue) => out.set(facetKey(ref), { ref, value });
  put({ type: 'table', table: t.name }, { type: 'table', table: t });
  for (const c of t.columns) put({ type: 'column', table: t.name, column: c.name }, { type: 'column', column: c });
  if (t.primaryKey) put({ type: 'primary_key', table: t.name }, { type: 'primary_key', pk: t.primaryKey });
  for (const u of t.uniques) put({ type: 'unique', table: t.name, name: u.name }, { type: 'unique', unique: u });
  for (const fk of t.foreignKeys) put({ type: 'foreign_key', table: t.name, name: fk.name }, { type: 'foreign_key', fk });
  for (const ix of t.indexes) put({ type: 'index', table: t.name, name: ix.name }, { type: 'index', index: ix });
  for (const ck of t.checks) put({ type: 'check', table: t.name, name: ck.name }, { type: 'check', check: ck });
}

/** The value facet `ref` has in model `m` (null: absent), as facetsOf(m) gives it, read without listing the model. */
export function facetValueIn(m: Model, ref: FacetRef): FacetValue | null {
  if (ref.type === 'enum_type') {
    const e = (m.enumTypes ?? []).find((x) => x.name === ref.table && !x.facetless);
    return e ? { type: 'enum_type', enumType: e } : null;
  }
  const t = m.tables.find((x) => x.name === ref.table);
  if (!t) return null;
  switch (ref.type) {
    case 'table': return { type: 'table', table: t };
    case 'column': { const c = t.columns.find((x) => x.name === ref.column); return c ? { type: 'column', column: c } : null; }
    case 'primary_key': return t.primaryKey ? { type: 'primary_key', pk: t.primaryKey } : null;
    case 'unique': { const u = t.uniques.find((x) => x.name === ref.name); return u ? { type: 'unique', unique: u } : null; }
    case 'foreign_key': { const f = t.foreignKeys.find((x) => x.name === ref.name); return f ? { type: 'foreign_key', fk: f } : null; }
    case 'index': { const i = t.indexes.find((x) => x.name === ref.name); return i ? { type: 'index', index: i } : null; }
    case 'check': { const c = t.checks.find((x) => x.name === ref.name); return c ? { type: 'check', check: c } : null; }
  }
}

/** Every facet of a model, by key. */
export function facetsOf(m: Model): Map<string, Facet> {
  const out = new Map<string, Facet>();
  addEnumTypeFacets(m, out);
  for (const t of m.tables) addTableFacets(t, out);
  return out;
}

/** Adds the facets of a model's named enum types (where the dialect has them as objects) to `out`. */
function addEnumTypeFacets(m: Model, out: Map<string, Facet>): void {
  for (const e of m.enumTypes ?? []) {
    if (e.facetless) continue;
    const ref: FacetRef = { type: 'enum_type', table: e.name };
    out.set(facetKey(ref), { ref, value: { type: 'enum_type', enumType: e } });
  }
}

/**
 * The facets that differ between two models: each with its reference and its value after (null: gone).
 * Sorted by key, so the result is deterministic. Only tables that are not the very same object in both
 * models are compared (models share the tables an operation did not touch; a table is never changed in place).
 */
export function facetChanges(before: Model, after: Model): readonly Facet[] {
  // Models are never changed once made: the changes between two of them are computed once (the replay's round-trip
  // check and the renderer ask for the same pairs), and shared, frozen.
  let byAfter = changesSeen.get(before);
  if (!byAfter) changesSeen.set(before, (byAfter = new WeakMap()));
  let known = byAfter.get(after);
  if (!known) byAfter.set(after, (known = Object.freeze(changesBetween(before, after))));
  return known;
}

/** facetChanges of each pair of models seen, by the model before, then the model after (weakly held). */
const changesSeen = new WeakMap<Model, WeakMap<Model, readonly Facet[]>>();

function changesBetween(before: Model, after: Model): Facet[] {
  const a = new Map<string, Facet>();
  const b = new Map<string, Facet>();
  const afterTables = new Map(after.tables.map((t) => [t.name, t]));
  const beforeNames = new Set<string>();
  for (const t of before.tables) {
    beforeNames.add(t.name);
    const same = afterTables.get(t.name);
    if (same === t) continue;
    addTableFacets(t, a);
    if (same) addTableFacets(same, b);
  }
  for (const t of after.tables) if (!beforeNames.has(t.name)) addTableFacets(t, b);
  if (before.enumTypes !== after.enumTypes) {
    addEnumTypeFacets(before, a);
    addEnumTypeFacets(after, b);
  }
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: Facet[] = [];
  for (const k of keys) {
    const x = a.get(k);
    const y = b.get(k);
    if (valueKey(x?.value ?? null) !== valueKey(y?.value ?? null)) out.push({ ref: (y ?? x)!.ref, value: y?.value ?? null });
  }
  return out;
}

/** A condition over the catalog, as data. Dialects render it (`Dialect.predicate`). */
export type Predicate =
  | { kind: 'facet'; ref: FacetRef; value: FacetValue | null; negate: boolean }
  | { kind: 'and'; items: Predicate[] }
  /** A condition the renderer wrote itself (e.g. "no row with this key yet"), built from quoted parts. */
  | { kind: 'sql'; sql: Sql };

/** The object `ref` has definition `value` (null: is absent). */
export const facetIs = (ref: FacetRef, value: FacetValue | null): Predicate => ({ kind: 'facet', ref, value, negate: false });
/** The object `ref` does not have definition `value` (null: exists, whatever its definition). */
export const facetIsNot = (ref: FacetRef, value: FacetValue | null): Predicate => ({ kind: 'facet', ref, value, negate: true });
/** All of `items` hold (an empty list holds). */
export const and = (items: Predicate[]): Predicate => ({ kind: 'and', items: items.flatMap((p) => (p.kind === 'and' ? p.items : [p])) });

/**
 * Whether `p` holds at the state `now` (facet key → valueKey), as the catalog would tell; undefined when it also
 * reads rows or SQL of its own, which only the engine can tell.
 */
export function holdsAt(p: Predicate, now: Map<string, string>): boolean | undefined {
  switch (p.kind) {
    case 'and': {
      let unknown = false;
      for (const x of p.items) {
        const v = holdsAt(x, now);
        if (v === false) return false;
        if (v === undefined) unknown = true;
      }
      return unknown ? undefined : true;
    }
    case 'sql':
      return undefined;
    case 'facet': {
      const same = (now.get(facetKey(p.ref)) ?? 'absent') === (p.value === null ? 'absent' : valueKey(p.value));
      return p.negate ? !same : same;
    }
  }
}

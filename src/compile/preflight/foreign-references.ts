// Foreign keys of other tables (an application's own) onto a key the script drops or replaces. The engine refuses
// the drop (PostgreSQL: "other objects depend on it"; InnoDB: errno 150, half-way through a MySQL script), so the
// script looks for them right after its version check, before any change, and stops with the commands to drop
// them before the script and re-create them after it.
//
// What is at risk comes from the statements: a key (primary key, unique key, index) of a table the script starts
// with that some statement changes or removes, and a table some statement drops. Renames are left out: a foreign
// key follows a renamed table or column. Which referenced columns a key serves is the dialect's rule
// (`referencesIndexPrefix`): any index whose leading columns they are (InnoDB; then an index the script never
// touches keeps serving them), or a primary/unique key with exactly those columns (PostgreSQL). Where the engine
// matches a foreign key only when a row is written (`referencedKeyMatchedOnWrite`: SQLite), a key that goes puts a
// foreign key at risk only when no key after the script serves its columns.
import type { Dialect } from '../../dialects/dialect.js';
import { findTable, indexedColumnLists, plainIndexColumns, startsWith, type Model, type Table } from '../../model/model.js';
import type { Op } from '../../operations/types.js';
import { facetIs, facetIsNot, facetKey, facetsOf, valueKey, type Facet, type Predicate } from '../facets.js';
import type { Sql } from '../sql.js';
import type { GuardInput } from '../guards.js';

/** One way a foreign key onto `table` is at risk, while `pending` holds (the key or table is still as at the start). */
export interface ReferenceTarget {
  table: string;
  /**
   * The referenced columns at risk (a foreign key onto exactly these: in this order where keys serve prefixes,
   * as a set otherwise); null: any foreign key onto the table (the script drops it).
   */
  columns: string[] | null;
  pending: Predicate;
  /** What the table has after the script, for the stop message: whether the foreign key can come back as it was. */
  after: string;
  /**
   * A foreign key that names no columns references the primary key, column by column in its order
   * (referencedKeyMatchedOnWrite engines: SQLite): 'also', it is at risk too (the primary key goes, or changes its
   * order); 'only', it alone is (a primary key after the script on the same set of columns in another order serves
   * a foreign key that names them, but maps one that does not to other columns).
   */
  noColumns?: 'also' | 'only';
}

/** What a dialect needs to write the check. */
export interface ForeignReferenceSpec {
  targets: ReferenceTarget[];
  /** Foreign keys (table, name) the plans know on this path: never reported. */
  known: [string, string][];
  /** The product, for the message ("a table outside supertokens"). */
  product: string;
  /** "supertokens 5.0 → 6.0", for the message. */
  script: string;
}

/** A statement of the script with the kind of operation it comes from. */
export interface PreflightStatement extends GuardInput {
  op: Pick<Op, 'kind'>;
}

// A move keeps the table's keys, and foreign keys onto it follow it (they point at the table, not its name).
const RENAMES = new Set(['rename_table', 'rename_column', 'move_tables']);

/** "primary key (a, b)" and the like: the keys a foreign key could reference in `t`, for a DBA. */
function keysOf(d: Dialect, t: Table): string {
  const keys = [
    ...(t.primaryKey ? [`primary key (${t.primaryKey.columns.join(', ')})`] : []),
    ...t.uniques.map((u) => `unique ${u.name} (${u.columns.join(', ')})`),
    ...t.indexes.filter((i) => (i.unique || d.rules.referencesIndexPrefix) && plainIndexColumns(i)).map((i) => `${i.unique ? 'unique index' : 'index'} ${i.name} (${plainIndexColumns(i)!.join(', ')})`),
  ];
  return keys.length ? keys.join(', ') : 'no key';
}

/** The column lists a foreign key may reference in `t` (per the dialect's rule). */
function referenceable(d: Dialect, t: Table): string[][] {
  if (d.rules.referencesIndexPrefix) return indexedColumnLists(t).map((k) => k.columns);
  return [...(t.primaryKey ? [t.primaryKey.columns] : []), ...t.uniques.map((u) => u.columns), ...t.indexes.filter((i) => i.unique).flatMap((i) => { const c = plainIndexColumns(i); return c ? [c] : []; })];
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const lower = (a: string[]) => a.map((x) => x.toLowerCase());

/**
 * The check's specification: empty `targets` when the script drops or replaces no key of a table it starts with.
 * @param start the model the script starts from; `end` the model after it
 */
export function foreignReferenceSpec(d: Dialect, start: Model, end: Model, statements: PreflightStatement[], product: string, script: string): ForeignReferenceSpec {
  const initial = facetsOf(start);
  const touched = new Map<string, Facet>(); // start facets some statement (not a rename) changes
  const renamed = new Set<string>();
  const known = new Map<string, [string, string]>();
  for (const f of initial.values()) if (f.value?.type === 'foreign_key') known.set(facetKey(f.ref), [f.ref.table, f.value.fk.name]);
  for (const st of statements) {
    for (const e of st.effects) {
      const k = facetKey(e.ref);
      if (e.value?.type === 'foreign_key') known.set(k, [e.ref.table, e.value.fk.name]);
      const was = initial.get(k);
      if (!was || valueKey(was.value) === valueKey(e.value)) continue;
      if (RENAMES.has(st.op.kind)) renamed.add(k);
      else if (!renamed.has(k)) touched.set(k, was);
    }
  }
  const targets: ReferenceTarget[] = [];
  const after = (table: string, columns: string[] | null): string => {
    const t = findTable(end, table);
    if (!t) return `after this script there is no table ${table}: drop the foreign key for good, or point it at another table`;
    const served = columns && referenceable(d, t).some((k) => (d.rules.referencesIndexPrefix ? startsWith(k, columns) : sameSet(k, columns)));
    return served
      ? `after this script ${table} still has a key for (${columns!.join(', ')}): the foreign key can be re-created as it was`
      : `after this script ${table} has ${keysOf(d, t)} and no ${d.rules.referencesIndexPrefix ? 'index that starts with' : 'key on exactly'} (${columns?.join(', ')}): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)`;
  };
  for (const t of start.tables) {
    const table = facetKey({ type: 'table', table: t.name });
    if (touched.has(table)) {
      targets.push({ table: t.name, columns: null, pending: facetIsNot({ type: 'table', table: t.name }, null), after: after(t.name, null) });
      continue;
    }
    // Each key of the table that goes, with the facet that says it is still there as at the start.
    const keys: { columns: string[]; facet: Facet }[] = [];
    const kept: string[][] = [];
    for (const f of initial.values()) {
      if (f.ref.table !== t.name || !f.value) continue;
      const v = f.value;
      const columns = v.type === 'primary_key' ? v.pk.columns : v.type === 'unique' ? v.unique.columns : v.type === 'index' && (v.index.unique || d.rules.referencesIndexPrefix) ? plainIndexColumns(v.index) : undefined;
      if (!columns) continue;
      if (touched.has(facetKey(f.ref))) keys.push({ columns, facet: f });
      else kept.push(columns);
    }
    // One target per key that goes and referenced column list it serves (the check ORs them).
    const add = (columns: string[], f: Facet, noColumns?: 'also' | 'only') => targets.push({ table: t.name, columns, pending: facetIs(f.ref, f.value), after: after(t.name, columns), ...(noColumns ? { noColumns } : {}) });
    for (const { columns, facet } of keys) {
      if (d.rules.referencedKeyMatchedOnWrite) {
        // The engine matches a foreign key when a row is written (SQLite): only the keys after the script matter.
        const endTable = findTable(end, t.name);
        const served = !!endTable && referenceable(d, endTable).some((k) => sameSet(lower(k), lower(columns)));
        const pk = facet.value?.type === 'primary_key';
        const endPk = endTable?.primaryKey?.columns;
        const pkOrderKept = !!endPk && lower(endPk).join(',') === lower(columns).join(',');
        if (!served) add(columns, facet, pk ? 'also' : undefined);
        else if (pk && !pkOrderKept) add(columns, facet, 'only');
        continue;
      }
      if (!d.rules.referencesIndexPrefix) {
        add(columns, facet);
        continue;
      }
      // Every leading part of a key that goes, unless an index the script leaves alone starts with it too.
      for (let n = 1; n <= columns.length; n++) if (!kept.some((k) => startsWith(k, columns.slice(0, n)))) add(columns.slice(0, n), facet);
    }
  }
  return { targets, known: [...known.values()].sort(), product, script };
}

/** The statements of the check, and the header's line; nothing when no key of a starting table goes. */
export function foreignReferenceCheck(d: Dialect, start: Model, end: Model, statements: PreflightStatement[], product: string, script: string): { statements: Sql[]; manual?: string } {
  const spec = foreignReferenceSpec(d, start, end, statements, product, script);
  if (!spec.targets.length) return { statements: [] };
  return {
    statements: d.guards.foreignReferences(spec),
    // (A manual step only when the check finds some: what the DBA does then, not what the script does.)
    manual: `Only if this script stops at its check for foreign keys of tables outside ${product} onto the ${spec.targets.length === 1 ? 'key' : 'keys'} it drops or replaces (it looks before any change): ${d.guards.foreignReferencesRemedy}.`,
  };
}

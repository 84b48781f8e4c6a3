// The schema states of a script's path (CompileResult.states(): sorted `facet key=definition` listings) back as
// models, so the catalog lines of a database stopped half-way through a script can be predicted exactly.
import { emptyModel, type EnumType, type Index, type IndexColumn, type Model, type Table } from '../model/model.js';
import type { DialectName } from '../plan/types.js';
import { facetsOf, valueKey, type FacetRef } from '../compile/facets.js';

/** The listing of a model in the format of CompileResult.states(). */
export function listing(m: Model): string {
  return [...facetsOf(m)]
    .map(([k, f]) => `${k}=${valueKey(f.value)}`)
    .sort()
    .join('\n');
}

/** An index from its definition as facets.ts indexKey writes it (parsed). */
function indexOfKey(name: string, v: any[]): Index {
  const ix: Index = {
    name,
    unique: v[0],
    columns: v[1].map((e: any[]) => {
      const c: IndexColumn = e[0] !== null ? { name: e[0], desc: e[1] } : { expression: e[3], desc: e[1] };
      if (e.length > 2 && e[2] !== null) c.opclass = e[2];
      if (e[0] !== null && e.length > 2 && e[3] !== null) c.expression = e[3];
      return c;
    }),
  };
  if (v[2]) {
    if (v[2][0] !== 'btree') ix.method = v[2][0];
    if (v[2][1] !== null) ix.where = v[2][1];
  }
  if (v[3] === 'only') ix.onPartitioned = true;
  return ix;
}

/** Where one listing line's facet goes: the table (or enum type) its key names, the object's name, its definition. */
interface ListingLine {
  /** The table the facet belongs to; for an enum type, the type's name (facets.ts facetKey). */
  t: string;
  /** The object's name within the table ('' for a table, a primary key or an enum type). */
  name: string;
  /** The definition as valueKey wrote it: the text itself for a table (`present`, `present in <location>`), else parsed JSON. */
  v: any;
}

/**
 * The reader of each facet type's listing line, one per type of FacetRef: a Record, so that a facet type added to
 * facets.ts without a reader here is a compile error (an enum type's line crashed `plan detect` on a database
 * whose product has enum types, before there was one).
 */
type Readers = Record<FacetRef['type'], (line: ListingLine, table: (name: string) => Table, enumTypes: EnumType[]) => void>;

const READERS: Readers = {
  table: ({ t, v }, table) => {
    const tb = table(t);
    // valueKey: `present`, or `present in <location>` for a table in another place of the product's.
    if (v !== 'present') tb.location = String(v).slice('present in '.length);
  },
  column: ({ t, name, v }, table) => {
    table(t).columns.push({ name, type: v[0], nullable: v[1], ...(v[2] === null ? {} : { default: v[2] }) });
  },
  primary_key: ({ t, v }, table) => {
    table(t).primaryKey = { name: v[0], columns: v[1] };
  },
  unique: ({ t, name, v }, table) => {
    table(t).uniques.push({ name, columns: v });
  },
  foreign_key: ({ t, name, v }, table) => {
    table(t).foreignKeys.push({ name, columns: v[0], refTable: v[1], refColumns: v[2], onDelete: v[3], onUpdate: v[4] });
  },
  index: ({ t, name, v }, table) => {
    table(t).indexes.push(indexOfKey(name, v));
  },
  check: ({ t, name, v }, table) => {
    table(t).checks.push({ name, expression: v });
  },
  // facets.ts valueText: [values, location|null]; the key's "table" is the type's name.
  enum_type: ({ t, v }, _table, enumTypes) => {
    enumTypes.push({ name: t, values: v[0], ...(v[1] === null ? {} : { location: v[1] }) });
  },
};

const isFacetType = (type: string): type is FacetRef['type'] => Object.prototype.hasOwnProperty.call(READERS, type);

/**
 * The model a state listing describes: every facet's definition is in its listing line (see facets.ts valueKey).
 * Each facet type is read by its entry of READERS (tables, columns, keys, indexes, checks, named enum types).
 * @throws Error when a line has a facet type no reader knows, or the listing cannot be read back exactly (the facet
 *   format changed): the round trip is checked
 */
export function modelOfListing(dialect: DialectName, text: string): Model {
  const m = emptyModel(dialect);
  const tables = new Map<string, Table>();
  const enumTypes: EnumType[] = [];
  const table = (name: string) => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = { name, columns: [], uniques: [], foreignKeys: [], indexes: [], checks: [] }));
    return t;
  };
  const lines = text === '' ? [] : text.split('\n');
  for (const line of lines) {
    const eq = line.indexOf('=');
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1);
    const space = key.indexOf(' ');
    const type = key.slice(0, space);
    const ref = key.slice(space + 1);
    if (!isFacetType(type)) throw new Error(`internal: unknown facet type in a state listing: ${key}`);
    // Enum types and tables have no object name (a type's name may hold no dot, but is kept whole regardless).
    const whole = type === 'table' || type === 'enum_type' || type === 'primary_key';
    const dot = whole ? -1 : ref.indexOf('.');
    const [t, name] = dot < 0 ? [ref, ''] : [ref.slice(0, dot), ref.slice(dot + 1)];
    const v = type === 'table' ? value : JSON.parse(value);
    READERS[type]({ t, name, v }, table, enumTypes);
  }
  m.tables.push(...[...tables.values()].sort((a, b) => (a.name < b.name ? -1 : 1)));
  if (enumTypes.length) m.enumTypes = enumTypes.sort((a, b) => (a.name < b.name ? -1 : 1));
  const back = lines.length ? listing(m).split('\n') : listing(m) === '' ? [] : [listing(m)];
  const want = lines.slice().sort();
  const first = want.findIndex((l, i) => back[i] !== l);
  if (first >= 0 || back.length !== want.length) throw new Error(`internal: a state listing does not read back as the same model (did the facet format change?): ${want[first] ?? back[want.length]}`);
  return m;
}

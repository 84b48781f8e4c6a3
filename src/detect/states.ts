// The schema states of a script's path (CompileResult.states(): sorted `facet key=definition` listings) back as
// models, so the catalog lines of a database stopped half-way through a script can be predicted exactly.
import { emptyModel, type Index, type IndexColumn, type Model, type Table } from '../model/model.js';
import type { DialectName } from '../plan/types.js';
import { facetsOf, valueKey } from '../compile/facets.js';

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

/**
 * The model a state listing describes: every facet's definition is in its listing line (see facets.ts valueKey).
 * @throws Error when the listing cannot be read back exactly (the facet format changed): the round trip is checked
 */
export function modelOfListing(dialect: DialectName, text: string): Model {
  const m = emptyModel(dialect);
  const tables = new Map<string, Table>();
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
    const dot = ref.indexOf('.');
    const [t, name] = dot < 0 ? [ref, ''] : [ref.slice(0, dot), ref.slice(dot + 1)];
    // A table's definition is `present`, or `present in <location>` (facets.ts valueText); every other one is JSON.
    const v = type === 'table' ? null : JSON.parse(value);
    switch (type) {
      case 'table': {
        const tb = table(t);
        if (value.startsWith('present in ')) tb.location = value.slice('present in '.length);
        break;
      }
      // (found by a fresh user: a product with enum types, Logto, made plan detect an internal error)
      case 'enum_type': (m.enumTypes ??= []).push({ name: t, values: v[0], ...(v[1] !== null ? { location: v[1] } : {}) }); break;
      case 'column': table(t).columns.push({ name, type: v[0], nullable: v[1], ...(v[2] === null ? {} : { default: v[2] }) }); break;
      case 'primary_key': table(t).primaryKey = { name: v[0], columns: v[1] }; break;
      case 'unique': table(t).uniques.push({ name, columns: v }); break;
      case 'foreign_key': table(t).foreignKeys.push({ name, columns: v[0], refTable: v[1], refColumns: v[2], onDelete: v[3], onUpdate: v[4] }); break;
      case 'index': table(t).indexes.push(indexOfKey(name, v)); break;
      case 'check': table(t).checks.push({ name, expression: v }); break;
      default: throw new Error(`internal: unknown facet type in a state listing: ${key}`);
    }
  }
  m.tables.push(...[...tables.values()].sort((a, b) => (a.name < b.name ? -1 : 1)));
  const back = lines.length ? listing(m).split('\n') : listing(m) === '' ? [] : [listing(m)];
  const want = lines.slice().sort();
  const first = want.findIndex((l, i) => back[i] !== l);
  if (first >= 0 || back.length !== want.length) throw new Error(`internal: a state listing does not read back as the same model (did the facet format change?): ${want[first] ?? back[want.length]}`);
  return m;
}

// Index names another table holds. Where index names are unique across the schema or database, not per table
// (DialectRules.indexNameScope 'schema': SQLite, whose index names are database-wide, and PostgreSQL, where indexes
// share the schema's relation names), an index the script creates may take a name that an index of a table outside
// the product already has. The script's own steps are model-derived: SQLite's create_index runs DROP INDEX IF EXISTS
// before CREATE INDEX (and PostgreSQL's concurrent build DROP INDEX CONCURRENTLY IF EXISTS), which would remove that
// other table's index, and the run would say it applied. The script never drops what it does not own: right after its
// version check, before any change, it stops, naming the clash, when an object of such a name is there and is not an
// index of one of the product's tables (MySQL's index names are per table: no clash there).
import type { Dialect } from '../../dialects/dialect.js';
import type { Model } from '../../model/model.js';
import type { Sql } from '../sql.js';
import type { GuardInput } from '../guards.js';

/** The index names a script claims, and the tables that may hold them (DialectGuards.stopIfIndexNamesTaken). */
export interface IndexNameSpec {
  /**
   * Each index the script creates, by name, with the table the product puts it on and that table's location
   * (product.yaml `locations:`; absent: the main schema or database), in name order.
   */
  indexes: { name: string; table: string; location?: string }[];
  /** Every table of the product on the script's path (at its start, after any statement): their indexes are its own. */
  productTables: string[];
  /** The product, for the message ("an index of a sq table"). */
  product: string;
  /** "sq 0 → 1.0", for the message. */
  script: string;
}

/**
 * The check's specification: undefined where index names are per table, the dialect has no such check, or the script
 * creates no index. `models`: the start model and the model after each statement.
 */
export function indexNameSpec(d: Dialect, models: Model[], statements: readonly GuardInput[], product: string, script: string): IndexNameSpec | undefined {
  if (d.rules.indexNameScope !== 'schema' || !d.guards.stopIfIndexNamesTaken) return undefined;
  const indexes = new Map<string, string>();
  for (const st of statements) {
    for (const e of st.effects) if (e.ref.type === 'index' && e.value?.type === 'index' && !indexes.has(e.ref.name)) indexes.set(e.ref.name, e.ref.table);
  }
  if (!indexes.size) return undefined;
  const productTables = [...new Set(models.flatMap((m) => m.tables.map((t) => t.name)))].sort();
  const locationOf = (table: string) => models.map((m) => m.tables.find((t) => t.name === table)).find((t) => t)?.location;
  return {
    indexes: [...indexes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, table]) => {
      const location = locationOf(table);
      return { name, table, ...(location !== undefined ? { location } : {}) };
    }),
    productTables,
    product,
    script,
  };
}

/** The statements of the check and the header's line; nothing when there is no spec. */
export function indexNameCheck(d: Dialect, spec: IndexNameSpec | undefined): { statements: Sql[]; comment?: string } {
  if (!spec) return { statements: [] };
  return {
    statements: d.guards.stopIfIndexNamesTaken!(spec),
    comment: `index names: ${spec.indexes.length === 1 ? `the index this script creates (${spec.indexes[0].name}) takes a name` : `the indexes this script creates (${spec.indexes.map((i) => i.name).join(', ')}) take names`} unique across the ${d.script.placeWord}: the script stops before any change when an object that is not an index of a ${spec.product} table holds one`,
  };
}

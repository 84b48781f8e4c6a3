// Names PostgreSQL would not take for a product's object, or would take for one of its own (DialectRules.reservedName),
// and enum labels it would refuse (DialectRules.enumLabelProblem). Found in review: each was accepted by plan validate
// and failed, or did something else, on the engine.

/**
 * The names of the types in schema pg_catalog that a type named in a column definition resolves to before one of the
 * product's schema (pg_catalog is searched first when search_path does not name it: PostgreSQL 15 manual, 5.9.5 "The
 * System Catalog Schema"): an enum type of the product named so is created, and a column of type enum(<name>) gets the
 * built-in type instead (measured: `create_enum_type { name: text }` then a column of type enum(text) made a column of
 * pg_catalog.text). The list is pg_type of pg_catalog on PostgreSQL 15.20 (`SELECT typname FROM pg_type WHERE
 * typnamespace = 'pg_catalog'::regnamespace AND typname !~ '^(_|pg_)'`), which holds the types of Table 8.1 of the
 * manual under their internal names (int4, bool, varchar…); array types (`_<name>`) and the catalog's own row types
 * (`pg_…`) are refused by their prefixes.
 */
export const PG_CATALOG_TYPES: ReadonlySet<string> = new Set(
  ('aclitem any anyarray anycompatible anycompatiblearray anycompatiblemultirange anycompatiblenonarray anycompatiblerange ' +
    'anyelement anyenum anymultirange anynonarray anyrange bit bool box bpchar bytea char cid cidr circle cstring date ' +
    'datemultirange daterange event_trigger fdw_handler float4 float8 gtsvector index_am_handler inet int2 int2vector int4 ' +
    'int4multirange int4range int8 int8multirange int8range internal interval json jsonb jsonpath language_handler line lseg ' +
    'macaddr macaddr8 money name numeric nummultirange numrange oid oidvector path point polygon record refcursor regclass ' +
    'regcollation regconfig regdictionary regnamespace regoper regoperator regproc regprocedure regrole regtype ' +
    'table_am_handler text tid time timestamp timestamptz timetz trigger tsm_handler tsmultirange tsquery tsrange ' +
    'tstzmultirange tstzrange tsvector txid_snapshot unknown uuid varbit varchar void xid xid8 xml').split(' '),
);

/** The system columns every table has (PostgreSQL 15 manual, 5.5 "System Columns"): a column may not be named so. */
export const PG_SYSTEM_COLUMNS: ReadonlySet<string> = new Set(['tableoid', 'xmin', 'cmin', 'xmax', 'cmax', 'ctid']);

/**
 * Why PostgreSQL would refuse `name` for a new object of kind `kind`, or resolve it to one of its own; undefined when
 * it takes it. Tables: a name beginning with pg_ (every relation of pg_catalog is named so, and pg_catalog is searched
 * first: a table named pg_description would be the catalog's to every unqualified query; the manual, 5.9.1, reserves
 * the prefix for schemas). Columns: the system columns. Enum types: the built-in types' names (PG_CATALOG_TYPES),
 * their array types' (`_int4`) and pg_….
 */
export function postgresReservedName(kind: string, name: string): string | undefined {
  if (kind === 'table' && name.startsWith('pg_')) {
    return `table names beginning with pg_ are PostgreSQL's: every table of pg_catalog is named so and pg_catalog is searched first, so the name would resolve to the catalog's table (PostgreSQL 15 manual, 5.9.1 and 5.9.5)`;
  }
  if (kind === 'column' && PG_SYSTEM_COLUMNS.has(name)) {
    return `"${name}" is a system column of every PostgreSQL table (PostgreSQL 15 manual, 5.5 "System Columns"): a column of that name cannot be created`;
  }
  if (kind === 'enum type' && (PG_CATALOG_TYPES.has(name) || name.startsWith('pg_') || (name.startsWith('_') && PG_CATALOG_TYPES.has(name.slice(1))))) {
    return `"${name}" is the name of a built-in PostgreSQL type (pg_catalog, searched first): a column of type enum(${name}) would get the built-in type, not the enum (PostgreSQL 15 manual, 5.9.5 and Table 8.1)`;
  }
  return undefined;
}

/** NAMEDATALEN - 1: the most bytes an enum label holds (PostgreSQL 15 manual, 8.7.4 "Implementation Details"). */
const MAX_LABEL_BYTES = 63;

/** The first enum label longer than 63 bytes in UTF-8 (a label's length is counted in bytes, not characters). */
export function postgresEnumLabelProblem(values: readonly string[]): { index: number; why: string } | undefined {
  const index = values.findIndex((v) => Buffer.byteLength(v, 'utf8') > MAX_LABEL_BYTES);
  if (index < 0) return undefined;
  return { index, why: `is ${Buffer.byteLength(values[index], 'utf8')} bytes long in UTF-8; PostgreSQL keeps at most ${MAX_LABEL_BYTES} bytes in an enum label (NAMEDATALEN - 1, PostgreSQL 15 manual, 8.7.4)` };
}

// PostgreSQL: native IF [NOT] EXISTS where it exists, DO blocks over pg_catalog where it does not.
import type { Scalar } from '../../plan/types.js';
import type { Column, ForeignKey, Index, Model, Table } from '../../model/model.js';
import type { Dialect } from '../dialect.js';
import { PG_KEYWORDS } from './keywords.js';

const TYPES: Record<string, string> = {
  bigint: 'BIGINT',
  'bigint unsigned': 'BIGINT', // PostgreSQL has no unsigned integers
  integer: 'INTEGER',
  'integer unsigned': 'INTEGER',
  smallint: 'SMALLINT',
  boolean: 'BOOLEAN',
  text: 'TEXT',
  bytes: 'BYTEA',
};

// quote_ident's rule: lower-case letters, digits and underscores, not starting with a digit, not a keyword.
function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !PG_KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function literal(v: Scalar | null): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  return `'${v.replace(/'/g, "''")}'`;
}

/** format_type() spelling of a model type. */
function formatType(type: string): string {
  const m = /^(VARCHAR|CHAR)\((\d+)\)(\[\])?$/.exec(type);
  if (m) return `${m[1] === 'VARCHAR' ? 'character varying' : 'character'}(${m[2]})${m[3] ?? ''}`;
  return type.toLowerCase();
}

/** pg_get_expr() spelling of a column default. */
function catalogDefault(c: Column): string {
  const v = c.default!;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return v < 0 ? `'${v}'::${formatType(c.type)}` : String(v);
  const cast = c.type.startsWith('VARCHAR') ? 'character varying' : c.type.startsWith('CHAR') ? 'bpchar' : formatType(c.type);
  return `'${v.replace(/'/g, "''")}'::${cast}`;
}

const cols = (names: string[]) => names.map(quoteIdent).join(', ');

const defs = {
  primaryKey: (t: Table) => `PRIMARY KEY (${cols(t.primaryKey!.columns)})`,
  unique: (columns: string[]) => `UNIQUE (${cols(columns)})`,
  foreignKey(fk: ForeignKey): string {
    let s = `FOREIGN KEY (${cols(fk.columns)}) REFERENCES ${quoteIdent(fk.refTable)}(${cols(fk.refColumns)})`;
    if (fk.onUpdate !== 'NO ACTION') s += ` ON UPDATE ${fk.onUpdate}`;
    if (fk.onDelete !== 'NO ACTION') s += ` ON DELETE ${fk.onDelete}`;
    return s;
  },
  index: (t: Table, ix: Index) =>
    `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(ix.name)} ON ${quoteIdent(t.name)} USING btree (${ix.columns
      .map((c) => quoteIdent(c.name) + (c.desc ? ' DESC' : ''))
      .join(', ')})`,
  columnType: (c: Column) => formatType(c.type),
};

function catalogLines(m: Model): string[] {
  const out: string[] = [];
  for (const t of m.tables) {
    const T = `T ${t.name} |`;
    for (const c of t.columns) {
      out.push(`${T} COL ${c.name} ${formatType(c.type)}${c.nullable ? '' : ' NOT NULL'}${c.default !== undefined ? ' DEFAULT ' + catalogDefault(c) : ''}`);
    }
    if (t.primaryKey) out.push(`${T} CON ${t.primaryKey.name} ${defs.primaryKey(t)}`);
    for (const u of t.uniques) out.push(`${T} CON ${u.name} ${defs.unique(u.columns)}`);
    for (const fk of t.foreignKeys) out.push(`${T} CON ${fk.name} ${defs.foreignKey(fk)}`);
    for (const ck of t.checks) out.push(`${T} CON ${ck.name} CHECK ((${ck.expression}))`);
    for (const ix of t.indexes) out.push(`${T} IDX ${defs.index(t, ix)}`);
  }
  return out.sort();
}

// Catalog look-ups relative to the current schema, so a script works wherever search_path points.
const rel = (table: string) => `to_regclass(${literal(quoteIdent(table))})`;
const guards = {
  tableExists: (t: string) => `${rel(t)} IS NOT NULL`,
  tableMissing: (t: string) => `${rel(t)} IS NULL`,
  columnExists: (t: string, c: string) =>
    `EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = ${rel(t)} AND attname = ${literal(c)} AND attnum > 0 AND NOT attisdropped)`,
  columnsExist: (pairs: [string, string][]) =>
    `(SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND (table_name, column_name) IN (\n    ${pairs.map(([t, c]) => `(${literal(t)}, ${literal(c)})`).join(',\n    ')})) = ${pairs.length}`,
  // Every guard that lets a statement run also requires its table: a re-run of a long script may find a
  // table that a later plan of the same script has dropped.
  columnMissing: (t: string, c: string) => `${guards.tableExists(t)} AND NOT ${guards.columnExists(t, c)}`,
  columnTypeDiffers: (t: string, c: string, formatted: string) =>
    `EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = ${rel(t)} AND attname = ${literal(c)} AND attnum > 0 AND NOT attisdropped AND format_type(atttypid, atttypmod) <> ${literal(formatted)})`,
  columnNullable: (t: string, c: string) =>
    `EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = ${rel(t)} AND attname = ${literal(c)} AND attnum > 0 AND NOT attisdropped AND NOT attnotnull)`,
  columnNotNull: (t: string, c: string) =>
    `EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = ${rel(t)} AND attname = ${literal(c)} AND attnum > 0 AND NOT attisdropped AND attnotnull)`,
  constraintExists: (t: string, name: string) =>
    `EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = ${rel(t)} AND conname = ${literal(name)})`,
  constraintMissing: (t: string, name: string) => `${guards.tableExists(t)} AND NOT ${guards.constraintExists(t, name)}`,
  constraintMatches: (t: string, name: string, def: string) =>
    `EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = ${rel(t)} AND conname = ${literal(name)} AND pg_get_constraintdef(oid) = ${literal(def)})`,
  primaryKeyMatches: (t: string, def: string) =>
    `EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = ${rel(t)} AND contype = 'p' AND pg_get_constraintdef(oid) = ${literal(def)})`,
  primaryKeyDiffers: (t: string, def: string) => `${guards.tableExists(t)} AND NOT ${guards.primaryKeyMatches(t, def)}`,
  constraintDiffers: (t: string, name: string, def: string) => `${guards.tableExists(t)} AND NOT ${guards.constraintMatches(t, name, def)}`,
  indexDiffers: (t: string, name: string, def: string) => `${guards.tableExists(t)} AND NOT ${guards.indexMatches(t, name, def)}`,
  renameTable: (from: string, to: string) => `${guards.tableExists(from)} AND ${guards.tableMissing(to)}`,
  renameColumn: (t: string, from: string, to: string) => `${guards.columnExists(t, from)} AND NOT ${guards.columnExists(t, to)}`,
  /** Every column exists (and so the table): a re-run may meet a table a later plan reshaped. */
  hasColumns: (t: string, cols: string[]) =>
    `(SELECT count(*) FROM pg_attribute WHERE attrelid = ${rel(t)} AND attname IN (${[...new Set(cols)].map(literal).join(', ')}) AND attnum > 0 AND NOT attisdropped) = ${new Set(cols).size}`,
  /** The referenced columns carry a primary key or unique constraint, as a foreign key needs. */
  keyExists: (t: string, cols: string[]) =>
    `EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = ${rel(t)} AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN (${literal(`PRIMARY KEY (${cols.map(quoteIdent).join(', ')})`)}, ${literal(`UNIQUE (${cols.map(quoteIdent).join(', ')})`)}))`,
  /** None of these tables exists (names a later plan of the same script gives the table). */
  tablesMissing: (tables: string[]) => tables.map((t) => guards.tableMissing(t)).join(' AND '),
  columnsMissing: (t: string, cols: string[]) => cols.map((c) => `NOT ${guards.columnExists(t, c)}`).join(' AND '),
  // pg_get_indexdef qualifies the table with its schema; strip it to compare with the model's spelling.
  indexMatches: (t: string, name: string, def: string) =>
    `EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = ${rel(t)} AND c.relname = ${literal(name)} AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = ${literal(def)})`,
};

/** DO $plan$…$plan$, with another tag ($plan_1$, …) when the body holds "$plan$" (in a value, say) and would end early. */
function doBlock(body: string): string {
  let tag = '$plan$';
  for (let i = 1; body.includes(tag); i++) tag = `$plan_${i}$`;
  return `DO ${tag}\n${body}\n${tag};`;
}

export const postgres: Dialect = {
  name: 'postgres',
  maxIdentifierLength: 63,
  applyHint: 'psql -v ON_ERROR_STOP=1 -f FILE',
  columnType(portable) {
    if (TYPES[portable]) return TYPES[portable];
    const m = /^(varchar|char)\((\d+)\)(\[\])?$/.exec(portable);
    if (m) return `${m[1].toUpperCase()}(${m[2]})${m[3] ?? ''}`;
    return { error: `type "${portable}" has no PostgreSQL mapping` };
  },
  defaultPrimaryKeyName: (t) => `${t}_pkey`,
  quoteIdent,
  literal,
  columnSql(c) {
    let s = `${quoteIdent(c.name)} ${c.type}`;
    if (!c.nullable) s += ' NOT NULL';
    if (c.default !== undefined) s += ` DEFAULT ${literal(c.default)}`;
    return s;
  },
  catalogLines,
  defs,
  guards,
  guarded: (condition, statement) =>
    doBlock(`BEGIN\n  IF ${condition} THEN\n    ${statement.trim().replace(/;?\s*$/, ';').split('\n').join('\n    ')}\n  END IF;\nEND`),
  stopUnless: (condition, message) =>
    doBlock(`BEGIN\n  IF NOT (${condition}) THEN\n    RAISE EXCEPTION ${literal(message)};\n  END IF;\nEND`),
  concat: (parts) => `(${parts.join(' || ')})`,
  distinct: (a, b) => `${a} IS DISTINCT FROM ${b}`,
  transaction: { begin: 'BEGIN;', commit: 'COMMIT;' },
  formatterLanguage: 'postgresql',
};

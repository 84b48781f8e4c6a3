// SQLite's catalog as the scripts and the catalog listing read it: sqlite_schema and the pragma table-valued
// functions (pragma_table_info, pragma_index_list, pragma_index_xinfo, pragma_foreign_key_list; SQLite 3.16+,
// "PRAGMA functions" in https://sqlite.org/pragma.html). SQLite keeps no name for a primary key, a UNIQUE table
// constraint or a foreign key (they live only in the CREATE TABLE text): those are known by their columns.
import { isCurrentTimestamp, type Column, type ForeignKey, type Index, type Model } from '../../model/model.js';
import type { Facet } from '../../compile/facets.js';
import type { Naming } from '../../operations/naming.js';
import { literalText } from './syntax.js';
import { bytesDefaultHex } from '../dialect.js';

const L = literalText;
const cols = (names: string[]) => names.join(', ');
const indexCols = (ix: Index) => ix.columns.map((c) => c.name + (c.desc ? ' DESC' : '')).join(', ');
/** ` WHERE <predicate>` of a partial index, as the catalog reads it back from the CREATE INDEX text (trimmed). */
const indexWhere = (ix: Index) => (ix.where !== undefined ? ` WHERE ${ix.where.trim()}` : '');

/** A column's default as pragma_table_info's dflt_value spells it: the text of the DDL, which the scripts write with `columnDefault`. */
export function catalogDefault(c: Column): string {
  if (isCurrentTimestamp(c.default)) return 'CURRENT_TIMESTAMP';
  // (a bytes column's default that is not a string is refused where it is written: here, its literal, refusing nothing)
  const hex = c.type === 'blob' ? bytesDefaultHex(c) : undefined;
  if (hex !== undefined) return `X'${hex.toUpperCase()}'`;
  return literalText(c.default ?? null);
}

/** `type[ NOT NULL][ DEFAULT x]`: a column as pragma_table_info shows it (declared type in lower case). */
export function columnDef(c: Column): string {
  return `${c.type}${c.nullable ? '' : ' NOT NULL'}${c.default !== undefined ? ` DEFAULT ${catalogDefault(c)}` : ''}`;
}

/** `a, b -> t (x, y) ON DELETE … ON UPDATE …`: a foreign key as pragma_foreign_key_list shows it. */
export function fkDef(fk: ForeignKey): string {
  return `(${cols(fk.columns)}) -> ${fk.refTable} (${cols(fk.refColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`;
}

/**
 * The catalog listing the model predicts, in the format of SQLITE_CATALOG_SQL (src/engines/catalog.ts): one line
 * per column, primary key, UNIQUE constraint (by its columns), index (by name) and foreign key (by its columns).
 */
export function catalogLines(m: Model): string[] {
  const out: string[] = [];
  for (const t of m.tables) {
    const T = `T ${t.name} |`;
    for (const c of t.columns) out.push(`${T} COL ${c.name} ${columnDef(c)}`);
    if (t.primaryKey) out.push(`${T} PK (${cols(t.primaryKey.columns)})`);
    for (const u of t.uniques) out.push(`${T} UQ (${cols(u.columns)})`);
    for (const ix of t.indexes) out.push(`${T} ${ix.unique ? 'UIDX' : 'IDX'} ${ix.name} (${indexCols(ix)})${indexWhere(ix)}`);
    for (const fk of t.foreignKeys) out.push(`${T} FK ${fkDef(fk)}`);
  }
  return out.sort();
}

/** The (key, definitions) rows catalogRowsSql shows for one object of the model. */
export function catalogRows(f: Facet): { key: string; defs: string[] }[] {
  const v = f.value;
  if (!v) return [];
  const t = f.ref.table;
  switch (v.type) {
    case 'table': return [{ key: `table ${t}`, defs: ['present'] }];
    case 'column': return [{ key: `column ${t}.${v.column.name}`, defs: [columnDef(v.column)] }];
    case 'primary_key': return [{ key: `primary_key ${t}.PRIMARY`, defs: [cols(v.pk.columns)] }];
    case 'unique': return [{ key: `unique ${t}.(${cols(v.unique.columns)})`, defs: ['present'] }];
    case 'index': return [{ key: `index ${t}.${v.index.name}`, defs: [`${v.index.unique ? 'UNIQUE ' : ''}${indexCols(v.index)}${indexWhere(v.index)}`] }];
    case 'foreign_key': return [{ key: `foreign_key ${t}.${fkDef(v.fk)}`, defs: ['present'] }];
    // SQLite keeps CHECK constraints only in the CREATE TABLE text: not compared.
    case 'check': return [];
    // SQLite has no enum types (the model keeps their values for the columns: text).
    case 'enum_type': return [];
  }
}

/** A catalog line with the physical names of `n` (tables; SQLite keeps no key names). */
export function renameLine(line: string, n: Naming): string {
  const m = /^T (\S+) \| (.*)$/.exec(line);
  if (!m) return line;
  const rest = m[2].replace(/ -> (\S+) \(/, (_, t: string) => ` -> ${n.table(t)} (`);
  return `T ${n.table(m[1])} | ${rest}`;
}

/** The product tables of the main schema among `tables` (sqlite_schema rows). */
const tablesIn = (tables: string[]) => `SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN (${tables.map(L).join(', ') || 'NULL'})`;

/** group_concat over an ordered subquery: SQLite 3.40 (Debian 12) has no ORDER BY inside an aggregate. */
const ordered = (expr: string, from: string, order: string) => `(SELECT group_concat(x, ', ') FROM (SELECT ${expr} AS x FROM ${from} ORDER BY ${order}))`;

/**
 * (kind, tbl, name, def) for every table, column, primary key, UNIQUE constraint, index and foreign key of `tables`:
 * the keys and definitions `catalogRows` gives (the name column holds what follows `<kind> <tbl>.`).
 */
export function catalogRowsSql(tables: string[]): string {
  const t = tablesIn(tables);
  return [
    `SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (${t}) p`,
    `SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (${t}) p, pragma_table_info(p.name) c`,
    `SELECT 'primary_key', p.name, 'PRIMARY', ${ordered('k.name', 'pragma_table_info(p.name) k WHERE k.pk > 0', 'k.pk')} FROM (${t}) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)`,
    `SELECT 'unique', p.name, '(' || ${ordered('k.name', 'pragma_index_xinfo(i.name) k WHERE k.key = 1', 'k.seqno')} || ')', 'present' FROM (${t}) p, pragma_index_list(p.name) i WHERE i.origin = 'u'`,
    `SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || ${ordered(`k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END`, 'pragma_index_xinfo(i.name) k WHERE k.key = 1', 'k.seqno')} || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (${t}) p, pragma_index_list(p.name) i WHERE i.origin = 'c'`,
    `SELECT 'foreign_key', p.name, '(' || ${ordered('k."from"', 'pragma_foreign_key_list(p.name) k WHERE k.id = f.id', 'k.seq')} || ') -> ' || f."table" || ' (' || ${ordered('k."to"', 'pragma_foreign_key_list(p.name) k WHERE k.id = f.id', 'k.seq')} || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (${t}) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0`,
  ].join('\n    UNION ALL ');
}

// MySQL 8 and MariaDB 10.11 from one file: no IF [NOT] EXISTS inside ALTER/INDEX statements (MySQL 8 has
// none), no stored procedures, no DELIMITER. Each guarded statement is built by a check on
// information_schema and run through PREPARE/EXECUTE.
import type { Scalar } from '../../plan/types.js';
import type { Column, ForeignKey, Index, Model, Table } from '../../model/model.js';
import type { Dialect } from '../dialect.js';

const TYPES: Record<string, string> = {
  bigint: 'BIGINT',
  'bigint unsigned': 'BIGINT UNSIGNED',
  integer: 'INT',
  'integer unsigned': 'INT UNSIGNED',
  smallint: 'SMALLINT',
  boolean: 'BOOLEAN',
  text: 'TEXT',
  bytes: 'BLOB',
};

// COLUMN_TYPE as MariaDB 10.11 reports it (the reference catalogs) and as MySQL 8.0.19+ reports it
// (no display width on integers). Guards accept both; the predicted catalog uses the first.
const DISPLAY: Record<string, [string, string]> = {
  BIGINT: ['bigint(20)', 'bigint'],
  'BIGINT UNSIGNED': ['bigint(20) unsigned', 'bigint unsigned'],
  INT: ['int(11)', 'int'],
  'INT UNSIGNED': ['int(10) unsigned', 'int unsigned'],
  SMALLINT: ['smallint(6)', 'smallint'],
  BOOLEAN: ['tinyint(1)', 'tinyint(1)'],
  TEXT: ['text', 'text'],
  BLOB: ['blob', 'blob'],
};
function columnTypeSpellings(type: string): [string, string] {
  return DISPLAY[type] ?? [type.toLowerCase(), type.toLowerCase()];
}

const quoteIdent = (name: string) => '`' + name.replace(/`/g, '``') + '`';

function literal(v: Scalar | null): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** COLUMN_DEFAULT as MariaDB reports it (a string literal, with ' doubled and \\ escaped). */
function catalogDefault(c: Column): string {
  const v = c.default!;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return String(v);
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

const plainCols = (names: string[]) => names.join(', ');
const indexCols = (ix: Index) => ix.columns.map((c) => c.name + (c.desc ? ' DESC' : '')).join(', ');

const defs = {
  primaryKey: (t: Table) => plainCols(t.primaryKey!.columns),
  unique: (columns: string[]) => plainCols(columns),
  foreignKey: (fk: ForeignKey) =>
    `${plainCols(fk.columns)} -> ${fk.refTable} (${plainCols(fk.refColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`,
  index: (_t: Table, ix: Index) => indexCols(ix),
  columnType: (c: Column) => columnTypeSpellings(c.type)[0],
};

function catalogLines(m: Model): string[] {
  const out: string[] = [];
  for (const t of m.tables) {
    const T = `T ${t.name} |`;
    for (const c of t.columns) {
      out.push(`${T} COL ${c.name} ${columnTypeSpellings(c.type)[0]}${c.nullable ? '' : ' NOT NULL'}${c.default !== undefined ? ' DEFAULT ' + catalogDefault(c) : ''}`);
    }
    if (t.primaryKey) out.push(`${T} PK (${plainCols(t.primaryKey.columns)})`);
    for (const u of t.uniques) out.push(`${T} UQ ${u.name} (${plainCols(u.columns)})`);
    for (const ix of t.indexes) out.push(`${T} ${ix.unique ? 'UQ' : 'IDX'} ${ix.name} (${indexCols(ix)})`);
    for (const fk of t.foreignKeys) {
      out.push(`${T} FK ${fk.name} (${plainCols(fk.columns)}) -> ${fk.refTable} (${plainCols(fk.refColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`);
    }
  }
  return out.sort();
}

const inSchema = `TABLE_SCHEMA = DATABASE()`;
const guards = {
  tableExists: (t: string) => `EXISTS (SELECT 1 FROM information_schema.TABLES WHERE ${inSchema} AND TABLE_NAME = ${literal(t)})`,
  tableMissing: (t: string) => `NOT ${guards.tableExists(t)}`,
  columnExists: (t: string, c: string) =>
    `EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE ${inSchema} AND TABLE_NAME = ${literal(t)} AND COLUMN_NAME = ${literal(c)})`,
  columnsExist: (pairs: [string, string][]) =>
    `(SELECT COUNT(*) FROM information_schema.COLUMNS WHERE ${inSchema} AND (TABLE_NAME, COLUMN_NAME) IN (\n    ${pairs.map(([t, c]) => `(${literal(t)}, ${literal(c)})`).join(',\n    ')})) = ${pairs.length}`,
  // Every guard that lets a statement run also requires its table: a re-run of a long script may find a
  // table that a later plan of the same script has dropped.
  columnMissing: (t: string, c: string) => `${guards.tableExists(t)} AND NOT ${guards.columnExists(t, c)}`,
  columnTypeDiffers: (t: string, c: string, type: string) =>
    `EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE ${inSchema} AND TABLE_NAME = ${literal(t)} AND COLUMN_NAME = ${literal(c)} AND COLUMN_TYPE NOT IN (${columnTypeSpellings(type).map(literal).join(', ')}))`,
  columnNullable: (t: string, c: string) =>
    `EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE ${inSchema} AND TABLE_NAME = ${literal(t)} AND COLUMN_NAME = ${literal(c)} AND IS_NULLABLE = 'YES')`,
  columnNotNull: (t: string, c: string) =>
    `EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE ${inSchema} AND TABLE_NAME = ${literal(t)} AND COLUMN_NAME = ${literal(c)} AND IS_NULLABLE = 'NO')`,
  indexExists: (t: string, name: string) =>
    `EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE ${inSchema} AND TABLE_NAME = ${literal(t)} AND INDEX_NAME = ${literal(name)})`,
  indexMissing: (t: string, name: string) => `${guards.tableExists(t)} AND NOT ${guards.indexExists(t, name)}`,
  /** The index (or PRIMARY) exists and its column list differs from `def` ("a, b DESC"). */
  indexDiffers: (t: string, name: string, def: string, unique: boolean) =>
    `EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE ${inSchema} AND TABLE_NAME = ${literal(t)} AND INDEX_NAME = ${literal(name)} GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> ${literal(def)} OR MAX(NON_UNIQUE) <> ${unique ? 0 : 1})`,
  fkExists: (t: string, name: string) =>
    `EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ${literal(t)} AND CONSTRAINT_NAME = ${literal(name)})`,
  fkMissing: (t: string, name: string) => `${guards.tableExists(t)} AND NOT ${guards.fkExists(t, name)}`,
  renameTable: (from: string, to: string) => `${guards.tableExists(from)} AND ${guards.tableMissing(to)}`,
  renameColumn: (t: string, from: string, to: string) => `${guards.columnExists(t, from)} AND NOT ${guards.columnExists(t, to)}`,
  /** Every column exists (and so the table): a re-run may meet a table a later plan reshaped. */
  hasColumns: (t: string, cols: string[]) =>
    `(SELECT COUNT(*) FROM information_schema.COLUMNS WHERE ${inSchema} AND TABLE_NAME = ${literal(t)} AND COLUMN_NAME IN (${[...new Set(cols)].map(literal).join(', ')})) = ${new Set(cols).size}`,
  /** Some index of the referenced table starts with the referenced columns, as InnoDB needs. */
  keyExists: (t: string, cols: string[]) =>
    `EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE ${inSchema} AND TABLE_NAME = ${literal(t)} GROUP BY INDEX_NAME HAVING SUBSTRING_INDEX(GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','), ',', ${cols.length}) = ${literal(cols.join(','))})`,
  /** None of these tables exists (names a later plan of the same script gives the table). */
  tablesMissing: (tables: string[]) => tables.map((t) => guards.tableMissing(t)).join(' AND '),
  columnsMissing: (t: string, cols: string[]) => cols.map((c) => `NOT ${guards.columnExists(t, c)}`).join(' AND '),
  /** The foreign key exists and its definition differs; NO ACTION and RESTRICT are the same thing in InnoDB. */
  fkDiffers: (t: string, name: string, def: string) =>
    `EXISTS (SELECT 1 FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = ${literal(t)} AND k.CONSTRAINT_NAME = ${literal(name)} GROUP BY k.CONSTRAINT_NAME HAVING CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) <> ${literal(def)})`,
};

// Longest message MySQL keeps in an identifier: the stop message is the name of a table that does not exist.
const MAX_STOP = 64;

export const mysql: Dialect = {
  name: 'mysql',
  maxIdentifierLength: 64,
  applyHint: 'mysql DATABASE < FILE  (or: mariadb DATABASE < FILE)',
  columnType(portable) {
    if (TYPES[portable]) return TYPES[portable];
    const m = /^(varchar|char)\((\d+)\)$/.exec(portable);
    if (m) return `${m[1].toUpperCase()}(${m[2]})`;
    return { error: `type "${portable}" has no MySQL mapping (give the column a mysql: { type: … } override)` };
  },
  defaultPrimaryKeyName: () => 'PRIMARY',
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
    [
      `SET @plan_sql = IF(\n  ${condition},\n  ${literal(statement.trim().replace(/;$/, ''))},\n  'DO 0');`,
      'PREPARE plan_stmt FROM @plan_sql;',
      'EXECUTE plan_stmt;',
      'DEALLOCATE PREPARE plan_stmt;',
    ].join('\n'),
  // SIGNAL cannot be prepared in MySQL; preparing a SELECT from a table named after the message fails
  // with that message in the error text, which stops the mysql client.
  stopUnless: (condition, message) =>
    [
      `SET @plan_sql = IF(\n  ${condition},\n  'DO 0',\n  ${literal('SELECT 1 FROM ' + quoteIdent(('plan stopped: ' + message).slice(0, MAX_STOP).replace(/`/g, "'")))});`,
      'PREPARE plan_stmt FROM @plan_sql;',
      'EXECUTE plan_stmt;',
      'DEALLOCATE PREPARE plan_stmt;',
    ].join('\n'),
  concat: (parts) => `CONCAT(${parts.join(', ')})`,
  distinct: (a, b) => `NOT (${a} <=> ${b})`,
  transaction: undefined,
  formatterLanguage: 'mysql',
};

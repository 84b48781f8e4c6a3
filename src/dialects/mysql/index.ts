// MySQL 8 and MariaDB 10.11 from one file: no IF [NOT] EXISTS inside ALTER/INDEX statements (MySQL 8 has
// none), no stored procedures, no DELIMITER. Each guarded statement is built by a check on
// information_schema and run through PREPARE/EXECUTE. The script holds no backslash at all, so it reads the
// same with or without NO_BACKSLASH_ESCAPES, in the server and in the mysql client's own parser.
import { mysqlValueDomain } from './domains.js';
import { mysqlHazards } from './hazards.js';
import type { Scalar } from '../../plan/types.js';
import { isCurrentTimestamp, type Column, type EnumType, type ForeignKey, type Index, type Model } from '../../model/model.js';
import { DROP_AND_RECREATE_FOREIGN_KEYS, bytesDefault, bytesDefaultHex, checkedType, columnDefinition, plainDefault, durationText, lineComment, type ApplyTarget, type Dialect, type DialectSyntax, type NewTable, type RowCheck, type RowSizeNeed, type RowSizeSpec, type StopDetail, type TimeoutStatements, type Timeouts } from '../dialect.js';
import { Sql, joinSql, sql } from '../../compile/sql.js';
import type { Facet, FacetRef, FacetValue, Predicate } from '../../compile/facets.js';
import { expectedRows, type VersionCheckSpec } from '../../compile/version-check.js';
import { mysqlFkActionProblems } from './fk-actions.js';
import { PLAN_COMMAND, shellWord, writtenWhole } from '../../shell.js';
import { fkActionsOnCheckedColumns } from '../../model/check-columns.js';
import type { Naming } from '../../operations/naming.js';
import { foreignReferencesMessage } from './foreign-references.js';
import type { ForeignReferenceSpec } from '../../compile/preflight/foreign-references.js';
import { busySessionsSql, changesDatabase, isSchemaChange } from './busy.js';
import { mysqlLocks } from './locks.js';
import { plural } from '../../plural.js';
import { ESCAPED_CODE_POINTS, escapedChar } from '../../text-rules.js';
import { ASSUMED_PAGE_SIZE, ASSUMED_ROW_FORMAT, CHARSET_OF_WIDTH, CHARSET_WIDTHS, WIDEST_CHARACTER, charsetFor, charsetsThatFit, fittingWidths, fitsNarrower, maxBytesPerCharacter, narrowAdvice, overLimit, remedyFor, rowBytes, tooLarge, widthName } from './row-size.js';

const TYPES: Record<string, string> = {
  bigint: 'BIGINT',
  'bigint unsigned': 'BIGINT UNSIGNED',
  integer: 'INT',
  'integer unsigned': 'INT UNSIGNED',
  smallint: 'SMALLINT',
  boolean: 'BOOLEAN',
  text: 'TEXT',
  bytes: 'BLOB',
  // As SQLAlchemy declares them on MySQL (a GUID as CHAR(36)).
  uuid: 'CHAR(36)',
  timestamptz: 'TIMESTAMP',
  timestamp: 'TIMESTAMP',
  datetime: 'DATETIME',
  json: 'JSON',
  date: 'DATE',
};
// ENUM('a','b'): the values as quoted literals without backslashes (see stringLiteral), from an enum type of the model.
const MODEL_TYPE = /^(BIGINT|BIGINT UNSIGNED|INT|INT UNSIGNED|SMALLINT|BOOLEAN|TEXT|BLOB|TIMESTAMP|DATETIME|JSON|DATE|(VARCHAR|CHAR)\(\d+\)|ENUM\('([^'\\]|'')*'(,'([^'\\]|'')*')*\))$/;

/** The column type of an enum type's values: ENUM('a','b'). @throws Error for a value with a backslash or a control character */
export function mysqlEnumColumnType(e: EnumType): string {
  return `ENUM(${e.values.map((v) => {
    if (/[\\\x00-\x1f\x7f]/.test(v)) throw new Error(`enum type ${e.name}: the value ${JSON.stringify(v)} holds a backslash or a control character, which a MySQL ENUM of this script cannot spell`);
    return `'${v.replace(/'/g, "''")}'`;
  }).join(',')})`;
}

/**
 * The first label of an ENUM's `values` MySQL would not keep as written, or would refuse, and why; undefined when none.
 * - Trailing spaces: "Trailing spaces are automatically deleted from ENUM member values in the table definition when a
 *   table is created" (MySQL 8.0 manual, 13.3.5 "The ENUM Type"; MariaDB 10.11 the same, measured: enum('a','b ') is
 *   shown as enum('a','b')), so the column would not hold the label the plan names.
 * - Labels one under the column's collation: ENUM('a','A') fails with ERROR 1291 "Column 'c' has duplicated value 'a'
 *   in ENUM" (MariaDB 10.11, measured), and so does ENUM('e','é') under utf8mb4_general_ci, the server's default
 *   there, as under MySQL 8's utf8mb4_0900_ai_ci (case and accent insensitive). A plan must work on any collation the
 *   product's database has, so labels that differ only in letter case or accents are refused. (Other foldings of
 *   the collations, such as 'ß' = 'ss' under utf8mb4_0900_ai_ci but 'ß' = 's' under utf8mb4_general_ci, are not
 *   checked here.)
 */
export function mysqlEnumLabelProblem(values: readonly string[]): { index: number; why: string } | undefined {
  const fold = (v: string) => v.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const seen = new Map<string, string>();
  for (const [index, v] of values.entries()) {
    if (/ $/.test(v)) return { index, why: `ends in a space: MySQL and MariaDB delete trailing spaces from ENUM labels (MySQL 8.0 manual, "The ENUM Type"), so the column would not hold ${JSON.stringify(v)}` };
    const other = seen.get(fold(v));
    if (other !== undefined) return { index, why: `differs from ${JSON.stringify(other)} only in letter case or accents: MySQL and MariaDB compare ENUM labels under the column's collation, case and accent insensitive by default, and refuse the pair (ERROR 1291 "duplicated value … in ENUM")` };
    seen.set(fold(v), v);
  }
  return undefined;
}

// COLUMN_TYPE as MariaDB 10.11 reports it (the reference catalogs) and as MySQL 8.0.19+ reports it
// (no display width on integers; MySQL 8.0 manual, 11.1.6 "Numeric Type Attributes"). Guards accept both;
// the predicted catalog uses the first.
const DISPLAY: Record<string, [string, string]> = {
  BIGINT: ['bigint(20)', 'bigint'],
  'BIGINT UNSIGNED': ['bigint(20) unsigned', 'bigint unsigned'],
  INT: ['int(11)', 'int'],
  'INT UNSIGNED': ['int(10) unsigned', 'int unsigned'],
  SMALLINT: ['smallint(6)', 'smallint'],
  BOOLEAN: ['tinyint(1)', 'tinyint(1)'],
  TEXT: ['text', 'text'],
  BLOB: ['blob', 'blob'],
  TIMESTAMP: ['timestamp', 'timestamp'],
  DATETIME: ['datetime', 'datetime'],
  // MariaDB's JSON is an alias of LONGTEXT with a CHECK (json_valid(…)) of its own (MariaDB KB, "JSON Data Type").
  JSON: ['longtext', 'json'],
  DATE: ['date', 'date'],
};
function columnTypeSpellings(type: string): [string, string] {
  // ENUM('a','B'): the keyword in lower case, the values as they are.
  const lower = type.startsWith('ENUM(') ? `enum${type.slice(4)}` : type.toLowerCase();
  return DISPLAY[type] ?? [lower, lower];
}

/**
 * A catalog line in MariaDB's spelling whichever engine printed it. MySQL 8.0.19+ writes integer types without a
 * display width, except tinyint(1) (MySQL 8.0 manual, 11.1.6 "Numeric Type Attributes"); MariaDB 10.2.7+ quotes a
 * string default in COLUMN_DEFAULT and writes current_timestamp(), where MySQL 8 writes the bare value and
 * CURRENT_TIMESTAMP (MariaDB KB, "Information Schema COLUMNS Table"); MySQL 8 reports a foreign key without a rule
 * as NO ACTION, MariaDB as RESTRICT, which InnoDB enforces alike (MySQL 8.0 manual, 15.1.20.5).
 */
export function canonicalLine(line: string): string {
  const col = / \| COL \S+ /.exec(line);
  if (!col) return line.replace(/ ON (DELETE|UPDATE) NO ACTION/g, ' ON $1 RESTRICT');
  const head = line.slice(0, col.index + col[0].length);
  let rest = line.slice(head.length);
  rest = rest.replace(/^(tinyint|smallint|mediumint|int|bigint)\((\d+)\)/, (m, type: string, width: string) => (type === 'tinyint' && width === '1' ? m : type));
  rest = rest.replace(/ DEFAULT current_timestamp\(\)$/i, ' DEFAULT CURRENT_TIMESTAMP');
  rest = rest.replace(/ DEFAULT '((?:[^']|'')*)'$/, (_m, v: string) => ` DEFAULT ${v.replace(/''/g, "'")}`);
  // A BLOB's hexadecimal default: MySQL 8 prints 0x6e6f6e65 where MariaDB shows X'6e6f6e65' (see catalogDefaults).
  if (rest.startsWith('blob')) rest = rest.replace(/ DEFAULT 0x([0-9a-f]*)$/, " DEFAULT X'$1'");
  return head + rest;
}

function quoteIdent(name: string): string {
  if (name.includes('\0')) throw new Error(`identifier ${JSON.stringify(name)} holds a NUL character`);
  return '`' + name.replace(/`/g, '``') + '`';
}

/**
 * A string literal that means the same with or without NO_BACKSLASH_ESCAPES: '…' (quotes doubled) when the
 * value has no backslash and no control character, a hexadecimal utf8mb4 literal when it has (MySQL 8.0
 * manual, 9.1.1 and 10.3.8).
 */
function stringLiteral(v: string): string {
  if (v.includes('\0')) throw new Error('a string value holds a NUL character');
  // Control characters too: the mysql/mariadb client drops the CR of a CR LF inside a string it reads from a file.
  if (/[\\\x00-\x1f\x7f]/.test(v)) return `_utf8mb4 X'${Buffer.from(v, 'utf8').toString('hex').toUpperCase()}'`;
  return `'${v.replace(/'/g, "''")}'`;
}

function literalText(v: Scalar | null): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  return stringLiteral(v);
}

const ident = (name: string) => Sql.verbatim(quoteIdent(name));
/** A name as a shell word (a database name in a header's command line). */
const literal = (v: Scalar | null) => Sql.verbatim(literalText(v));
const L = literalText;

/**
 * Whether column `c` is a TEXT, BLOB or JSON column with a default other than CURRENT_TIMESTAMP. MySQL 8 takes a
 * default on such a column only written as an expression, in parentheses, even for a literal ("The BLOB, TEXT,
 * GEOMETRY, and JSON data types can be assigned a default value only if the value is written as an expression":
 * MySQL 8.0 manual 11.6, from 8.0.13; a literal is error 1101), and MariaDB 10.2+ takes that form as well. MariaDB
 * misreports such a default holding a quote, a backslash or a control character in information_schema (measured on
 * 10.11: a quote as \', a hexadecimal literal as _utf8mb4'xx0Ay', and the value stored wrong), so those are refused
 * (found by a fresh user: a TEXT default "x\ny" was stored as "xx0Ay"). A BLOB's default is none of those: it is
 * written as a hexadecimal literal of its bytes (columnDefault), which both engines store and spell back exactly.
 * @throws Error for a default a script could not write and check on both engines
 */
function blobDefault(c: Column): boolean {
  if (!isBlobDefault(c)) return false;
  if (c.type !== 'BLOB' && typeof c.default === 'string' && /['\\\x00-\x1f\x7f\u{10000}-\u{10FFFF}]/u.test(c.default)) {
    throw new Error(`column ${c.name}: a ${c.type} column's default on MySQL/MariaDB cannot hold a quote, a backslash, a control character or a character outside the Basic Multilingual Plane (MariaDB's catalog misreports it, and stores a hexadecimal one wrong): use a VARCHAR column, or another default`);
  }
  return true;
}

/** Whether column `c` is a TEXT, BLOB or JSON column with a default other than CURRENT_TIMESTAMP (no check: see blobDefault). */
function isBlobDefault(c: Column): boolean {
  return c.default !== undefined && !isCurrentTimestamp(c.default) && ['TEXT', 'BLOB', 'JSON'].includes(c.type);
}

/**
 * COLUMN_DEFAULT as MariaDB 10.2.7+ reports it (string defaults quoted: a quote doubled, a backslash, a line feed and
 * a carriage return escaped as \\, \n and \r; a tab or another control character as it is: measured on MariaDB
 * 10.11) and as MySQL 8 does (unquoted, as stored).
 */
function catalogDefaults(c: Column): string[] {
  const v = c.default!;
  // MariaDB 10.2+ reports current_timestamp(), MySQL 8 CURRENT_TIMESTAMP (with DEFAULT_GENERATED in EXTRA).
  if (isCurrentTimestamp(v)) return ['current_timestamp()', 'CURRENT_TIMESTAMP'];
  // A BLOB's default is the expression (X'6e6f6e65') (columnDefault): MariaDB shows X'6e6f6e65', its digits in lower
  // case whatever case they were written in (measured on 10.11, with a quote, a backslash, a line feed, a character
  // outside the BMP and none: each stored and shown exactly); MySQL 8 prints a hexadecimal literal as 0x6e6f6e65
  // (Item_hex_string::print in its source; not measured here, as no MySQL 8 server is at hand).
  const hex = c.type === 'BLOB' ? bytesDefaultHex(c) : undefined;
  if (hex !== undefined) return [`X'${hex}'`, `0x${hex}`];
  if (typeof v === 'boolean') return [v ? '1' : '0'];
  if (typeof v === 'number') return [String(v)];
  // A quoted whole number on an integer column (DEFAULT '5'): stored as the number, shown 5 by MariaDB (measured on
  // 10.11) and by MySQL 8 (found by review: the catalog line predicted '5').
  if (/^(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)\b/i.test(c.type) && /^-?\d+$/.test(v)) return [BigInt(v).toString()];
  const spellings = (x: string) => [`'${x.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/'/g, "''")}'`, x];
  // information_schema is utf8mb3: a character outside the Basic Multilingual Plane (an emoji, 4 bytes in UTF-8)
  // reads as '?' there (measured on MariaDB 10.11; a row holds the real one). Found by the end check: the version
  // check of a second run stopped on such a default.
  const mb3 = v.replace(/[\u{10000}-\u{10FFFF}]/gu, '?');
  const all = mb3 === v ? spellings(v) : [...spellings(v), ...spellings(mb3)];
  // A TEXT, BLOB or JSON column's default is an expression (blobDefault): MySQL 8 shows its text with the character
  // set introducer and the quotes escaped (_utf8mb4\'[]\'); MariaDB shows it as a literal, as above.
  // (A default of such a column that blobDefault refuses when it is written, set_default's among them, is not
  // refused here: the version check of a path through it is made before any step; MariaDB spells its quote \'.)
  // (MariaDB's spelling first: the catalog lines plan verify compares take the first.)
  return isBlobDefault(c) ? [...new Set([`'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`, ...all, `_utf8mb4\\'${v}\\'`, `_utf8mb4'${v}'`])] : all;
}

const plainCols = (names: string[]) => names.join(', ');
const indexCols = (ix: Index) => ix.columns.map((c) => c.name + (c.desc ? ' DESC' : '')).join(', ');
const fkDef = (fk: ForeignKey) => `${plainCols(fk.columns)} -> ${fk.refTable} (${plainCols(fk.refColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`;

/** `T t | FK name (…) -> t (…) …` / `T t | UQ name (…)` / `T t | COL …` with physical names. */
function renameLine(line: string, n: Naming): string {
  const m = /^T (\S+) \| (.*)$/.exec(line);
  if (!m) return line;
  const table = m[1];
  let rest = m[2].replace(/^(FK|UQ) (\S+) /, (_, kind: string, name: string) => `${kind} ${n.key(table, name)} `);
  rest = rest.replace(/ -> (\S+) \(/, (_, t: string) => ` -> ${n.table(t)} (`);
  return `T ${n.table(table)} | ${rest}`;
}

function catalogLines(m: Model): string[] {
  const out: string[] = [];
  for (const t of m.tables) {
    const T = `T ${t.name} |`;
    if (t.location) out.push(`${T} IN ${t.location}`);
    for (const c of t.columns) {
      out.push(`${T} COL ${c.name} ${columnTypeSpellings(c.type)[0]}${c.nullable ? '' : ' NOT NULL'}${c.default !== undefined ? ' DEFAULT ' + catalogDefaults(c)[0] : ''}`);
    }
    if (t.primaryKey) out.push(`${T} PK (${plainCols(t.primaryKey.columns)})`);
    for (const u of t.uniques) out.push(`${T} UQ ${u.name} (${plainCols(u.columns)})`);
    for (const ix of t.indexes) out.push(`${T} ${ix.unique ? 'UQ' : 'IDX'} ${ix.name} (${indexCols(ix)})`);
    for (const fk of t.foreignKeys) out.push(`${T} FK ${fk.name} (${plainCols(fk.columns)}) -> ${fk.refTable} (${plainCols(fk.refColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`);
  }
  return out.sort();
}

/**
 * Where the product's tables are: the database the script runs in, and (a dialect made by `located`) the product's
 * other databases by location (product.yaml `locations:`), with where each table the statement at hand names is.
 */
interface Where {
  places?: Record<string, string>;
  at?: ReadonlyMap<string, string>;
}
/** The places' databases, in location order. */
const placeDbs = (w: Where) => Object.keys(w.places ?? {}).sort().map((l) => w.places![l]);
/** `col` (a TABLE_SCHEMA column) names a database of the product's. */
const inDbs = (w: Where, col = 'TABLE_SCHEMA') => (w.places ? `${col} IN (${['DATABASE()', ...placeDbs(w).map((p) => L(p))].join(', ')})` : `${col} = DATABASE()`);
/** The database of a location (undefined: the one the script runs in), as SQL. */
const dbOf = (w: Where, location: string | undefined) => {
  if (location === undefined) return 'DATABASE()';
  const p = w.places?.[location];
  if (p === undefined) throw new Error(`no database for location ${JSON.stringify(location)}`);
  return L(p);
};
/** A table as the script names it: qualified with its location's database (`at`), else unqualified. */
const qualified = (w: Where, name: string) => {
  const loc = w.at?.get(name);
  return loc === undefined ? quoteIdent(name) : `${quoteIdent(w.places![loc])}.${quoteIdent(name)}`;
};
/** How a table's place is spelled after `present` (empty in the script's database), as SQL over TABLE_SCHEMA. */
const placeWords = (w: Where) =>
  Object.keys(w.places ?? {}).length ? `CASE ${Object.keys(w.places!).sort().map((l) => `WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST(${L(w.places![l])} AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ${L(` in ${l}`)}`).join(' ')} ELSE '' END` : `''`;
// information_schema compares names case-insensitively, as MySQL does on most file systems' defaults;
// definitions that hold values (defaults) are compared byte for byte.
const binary = (expr: string) => `CAST(${expr} AS BINARY)`;

/** "UNIQUE a, b DESC" / "a, b": an index's definition as the STATISTICS rows spell it (NULL when absent). */
const indexDefExpr = (w: Where, table: string, name: string) =>
  `(SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE ${inDbs(w)} AND TABLE_NAME = ${L(table)} AND INDEX_NAME = ${L(name)})`;
const indexDef = (unique: boolean, columns: string) => `${unique ? 'UNIQUE ' : ''}${columns}`;

/** A foreign key's definition as KEY_COLUMN_USAGE and REFERENTIAL_CONSTRAINTS spell it (NULL when absent). */
const fkDefExpr = (w: Where, table: string, name: string) =>
  `(SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE ${inDbs(w, 'k.TABLE_SCHEMA')} AND k.TABLE_NAME = ${L(table)} AND k.CONSTRAINT_NAME = ${L(name)})`;

/**
 * COLUMN_DEFAULT shows no default: MariaDB 10.2.7+ shows it as SQL NULL (NOT NULL columns) or the 4 letters NULL
 * unquoted (nullable ones; a string default is shown quoted, a text default 'NULL' as 'NULL' with its quotes: measured
 * on MariaDB 10.11); MySQL 8 as SQL NULL only ("This is NULL if the column has an explicit default of NULL, or if the
 * column definition includes no DEFAULT clause": MySQL 8.0 manual, 28.3.8 The INFORMATION_SCHEMA COLUMNS Table), where
 * the unquoted letters NULL are a text default 'NULL' (MySQL 8 shows string defaults unquoted). Compared as bytes:
 * information_schema's collation would take 'null' for NULL. Found by review: a text default "NULL" on MariaDB was
 * taken for no default, and no default for it.
 */
const NO_DEFAULT = `(COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))`;

/**
 * COLUMN_DEFAULT shows column `c`'s default (none: NO_DEFAULT), on MariaDB or MySQL 8 (catalogDefaults): a boolean
 * SQL expression. MySQL 8's unquoted spelling of a text default NULL is MariaDB's no default, so it counts on MySQL
 * only (NO_DEFAULT).
 */
function defaultIs(c: Column): string {
  if (c.default === undefined) return NO_DEFAULT;
  const spellings = catalogDefaults(c);
  const plain = spellings.filter((s) => s !== 'NULL');
  const shown = `${binary('COLUMN_DEFAULT')} IN (${plain.map(L).join(', ')})`;
  return plain.length === spellings.length ? shown : `(${shown} OR (NOT (VERSION() LIKE '%MariaDB%') AND ${binary('COLUMN_DEFAULT')} = 'NULL'))`;
}

/** The object exists (value null) or has this definition (value given): a boolean SQL expression. */
function facetExists(w: Where, ref: FacetRef, value: FacetValue | null): string {
  const t = L(ref.table);
  switch (ref.type) {
    case 'table':
      // A table in a place: there; in the script's database: there, and in no place (a move is done).
      if (value && value.type === 'table' && w.places) {
        const at = (l: string | undefined) => `EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${dbOf(w, l)} AND TABLE_NAME = ${t})`;
        const loc = value.table.location;
        return `(${[at(loc), ...[undefined, ...Object.keys(w.places).sort()].filter((l) => l !== loc).map((l) => `NOT ${at(l)}`)].join(' AND ')})`;
      }
      return `EXISTS (SELECT 1 FROM information_schema.TABLES WHERE ${inDbs(w)} AND TABLE_NAME = ${t})`;
    case 'enum_type':
      throw new Error(`internal: MySQL has no enum type ${ref.table} to look for`);
    case 'column': {
      const base = `SELECT 1 FROM information_schema.COLUMNS WHERE ${inDbs(w)} AND TABLE_NAME = ${t} AND COLUMN_NAME = ${L(ref.column)}`;
      if (!value || value.type !== 'column') return `EXISTS (${base})`;
      const c = value.column;
      return `EXISTS (${base} AND COLUMN_TYPE IN (${[...new Set(columnTypeSpellings(c.type))].map(L).join(', ')}) AND IS_NULLABLE = ${c.nullable ? "'YES'" : "'NO'"} AND ${defaultIs(c)})`;
    }
    case 'primary_key':
      if (!value || value.type !== 'primary_key') return `EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE ${inDbs(w)} AND TABLE_NAME = ${t} AND INDEX_NAME = 'PRIMARY')`;
      return `${indexDefExpr(w, ref.table, 'PRIMARY')} <=> ${L(indexDef(true, plainCols(value.pk.columns)))}`;
    case 'unique':
    case 'index': {
      if (!value) return `EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE ${inDbs(w)} AND TABLE_NAME = ${t} AND INDEX_NAME = ${L(ref.name)})`;
      const def = value.type === 'unique' ? indexDef(true, plainCols(value.unique.columns)) : value.type === 'index' ? indexDef(value.index.unique, indexCols(value.index)) : undefined;
      if (def === undefined) throw new Error(`facet ${ref.type} cannot have a ${value.type} value`);
      return `${indexDefExpr(w, ref.table, ref.name)} <=> ${L(def)}`;
    }
    case 'foreign_key':
      if (!value || value.type !== 'foreign_key') return `EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE ${inDbs(w, 'CONSTRAINT_SCHEMA')} AND TABLE_NAME = ${t} AND CONSTRAINT_NAME = ${L(ref.name)})`;
      return `${fkDefExpr(w, ref.table, ref.name)} <=> ${L(fkDef(value.fk))}`;
    case 'check':
      // CHECK_CLAUSE is spelled differently by MySQL 8 and MariaDB: checks are compared by name only.
      return `EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE ${inDbs(w, 'CONSTRAINT_SCHEMA')} AND TABLE_NAME = ${t} AND CONSTRAINT_NAME = ${L(ref.name)} AND CONSTRAINT_TYPE = 'CHECK')`;
  }
}

function predicateText(w: Where, p: Predicate): string {
  switch (p.kind) {
    case 'and':
      return p.items.length === 0 ? 'TRUE' : p.items.map((q) => predicateText(w, q)).join('\n  AND ');
    case 'sql':
      return p.sql.text;
    case 'facet': {
      const exists = facetExists(w, p.ref, p.value);
      const positive = p.value === null ? p.negate : !p.negate;
      return positive ? exists : `NOT ${exists.startsWith('EXISTS') ? exists : `(${exists})`}`;
    }
  }
}

// Longest message MySQL keeps in an identifier: the stop message is the name of a table that does not exist.
const MAX_STOP = 64;

/** A statement as the string literal PREPARE reads: it holds no backslash (see literal), so doubling quotes suffices. */
function asString(statement: string): string {
  if (statement.includes('\\')) throw new Error('internal: a MySQL statement holds a backslash');
  return `'${statement.replace(/'/g, "''")}'`;
}

/**
 * The table options of a new table, read from the catalog when it is created: ` DEFAULT CHARACTER SET cs COLLATE
 * co` of the first of `creates.related`, then of `creates.existing`, that exists (an empty string when none does:
 * the database default). A foreign key needs both sides' columns in one character set and collation, and an old
 * table keeps the default of the day it was created (latin1, utf8mb3…) when the database's default changes later.
 * The names are the server's (information_schema.COLLATION_CHARACTER_SET_APPLICABILITY, which also lists
 * MariaDB's utf8mb4_uca1400_ai_ci-style names that COLLATIONS spells without their character set), checked to be
 * letters, digits and _: never the table's text as it stands. Undefined on a fresh install: the database default.
 */
function tableOptionsExpr(w: Where, creates: NewTable): string | undefined {
  const list = optionSources(creates);
  if (list.length === 0) return undefined;
  const names = list.map(L).join(', ');
  // information_schema's names are utf8mb3 (and of several collations in MySQL 8): compared as bytes, and the
  // result converted to utf8mb4, or CONCAT with a statement holding a 4-byte character fails (illegal mix).
  const b = (x: string) => `CAST(${x} AS BINARY)`;
  const full = `IF(${b('t.TABLE_COLLATION')} = ${b('a.COLLATION_NAME')}, a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME))`;
  return `IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', ${full})
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON ${b('t.TABLE_COLLATION')} IN (${b('a.COLLATION_NAME')}, ${b("CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)")})
    WHERE ${inDbs(w, 't.TABLE_SCHEMA')} AND t.TABLE_NAME IN (${names})
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND ${full} REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, ${names}) LIMIT 1) USING utf8mb4), '')`;
}

/**
 * The product tables a new table takes its character set and collation from, in order (the first that exists when it
 * is created): those it shares a foreign key with, then the others the script starts with; none on a fresh install.
 */
function optionSources(creates: NewTable): string[] {
  if (creates.existing.length === 0) return [];
  return [...new Set([...creates.related, ...creates.existing])].filter((n) => n !== creates.name);
}

// information_schema's TABLE_COLLATION as its character set: MariaDB 10.10+ spells some collations without their
// character set in COLLATIONS (uca1400_ai_ci), and COLLATION_CHARACTER_SET_APPLICABILITY lists them under each one
// (see tableOptionsExpr). Names compared as bytes, the result in utf8mb4 (CONCAT with the script's text).
const APPLICABLE = `JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))`;

/**
 * The character set a table of `need` has, or will take when the script creates it, with where it comes from, as one
 * text `<character set>:<source>:<table>` (NULL when none is found); the source is `own` (the table's own, there
 * already: a table the script widens, or one it creates that a resumed run finds made), `table` (a product table, named
 * after it, that a new one takes it from, as tableOptionsExpr picks it) or `database` (the default of the database the
 * table goes to, SCHEMATA).
 */
function charsetSourceExpr(w: Where, need: RowSizeNeed): string {
  const db = dbOf(w, need.location);
  const own = (name: string) =>
    `(SELECT CONCAT(CONVERT(a.CHARACTER_SET_NAME USING utf8mb4), ':own:') FROM information_schema.TABLES t ${APPLICABLE}
      WHERE t.TABLE_SCHEMA = ${db} AND t.TABLE_NAME = ${L(name)} LIMIT 1)`;
  if ('own' in need.source) return own(need.source.own);
  const list = optionSources(need.source.creates);
  const names = list.map(L).join(', ');
  const from = list.length
    ? [`(SELECT CONCAT(CONVERT(a.CHARACTER_SET_NAME USING utf8mb4), ':table:', CONVERT(t.TABLE_NAME USING utf8mb4)) FROM information_schema.TABLES t ${APPLICABLE}
      WHERE ${inDbs(w, 't.TABLE_SCHEMA')} AND t.TABLE_NAME IN (${names})
      ORDER BY FIELD(t.TABLE_NAME, ${names}) LIMIT 1)`]
    : [];
  const dflt = `(SELECT CONCAT(CONVERT(DEFAULT_CHARACTER_SET_NAME USING utf8mb4), ':database:') FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ${db})`;
  return `COALESCE(${[own(need.table), ...from, dflt].join(',\n    ')})`;
}


/**
 * The statements that print `problem` (a user variable holding the stop line, or NULL) as a result row and, when it is
 * set, stop the script the way every other check does (a prepared SELECT from a table named after the message; the
 * flag cleared, so a client that carries on changes nothing). `comment` ends the PREPARE's line.
 */
function stopOn(problem: string, comment: string): Sql[] {
  return [
    Sql.verbatim(`SET ${OK_FLAG} = ${OK_FLAG} AND ${problem} IS NULL;`),
    Sql.verbatim(`SELECT ${problem} AS plan FROM DUAL WHERE ${problem} IS NOT NULL;`),
    Sql.verbatim(`SET @plan_sql = IF(${problem} IS NULL, 'DO 0', CONCAT('SELECT 1 FROM \`', RTRIM(REPLACE(LEFT(${problem}, ${MAX_STOP}), CHAR(96), CHAR(39))), '\`'));`),
    Sql.verbatim(`PREPARE plan_stmt FROM @plan_sql; -- ${comment.replace(/[\r\n]/g, ' ')}`),
    sql`EXECUTE plan_stmt;`,
    sql`DEALLOCATE PREPARE plan_stmt;`,
  ];
}

/**
 * Stops the script, before its first change, when the server or the table of `need` is not what the row-size figures
 * assume (row-size.ts, ASSUMED_PAGE_SIZE and ASSUMED_ROW_FORMAT): InnoDB's page of 16 KB (@@innodb_page_size), and
 * the DYNAMIC row format of the table (information_schema.TABLES.ROW_FORMAT, where it exists: a table the script
 * widens, or one a resumed run finds made) or of the one it creates (@@innodb_default_row_format: the script's CREATE
 * TABLE names no ROW_FORMAT). Compile cannot see either, and the check of the character set that follows judges by
 * them; so the script names what differs and what was assumed, on one line, and changes nothing.
 */
function innodbAssumed(w: Where, spec: RowSizeSpec, need: RowSizeNeed): Sql[] {
  const t = need.table;
  const when = need.when ? `\n  AND ${predicateText(w, need.when)}` : '';
  const kb = ASSUMED_PAGE_SIZE / 1024;
  const assumed = `this script's check of the row size of table ${t} assumes InnoDB's ${kb} KB page and ROW_FORMAT=${ASSUMED_ROW_FORMAT} (a row keeps under 8,126 bytes on the page, long columns off it), the only ones plan models`;
  const stay = spec.from === '0' ? '' : `stay at ${spec.product} ${spec.from}, or `;
  const creates = !('own' in need.source);
  const own = `(SELECT CONVERT(UPPER(ROW_FORMAT) USING utf8mb4) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${dbOf(w, need.location)} AND TABLE_NAME = ${L(t)} LIMIT 1)`;
  return [
    Sql.verbatim(`SET @plan_rf = IF(${OK_FLAG}${when}, ${creates ? `COALESCE(CONCAT(${own}, ':own'), CONCAT(CONVERT(UPPER(@@innodb_default_row_format) USING utf8mb4), ':default'))` : `CONCAT(${own}, ':own')`}, NULL);`),
    Sql.verbatim(`SET @plan_innodb_problem = CASE
  WHEN @plan_rf IS NULL THEN NULL
  WHEN @@innodb_page_size <> ${ASSUMED_PAGE_SIZE} THEN CONCAT('plan stopped: this server''s InnoDB page is ', @@innodb_page_size DIV 1024, ' KB (innodb_page_size ', @@innodb_page_size, ${L(`), and ${assumed}: on other pages the limit differs, so it cannot tell which character sets fit. Run this script on a server of ${kb} KB pages (the page size is set when a server is initialized)${stay ? `, or ${stay.replace(/, or $/, '')}` : ''}. Nothing was changed.`)})
  WHEN SUBSTRING_INDEX(@plan_rf, ':', 1) <> ${L(ASSUMED_ROW_FORMAT)} THEN CONCAT(${L(`plan stopped: table ${t} `)}, IF(SUBSTRING_INDEX(@plan_rf, ':', -1) = 'own', ${L('has ROW_FORMAT=')}, ${L("would take this server's innodb_default_row_format, ")}), SUBSTRING_INDEX(@plan_rf, ':', 1), ${L(`, and ${assumed}: COMPACT and REDUNDANT keep the first 768 bytes of each long column on the page, COMPRESSED has the limits of its KEY_BLOCK_SIZE. `)},
    IF(SUBSTRING_INDEX(@plan_rf, ':', -1) = 'own', ${L(`${stay ? stay[0].toUpperCase() + stay.slice(1) + 'convert' : 'Convert'} it first (ALTER TABLE … ROW_FORMAT=${ASSUMED_ROW_FORMAT}), then run this script again.`)}, ${L(`${stay ? stay[0].toUpperCase() + stay.slice(1) + 'make' : 'Make'} ${ASSUMED_ROW_FORMAT} the default first (SET GLOBAL innodb_default_row_format = '${ASSUMED_ROW_FORMAT.toLowerCase()}'), then run this script again.`)}), ' Nothing was changed.')
  END;`),
    ...stopOn('@plan_innodb_problem', `plan stopped when InnoDB's page, or the row format of table ${t}, is not what its row-size check assumes: the row printed above says which. Nothing was changed.`),
  ];
}

/**
 * Stops the script, before its first change, when a table of `spec` has or would take a character set too wide for its
 * row (row-size.ts; src/compile/preflight/row-size.ts): for each, under the guard of the statement that needs it, the
 * character set (`charsetSourceExpr`), its MAXLEN (information_schema.CHARACTER_SETS), and a message naming the table,
 * the bytes its row declares under that character set, the character sets that fit and what to do. Printed as a result
 * row, then the stop every other check makes (a prepared SELECT from a table named after the message; the flag cleared,
 * so a client that carries on changes nothing).
 */
function rowSizeFits(w: Where, spec: RowSizeSpec): Sql[] {
  return spec.needs.flatMap((need) => [...innodbAssumed(w, spec, need), ...charsetFits(w, spec, need)]);
}

/** The character set check of one table of `spec` (rowSizeFits). */
function charsetFits(w: Where, spec: RowSizeSpec, need: RowSizeNeed): Sql[] {
  const t = need.table;
  const fit = charsetFor(need.most, need.fits);
  const when = need.when ? `\n  AND ${predicateText(w, need.when)}` : '';
  const stay = spec.from === '0' ? '' : `Stay at ${spec.product} ${spec.from}, or `;
  const convert = (what: string) => `${stay ? `${stay}convert ${what}` : `Convert ${what}`} to ${fit} first (ALTER TABLE … CONVERT TO CHARACTER SET ${fit}${need.most === 3 ? ', which cannot keep characters outside the Basic Multilingual Plane, such as emoji' : ''}), then run this script again.`;
  // Where the character set comes from, as charsetSourceExpr can find it: only those branches are written.
  const kinds = 'own' in need.source ? ['own'] : ['own', ...(optionSources(need.source.creates).length ? ['table'] : []), 'database'];
  const byKind = (of: Record<string, string>) =>
    kinds.length === 1 ? of[kinds[0]] : `CASE @plan_cs_of\n${kinds.slice(0, -1).map((k) => `      WHEN '${k}' THEN ${of[k]}\n`).join('')}      ELSE ${of[kinds[kinds.length - 1]]} END`;
  const explain = byKind({
    own: `CONCAT(${L(`table ${t} has character set `)}, @plan_cs, ' (', @plan_cs_len, ${L(` bytes per character), which the columns this script adds or changes take`)})`,
    database: `CONCAT(${L(`table ${t} would take this database's default character set, `)}, @plan_cs, ' (', @plan_cs_len, ' bytes per character)')`,
    table: `CONCAT(${L(`table ${t} would take the character set of table `)}, @plan_cs_from, ', ', @plan_cs, ' (', @plan_cs_len, ${L(` bytes per character), as the tables this script creates take the character set of ${spec.product}'s tables already here (both sides of a foreign key need one)`)})`,
  });
  const remedy = byKind({
    own: L(convert(`table ${t}`)),
    // (A table already made keeps its character set: on an install, one an earlier run left would not match the rest.)
    database: `CONCAT(${L(`${stay ? `${stay}make` : 'Make'} ${fit} this database's default character set (ALTER DATABASE \``)}, REPLACE(COALESCE(${dbOf(w, need.location)}, ''), '\`', '\`\`'), ${L(`\` CHARACTER SET ${fit}${stay ? '' : `; a table already made keeps its own, so first drop any ${spec.product} table an earlier run left`}), then run this script again.`)})`,
    table: L(convert(`${spec.product}'s tables`)),
  });
  return [
    // Read only while the statement that needs it has yet to run (a resumed run past it, a second run: nothing).
    Sql.verbatim(`SET @plan_cs_row = IF(${OK_FLAG}${when},\n  ${charsetSourceExpr(w, need)},\n  NULL);`),
    // (<character set>:<source>:<table>: a character set's name holds no colon; the table's name is all that follows)
    Sql.verbatim(`SET @plan_cs = SUBSTRING_INDEX(@plan_cs_row, ':', 1), @plan_cs_of = SUBSTRING_INDEX(SUBSTRING_INDEX(@plan_cs_row, ':', 2), ':', -1), @plan_cs_from = SUBSTRING(@plan_cs_row, CHAR_LENGTH(SUBSTRING_INDEX(@plan_cs_row, ':', 2)) + 2);`),
    Sql.verbatim(`SET @plan_cs_len = (SELECT MAXLEN FROM information_schema.CHARACTER_SETS WHERE CHARACTER_SET_NAME = @plan_cs);`),
    // (a table that fits utf8mb4 may not fit a narrower one, InnoDB's page: row-size.ts; then the widths that fit)
    Sql.verbatim(`SET @plan_cs_problem = IF(${fitsNarrower(need.fits) ? `@plan_cs_len > ${need.most}` : `@plan_cs_len NOT IN (${need.fits.join(', ')})`}, CONCAT('plan stopped: ', @plan_cs, ${fitsNarrower(need.fits) ? L(` is too wide for table ${t}: `) : `ELT(@plan_cs_len, ${Array.from({ length: WIDEST_CHARACTER }, (_, i) => L(i + 1 > need.most ? ` is too wide for table ${t}: ` : ` does not fit table ${t}: `)).join(', ')})`}, ${explain},
  ${L(`, under which a row of ${t} `)}, ELT(@plan_cs_len, ${need.over.map((o) => L(o)).join(', ')}), ${L(` (error 1118, "Row size too large"); it needs ${charsetsThatFit(need.most, need.fits)}. `)},
  ${remedy}, ' Nothing was changed.'), NULL);`),
    Sql.verbatim(`SET ${OK_FLAG} = ${OK_FLAG} AND @plan_cs_problem IS NULL;`),
    sql`SELECT @plan_cs_problem AS plan FROM DUAL WHERE @plan_cs_problem IS NOT NULL;`,
    Sql.verbatim(`SET @plan_sql = IF(@plan_cs_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM \`', RTRIM(REPLACE(LEFT(@plan_cs_problem, ${MAX_STOP}), CHAR(96), CHAR(39))), '\`'));`),
    Sql.verbatim(`PREPARE plan_stmt FROM @plan_sql; -- plan stopped when table ${t.replace(/[\r\n]/g, ' ')} would not fit its character set: the row printed above says which and what to do. Nothing was changed.`),
    sql`EXECUTE plan_stmt;`,
    sql`DEALLOCATE PREPARE plan_stmt;`,
  ];
}

/** The header's words on what the row-size figures assume, which the script checks first (innodbAssumed). */
const ASSUMED_NOTE = `, or if InnoDB's page is not ${ASSUMED_PAGE_SIZE / 1024} KB or the table's row format not ${ASSUMED_ROW_FORMAT} (what those figures assume)`;

/** When the check stops, in the header's words: "wider" (than the most the tables fit), or "one they do not fit". */
const stopsIf = (needs: readonly RowSizeNeed[]) => (needs.every((n) => fitsNarrower(n.fits)) ? 'wider' : `one ${needs.length === 1 ? 'its table does' : 'they do'} not fit`);

/** The header's words on what `needs` require of the character set, table by table (the narrowest need of each). */
function rowSizeWords(needs: readonly RowSizeNeed[]): string {
  const byTable = new Map<string, RowSizeNeed>();
  for (const n of needs) if (!byTable.has(n.table) || n.fits.length < byTable.get(n.table)!.fits.length) byTable.set(n.table, n);
  return [...byTable.values()]
    .map((n) => {
      // (under the widest character set it does not fit: utf8mb4, unless InnoDB's page lets it fit that one only)
      const worst = Math.max(...Array.from({ length: WIDEST_CHARACTER }, (_, i) => i + 1).filter((w) => !n.fits.includes(w)));
      return `table ${n.table} needs ${charsetsThatFit(n.most, n.fits)}: under ${widthName(worst)} a row of it ${n.over[worst - 1]}`;
    })
    .join('; ');
}

/** A statement as the text PREPARE reads: a string literal, or one completed at run time by the new table's options. */
function statementText(w: Where, statement: string, creates: NewTable | undefined): string {
  const options = creates && tableOptionsExpr(w, creates);
  return options ? `CONCAT(${asString(statement)},
  ${options})` : asString(statement);
}

const prepared = (text: string): Sql[] => [
  Sql.verbatim(`SET @plan_sql = ${text};`),
  sql`PREPARE plan_stmt FROM @plan_sql;`,
  sql`EXECUTE plan_stmt;`,
  sql`DEALLOCATE PREPARE plan_stmt;`,
];

/** The rows the catalog shows for one object (see catalogRowsSql), in MariaDB's and MySQL 8's spellings. */
function catalogRows(f: Facet): { key: string; defs: string[] }[] {
  const v = f.value;
  if (!v) return [];
  const t = f.ref.table;
  switch (v.type) {
    case 'table': return [{ key: `table ${t}`, defs: [v.table.location ? `present in ${v.table.location}` : 'present'] }];
    case 'column': {
      const c = v.column;
      const defaults = c.default === undefined ? [''] : catalogDefaults(c).map((x) => ` DEFAULT ${x}`);
      const types = [...new Set(columnTypeSpellings(c.type))];
      return [{ key: `column ${t}.${c.name}`, defs: types.flatMap((ty) => defaults.map((df) => `${ty}${c.nullable ? '' : ' NOT NULL'}${df}`)) }];
    }
    case 'primary_key': return [{ key: `index ${t}.PRIMARY`, defs: [indexDef(true, plainCols(v.pk.columns))] }];
    case 'unique': return [{ key: `index ${t}.${v.unique.name}`, defs: [indexDef(true, plainCols(v.unique.columns))] }];
    case 'index': return [{ key: `index ${t}.${v.index.name}`, defs: [indexDef(v.index.unique, indexCols(v.index))] }];
    case 'foreign_key': return [{ key: `foreign_key ${t}.${v.fk.name}`, defs: [fkDef(v.fk)] }];
    // CHECK_CLAUSE is spelled differently by MySQL 8 and MariaDB, and MariaDB lists checks of its own: not compared.
    case 'check': return [];
    case 'enum_type': return [];
  }
}

/** (kind, tbl, name, def) for every table, column, index and foreign key of `tables` in the current database. */
function catalogRowsSql(w: Where, tables: string[]): string {
  const list = tables.map(L).join(', ') || 'NULL'; // IN () is a syntax error: a product without tables matches none
  return [
    `SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, ${w.places ? `CONCAT('present', ${placeWords(w)})` : `'present'`} AS def FROM information_schema.TABLES WHERE ${inDbs(w)} AND TABLE_NAME IN (${list})`,
    `SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(${NO_DEFAULT}, '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE ${inDbs(w)} AND TABLE_NAME IN (${list})`,
    `SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE ${inDbs(w)} AND TABLE_NAME IN (${list}) GROUP BY TABLE_NAME, INDEX_NAME`,
    `SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE ${inDbs(w, 'k.TABLE_SCHEMA')} AND k.TABLE_NAME IN (${list}) GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME`,
  ].join('\n    UNION ALL ');
}

/**
 * Rows (o, m, c): each object that matches no state of `spec`, worded for a DBA (`o` orders the kinds of problem),
 * and with `spec.target`, each that does not match the target; `c` says which check the row fails (1: the path's,
 * 2: the target's, 3: both). The expected rows are one list (expectedRows), each flagged for the checks it belongs to.
 * Lists are UNION ALL chains: MySQL 8 writes a table value constructor VALUES ROW(…), MariaDB VALUES (…).
 * Definitions compare byte for byte (information_schema compares names case-insensitively).
 */
function mismatchSql(w: Where, spec: VersionCheckSpec): string {
  const x = expectedRows(spec);
  const flagged = spec.target !== undefined;
  const lit = (v: string | number) => (typeof v === 'number' ? String(v) : L(v));
  const rows = (list: (string | number)[][], names: string[]) =>
    list.length ? list.map((r, i) => `SELECT ${r.map((v, j) => `${lit(v)}${i === 0 ? ` AS ${names[j]}` : ''}`).join(', ')}`).join('\n      UNION ALL ') : `SELECT ${names.map((n) => `NULL AS ${n}`).join(', ')} FROM DUAL WHERE FALSE`;
  const key = `CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name)))`;
  const notIn = (col: string, list: string[]) => `${col} NOT IN (${['', ...list].map(L).join(', ')})`;
  const tablesOf = (list: string[], tbl: string) => (list.length ? ` AND ${tbl} NOT IN (${list.map(L).join(', ')})` : '');
  // Which checks a problem of table `tbl` fails, given when it fails the path's (`path`) and the target's (`target`).
  const bits = (tbl: string, path: string, target: string) => (flagged ? `IF(${path}${tablesOf(x.targetOnlyTables, tbl)}, 1, 0) + IF(${target}${tablesOf(x.pathOnlyTables, tbl)}, 2, 0)` : `IF(${path}, 1, 0)`);
  const catalog = catalogRowsSql(w, x.tables);
  // The flags of the expected rows that match a found one (0: none does).
  const matched = flagged
    ? `COALESCE((SELECT BIT_OR(a.f) FROM (${rows(x.allowed, ['k', 'def', 'f'])}) a WHERE a.k = ${key} AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0)`
    : `IF(EXISTS (SELECT 1 FROM (${rows(x.allowed.map(([k, def]) => [k, def]), ['k', 'def'])}) a WHERE a.k = ${key} AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0)`;
  return `SELECT o, m, c FROM (
  SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ${w.places ? `CONCAT(' exists', REPLACE(f.def, 'present', ''))` : `' exists'`}, CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
    ${bits('f.tbl', `${notIn(key, spec.repairable)} AND f.ok & 1 = 0`, `${notIn(key, x.targetRepairable)} AND f.ok & 2 = 0`)} AS c
    FROM (SELECT f.*, ${matched} AS ok FROM (${catalog}) f) f
  UNION ALL
  SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, ${flagged ? 'r.f' : '1'} FROM (${rows(flagged ? x.required : x.required.map(([k, m]) => [k, m]), flagged ? ['k', 'm', 'f'] : ['k', 'm'])}) r
    WHERE NOT EXISTS (SELECT 1 FROM (${catalog}) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)${w.places ? `
  UNION ALL
  SELECT 0, CONCAT('table ', f.tbl, ' exists in more than one database (', GROUP_CONCAT(IF(f.def = 'present', 'the one this script runs in', SUBSTRING(f.def, 12)) ORDER BY f.def SEPARATOR ', '), ')'), ${bits('f.tbl', 'TRUE', 'TRUE')}
    FROM (${catalog}) f WHERE f.kind = 'table' GROUP BY f.tbl HAVING COUNT(*) > 1` : ''}${spec.implied.length ? `
  UNION ALL
  SELECT 4, i.m, 1 FROM (${rows(spec.implied, ['a', 'b', 'm'])}) i
    JOIN (SELECT DISTINCT ${key} AS k FROM (${catalog}) f) fa ON fa.k = i.a
    LEFT JOIN (SELECT DISTINCT ${key} AS k FROM (${catalog}) f) fb ON fb.k = i.b
    WHERE fb.k IS NULL` : ''}) q WHERE c <> 0`;
}

/** The path's first problem (the stop message's) from mismatchSql's rows, NULL when there is none. */
const firstProblem = (w: Where, spec: VersionCheckSpec) => `(\n  SELECT ${shownText('m')} FROM (\n  ${mismatchSql(w, spec).split('\n').join('\n  ')}) p\n  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1)`;

// The flag every guarded statement requires: set only by a version check that passed, so a client that goes on
// after the check stopped it (mariadb --force, a GUI's "continue on error") changes nothing.
const OK_FLAG = '@plan_ok';

/**
 * Another session's schema change in this database, as `connection <id> for <n> s: <statement>` (NULL: none). A
 * client killed mid-script leaves its statement running on the server (DDL is not undone when the client goes: it
 * commits itself); a run of the script started meanwhile finds the object not there yet, queues behind it for the
 * metadata lock, then repeats it ("errno: 121 Duplicate key on write or update" for a foreign key). A session sees
 * its own user's threads in PROCESSLIST (all of them with the PROCESS privilege): MySQL 8.0 manual 28.3.23,
 * MariaDB KB "Information Schema PROCESSLIST Table".
 */

/**
 * Database names as the mysql client and mysqldump take them, shell-quoted: after `--` when one starts with `-`, which
 * the clients would read as an option (found by review: a database named `--version` made the apply line print the
 * client's version and apply nothing, exit 0). my_getopt ends the options at `--` (checked with MariaDB 10.11's
 * mariadb and mariadb-dump, --databases too).
 */
function databaseWords(names: string[]): string {
  const words = names.map(shellWord).join(' ');
  return names.some((n) => n.startsWith('-')) ? `-- ${words}` : words;
}

/**
 * The mysql client's (and mysqldump's) -h, -P, -u and -p for the connection `to` names, each a shell word. -p alone:
 * the client asks for the password (it would otherwise log in without one, and be refused). A URL's query parameters
 * other than password are refused where plan reads it (src/engines/mysql.ts refuseMysqlUrlParameters): none is
 * carried over.
 */
function connectionArgs(to: ApplyTarget): string[] {
  // --protocol=TCP with a host or port: plan reads the server over TCP (mysql2), while the client takes `-h localhost`
  // (and no -h) as the Unix socket, which may belong to another server (found by review: status read 127.0.0.1:3306
  // and printed `mysql -h localhost`). MySQL 8.0 manual 6.2.4 "Connecting to the MySQL Server": --protocol=TCP.
  return [...(to.host || to.port ? ['--protocol=TCP'] : []), ...(to.host ? [`-h ${shellWord(to.host)}`] : []), ...(to.port ? [`-P ${shellWord(to.port)}`] : []), ...(to.user ? [`-u ${shellWord(to.user)}`] : []), ...(to.password ? ['-p'] : [])];
}

// A schema change and the database it changes: isSchemaChange and changesDatabase (./busy.ts), shared with plan status.
const BUSY_SQL = `SELECT CONCAT('connection ', ID, ' for ', TIME, ' s: ', LEFT(REPLACE(REPLACE(INFO, CHAR(10), ' '), CHAR(13), ' '), 100))
  FROM information_schema.PROCESSLIST
  WHERE ID <> CONNECTION_ID() AND COMMAND <> 'Sleep'
    AND ${isSchemaChange('INFO')}
    AND (${changesDatabase('DATABASE()', 'DB', 'INFO')})
  ORDER BY TIME DESC, ID LIMIT 1`;

/**
 * The names of the script's path that a server folding names to lower case would not hold as written: its tables
 * (and the product's other databases) spelled with a capital letter. MySQL 8.0 manual 9.2.3 "Identifier Case
 * Sensitivity": with lower_case_table_names = 1 (the Windows default) table and database names are stored in lower
 * case and compared so; with 2 (macOS) InnoDB stores table names in lower case as well. The catalog then shows user
 * where the plans say User, and no comparison of the version check or a guard matches.
 */
function foldedNames(w: Where, spec: VersionCheckSpec): { tables: string[]; databases: string[] } {
  const upper = (n: string) => n !== n.toLowerCase();
  return { tables: spec.pathTables.filter(upper), databases: placeDbs(w).filter(upper) };
}

/**
 * Where the path names a table (or database) with capital letters (foldedNames), statements that stop the script,
 * before it reads the catalog, on a server whose lower_case_table_names is not 0: one clear line rather than a
 * version check that could never pass (the server holds those names in lower case). The setting is read once into
 * @plan_lctn, which the version check's flag requires to be 0. None when every name is in lower case (such a server
 * holds them as written, and the script runs there as anywhere).
 */
function foldedNamesStop(w: Where, spec: VersionCheckSpec): Sql[] {
  const { tables, databases } = foldedNames(w, spec);
  if (!tables.length && !databases.length) return [];
  const list = (names: string[]) => (names.length > 3 ? `${names.length} of them: ${names.slice(0, 3).join(', ')}, …` : names.join(', '));
  const named = [
    ...(tables.length ? [`this script's tables are named with capital letters (${list(tables)}), which the server holds in lower case (${tables[0].toLowerCase()})`] : []),
    ...(databases.length ? [`${tables.length ? 'so are ' : ''}the product's databases ${databases.join(', ')}${tables.length ? '' : ', which the server holds in lower case'}`] : []),
  ].join('; ');
  const message = `, and ${named}: no check of this script can match them. Compile it with those names in lower case, as the server stores them (a table-name prefix or table name given by a parameter: give it in lower case), or run it on a server with lower_case_table_names = 0. Nothing was changed. Checked: database `;
  return [
    Sql.verbatim('SET @plan_lctn = @@lower_case_table_names;'),
    Sql.verbatim(`SELECT CONCAT('plan stopped: this server stores table names in lower case (lower_case_table_names = ', @plan_lctn, ')', ${L(message)}, COALESCE(DATABASE(), 'none (no database selected)'), '.') AS plan FROM DUAL WHERE @plan_lctn <> 0;`),
    ...stopStatement('@plan_lctn = 0', 'this server stores table names in lower case; see the row above'),
  ];
}

function versionCheck(w: Where, spec: VersionCheckSpec): Sql[] {
  const folded = foldedNamesStop(w, spec);
  const already = spec.target?.already;
  return [
    Sql.verbatim(`SET ${OK_FLAG} = FALSE;`),
    // A server that folds table names to lower case, where the path spells some with capitals: stop before anything.
    ...folded,
    // Another session still changing this database's schema (a client killed mid-script): stop before reading it.
    Sql.verbatim(`SET @plan_busy = (${BUSY_SQL});`),
    Sql.verbatim(
      `SELECT CONCAT('plan stopped: another session is changing the schema of this database (', @plan_busy, '). A client stopped mid-script leaves its statement running on the server: wait until it ends (or KILL QUERY that connection), then run this script again. Nothing was changed.') AS plan FROM DUAL WHERE @plan_busy IS NOT NULL;`,
    ),
    ...stopStatement('@plan_busy IS NULL', 'another session is changing the schema; see the row above'),
    // With a second run's line (spec.target.already), one query answers both: the path's first problem and how many
    // objects differ from the target (a list of the messages in their order, cut at the first; NUL separates them).
    already === undefined
      ? Sql.verbatim(`SET @plan_problem = ${firstProblem(w, { ...spec, target: undefined })};`)
      : Sql.verbatim(`SELECT ${shownText("SUBSTRING_INDEX(GROUP_CONCAT(IF(p.c & 1 <> 0, p.m, NULL) ORDER BY p.o, p.m SEPARATOR '\\0'), '\\0', 1)")}, COUNT(IF(p.c & 2 <> 0, 1, NULL)) FROM (\n  ${mismatchSql(w, spec).split('\n').join('\n  ')}) p\n  INTO @plan_problem, @plan_off_target;`),
    // When the check fails and a place the path keeps tables in does not exist, that comes first (a wrong id).
    ...(spec.places ?? []).map((p) => Sql.verbatim(`SET @plan_problem = IF(@plan_problem IS NOT NULL AND NOT EXISTS (SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ${L(p.name)}), ${L(p.message)}, @plan_problem);`)),
    Sql.verbatim(`SET ${OK_FLAG} = @plan_problem IS NULL AND @plan_busy IS NULL${folded.length ? ' AND @plan_lctn = 0' : ''};`),
    // At the target as the script started: remembered for the completion line (startAtTarget below). Set on every run
    // that reaches it (NULL when a check above stopped the script and a client carried on: @plan_ok is then false).
    ...(already === undefined ? [] : [Sql.verbatim(`SET @plan_at_start = IF(${OK_FLAG} AND @plan_off_target = 0, ${L(already)}, NULL);`)]),
    // The full message, printed by the client as a result row; the error below is cut at 64 characters.
    // It names the database it read: a script run in the wrong one finds the product's tables missing.
    Sql.verbatim(`SELECT CONCAT('plan stopped: ', ${L(spec.what + ': ')}, @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(${shownText('DATABASE()')}, 'none (no database selected)'), '. ', ${L(spec.hint)}) AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;`),
    Sql.verbatim(`SET @plan_sql = IF(${OK_FLAG}, 'DO 0', CONCAT('SELECT 1 FROM \`', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), ${MAX_STOP}), CHAR(96), CHAR(39)), '\`'));`),
    Sql.verbatim(`PREPARE plan_stmt FROM @plan_sql; -- plan stopped: ${spec.what.replace(/[\r\n]/g, ' ')}; the row printed above says what differs. Nothing was changed.`),
    sql`EXECUTE plan_stmt;`,
    sql`DEALLOCATE PREPARE plan_stmt;`,
  ];
}

/**
 * One key of a row as text for a message: each value a quoted literal (a value holding ", " is not read as two; found
 * by use), NULL spelled out (both as mysqlSyntax.quotedText writes them), long
 * values cut to 40 characters.
 */
/**
 * DialectSyntax.shownText for MySQL and MariaDB: the text as utf8mb4 (CONVERT: the patterns are utf8mb4, whatever the
 * column's character set), then one REPLACE per code point of ESCAPED_CODE_POINTS (the backslash first), each by
 * escapedChar's spelling; REPLACE matches exactly, whatever the collation (MySQL 8.0 manual, 14.8). The characters
 * as hexadecimal utf8mb4 literals: the same with or without NO_BACKSLASH_ESCAPES, and no control character in the
 * script's text. NULL stays NULL.
 */
function shownText(text: string): string {
  const hex = (t: string) => `_utf8mb4 X'${Buffer.from(t, 'utf8').toString('hex').toUpperCase()}'`;
  return ESCAPED_CODE_POINTS.reduce((x, c) => `REPLACE(${x}, ${hex(String.fromCharCode(c))}, ${hex(escapedChar(String.fromCharCode(c)))})`, `CONVERT(${text} USING utf8mb4)`);
}

function keyText(n: number): string {
  const part = (i: number) => {
    const v = mysqlSyntax.quotedText(Sql.verbatim(`r.k${i}`)).text;
    return `IF(CHAR_LENGTH(${v}) > 40, CONCAT(LEFT(${v}, 37), '...'), ${v})`;
  };
  const parts = Array.from({ length: n }, (_, i) => part(i + 1));
  return n === 1 ? parts[0] : `CONCAT('(', CONCAT_WS(', ', ${parts.join(', ')}), ')')`;
}

/**
 * Counts the rows that do not fit (prepared only once the catalog condition holds: MySQL resolves every table
 * of a statement before it evaluates any of it), prints the whole message as a result row and stops like the
 * version check: a prepared SELECT from a table named after the message, and the flag cleared, so a client that
 * carries on changes nothing.
 */
function stopIfRows(condition: Sql | undefined, c: RowCheck): Sql[] {
  const count = `SET @plan_rows = (SELECT COUNT(*) FROM (${c.rows.text}) r)`;
  const keys = `SET @plan_keys = ${shownText(`(SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR '; ') FROM (SELECT DISTINCT ${keyText(c.keys)} AS x FROM (${c.rows.text}) r ORDER BY x LIMIT 3) f)`)}`;
  const cond = condition ? `${OK_FLAG}\n  AND ${condition.text}` : OK_FLAG;
  return [
    sql`SET @plan_rows = 0, @plan_keys = NULL;`,
    ...prepared(`IF(\n  ${cond},\n  ${asString(count)},\n  'DO 0')`),
    // The keys are read again only when there are rows to name.
    ...prepared(`IF(@plan_rows > 0, ${asString(keys)}, 'DO 0')`),
    Sql.verbatim(`SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, ${L(c.one)}, ${L(c.many)}), ${L(` (${c.label}: `)}, @plan_keys, ${L(`). ${c.hint} Nothing was changed.`)}), NULL);`),
    Sql.verbatim(`SET ${OK_FLAG} = ${OK_FLAG} AND @plan_problem IS NULL;`),
    sql`SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;`,
    // (RTRIM: an identifier that ends with a space is refused with another error, which would not name the problem)
    Sql.verbatim(`SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM \`', RTRIM(REPLACE(LEFT(@plan_problem, ${MAX_STOP}), CHAR(96), CHAR(39))), '\`'));`),
    sql`PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.`,
    sql`EXECUTE plan_stmt;`,
    sql`DEALLOCATE PREPARE plan_stmt;`,
  ];
}

// SIGNAL cannot be prepared in MySQL; preparing a SELECT from a table named after the message fails
// with that message in the error text, which stops the mysql client. The name is the message cut to 64 characters
// (MySQL's longest identifier), without a trailing space (an identifier ending in one is refused with another error).
const stopName = (message: string) => quoteIdent(('plan stopped: ' + message).slice(0, MAX_STOP).replace(/`/g, "'").trimEnd());
const stopStatement = (condition: string, message: string): Sql[] => prepared(`IF(\n  ${condition},\n  'DO 0',\n  ${L('SELECT 1 FROM ' + stopName(message))})`);

/**
 * Stops the script unless `condition` holds: the whole message printed as a result row first (the error names a
 * table called after it, cut to 64 characters), and the flag every later guarded statement needs cleared, so a
 * client that carries on after the error (mariadb --force) changes nothing.
 */
const stopUnless = (condition: Sql, message: string, when?: Sql, detail?: StopDetail): Sql[] => [
  // With `when`, the condition is prepared only where it holds (MySQL resolves every table of a statement first).
  ...(when
    ? [Sql.verbatim('SET @plan_hold = TRUE;'), ...prepared(`IF(\n  ${when.text},\n  ${asString(`SET @plan_hold = IFNULL((${condition.text}), FALSE)`)},\n  'DO 0')`)]
    : [Sql.verbatim(`SET @plan_hold = IFNULL((${condition.text}), FALSE);`)]),
  ...(detail && when
    ? // The detail may read the tables `when` is about: prepared only once the check has failed, so only where they exist.
      prepared(`IF(NOT @plan_hold, ${asString(`SELECT CONCAT(${L(`plan stopped: ${message}`)}, IFNULL(CONCAT(${L(` (${detail.label}: `)}, (${detail.names.text}), ')'), '')) AS plan FROM DUAL`)}, 'DO 0')`)
    : [
        Sql.verbatim(
          detail
            ? `SELECT CONCAT(${L(`plan stopped: ${message}`)}, IFNULL(CONCAT(${L(` (${detail.label}: `)}, (${detail.names.text}), ')'), '')) AS plan FROM DUAL WHERE NOT @plan_hold;`
            : `SELECT ${L(`plan stopped: ${message}`)} AS plan FROM DUAL WHERE NOT @plan_hold;`,
        ),
      ]),
  Sql.verbatim(`SET ${OK_FLAG} = ${OK_FLAG} AND @plan_hold;`),
  ...stopStatement('@plan_hold', message),
];

/** The base tables (information_schema.TABLES) of the current database named LIKE `like`, none of `except`, compared as bytes. */
const namedLike = (like: string, except: string[]) =>
  `TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND CAST(TABLE_NAME AS BINARY) LIKE CAST(${L(like)} AS BINARY) ESCAPE '!'${except.length ? ` AND CAST(TABLE_NAME AS BINARY) NOT IN (${except.map((t) => `CAST(${L(t)} AS BINARY)`).join(', ')})` : ''}`;

function foreignReferences(w: Where, spec: ForeignReferenceSpec): Sql[] {
  const message = foreignReferencesMessage(spec, { predicate: (p) => predicateText(w, p), literal: L, shown: shownText });
  return [
    Sql.verbatim(`SET @plan_refs = IF(${OK_FLAG}, ${message.split('\n').join('\n  ')}, NULL);`),
    Sql.verbatim(`SET ${OK_FLAG} = ${OK_FLAG} AND @plan_refs IS NULL;`),
    // The full message, printed by the client as a result row; the error below is cut at 64 characters.
    Sql.verbatim(`SELECT CONCAT('plan stopped: ', @plan_refs) AS plan FROM DUAL WHERE @plan_refs IS NOT NULL;`),
    ...stopStatement('@plan_refs IS NULL', 'foreign keys of other tables; see the row above'),
  ];
}

/**
 * MySQL commits each DDL statement itself: the stop only makes the client exit non-zero (`rolledBack` is never true).
 * What it found stays in @plan_problem (NULL: the target state), which the completion line reads; it is first set to
 * a text, so a check that fails to run (a client carrying on) leaves no NULL behind.
 */
function endCheck(w: Where, spec: VersionCheckSpec, what: string, hint: string): Sql[] {
  return [
    sql`SET @plan_problem = 'the check of the end state did not run';`,
    Sql.verbatim(`SET @plan_problem = ${firstProblem(w, { ...spec, target: undefined })};`),
    Sql.verbatim(`SELECT CONCAT('plan stopped: ', ${L(what + ': ')}, @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', ${L(hint)}) AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;`),
    Sql.verbatim(`SET ${OK_FLAG} = ${OK_FLAG} AND @plan_problem IS NULL;`),
    ...stopStatement('@plan_problem IS NULL', 'not at the target at the end; see the row above'),
  ];
}

/**
 * Whether the database was at the target as the script started, in @plan_at_start (a user variable: it lasts the
 * session): the second run's line when it was, NULL when not (or when the version check stopped the script). Set
 * by the version check (spec.target.already) on every run, so a value left by an earlier run in the same session is
 * never read.
 */
function forgetAtStartIfWorkLeft(workLeft: Sql[]): Sql[] {
  // The data steps' row conditions, read through PREPARE only at the target: MySQL resolves every table a statement
  // names before it runs it, and one they read may not exist yet.
  return [
    Sql.verbatim(`SET @plan_sql = IF(@plan_at_start IS NULL, 'DO 0', ${asString(`SET @plan_at_start = IF(${workLeft.map((p) => `(${p.text})`).join(' OR ')}, NULL, @plan_at_start)`)});`),
    sql`PREPARE plan_stmt FROM @plan_sql;`,
    sql`EXECUTE plan_stmt;`,
    sql`DEALLOCATE PREPARE plan_stmt;`,
  ];
}

function completion(message: string, already?: string): Sql[] {
  const line = already === undefined ? L(message) : `IF(@plan_at_start = ${L(already)}, ${L(already)}, ${L(message)})`;
  return [Sql.verbatim(`SELECT ${line} AS plan FROM DUAL WHERE @plan_problem IS NULL;`)];
}

// Pinned for the session: strict mode (a value that does not fit is an error, not a silent truncation),
// no ANSI_QUOTES/NO_BACKSLASH_ESCAPES surprises, utf8mb4 literals, and room for the guards' GROUP_CONCAT.
// time_zone in UTC: a TIMESTAMP read as text (a UUID derived from one) or copied through the session's zone is
// the same on every run, and no value falls into a daylight-saving gap or fold (MySQL 8.0 manual, 13.2.2).
// The caller's sql_mode, group_concat_max_len and time_zone come back at the end; the connection's character set
// (what SET NAMES sets: character_set_client, character_set_connection and character_set_results, with
// collation_connection; MySQL 8.0 manual, 10.4 "Connection Character Sets and Collations") is saved first and comes
// back after the script's last line (CHARSET_RESTORE), whose literal is read in utf8mb4.
const PROLOGUE = [
  sql`SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;`,
  sql`SET NAMES utf8mb4;`,
  sql`SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;`,
  sql`SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';`,
];

/**
 * The connection's character set as the session had it before the script (PROLOGUE saved it): collation_connection
 * last, since setting it sets character_set_connection too. A NULL character_set_results (no conversion) comes back
 * as NULL.
 */
const CHARSET_RESTORE = [
  sql`SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;`,
];

/** A condition true on MariaDB and false on MySQL: MariaDB's VERSION() ends in -MariaDB (MariaDB KB, VERSION). */
const ON_MARIADB = `VERSION() LIKE '%MariaDB%'`;

/**
 * The bounds of a script, for the session, saved first and put back at the end as sql_mode is:
 * - lock: lock_wait_timeout (metadata locks: what a DDL statement waits for while a transaction has the table open;
 *   MySQL 8.0 manual, 5.1.8 "Server System Variables": default 31536000 s, one year; MariaDB KB "Server System
 *   Variables": 86400 s, one day) and innodb_lock_wait_timeout (row locks: what a data step waits for; default 50 s),
 *   both in whole seconds (the value rounded up) and both failing with ER_LOCK_WAIT_TIMEOUT (1205);
 * - statement: MariaDB's max_statement_time (seconds, fractions allowed; any statement: MariaDB KB "Aborting
 *   Statements that Exceed a Certain Time to Execute"), set only where VERSION() says MariaDB, through a prepared
 *   statement (MySQL 8 has no such variable, and one file runs on both), and only for the statements that change
 *   something (`boundChanges`: SET STATEMENT max_statement_time = N FOR each). The session runs with none (its own
 *   value saved and put back at the end): the script's own reads of information_schema and of the rows (the version
 *   check, the checks before any change, each step's guard, the end check) change nothing and hold no lock the
 *   application waits for, and the version check's query takes seconds on a server of a few hundred tables (found
 *   by a fresh DBA: a 2 s bound stopped every run at the version check with
 *   error 1969). MySQL 8's max_execution_time bounds read-only SELECT statements only (MySQL 8.0 manual, 5.1.8,
 *   max_execution_time), and this script's work is DDL and data changes: on MySQL 8 nothing is set, and the script
 *   prints a line saying so.
 */
function timeouts(t: Timeouts): TimeoutStatements {
  const lockSeconds = Math.min(31536000, Math.max(1, Math.ceil(t.lockMs / 1000)));
  const lock = t.lockMs > 0
    ? [
        Sql.verbatim(`SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;`),
        Sql.verbatim(`SET SESSION lock_wait_timeout = ${L(lockSeconds)}, SESSION innodb_lock_wait_timeout = ${L(lockSeconds)};`),
      ]
    : [];
  const seconds = t.statementMs / 1000;
  // The session's own max_statement_time is saved first and the script's reads run with none: a session (or a
  // server default) with its own bound would stop them as the script's bound did.
  const statement = t.statementMs > 0
    ? [
        ...prepared(`IF(${ON_MARIADB}, 'SET @plan_saved_max_statement_time = @@SESSION.max_statement_time, SESSION max_statement_time = 0', 'DO 0')`),
        Sql.verbatim(`SELECT ${L(`plan: MySQL 8 has no time limit for DDL or data statements (max_execution_time bounds read-only SELECTs only): --statement-timeout ${durationText(t.statementMs)} sets nothing here`)} AS plan FROM DUAL WHERE NOT (${ON_MARIADB});`),
      ]
    : [];
  // Each step's prepared statement, once its guard chose it: a change (not DO 0, nor a guard's own SET @plan_… or a
  // check's SELECT) runs under SET STATEMENT max_statement_time = N FOR (MariaDB KB "SET STATEMENT"; a prepared
  // statement takes it), so the guard's catalog read before it runs with no bound.
  const bound = `SET @plan_sql = IF(${ON_MARIADB} AND @plan_sql <> 'DO 0' AND @plan_sql NOT LIKE 'SET @plan%' AND @plan_sql NOT LIKE 'SELECT %', CONCAT(${asString(`SET STATEMENT max_statement_time = ${L(seconds)} FOR `)}, @plan_sql), @plan_sql);`;
  const boundChanges = t.statementMs > 0
    ? (list: Sql[]) => list.flatMap((x) => (x.text === 'PREPARE plan_stmt FROM @plan_sql;' ? [Sql.verbatim(bound), x] : [x]))
    : undefined;
  const restore = [
    ...(t.lockMs > 0 ? [Sql.verbatim('SET SESSION lock_wait_timeout = @plan_saved_lock_wait_timeout, SESSION innodb_lock_wait_timeout = @plan_saved_innodb_lock_wait_timeout;')] : []),
    ...(t.statementMs > 0 ? prepared(`IF(${ON_MARIADB}, 'SET SESSION max_statement_time = @plan_saved_max_statement_time', 'DO 0')`) : []),
  ];
  const rounded = t.lockMs % 1000 === 0 ? '' : ` (${durationText(t.lockMs)} rounded up: the engines count whole seconds)`;
  const header = [
    t.lockMs > 0
      ? `lock:     lock_wait_timeout = ${lockSeconds} and innodb_lock_wait_timeout = ${plural(lockSeconds, 'second')}${rounded}, for this session, put back at the end (${PLAN_COMMAND} compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.`
      : `lock:     no lock_wait_timeout (${PLAN_COMMAND} compile --lock-timeout 0): a DDL statement waits for its table's metadata lock as long as the session's lock_wait_timeout lets it (by default one year on MySQL 8, one day on MariaDB), and the application's queries on that table wait behind it.`,
    t.statementMs > 0
      ? `statement: on MariaDB, max_statement_time = ${plural(seconds, 'second')} for each statement that changes something (each DDL and data change, as SET STATEMENT max_statement_time = ${L(seconds)} FOR it; ${PLAN_COMMAND} compile --statement-timeout): one that runs longer is aborted (error 1969). The script's own reads run without a bound (the version check, the checks before any change, each step's guard, the end check: they read information_schema and the rows, change nothing, and can take seconds on a server of many tables); the session's max_statement_time is 0 meanwhile and put back at the end. On MySQL 8 nothing is set: its max_execution_time bounds read-only SELECT statements only, and this script's work is DDL and data changes (the script prints a line saying so).`
      : `statement: no time limit (${PLAN_COMMAND} compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).`,
  ];
  if (t.lockMs > 0 || t.statementMs > 0) {
    header.push(
      t.statementMs === 0
        ? 'timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.'
        : `timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there; a re-run resumes where it stopped.${t.lockMs > 0 ? ' A lock wait (error 1205): run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it).' : ''} A statement aborted by max_statement_time (error 1969) needs longer than the bound (a table copy, say), and a re-run of the same file stops at it again: compile the script again with a longer --statement-timeout (or none), or run it at a quieter time.`,
    );
  }
  return { transaction: [...PROLOGUE, ...lock, ...statement], outside: [], restore, header, ...(boundChanges ? { boundChanges } : {}) };
}

/** MySQL's (and MariaDB's) quoting, literals and types. */
export const mysqlSyntax: DialectSyntax = {
  ident,
  table: ident,
  literal,
  comment: lineComment,
  columnType(portable) {
    if (TYPES[portable]) return TYPES[portable];
    const m = /^(varchar|char)\((\d+)\)$/.exec(portable);
    if (m) return `${m[1].toUpperCase()}(${m[2]})`;
    return { error: `type "${portable}" has no MySQL mapping (give the column a mysql: { type: … } override)` };
  },
  type: (modelType) => checkedType(MODEL_TYPE, 'MySQL', modelType),
  columnSql: (c) => (blobDefault(c), columnDefinition(mysqlSyntax, c)),
  // A TEXT, BLOB or JSON column's default as an expression, in parentheses (see blobDefault); a BLOB's as the
  // hexadecimal literal of its UTF-8 bytes, X'6e6f6e65', which holds no quote or backslash whatever the bytes are.
  columnDefault: (c) =>
    c.type === 'BLOB' ? Sql.verbatim(`(X'${bytesDefault(c)}')`) : isBlobDefault(c) ? Sql.verbatim(`(${literalText(c.default as Scalar)})`) : plainDefault(mysqlSyntax, c),
  currentTimestamp: () => sql`CURRENT_TIMESTAMP`,
  currentDatabase: () => sql`DATABASE()`,
  concat: (parts) => sql`CONCAT(${joinSql(parts, ', ')})`,
  distinct: (a, b) => sql`NOT (${a} <=> ${b})`,
  // utf8mb3_general_ci and utf8mb4_0900_ai_ci ignore case, PAD SPACE collations (utf8mb4_bin too) trailing spaces:
  // `=` finds the candidates (by an index on a), the bytes of both as utf8mb4 (whatever the column's character set;
  // binary strings compare byte by byte, trailing spaces counting) decide (MySQL 8.0 manual 10.8.5 "The binary
  // Collation Compared to _bin Collations", 10.8.6 "Trailing Space Handling in Comparisons"). CAST, not the BINARY
  // operator, which MySQL 8.0.27 deprecates.
  sameText: (a, b) => sql`(${a} = ${b} AND CAST(CONVERT(${a} USING utf8mb4) AS BINARY) = CAST(CONVERT(${b} USING utf8mb4) AS BINARY))`,
  sameTextIn: (a, bs) =>
    sql`(${a} IN (${joinSql(bs, ', ')}) AND CAST(CONVERT(${a} USING utf8mb4) AS BINARY) IN (${joinSql(bs.map((b) => sql`CAST(CONVERT(${b} USING utf8mb4) AS BINARY)`), ', ')}))`,
  coalesce: (values) => sql`COALESCE(${joinSql(values, ', ')})`,
  utf8Hex: (text) => sql`HEX(CONVERT(${text} USING utf8mb4))`,
  position: (needle, haystack) => sql`LOCATE(${needle}, ${haystack})`,
  substring: (text, from, length) => sql`SUBSTRING(${text}, ${from}, ${Sql.verbatim(String(length))})`,
  length: (text) => sql`CHAR_LENGTH(${text})`,
  bigint: (value) => Sql.verbatim(String(value)),
  before: (text, separator) => sql`SUBSTRING_INDEX(${text}, ${literal(separator)}, 1)`,
  after: (text, separator) => sql`CASE WHEN LOCATE(${literal(separator)}, ${text}) > 0 THEN SUBSTRING(${text}, LOCATE(${literal(separator)}, ${text}) + ${Sql.verbatim(String([...separator].length))}) END`,
  // REPLACE matches exactly, whatever the collation (MySQL 8.0 manual, 14.8 "String Functions and Operators").
  occurrences: (text, needle) => sql`(CHAR_LENGTH(${text}) - CHAR_LENGTH(REPLACE(${text}, ${literal(needle)}, '')))${Sql.verbatim([...needle].length > 1 ? ` DIV ${[...needle].length}` : '')}`,
  lower: (text) => sql`LOWER(${text})`,
  // MySQL 8 matches with ICU (REGEXP_LIKE), MariaDB with PCRE and no REGEXP_LIKE; case counts only under a binary
  // collation on both: not given until a plan needs it and a test holds both engines to it.
  matches: () => {
    throw new Error('matches: is not supported on MySQL yet (MySQL 8 and MariaDB read patterns with different libraries)');
  },
  // MariaDB's JSON is LONGTEXT and has no CAST … AS JSON (MariaDB KB, "JSON Data Type").
  asJson: () => {
    throw new Error('json: is not supported on MySQL yet (MariaDB has no JSON type to cast to)');
  },
  jsonObject: (pairs) => sql`JSON_OBJECT(${joinSql(pairs.map(([k, v]) => sql`${k}, ${v}`), ', ')})`,
  isJsonObject: (value) => sql`(JSON_TYPE(${value}) = 'OBJECT')`,
  byteOrder: (text) => sql`CAST(${text} AS BINARY)`,
  // A TIMESTAMP as text follows time_zone, which the script pins (+00:00).
  asText: (value) => sql`CAST(${value} AS CHAR)`,
  // Not QUOTE: it escapes a quote with a backslash, which shownText would double ('b\\'c').
  quotedText: (value) => sql`IFNULL(CONCAT('''', REPLACE(CAST(${value} AS CHAR), '''', ''''''), ''''), 'NULL')`,
  shownText: (text) => Sql.verbatim(shownText(text.text)),
  uuidFrom: (text) => sql`INSERT(INSERT(INSERT(INSERT(MD5(${text}), 21, 0, '-'), 17, 0, '-'), 13, 0, '-'), 9, 0, '-')`,
  // As bytes: the column's collation would match 'Files' to files (and ignore trailing spaces).
  lookup: (text, entries) => (entries.length ? sql`CASE CAST(${text} AS BINARY) ${joinSql(entries.map((e) => sql`WHEN ${literal(e.key)} THEN ${Sql.verbatim(String(e.value))}`), ' ')} END` : sql`CAST(NULL AS SIGNED)`),
  // %f is microseconds: the first 23 characters keep milliseconds.
  nowIso: () => sql`CONCAT(LEFT(DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%f'), 23), 'Z')`,
};

const locatedDialects = new Map<string, Dialect>();

/**
 * MySQL with the product's tables in the database the script runs in and (`w.places`) the product's other
 * databases; memoized by where things are.
 */
function mysqlIn(w: Where): Dialect {
  const memo = JSON.stringify([w.places ?? null, [...(w.at ?? new Map())].sort()]);
  const known = locatedDialects.get(memo);
  if (known) return known;
  const syntax: DialectSyntax = w.at?.size ? { ...mysqlSyntax, table: (name) => Sql.verbatim(qualified(w, name)) } : mysqlSyntax;
  const d: Dialect = {
  name: 'mysql',
  syntax,
  located: (places, at) => mysqlIn({ places, at }),
  nameAt: (name, location) => Sql.verbatim(location === undefined ? quoteIdent(name) : `${quoteIdent(w.places?.[location] ?? (() => { throw new Error(`no database for location ${JSON.stringify(location)}`); })())}.${quoteIdent(name)}`),
  placeName: (location) => (location === undefined ? undefined : Sql.verbatim(quoteIdent(w.places?.[location] ?? (() => { throw new Error(`no database for location ${JSON.stringify(location)}`); })()))),
  catalog: { catalogLines, catalogRows, renameLine, factsPrefix: 'mysql', canonicalLine, busySessionsSql: (scope) => busySessionsSql(mysqlSyntax, scope) },
  guards: {
    predicate: (p) => Sql.verbatim(predicateText(w, p)),
    guarded(condition, bodies, rows, creates) {
      if (bodies.length !== 1) throw new Error(`a MySQL guarded statement holds exactly one statement (got ${bodies.length})`);
      const text = bodies[0].text.trim().replace(/;$/, '');
      const cond = condition ? `${OK_FLAG}\n  AND ${condition.text}` : OK_FLAG;
      if (!rows) return prepared(`IF(\n  ${cond},\n  ${statementText(w, text, creates)},\n  'DO 0')`);
      // A row condition may read a table the catalog condition found missing, and MySQL resolves every table of
      // a statement before it evaluates any of it: the row condition is prepared only when the catalog one holds.
      return [
        ...prepared(`IF(\n  ${cond},\n  ${asString(`SET @plan_go = ${rows.text}`)},\n  'SET @plan_go = FALSE')`),
        ...prepared(`IF(@plan_go, ${statementText(w, text, creates)}, 'DO 0')`),
      ];
    },
    versionCheck: (spec) => versionCheck(w, spec),
    rowSizeFits: (spec) => rowSizeFits(w, spec),
    endCheck: (spec, what, hint) => endCheck(w, spec, what, hint),
    foreignReferences: (spec) => foreignReferences(w, spec),
    foreignReferencesRemedy: DROP_AND_RECREATE_FOREIGN_KEYS,
    completion: (_spec, message, already) => completion(message, already),
    startAtTarget: true,
    forgetAtStartIfWorkLeft,
    stopUnless,
    stopIfRows,
    firstKeys: (rows, keys) => Sql.verbatim(shownText(`(SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR '; ') FROM (SELECT DISTINCT ${keyText(keys)} AS x FROM (${rows.text}) r ORDER BY x LIMIT 3) f)`)),
    // Names compared as bytes: TABLE_NAME's collation would take Keto_1 for keto_1.
    externalTableExists: (name) => {
      const [schema, table] = name.includes('.') ? name.split('.') : [undefined, name];
      return Sql.verbatim(`EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${schema === undefined ? 'DATABASE()' : L(schema)} AND TABLE_NAME = ${L(table)})`);
    },
    externalColumnExists: (name, column) => {
      const [schema, table] = name.includes('.') ? name.split('.') : [undefined, name];
      return Sql.verbatim(`EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ${schema === undefined ? 'DATABASE()' : L(schema)} AND TABLE_NAME = ${L(table)} AND COLUMN_NAME = ${L(column)})`);
    },
    tablesNamedLike: (like, except) => Sql.verbatim(`EXISTS (SELECT 1 FROM information_schema.TABLES WHERE ${namedLike(like, except)})`),
    firstRows: (item, from, limit) => Sql.verbatim(shownText(`(SELECT GROUP_CONCAT(plan_row ORDER BY CAST(plan_row AS BINARY) SEPARATOR ', ') FROM (SELECT ${item.text} AS plan_row ${from.text} ORDER BY CAST(${item.text} AS BINARY) LIMIT ${Math.trunc(limit)}) AS plan_rows)`)),
    tableNamesLike: (like, except) => Sql.verbatim(shownText(`(SELECT GROUP_CONCAT(TABLE_NAME ORDER BY CAST(TABLE_NAME AS BINARY) SEPARATOR ', ') FROM information_schema.TABLES WHERE ${namedLike(like, except)})`)),
  },
  script: {
    prologue: PROLOGUE,
    // (the reader's own connection, closed after: its session settings go with it)
    readSettings: [sql`SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';`],
    // MariaDB: max_statement_time, in seconds (fractions allowed), for any statement (MariaDB KB "Aborting Statements
    // that Exceed a Certain Time to Execute"; error 1969). MySQL 8: max_execution_time, in milliseconds, for
    // read-only top-level SELECT statements (MySQL 8.0 manual, 5.1.8 "Server System Variables"; error 3024), which
    // is what the reads are. One text for both, as the script's bounds choose (ON_MARIADB).
    readTimeout: (ms) => prepared(`IF(${ON_MARIADB}, ${asString(`SET SESSION max_statement_time = ${L(ms / 1000)}`)}, ${asString(`SET SESSION max_execution_time = ${L(Math.trunc(ms))}`)})`),
    timeouts: (t) => timeouts(t),
    epilogue: [sql`SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len, SESSION time_zone = @plan_saved_time_zone;`],
    finally: CHARSET_RESTORE,
    transactional: false,
    failureNote: 'MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.',
    engineName: 'MySQL 8 / MariaDB',
    applyHint: 'mysql DATABASE < FILE  (or: mariadb DATABASE < FILE)',
    applyCommand: (file, to) => {
      const args = [...connectionArgs(to), to.database !== undefined ? databaseWords([to.database]) : 'DATABASE', `< ${file}`].join(' ');
      return `mysql ${args}  (or: mariadb ${args})`;
    },
    placeWord: 'database',
    // MySQL 8.0 manual, 6.2.2 "Privileges Provided by MySQL" and 15.1.36 "RENAME TABLE": CREATE DATABASE and CREATE
    // TABLE need CREATE on the database; RENAME TABLE needs ALTER and DROP on the table it moves, CREATE and INSERT
    // where it goes.
    placeNote: ({ name, source, creates }) =>
      creates
        ? `creates the database ${quoteIdent(name)} (${source}) when it is missing, and tables in it, outside the database it runs in: the account that runs it needs CREATE on that database (GRANT CREATE ON ${quoteIdent(name)}.* …, or on *.*), and there the privileges it needs in this one`
        : `changes (moves, alters or drops) tables of the database ${quoteIdent(name)} (${source}), outside the database it runs in: the account that runs it needs there the privileges it needs in this one (RENAME TABLE, moving a table out: ALTER and DROP on it)`,
    beforeNewTables: () => [],
    newTablesNote: (fresh, needs = []) =>
      (fresh
        ? "charset:  the tables take the database's default character set and collation."
        : "charset:  each table this script creates takes the character set and collation of the product's existing tables (those it shares a foreign key with first, else any), read from information_schema as it is created: a foreign key needs both sides alike, and old tables keep the default of the day they were created.") +
      (needs.length ? ` Required: ${rowSizeWords(needs)}. The script checks ${fresh ? "the database's default" : 'the character set each such table takes, or has,'} before its first change and stops if it is ${stopsIf(needs)}${ASSUMED_NOTE}.` : ''),
    rowSizeNote: (needs) => `charset:  the columns this script adds or changes take their table's character set. Required: ${rowSizeWords(needs)}. The script checks the table's character set before its first change and stops if it is ${stopsIf(needs)}${ASSUMED_NOTE}.`,
    // The product's places are databases of their own: the dump takes them too (--databases, which writes their
    // CREATE DATABASE and USE), and the restore needs no database name.
    backupFile: (file) => `${file}.sql`,
    backupCommand: (file, places = [], to = {}) => {
      const conn = connectionArgs(to).map((a) => `${a} `).join('');
      const db = to.database !== undefined ? databaseWords([to.database]) : 'DATABASE';
      // Loaded over the upgraded database, the dump fails on what the script added (a table it re-creates is still
      // referenced by a new one's foreign key): restored into empty databases. Written to a .partial file renamed
      // when mysqldump succeeds: a failed one leaves the file it began (--result-file too: checked on MariaDB 10.11).
      const dump = (what: string) => writtenWhole(`${file}.sql`, (partial) => `mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=${partial} ${conn}${what}`);
      return places.length
        ? `${dump(`--databases ${databaseWords([to.database ?? 'DATABASE', ...places])}`)}   (MariaDB: mariadb-dump, same flags; restore: the dump re-creates these databases by name, so drop them first, then mysql ${conn}< ${file}.sql; loaded over them it fails on what the script added)`
        : `${dump(db)}   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql ${conn}-e 'CREATE DATABASE NEW_DATABASE' && mysql ${conn}NEW_DATABASE < ${file}.sql; not over this one, which fails on what the script added)`;
    },
  },
  locks: mysqlLocks,
  hazards: mysqlHazards,
  rules: {
    valueDomain: mysqlValueDomain,
    enumLabelProblem: mysqlEnumLabelProblem,
    // MySQL 8.0 manual, "Identifier Length Limits": 64 characters for a database, table, column, index, constraint
    // (MariaDB 10.11: the same); counted in characters, not bytes.
    maxIdentifierLength: 64,
    identifierUnit: 'characters',
    identifierLimitSource: 'MySQL 8.0 manual, "Identifier Length Limits"',
    // MySQL 8.0 manual 9.2.3: "column, index, stored routine, event, and resource group names are not case-sensitive
    // on any platform"; constraint names neither (checked on MariaDB 10.11: FK_x after fk_X is errno 121, CK after ck
    // "Duplicate CHECK constraint name"); table names are case-sensitive on Linux with lower_case_table_names=0 only.
    nameComparison: { table: 'ignoring case on some servers', column: 'ignoring case', index: 'ignoring case', constraint: 'ignoring case' },
    indexNameScope: 'table',
    foreignKeyNameScope: 'database',
    // MySQL 8.0 manual 13.1.20.6 "CHECK Constraints": check constraint names are unique per schema (each constraint
    // type has a namespace of its own there, so MySQL 8 lets a check share a foreign key's name); MariaDB scopes them
    // per table, where a foreign key or UNIQUE key may not share a check's name (error 1826, measured on 10.11). One
    // script runs on both: the stricter rules.
    checkNameScope: 'database',
    checkNameSharedWithKeys: true,
    foreignKeyNeedsIndex: true,
    referencesIndexPrefix: true,
    // InnoDB treats NO ACTION as RESTRICT and MariaDB reports it so; the model keeps one spelling.
    foreignKeyAction: (a) => (a === 'NO ACTION' ? 'RESTRICT' : a),
    // MySQL names every primary key PRIMARY, whatever the plan calls it.
    // MySQL keeps an unquoted name's case (table names are case-sensitive with lower_case_table_names=0) and
    // refuses a name over 64 characters rather than cutting it.
    unquotedName: (name) => name,
    primaryKeyName: () => 'PRIMARY',
    severalStatementsPerGuard: false,
    compareKeySets: false,
    restatesColumn: true,
    keysAreConstraints: false,
    indexExtensions: false,
    foreignKeyProblems: (t, fk) => [...mysqlFkActionProblems(fk), ...fkActionsOnCheckedColumns(t, fk)],
    // MySQL partitioning is a table option with other rules (every unique key holds the partition columns), and
    // AUTO_INCREMENT is not an identity column: plans that need either are PostgreSQL-only steps.
    primaryKeyNotNull: true,
    identityColumns: false,
    enumColumnType: mysqlEnumColumnType,
    rowSize: {
      widest: WIDEST_CHARACTER,
      maxBytesPerCharacter,
      rowBytes,
      fittingWidths,
      overLimit,
      tooLarge,
      charsetsThatFit,
      remedy: remedyFor,
      charsetWidth: (name) => CHARSET_WIDTHS[name.toLowerCase()],
      verifyKey: 'mysql_character_set',
      unknownCharset: (named) => `mysql_character_set ${named} is not a character set of MySQL or MariaDB that plan knows (e.g. utf8mb4, utf8mb3, latin1)`,
      verifyTooWide: (need, named) => {
        const fit = charsetFor(need.most, need.fits);
        const w = Math.min(named?.width ?? WIDEST_CHARACTER, WIDEST_CHARACTER);
        const why = fitsNarrower(need.fits)
          ? `table ${need.table} needs a character set of at most ${need.most} bytes per character, such as ${fit} (under ${CHARSET_OF_WIDTH[WIDEST_CHARACTER]} a row of it ${need.over[WIDEST_CHARACTER - 1]}), and the scripts that create or widen it stop before their first change in a database of a wider one${need.most <= 2 ? `; ${narrowAdvice()}` : ''}`
          : `table ${need.table} needs ${charsetsThatFit(need.most, need.fits)} (under ${widthName(w)} a row of it ${need.over[w - 1]}), and the scripts that create or widen it stop before their first change in a database of another`;
        return named === undefined
          ? `${why}: give plan verify a character set that fits (verify_database: { mysql_character_set: ${fit} }), or its scratch databases take the server's default (utf8mb4 on MySQL 8 and MariaDB 10.11)`
          : `verify_database: mysql_character_set ${named.name} (${named.width} bytes per character) ${w > need.most ? 'is too wide' : 'does not fit'}: ${why}; name one that fits (${fit})`;
      },
    },
  },
  };
  locatedDialects.set(memo, d);
  return d;
}

/** MySQL / MariaDB, the product's tables in the database the script runs in. */
export const mysql: Dialect = mysqlIn({});

// PostgreSQL: the whole script in one transaction; every guarded statement a DO block whose IF asks
// pg_catalog whether the statement is still needed. Definitions are compared as pg_get_constraintdef(),
// pg_get_indexdef(), format_type() and pg_get_expr() spell them.
import { postgresValueDomain } from './domains.js';
import { postgresHazards } from './hazards.js';
import type { Scalar } from '../../plan/types.js';
import { enumTypeOf, isCurrentTimestamp, ENUM_TYPE_PREFIX, type Column, type ForeignKey, type Index, type Model, type Table } from '../../model/model.js';
import { DROP_AND_RECREATE_FOREIGN_KEYS, bytesDefault, bytesDefaultHex, checkedType, columnDefinition, plainDefault, durationText, lineComment, type ApplyTarget, type Dialect, type DialectSyntax, type RowCheck, type TimeoutStatements, type Timeouts } from '../dialect.js';
import { Sql, joinSql, sql } from '../../compile/sql.js';
import type { Facet, FacetRef, FacetValue, Predicate } from '../../compile/facets.js';
import { createHash } from 'node:crypto';
import { expectedRows, type VersionCheckSpec } from '../../compile/version-check.js';
import { PG_KEYWORDS } from './keywords.js';
import { postgresEnumLabelProblem, postgresReservedName } from './reserved.js';
import type { Naming } from '../../operations/naming.js';
import { checkPostgresTexts, postgresExpressionColumns, postgresCheckSpellingProblem } from '../../plan/postgres-text.js';
import { foreignReferencesBody } from './foreign-references.js';
import { escapedChar } from '../../text-rules.js';
import { busySessionsSql } from './busy.js';
import { postgresLocks } from './locks.js';
import { LIBPQ_KEYWORDS, conninfo } from './conninfo.js';
import { PLAN_COMMAND, shellWord, writtenWhole } from '../../shell.js';
import { releaseScriptLock, takeScriptLock } from './script-lock.js';

const TYPES: Record<string, string> = {
  bigint: 'BIGINT',
  'bigint unsigned': 'BIGINT', // PostgreSQL has no unsigned integers
  integer: 'INTEGER',
  'integer unsigned': 'INTEGER',
  smallint: 'SMALLINT',
  boolean: 'BOOLEAN',
  text: 'TEXT',
  bytes: 'BYTEA',
  uuid: 'UUID',
  timestamptz: 'TIMESTAMPTZ',
  timestamp: 'TIMESTAMP',
  // PostgreSQL has no DATETIME: a timestamp without time zone, as Pop/fizz declares one (ory/x networkx).
  datetime: 'TIMESTAMP',
  json: 'JSON',
  // PostgreSQL's binary JSON (Logto's users): no counterpart the other dialects' plans use yet.
  jsonb: 'JSONB',
  date: 'DATE',
};
const MODEL_TYPE = /^(BIGINT|INTEGER|SMALLINT|BOOLEAN|TEXT|BYTEA|UUID|TIMESTAMPTZ|TIMESTAMP|JSONB|JSON|DATE|(VARCHAR|CHAR)\(\d+\)(\[\])?)$/;

// quote_ident's rule: lower-case letters, digits and underscores, not starting with a digit, not a keyword.
function quoteIdent(name: string): string {
  if (name.includes('\0')) throw new Error(`identifier ${JSON.stringify(name)} holds a NUL character`);
  return /^[a-z_][a-z0-9_]*$/.test(name) && !PG_KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/**
 * A string literal that means the same with standard_conforming_strings on or off, on one line: plain '…' when the
 * value has no backslash and no control character, else E'…' with backslashes doubled and each control character
 * (U+0001–U+001F, U+007F) as \xhh. A line break inside a literal would split the statement's line, which the
 * script's layout (the column lists, the version check's indented rows) reads as lines (found by a fresh user: a
 * default 'x\ny' became 'x,\n      y'). Source: PostgreSQL 15 manual, 4.1.2.1-4.1.2.2 (\xh or \xhh: one or two
 * hexadecimal digits, so two always end the escape).
 */
function stringLiteral(v: string): string {
  if (v.includes('\0')) throw new Error('a string value holds a NUL character, which PostgreSQL text cannot store');
  const q = v.replace(/'/g, "''");
  if (!/[\\\x01-\x1f\x7f]/.test(v)) return `'${q}'`;
  return `E'${q.replace(/\\/g, '\\\\').replace(/[\x01-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)}'`;
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
const literal = (v: Scalar | null) => Sql.verbatim(literalText(v));

/** format_type() spelling of a model type. */
function formatType(type: string): string {
  // An enum type by its name alone: the catalog query spells it so wherever the type is (see typeOf).
  const e = enumTypeOf(type);
  if (e !== undefined) return quoteIdent(e);
  if (type === 'TIMESTAMPTZ') return 'timestamp with time zone';
  if (type === 'TIMESTAMP') return 'timestamp without time zone';
  const m = /^(VARCHAR|CHAR)\((\d+)\)(\[\])?$/.exec(type);
  if (m) return `${m[1] === 'VARCHAR' ? 'character varying' : 'character'}(${m[2]})${m[3] ?? ''}`;
  return type.toLowerCase();
}

/**
 * The escape format of bytea (bytea_output = 'escape'): a backslash doubled, a byte outside 0x20–0x7e as \ooo, the rest
 * as it is (PostgreSQL 15 manual, 8.4.2 "bytea Escape Format").
 */
const byteaEscape = (hex: string) =>
  (hex.match(/../g) ?? []).map((h) => {
    const b = parseInt(h, 16);
    return b === 0x5c ? '\\\\' : b < 0x20 || b > 0x7e ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b);
  }).join('');

/**
 * pg_get_expr() spellings of a column default (with standard_conforming_strings on, which the scripts set), the usual
 * one first. A bytea default (written as hexadecimal: see columnDefault) is shown by bytea's output function, which
 * follows the session's bytea_output: '\x6e6f6e65'::bytea with the default hex, 'none'::bytea with escape (measured on
 * PostgreSQL 15; found by a user: a bytes column's default 'none' was predicted as 'none'::bytea, and the end check
 * of every run stopped on the catalog's '\x6e6f6e65'::bytea). Both are accepted, so no session setting stops a script.
 */
function catalogDefaults(c: Column): string[] {
  const hex = c.type === 'BYTEA' ? bytesDefaultHex(c) : undefined;
  if (hex !== undefined) return [...new Set([`'\\x${hex}'::bytea`, `'${byteaEscape(hex).replace(/'/g, "''")}'::bytea`])];
  return [catalogDefault(c)];
}

/** pg_get_expr() spelling of a column default (with standard_conforming_strings on): the first of catalogDefaults. */
function catalogDefault(c: Column): string {
  const v = c.default!;
  if (c.type === 'BYTEA' && bytesDefaultHex(c) !== undefined) return catalogDefaults(c)[0];
  if (isCurrentTimestamp(v)) return 'now()';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  // A negative number is a minus applied to an integer (or, past its range, bigint) constant: PostgreSQL shows that type, not the column's.
  if (typeof v === 'number') return numberConstant(v);
  const typed = typedConstant(c.type, v);
  if (typed !== undefined) return typed;
  const cast = c.type.startsWith('VARCHAR') ? 'character varying' : c.type.startsWith('CHAR') ? 'bpchar' : formatType(c.type);
  return `'${v.replace(/'/g, "''")}'::${cast}`;
}

/**
 * How pg_get_expr() shows a number the plan writes unquoted (DEFAULT 5): the parser makes it an integer constant while
 * it fits integer, a bigint one while it fits bigint, else (and for a fraction) a numeric one; a cast to the column's
 * type is implicit and not shown. ruleutils.c (get_const_expr) writes an integer or numeric constant bare unless it is
 * negative, any other constant as 'text'::type. Measured on PostgreSQL 15: integer DEFAULT -5 → '-5'::integer,
 * bigint DEFAULT 3000000000 → '3000000000'::bigint, numeric DEFAULT -1.5 and real DEFAULT -1.5 → '-1.5'::numeric,
 * real DEFAULT 1.5 → 1.5 (found by review: 3000000000 and -1.5 were predicted as 3000000000 and '-1.5'::integer).
 */
function numberConstant(v: number): string {
  const INT4 = 2147483647;
  const INT8 = 9223372036854775807n;
  if (Number.isInteger(v) && v >= -INT4 - 1 && v <= INT4) return v < 0 ? `'${v}'::integer` : String(v);
  if (Number.isInteger(v) && BigInt(v) >= -INT8 - 1n && BigInt(v) <= INT8) return `'${BigInt(v)}'::bigint`;
  const text = Number.isInteger(v) ? BigInt(v).toString() : String(v);
  return v < 0 ? `'${text}'::numeric` : text;
}

/**
 * How pg_get_expr() shows a quoted default of a number or boolean column (DEFAULT '5'): the literal becomes a constant
 * of the column's type, shown by that type's output function; integer and numeric bare unless negative, boolean as
 * true/false, smallint, bigint, real and double precision as 'text'::type (ruleutils.c get_const_expr). Measured on
 * PostgreSQL 15: integer DEFAULT '5' → 5, integer DEFAULT '007' → 7, smallint DEFAULT '7' → '7'::smallint, bigint
 * DEFAULT '-0' → '0'::bigint, numeric DEFAULT '2.50' → 2.50, numeric(10,2) DEFAULT '2.5' → 2.5 (found by review: an
 * integer column's default "5" was predicted as '5'::integer, so every run's end check stopped). Undefined for a text
 * this does not read (another type, or a number written otherwise): the generic 'text'::type.
 */
function typedConstant(type: string, v: string): string | undefined {
  if (type === 'BOOLEAN' && (v === 'true' || v === 'false')) return v;
  const integer = /^\s*([+-]?\d+)\s*$/.exec(v);
  if (integer && (type === 'INTEGER' || type === 'SMALLINT' || type === 'BIGINT')) {
    const text = BigInt(integer[1]).toString();
    return type === 'INTEGER' && !text.startsWith('-') ? text : `'${text}'::${type.toLowerCase()}`;
  }
  const decimal = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/.exec(v);
  if (decimal && /^NUMERIC(\(\d+(,\d+)?\))?$/.test(type) && (decimal[2] || decimal[3])) {
    const whole = decimal[2].replace(/^0+(?=\d)/, '') || '0';
    const text = `${whole}${decimal[3] ? `.${decimal[3]}` : ''}`;
    const zero = !/[1-9]/.test(text);
    return decimal[1] === '-' && !zero ? `'-${text}'::numeric` : text;
  }
  return undefined;
}

const cols = (names: string[]) => names.map(quoteIdent).join(', ');

/** Definitions as pg_get_constraintdef() / pg_get_indexdef() spell them. */
const defs = {
  primaryKey: (columns: string[]) => `PRIMARY KEY (${cols(columns)})`,
  unique: (columns: string[]) => `UNIQUE (${cols(columns)})`,
  foreignKey(fk: ForeignKey): string {
    let s = `FOREIGN KEY (${cols(fk.columns)}) REFERENCES ${quoteIdent(fk.refTable)}(${cols(fk.refColumns)})`;
    if (fk.onUpdate !== 'NO ACTION') s += ` ON UPDATE ${fk.onUpdate}`;
    if (fk.onDelete !== 'NO ACTION') s += ` ON DELETE ${fk.onDelete}`;
    return s;
  },
  // An expression and a predicate are kept as the plan wrote them: as pg_get_indexdef spells them.
  index: (table: string, ix: Index) =>
    `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(ix.name)} ON ${ix.onPartitioned ? 'ONLY ' : ''}${quoteIdent(table)} USING ${ix.method ?? 'btree'} (${ix.columns
      .map((c) => (c.expression ?? quoteIdent(c.name!)) + (c.opclass !== undefined ? ` ${quoteIdent(c.opclass)}` : '') + (c.desc ? ' DESC' : ''))
      .join(', ')})${ix.where !== undefined ? ` WHERE ${ix.where}` : ''}`,
  check: (expression: string) => `CHECK ((${expression}))`,
};

/** An enum type's values as the catalog query spells them. */
const enumDef = (values: string[]) => `ENUM (${values.map((v) => literalText(v)).join(', ')})`;
/** The values of enum type `oid` as enumDef spells them, as SQL. */
const enumLabels = (oid: string) => `(SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = ${oid})`;

function catalogLines(m: Model): string[] {
  const out: string[] = [];
  for (const e of m.enumTypes ?? []) out.push(`E ${e.name} | ${enumDef(e.values)}${e.location ? ` IN ${e.location}` : ''}`);
  for (const t of m.tables) {
    const T = `T ${t.name} |`;
    if (t.location) out.push(`${T} IN ${t.location}`);
    for (const c of t.columns) {
      out.push(`${T} COL ${c.name} ${formatType(c.type)}${c.nullable ? '' : ' NOT NULL'}${c.default !== undefined ? ' DEFAULT ' + catalogDefault(c) : ''}`);
    }
    if (t.primaryKey) out.push(`${T} CON ${t.primaryKey.name} ${defs.primaryKey(t.primaryKey.columns)}`);
    for (const u of t.uniques) out.push(`${T} CON ${u.name} ${defs.unique(u.columns)}`);
    for (const fk of t.foreignKeys) out.push(`${T} CON ${fk.name} ${defs.foreignKey(fk)}`);
    for (const ck of t.checks) out.push(`${T} CON ${ck.name} ${defs.check(ck.expression)}`);
    for (const ix of t.indexes) out.push(`${T} IDX ${defs.index(t.name, ix)}`);
  }
  return out.sort();
}

const L = literalText;

/** `T t | CON name def` / `T t | IDX CREATE INDEX name ON t USING …` / `T t | COL …` with physical names. */
function renameLine(line: string, n: Naming): string {
  const m = /^T (\S+) \| (.*)$/.exec(line);
  if (!m) return line;
  const table = m[1];
  let rest = m[2].replace(/^CON (\S+) /, (_, name: string) => `CON ${n.key(table, name)} `);
  rest = rest.replace(/ REFERENCES (\S+)\(/, (_, t: string) => ` REFERENCES ${n.table(t)}(`);
  rest = rest.replace(/^IDX (CREATE (?:UNIQUE )?INDEX \S+ ON (?:ONLY )?)(\S+) USING /, (_, head: string, t: string) => `IDX ${head}${n.table(t)} USING `);
  return `T ${n.table(table)} | ${rest}`;
}

/**
 * Where the product's objects are: in `schema` (every name qualified, the session's search_path pinned empty so
 * that nothing resolves elsewhere and the catalog spells every reference qualified), or, without one, in the
 * current schema, relative to the session's search_path.
 */
interface Where {
  schema?: string;
  /**
   * The product's other schemas (product.yaml `locations:`), by location: a table or enum type of the model may be
   * in one of them (`Table.location`). Present (maybe empty) on a dialect made by `located`, whose catalog reads
   * those schemas too, spells a table's place (`present in <location>`) and reads enum types.
   */
  places?: Record<string, string>;
  /** Where each table or type the statement at hand names is, when not in the main schema. */
  at?: ReadonlyMap<string, string>;
}

/** A table or type of the main schema as the script names it (its schema, when one is set). */
const inMain = (w: Where, name: string) => (w.schema ? `${quoteIdent(w.schema)}.${quoteIdent(name)}` : quoteIdent(name));
/** A table or type as the script names it: in its location's schema (`at`), else in the main one. */
const qualified = (w: Where, name: string) => {
  const loc = w.at?.get(name);
  return loc === undefined ? inMain(w, name) : `${quoteIdent(placeOf(w, loc))}.${quoteIdent(name)}`;
};
/** The schema of a location. @throws Error for a location the product does not declare */
function placeOf(w: Where, location: string): string {
  const p = w.places?.[location];
  if (p === undefined) throw new Error(`no schema for location ${JSON.stringify(location)}`);
  return p;
}
/** The places' schemas, in location order. */
const placeSchemas = (w: Where) => Object.keys(w.places ?? {}).sort().map((l) => w.places![l]);
/** The catalog's oid of `table`, NULL while it does not exist: in the main schema, or (located) in any place. */
const rel = (w: Where, table: string) => {
  const places = placeSchemas(w);
  const main = `to_regclass(${L(inMain(w, table))})`;
  return places.length ? `COALESCE(${main}, ${places.map((p) => `to_regclass(${L(`${quoteIdent(p)}.${quoteIdent(table)}`)})`).join(', ')})` : main;
};
/** The oid of `table` in one place (`location`; undefined: the main schema), NULL while it is not there. */
const relAt = (w: Where, table: string, location: string | undefined) =>
  `to_regclass(${L(location === undefined ? inMain(w, table) : `${quoteIdent(placeOf(w, location))}.${quoteIdent(table)}`)})`;
/** `expr` (a definition from pg_catalog) with the places' qualifiers after `before` removed (` REFERENCES `, `::`…). */
const unplaced = (w: Where, expr: string, before: string) =>
  placeSchemas(w).reduce((e, p) => `replace(${e}, ${L(`${before}${quoteIdent(p)}.`)}, ${L(before)})`, expr);
/** The name of the schema the objects are in, as SQL. */
const schemaName = (w: Where) => (w.schema ? L(w.schema) : 'current_schema()');
/** How the catalog qualifies a name of that schema (`auth.`), as SQL. */
const qualifier = (w: Where) => (w.schema ? L(`${quoteIdent(w.schema)}.`) : `quote_ident(current_schema()) || '.'`);
/** pg_get_indexdef(`x`) with the table unqualified (`ON t`, or `ON ONLY t` for a partitioned table), as the model spells it. */
const indexDef = (w: Where, x: string) => unplaced(w, unplaced(w, `replace(replace(pg_get_indexdef(${x}), ' ON ' || ${qualifier(w)}, ' ON '), ' ON ONLY ' || ${qualifier(w)}, ' ON ONLY ')`, ' ON '), ' ON ONLY ');
/** pg_get_constraintdef(`x`) with referenced tables unqualified (qualified only where not on search_path). */
const constraintDef = (w: Where, x: string) => unplaced(w, w.schema ? `replace(pg_get_constraintdef(${x}), ' REFERENCES ' || ${qualifier(w)}, ' REFERENCES ')` : `pg_get_constraintdef(${x})`, ' REFERENCES ');
/** A column's type as the catalog query spells it (`a`: its pg_attribute row): an enum type by its name alone, wherever it is. */
const typeOf = (w: Where) => (w.places ? `(SELECT CASE WHEN ty.typtype = 'e' THEN quote_ident(ty.typname::text) ELSE format_type(a.atttypid, a.atttypmod) END FROM pg_type ty WHERE ty.oid = a.atttypid)` : 'format_type(a.atttypid, a.atttypmod)');
/** A column's default as the catalog query spells it (`d`: its pg_attrdef row): a cast to an enum type unqualified. */
const defaultOf = (w: Where) => unplaced(w, 'pg_get_expr(d.adbin, d.adrelid)', '::');
/** How a table's place is spelled after `present` (empty in the main schema), as SQL over pg_class `c`. */
const placeWords = (w: Where, ns: string) =>
  Object.keys(w.places ?? {}).length ? `CASE ${ns} ${Object.keys(w.places!).sort().map((l) => `WHEN (SELECT oid FROM pg_namespace WHERE nspname = ${L(w.places![l])}) THEN ${L(` in ${l}`)}`).join(' ')} ELSE '' END` : `''`;
/** The namespaces the product's objects are in, as a SQL list. */
const namespaces = (w: Where) => [`(SELECT oid FROM pg_namespace WHERE nspname = ${schemaName(w)})`, ...placeSchemas(w).map((p) => `(SELECT oid FROM pg_namespace WHERE nspname = ${L(p)})`)].join(', ');

/** The object exists (value null) or has this definition (value given): a boolean SQL expression. */
function facetExists(w: Where, ref: FacetRef, value: FacetValue | null): string {
  const r = rel(w, ref.table);
  switch (ref.type) {
    case 'table':
      // A table in a place: there, whatever else exists; in the main schema: there, and in no place (a move is done).
      if (value && value.type === 'table' && w.places) {
        const here = `${relAt(w, ref.table, value.table.location)} IS NOT NULL`;
        const elsewhere = [undefined, ...Object.keys(w.places).sort()].filter((l) => l !== value.table.location).map((l) => `${relAt(w, ref.table, l)} IS NULL`);
        return `(${[here, ...elsewhere].join(' AND ')})`;
      }
      return `${r} IS NOT NULL`;
    case 'enum_type': {
      const base = `SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = ${L(ref.table)} AND t.typnamespace IN (${namespaces(w)})`;
      if (!value || value.type !== 'enum_type') return `EXISTS (${base})`;
      const loc = value.enumType.location;
      return `EXISTS (${base} AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ${loc === undefined ? schemaName(w) : L(placeOf(w, loc))}) AND ${enumLabels('t.oid')} = ${L(enumDef(value.enumType.values))})`;
    }
    case 'column': {
      const base = `a.attrelid = ${r} AND a.attname = ${L(ref.column)} AND a.attnum > 0 AND NOT a.attisdropped`;
      if (!value || value.type !== 'column') return `EXISTS (SELECT 1 FROM pg_attribute a WHERE ${base})`;
      const c = value.column;
      return `EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE ${base} AND ${typeOf(w)} = ${L(formatType(c.type))} AND ${c.nullable ? 'NOT ' : ''}a.attnotnull AND ${defaultOf(w)} ${c.default === undefined ? 'IS NULL' : catalogDefaults(c).length === 1 ? `= ${L(catalogDefault(c))}` : `IN (${catalogDefaults(c).map(L).join(', ')})`}${c.identity ? ` AND a.attidentity = ${L(c.identity === 'always' ? 'a' : 'd')}` : ''})`;
    }
    case 'primary_key':
      if (!value || value.type !== 'primary_key') return `EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = ${r} AND contype = 'p')`;
      return `EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = ${r} AND contype = 'p' AND conname = ${L(value.pk.name)} AND ${constraintDef(w, 'oid')} = ${L(defs.primaryKey(value.pk.columns))})`;
    case 'index': {
      const base = `SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = ${r} AND c.relname = ${L(ref.name)}`;
      if (!value || value.type !== 'index') return `EXISTS (${base})`;
      // pg_get_indexdef qualifies the table with its schema; strip it to compare with the model's spelling. An
      // INVALID index (a concurrent build that failed) has its definition but is not it: the guards rebuild it.
      return `EXISTS (${base} AND i.indisvalid AND ${indexDef(w, 'i.indexrelid')} = ${L(defs.index(ref.table, value.index))})`;
    }
    default: {
      const base = `SELECT 1 FROM pg_constraint WHERE conrelid = ${r} AND conname = ${L(ref.name)}`;
      if (!value) return `EXISTS (${base})`;
      const def = value.type === 'unique' ? defs.unique(value.unique.columns) : value.type === 'foreign_key' ? defs.foreignKey(value.fk) : value.type === 'check' ? defs.check(value.check.expression) : undefined;
      if (def === undefined) throw new Error(`facet ${ref.type} cannot have a ${value.type} value`);
      return `EXISTS (${base} AND ${constraintDef(w, 'oid')} = ${L(def)})`;
    }
  }
}

function predicateText(w: Where, p: Predicate): string {
  switch (p.kind) {
    case 'and':
      return p.items.length === 0 ? 'TRUE' : p.items.map((q) => predicateText(w, q)).join('\n    AND ');
    case 'sql':
      return p.sql.text;
    case 'facet': {
      const exists = facetExists(w, p.ref, p.value);
      // is(null) = absent; isNot(null) = exists; is(v) = has v; isNot(v) = lacks v.
      const positive = p.value === null ? p.negate : !p.negate;
      if (positive) return exists;
      return exists.endsWith(' IS NOT NULL') ? exists.replace(/ IS NOT NULL$/, ' IS NULL') : `NOT ${exists}`;
    }
  }
}

/** DO $plan$…$plan$, with another tag ($plan_1$, …) when the body holds "$plan$" (in a value, say) and would end early. */
function doBlock(body: string, whole = false): Sql {
  let tag = '$plan$';
  for (let i = 1; body.includes(tag); i++) tag = `$plan_${i}$`;
  return Sql.verbatim(whole ? `DO ${tag}\n${body}\n${tag};` : `DO ${tag}\nBEGIN\n${body}\nEND\n${tag};`);
}

/** How catalogRowsSql spells an identity column's kind after its type (nothing for another column). */
const identityDef = (c: Column) => (c.identity ? ` GENERATED ${c.identity.toUpperCase()} AS IDENTITY` : '');

/**
 * How catalogRowsSql spells a table: `present`, then `PARTITION BY RANGE (created_at)` for a partitioned table
 * (pg_get_partkeydef) or `PARTITION OF parent DEFAULT` for a partition (pg_get_expr of relpartbound).
 */
function tableDef(t: Table): string {
  if (t.partitionBy) return `present PARTITION BY ${t.partitionBy.strategy.toUpperCase()} (${cols(t.partitionBy.columns)})`;
  if (t.partitionOf) return `present PARTITION OF ${quoteIdent(t.partitionOf.parent)} ${t.partitionOf.bound.toUpperCase()}`;
  return 'present';
}

/**
 * The name PostgreSQL gives the index it makes on a partition for an index of the parent (CREATE INDEX on the
 * parent, or CREATE TABLE … PARTITION OF a parent with indexes): ChooseRelationName(partition, the column names
 * joined by "_" (ChooseIndexNameAddition; "expr" for an expression), "idx"), whose makeObjectName shortens the
 * longer of the two parts until the name fits NAMEDATALEN-1 = 63 bytes (on a character boundary) and which
 * appends 1, 2, … to the label while the name is taken. Source: PostgreSQL 15 src/backend/commands/indexcmds.c
 * (ChooseIndexName, ChooseIndexNameAddition) and src/backend/commands/indexcmds.c / catalog/namespace.c
 * (ChooseRelationName, makeObjectName).
 */
function partitionIndexName(partition: string, index: Index, taken: (name: string) => boolean): string {
  const clip = (s: string, bytes: number) => {
    let out = '';
    for (const ch of s) {
      if (Buffer.byteLength(out + ch, 'utf8') > bytes) break;
      out += ch;
    }
    return out;
  };
  let addition = '';
  for (const c of index.columns) {
    const part = c.name ?? 'expr';
    addition = clip(addition ? `${addition}_${part}` : part, 63 + 1 + 63);
    if (Buffer.byteLength(addition, 'utf8') >= 64) break;
  }
  const make = (label: string) => {
    const avail = 63 - (label.length + 1) - 1;
    let n1 = Buffer.byteLength(partition, 'utf8');
    let n2 = Buffer.byteLength(addition, 'utf8');
    while (n1 + n2 > avail) {
      if (n1 > n2) n1--;
      else n2--;
    }
    return `${clip(partition, n1)}_${clip(addition, n2)}_${label}`;
  };
  for (let pass = 0; ; pass++) {
    const name = make(pass === 0 ? 'idx' : `idx${pass}`);
    if (!taken(name)) return name;
  }
}

/** The tables (pg_class c) of the script's schema named LIKE `like` (`!` escapes), none of `except`. */
const namedLike = (w: Where, like: string, except: string[]) =>
  `c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ${schemaName(w)}) AND c.relkind IN ('r', 'p') AND c.relname LIKE ${L(like)} ESCAPE '!'${except.length ? ` AND c.relname NOT IN (${except.map(L).join(', ')})` : ''}`;

/** The rows the catalog shows for one object (see catalogRowsSql): its key and its definition. */
function catalogRows(f: Facet): { key: string; defs: string[] }[] {
  const v = f.value;
  if (!v) return [];
  const t = f.ref.table;
  switch (v.type) {
    case 'table': return [{ key: `table ${t}`, defs: [tableDef(v.table) + (v.table.location ? ` in ${v.table.location}` : '')] }];
    case 'enum_type': return [{ key: `enum_type ${t}`, defs: [enumDef(v.enumType.values) + (v.enumType.location ? ` in ${v.enumType.location}` : '')] }];
    case 'column': {
      const c = v.column;
      const defaults = c.default === undefined ? [''] : catalogDefaults(c).map((x) => ` DEFAULT ${x}`);
      return [{ key: `column ${t}.${c.name}`, defs: defaults.map((df) => `${formatType(c.type)}${c.nullable ? '' : ' NOT NULL'}${df}${identityDef(c)}`) }];
    }
    case 'primary_key': return [{ key: `constraint ${t}.${v.pk.name}`, defs: [defs.primaryKey(v.pk.columns)] }];
    case 'unique': return [{ key: `constraint ${t}.${v.unique.name}`, defs: [defs.unique(v.unique.columns)] }];
    case 'foreign_key': return [{ key: `constraint ${t}.${v.fk.name}`, defs: [defs.foreignKey(v.fk)] }];
    case 'check': return [{ key: `constraint ${t}.${v.check.name}`, defs: [defs.check(v.check.expression)] }];
    case 'index': return [{ key: `index ${t}.${v.index.name}`, defs: [defs.index(t, v.index)] }];
  }
}

/** (kind, tbl, name, k, def) for every table, column, constraint and index of `tables` in the current schema. */
function catalogRowsSql(w: Where, tables: string[]): string {
  const inTables = `c.relnamespace ${w.places ? `IN (${namespaces(w)})` : `= (SELECT oid FROM pg_namespace WHERE nspname = ${schemaName(w)})`} AND c.relkind IN ('r', 'p') AND c.relname IN (${tables.map(L).join(', ') || 'NULL'})`; // IN () is a syntax error: a product without tables matches none
  return [
    // A partition's identity column repeats its parent's from PostgreSQL 17 on, not in 15: the listing shows it on the parent only.
    `SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END${w.places ? ` || ${placeWords(w, 'c.relnamespace')}` : ''} AS def FROM pg_class c WHERE ${inTables}`,
    `SELECT 'column', c.relname::text, a.attname::text, ${typeOf(w)} || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || ${defaultOf(w)}, '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE ${inTables}`,
    `SELECT 'constraint', c.relname::text, k.conname::text, ${constraintDef(w, 'k.oid')} FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE ${inTables} AND k.contype <> 'n'`,
    `SELECT 'index', c.relname::text, i.relname::text, ${indexDef(w, 'x.indexrelid')} || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE ${inTables} AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))`,
      ...(w.places ? [`SELECT 'enum_type', t.typname::text, '', ${enumLabels('t.oid')} || ${placeWords(w, 't.typnamespace')} FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace IN (${namespaces(w)}) AND t.typname IN (${tables.map(L).join(', ') || 'NULL'})`] : []),
  ].join('\n      UNION ALL ');
}

/**
 * The check's query: CTEs ending in p(o, m, c), one row for each object that matches no state of `spec` (worded
 * for a DBA; `o` orders the kinds of problem) and, with `spec.target`, each that does not match the target; `c` says
 * which check the row fails (1: the path's, 2: the target's, 3: both). The expected rows are one list (expectedRows),
 * each flagged for the checks it belongs to. `select` reads p (e.g. the path's first problem).
 */
function mismatchSql(w: Where, spec: VersionCheckSpec, select: string, kept?: string): string {
  const x = expectedRows(spec);
  const flagged = spec.target !== undefined;
  const lit = (v: string | number) => (typeof v === 'number' ? String(v) : L(v));
  const values = (rows: (string | number)[][], empty: string) => (rows.length ? `VALUES ${rows.map((r) => `(${r.map(lit).join(', ')})`).join(',\n        ')}` : empty);
  const notIn = (col: string, list: string[]) => `${col} NOT IN (${['', ...list].map(L).join(', ')})`;
  const tablesOf = (list: string[], tbl: string) => (list.length ? ` AND ${tbl} NOT IN (${list.map(L).join(', ')})` : '');
  // Which checks a problem of table `tbl` fails, given when it fails the path's (`path`) and the target's (`target`).
  const bits = (tbl: string, path: string, target: string) =>
    flagged ? `CASE WHEN ${path}${tablesOf(x.targetOnlyTables, tbl)} THEN 1 ELSE 0 END + CASE WHEN ${target}${tablesOf(x.pathOnlyTables, tbl)} THEN 2 ELSE 0 END` : `CASE WHEN ${path} THEN 1 ELSE 0 END`;
  const allowed = flagged ? x.allowed : x.allowed.map(([k, def]) => [k, def]);
  const required = flagged ? x.required : x.required.map(([k, m]) => [k, m]);
  return `WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN ${w.places ? `kind IN ('table', 'enum_type')` : `kind = 'table'`} THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
      ${catalogRowsSql(w, x.tables)}) r),
    allowed(k, def${flagged ? ', f' : ''}) AS (${kept ? fromKept(kept, 'a') : values(allowed, `SELECT NULL::text, NULL::text${flagged ? ', 0' : ''} WHERE FALSE`)}),
    required(k, m${flagged ? ', f' : ''}) AS (${kept ? fromKept(kept, 'r') : values(required, `SELECT NULL::text, NULL::text${flagged ? ', 0' : ''} WHERE FALSE`)})${spec.implied.length ? `,
    implied(a, b, m) AS (${values(spec.implied, '')})` : ''},
    p(o, m, c) AS (SELECT * FROM (
  SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists'${w.places ? ` || replace(f.def, 'present', '') WHEN f.kind = 'enum_type' THEN 'enum type ' || f.tbl || ' is ' || f.def` : ''} ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
    ${bits('f.tbl', `${notIn('f.k', spec.repairable)} AND ${flagged ? 'COALESCE(a.f, 0) & 1 = 0' : 'a.k IS NULL'}`, `${notIn('f.k', x.targetRepairable)} AND COALESCE(a.f, 0) & 2 = 0`)} AS c
    FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
  UNION ALL
  SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, ${flagged ? 'r.f' : '1'} FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)${w.places ? `
  UNION ALL
  SELECT 0, 'table ' || f.tbl || ' exists in more than one schema (' || string_agg(CASE WHEN f.def LIKE '% in %' THEN substr(f.def, strpos(f.def, ' in ') + 4) ELSE 'the main one' END, ', ' ORDER BY f.def) || ')', ${bits('f.tbl', 'TRUE', 'TRUE')} FROM found f WHERE f.kind = 'table' GROUP BY f.tbl HAVING count(*) > 1` : ''}${spec.implied.length ? `
  UNION ALL
  SELECT 4, i.m, 1 FROM implied i WHERE EXISTS (SELECT 1 FROM found f WHERE f.k = i.a) AND NOT EXISTS (SELECT 1 FROM found f WHERE f.k = i.b)` : ''}) q WHERE c <> 0)
  ${select}`;
}

/** The rows of list `list` ('a': allowed, 'r': required) the version check kept in setting `name` (keptTarget); none when unset. */
const fromKept = (name: string, list: 'a' | 'r') => `SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting(${L(name)}, true), '')::json -> ${L(list)}) e`;

/** The path's first problem (the stop message's), NULL when the database is on the path. */
// m names tables, columns and definitions read from the catalog: spelled by shownText in the message.
const FIRST_PROBLEM = `SELECT ${shownText('m')} FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1`;

/**
 * The database and schema a version check read, for its stop message (a script run in the wrong database or with
 * the wrong search path finds the product's tables missing; the name says why): the schema the script names
 * (postgresql_table_schema), else current_schema(), NULL when no schema on the search path exists.
 */
const checkedWhere = (w: Where) =>
  w.schema !== undefined
    ? `format('Checked: database %s, schema %s.', ${shownText('quote_ident(current_database())')}, ${L(quoteIdent(w.schema))})`
    : `format('Checked: database %s, schema %s.', ${shownText('quote_ident(current_database())')}, coalesce(${shownText('quote_ident(current_schema())')}, 'none (no schema on the search path exists)'))`;

function versionCheck(w: Where, spec: VersionCheckSpec): Sql[] {
  // When the check fails and a place the path keeps objects in does not exist, that comes first (a wrong id).
  const placeMissing = (spec.places ?? []).map((p) => `
  IF problem IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ${L(p.name)}) THEN
    problem := ${L(p.message)};
  END IF;`).join('');
  // The schema every object is in (a naming parameter's value), missing: the one thing to say, before reading anything.
  const schemaMissing = spec.schema
    ? `
  IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ${L(spec.schema.name)}) THEN
    RAISE EXCEPTION 'plan stopped: %', ${L(`${spec.schema.message}. Nothing was changed.`)} USING DETAIL = format('Checked: database %s.', ${shownText('quote_ident(current_database())')});
  END IF;`
    : '';
  // With spec.target: the same query lists the target's rows, kept in the session for the end check (keptTarget),
  // and, with a second run's line (spec.target.already), says whether the database is at the target already,
  // remembered for the completion line (AT_START).
  const target = spec.target;
  const already = target?.already;
  const keep = target ? `json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text` : '';
  const select = target ? `SELECT (${FIRST_PROBLEM}), ${keep}${already === undefined ? '' : ', EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)'}` : FIRST_PROBLEM;
  return [doBlock(`DECLARE
  problem text;${target ? `
  kept text;` : ''}${already === undefined ? '' : `
  off_target boolean;`}
BEGIN${schemaMissing}
  ${mismatchSql(w, spec, select).split('\n').join('\n  ')}
  INTO problem${target ? ', kept' : ''}${already === undefined ? '' : ', off_target'};${placeMissing}
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', ${L(spec.what + ': ')} || problem || '. Nothing was changed.' USING DETAIL = ${checkedWhere(w)}, HINT = ${L(spec.hint)};
  END IF;${target ? `
  PERFORM set_config(${L(keptTarget(target.spec))}, kept, false);` : ''}${already === undefined ? '' : `
  PERFORM set_config(${L(AT_START)}, CASE WHEN off_target THEN '' ELSE ${L(already)} END, false);`}
END`, true)];
}

/**
 * The session setting the version check keeps the target's expected rows in (JSON: {"a": [[object, definition]…],
 * "r": [[object, missing message]…]}), for the end check, so that the script carries the list once. Named after a
 * digest of those rows: a value an earlier script left in the same session (a client that went on after this one's
 * version check failed, undoing its set_config) is never read as this script's; none found, the end check expects
 * an empty database and stops on anything else. Set with set_config(…, false) in the first transaction, it lasts the
 * session (PostgreSQL 15 manual, 20.16 "Customized Options"; 9.27.1 set_config).
 */
function keptTarget(target: VersionCheckSpec): string {
  const rows = JSON.stringify([target.allowed, target.required, target.repairable]);
  return `plan.target_${createHash('sha256').update(rows).digest('hex').slice(0, 16)}`;
}

/**
 * The end check remembers the state it found in a setting of the session, plan.at_target, set to the completion
 * message: set in the transaction, it is undone with it when the COMMIT does not happen (a custom setting: PostgreSQL 15
 * manual, 20.16). The completion line reads it (current_setting(…, true): NULL when never set).
 */
const AT_TARGET = 'plan.at_target';

function endCheck(w: Where, spec: VersionCheckSpec, what: string, hint: string, rolledBack: boolean, message: string): Sql[] {
  return [doBlock(`DECLARE
  problem text;
BEGIN
  ${mismatchSql(w, { ...spec, target: undefined }, FIRST_PROBLEM, keptTarget(spec)).split('\n').join('\n  ')}
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', ${L(what + ': ')} || problem || ${L(rolledBack ? '. Everything this run did is rolled back: nothing was changed.' : '.')} USING DETAIL = ${checkedWhere(w)}, HINT = ${L(hint)};
  END IF;
  PERFORM set_config(${L(AT_TARGET)}, ${L(message)}, false);
END`, true)];
}

/**
 * Whether the database was at the target as the script started, remembered as plan.at_target is (a session
 * setting, set_config(…, false)): plan.at_start holds the second run's line when it was, '' when not. Set by the
 * version check (spec.target.already) on every run that passes it, so a value left by an earlier run in the same
 * session is never read; set in the first transaction, it is undone with it when that transaction does not commit.
 */
const AT_START = 'plan.at_start';

function forgetAtStartIfWorkLeft(workLeft: Sql[]): Sql[] {
  // PL/pgSQL plans the inner IF's condition only when it is reached: the row conditions are never planned against a
  // catalog that is not the target's (a table they read may not exist yet).
  return [doBlock(`BEGIN
  IF current_setting(${L(AT_START)}, true) <> '' THEN
    IF ${workLeft.map((p) => `(${p.text})`).join(' OR ')} THEN
      PERFORM set_config(${L(AT_START)}, '', false);
    END IF;
  END IF;
END`, true)];
}

function completion(message: string, already?: string): Sql[] {
  const line = already === undefined ? L(message) : `CASE WHEN current_setting(${L(AT_START)}, true) = ${L(already)} THEN ${L(already)} ELSE ${L(message)} END`;
  return [Sql.verbatim(`SELECT ${line} AS plan WHERE current_setting(${L(AT_TARGET)}, true) = ${L(message)};`)];
}

/**
 * One key of a row as text for a message: each value a quoted literal (a value holding ", " is not read as two;
 * found by use), NULL spelled out (both as postgresSyntax.quotedText writes them), long values cut to
 * 40 characters.
 */
/**
 * DialectSyntax.shownText for PostgreSQL: the text split into its characters (regexp_split_to_table with an empty
 * pattern, in order), each one escapeNotOneLine escapes (a backslash, a control character but tab, U+2028, U+2029;
 * ascii() is the code point in a UTF8 database) spelled as escapedChar spells it, the others kept; an empty text or
 * NULL as it is. No chr(0): a text never holds NUL. Literals through literalText (correct with or without
 * standard_conforming_strings).
 */
function shownText(text: string): string {
  const a = 'ascii(s.ch)';
  const named = [0x5c, 0x0a, 0x0d, 0x08, 0x0c].map((c) => `WHEN ${c} THEN ${L(escapedChar(String.fromCharCode(c)))}`).join(' ');
  const other = `(${a} < 32 AND ${a} <> 9) OR ${a} BETWEEN 127 AND 159 OR ${a} IN (8232, 8233)`;
  const each = `CASE ${a} ${named} ELSE CASE WHEN ${other} THEN ${L('\\u')} || lpad(to_hex(${a}), 4, '0') ELSE s.ch END END`;
  return `(SELECT COALESCE(string_agg(${each}, '' ORDER BY s.i), v.t) FROM (SELECT CAST(${text} AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t)`;
}

function keyText(n: number): string {
  const part = (i: number) => {
    const v = postgresSyntax.quotedText(Sql.verbatim(`r.k${i}`)).text;
    return `CASE WHEN char_length(${v}) > 40 THEN left(${v}, 37) || '...' ELSE ${v} END`;
  };
  const parts = Array.from({ length: n }, (_, i) => part(i + 1));
  return n === 1 ? parts[0] : `'(' || concat_ws(', ', ${parts.join(', ')}) || ')'`;
}

/** A DO block that counts the rows that do not fit (only once the catalog condition holds) and stops when there are any. */
function stopIfRows(condition: Sql | undefined, c: RowCheck): Sql[] {
  const rows = c.rows.text; // kept byte for byte (a literal may span lines)
  const body = `    SELECT count(*) INTO n FROM (${rows}) r;
    IF n > 0 THEN
      SELECT string_agg(x, '; ' ORDER BY x) INTO k FROM (SELECT DISTINCT ${keyText(c.keys)} AS x FROM (${rows}) r ORDER BY 1 LIMIT 3) f;
      k := ${shownText('k')};
      RAISE EXCEPTION '%', 'plan stopped: ' || n || ' ' || CASE WHEN n = 1 THEN ${L(c.one)} ELSE ${L(c.many)} END || ${L(` (${c.label}: `)} || k || ${L(`). ${c.hint} Nothing was changed.`)};
    END IF;`;
  // PL/pgSQL plans each statement only when it is reached: the row query is never planned against a table the
  // catalog condition found missing.
  return [doBlock(`DECLARE
  n bigint;
  k text;
BEGIN
${condition ? `  IF ${condition.text} THEN\n${body}\n  END IF;` : body.replace(/^  /gm, '')}
END`, true)];
}

/**
 * A step's guard and its change as two statements, kept for each DO block `guarded` returns (the block itself is
 * what a script without a statement timeout runs): `decide` reads the guard (the catalog condition, then the rows
 * one) and leaves its answer in the transaction's CHANGE setting, 'on' or ''; `change` runs the bodies when it says
 * 'on'. statement_timeout is armed when a top-level statement starts, with the value it has then, and a change made
 * to it inside a running statement does not move it (measured on PostgreSQL 15.20: SET LOCAL statement_timeout =
 * '200ms', then a DO block that sets it to 0 with set_config, or EXECUTEs SET LOCAL statement_timeout = 0, before
 * pg_sleep(1) is cancelled at 200 ms; the reverse, 0 then '200ms' inside, sleeps the whole second): so the guard's
 * read and the change can have different bounds only as statements of their own (see `timeouts`).
 */
const splitSteps = new WeakMap<Sql, { decide: Sql; change: Sql }>();
/** The statements of a step that only read (stopUnless's checks): a statement timeout on the changes leaves them alone. */
const reads = new WeakSet<Sql>();
const read = (x: Sql): Sql => (reads.add(x), x);
/** The setting (for the transaction) where a step's guard, run on its own, leaves its answer for its change. */
const CHANGE = 'plan.change';

// A statement inside the block keeps its own text byte for byte (string literals may span lines).
const inBlock = (s: Sql) => `    ${s.text.trim().replace(/;$/, '')};`;

// Who owns the tables a script creates: the role that owns the product's existing tables, looked up once before
// the first change and kept for the transaction in plan.owner (set_config(…, true)); every CREATE TABLE's
// guarded block then hands its table (indexes and sequences follow) to that role unless it is the current one.
const OWNER = 'plan.owner';

/** Sets plan.owner to the role that owns most of `existing` (a tie: the first role name in byte order). */
function beforeNewTables(w: Where, existing: string[]): Sql[] {
  if (existing.length === 0) return [];
  return [doBlock(`  PERFORM set_config(${L(OWNER)}, COALESCE((SELECT r.rolname::text FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
    WHERE c.oid IN (${existing.map((t) => rel(w, t)).join(', ')})
    GROUP BY r.rolname ORDER BY count(*) DESC, r.rolname LIMIT 1), ''), true);`)];
}

/** The table `table`, just created, handed to the plan.owner role when that is set and is not the current one. */
const ownerStep = (w: Where, table: string) =>
  Sql.verbatim(`IF COALESCE(current_setting(${L(OWNER)}, true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', ${rel(w, table)}, current_setting(${L(OWNER)}, true));
    END IF`);

/**
 * The bounds of a script (PostgreSQL 15 manual, 20.11.1 "Statement Behavior": lock_timeout, statement_timeout; 0 is
 * the server's "disabled"): SET LOCAL after BEGIN in each transaction part (for that transaction only), SET for the
 * session in a part outside a transaction (SET LOCAL needs one). A lock wait that times out fails with SQLSTATE 55P03
 * ("canceling statement due to lock timeout"), a statement that runs too long with 57014; either aborts the
 * transaction, which then rolls back as a whole (psql -v ON_ERROR_STOP=1 stops the file there). CREATE INDEX
 * CONCURRENTLY waits for the transactions older than it under lock_timeout too (tried on PostgreSQL 15: a REPEATABLE READ
 * transaction open for 6 s, lock_timeout 1s: "canceling statement due to lock timeout", an INVALID index left).
 *
 * lock_timeout bounds every statement. statement_timeout bounds only the statements that change something
 * (`boundChanges`), as MariaDB's max_statement_time does: the part starts with statement_timeout = 0 (the session's or
 * role's own value does not apply either, as on MariaDB), and each change runs between SET [LOCAL] statement_timeout =
 * N and = 0 again. A step's guard runs before it as a statement of its own, unbounded (`splitSteps`: statement_timeout
 * is per top-level statement, PostgreSQL 15 manual 20.11.1, and "if multiple SQL statements appear in a single
 * simple-Query message, the timeout is applied to each statement separately", so this holds under psql and a
 * multi-statement query alike). The script's reads change nothing: the version check (one query over pg_catalog that
 * grows with the catalog: measured 0.25-0.5 s on PostgreSQL 15 under load, the longer on a database of 20,000 tables),
 * the checks before any change, each step's guard (its rows condition may read a whole table on a re-run with nothing
 * left to do) and the end check; a bound meant for a change stopped them (the fault found on MariaDB first: the
 * script stopped at its own version check).
 */
function timeouts(prologue: Sql[], outsidePrologue: Sql[], t: Timeouts, parts: boolean): TimeoutStatements {
  const settings: [string, string][] = [];
  if (t.lockMs > 0) settings.push(['lock_timeout', literalText(durationText(t.lockMs))]);
  if (t.statementMs > 0) settings.push(['statement_timeout', '0']);
  const set = (local: boolean) => settings.map(([name, value]) => Sql.verbatim(`SET ${local ? 'LOCAL ' : ''}${name} = ${value};`));
  const limit = literalText(durationText(t.statementMs));
  // Each change of a step between the bound and none again; its guard's read (`decide`) before the bound.
  const boundChanges = t.statementMs > 0
    ? (list: Sql[], inTransaction: boolean) => {
        const scope = inTransaction ? 'LOCAL ' : '';
        const on = Sql.verbatim(`SET ${scope}statement_timeout = ${limit};`);
        const off = Sql.verbatim(`SET ${scope}statement_timeout = 0;`);
        const out: Sql[] = [];
        let bounded = false;
        const bound = (want: boolean) => {
          if (want !== bounded) out.push(want ? on : off);
          bounded = want;
        };
        for (const x of list) {
          const split = splitSteps.get(x);
          if (split) bound(false), out.push(split.decide), bound(true), out.push(split.change);
          else if (reads.has(x)) bound(false), out.push(x);
          else bound(true), out.push(x);
        }
        bound(false);
        return out;
      }
    : undefined;
  const header = [
    t.lockMs > 0
      ? `lock:     lock_timeout = '${durationText(t.lockMs)}' (${PLAN_COMMAND} compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.`
      : `lock:     no lock_timeout (${PLAN_COMMAND} compile --lock-timeout 0): a statement waits for a lock as long as the session's own lock_timeout lets it (PostgreSQL's default: forever), holding every lock the script took before it, and the application's queries on those tables wait behind it.`,
    t.statementMs > 0
      ? `statement: statement_timeout = ${limit} for each statement that changes something (each step's DDL or data change, between SET ${parts ? '[LOCAL] ' : 'LOCAL '}statement_timeout = ${limit} and = 0; ${PLAN_COMMAND} compile --statement-timeout): one that runs longer is cancelled. The script's own reads run with statement_timeout = 0 (the version check, the checks before any change, each step's guard, run as a statement of its own before its change, which it tells through the setting ${CHANGE}, and the end check: they change nothing, and the version check's read of pg_catalog takes longer the more tables the database has)${t.lockMs > 0 ? '; lock_timeout still bounds their lock waits' : ''}.`
      : `statement: no statement_timeout (${PLAN_COMMAND} compile --statement-timeout <duration> sets one).`,
  ];
  if (settings.length) {
    header.push(
      `timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done${parts ? ' (outside a transaction, that statement alone fails: a concurrent index build, which also waits under this bound for the transactions running when it started, leaves an INVALID index, which the next run drops and builds again)' : ''}. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it ${parts ? 'resumes where it stopped' : 'starts again from where the database is'}.${t.statementMs > 0 ? ' A change cancelled by statement_timeout (57014, "canceling statement due to statement timeout") needs longer than the bound (a table rewrite or an index build on a big table, say), and a re-run stops at it again: compile the script again with a longer --statement-timeout (or none), or run it at a quieter time.' : ''}`,
    );
  }
  return { transaction: [...prologue, ...set(true)], outside: [...outsidePrologue, ...set(false)], restore: [], header, ...(boundChanges ? { boundChanges } : {}) };
}

/** psql's, pg_dump's and pg_restore's -h, -p and -U for the connection `to` names (each a shell word). */
function connectionArgs(to: ApplyTarget): string[] {
  return [...(to.host ? [`-h ${shellWord(to.host)}`] : []), ...(to.port ? [`-p ${shellWord(to.port)}`] : []), ...(to.user ? [`-U ${shellWord(to.user)}`] : [])];
}

/**
 * The environment that points the session's search_path at `to.schema` (none without one), as libpq passes PGOPTIONS to
 * the server (PostgreSQL 15 manual, libpq 34.1.2 `options` and 34.15 PGOPTIONS: a space or a backslash in it is
 * escaped with a backslash): `-c search_path="NAME"`, the name as a quoted identifier (as SET reads a list of names:
 * never folded to lower case), the whole a shell word. A script of a product without a schema parameter names its
 * objects unqualified, so it runs in the schema search_path names first (found by a fresh DBA: status's psql command
 * for Fief in schema 'Fïef main' ran in public and stopped at the version check).
 */
function searchPathEnv(to: ApplyTarget): string[] {
  if (to.schema === undefined) return [];
  const name = `"${to.schema.replace(/"/g, '""')}"`;
  return [`PGOPTIONS=${shellWord(`-c search_path=${name.replace(/[\\\s]/g, (c) => `\\${c}`)}`)}`];
}

/**
 * The database `to` names (the DATABASE placeholder when none), with the URL's connection parameters libpq takes
 * (sslmode=verify-full…) as a conninfo string around it (a name libpq would read as one, too); what libpq does not know (pg's own ssl=true) is left out:
 * the client would refuse it.
 */
function databaseArg(to: ApplyTarget): string {
  const kept = (to.parameters ?? []).filter(([k]) => LIBPQ_KEYWORDS.has(k));
  const database = to.database ?? 'DATABASE';
  // libpq reads a -d/--dbname value holding "=" (or starting postgres:// or postgresql://) as a connection string, not
  // as a name (libpq's "Connection Strings"): such a name goes in as dbname=… too.
  return kept.length || database.includes('=') || /^postgres(ql)?:\/\//.test(database) ? conninfo([['dbname', database], ...kept]) : database;
}

/** PostgreSQL's quoting, literals and types (names of the product's tables unqualified). */
export const postgresSyntax: DialectSyntax = {
  ident,
  table: ident,
  literal,
  comment: lineComment,
  columnType(portable) {
    if (TYPES[portable]) return TYPES[portable];
    const m = /^(varchar|char)\((\d+)\)(\[\])?$/.exec(portable);
    if (m) return `${m[1].toUpperCase()}(${m[2]})${m[3] ?? ''}`;
    return { error: `type "${portable}" has no PostgreSQL mapping` };
  },
  type: (modelType) => (enumTypeOf(modelType) !== undefined ? ident(enumTypeOf(modelType)!) : checkedType(MODEL_TYPE, 'PostgreSQL', modelType)),
  columnSql: (c) => columnDefinition(postgresSyntax, c),
  // A bytes column's default as a bytea hex literal, E'\\x6e6f6e65': its UTF-8 bytes whatever they are (a plain
  // '…' would be read by bytea's escape format, where a backslash starts an escape).
  columnDefault: (c) => (c.type === 'BYTEA' ? Sql.verbatim(`E'\\\\x${bytesDefault(c)}'`) : plainDefault(postgresSyntax, c)),
  currentTimestamp: () => sql`now()`,
  currentDatabase: () => sql`current_database()`,
  concat: (parts) => sql`(${joinSql(parts, ' || ')})`,
  distinct: (a, b) => sql`${a} IS DISTINCT FROM ${b}`,
  // A deterministic collation (every one but those created nondeterministic) compares equal texts byte by byte.
  sameText: (a, b) => sql`${a} = ${b}`,
  sameTextIn: (a, bs) => sql`${a} IN (${joinSql(bs, ', ')})`,
  coalesce: (values) => sql`COALESCE(${joinSql(values, ', ')})`,
  utf8Hex: (text) => sql`upper(encode(convert_to(${text}, 'UTF8'), 'hex'))`,
  position: (needle, haystack) => sql`strpos(${haystack}, ${needle})`,
  substring: (text, from, length) => sql`substr(${text}, CAST(${from} AS integer), ${Sql.verbatim(String(length))})`,
  length: (text) => sql`length(${text})`,
  bigint: (value) => Sql.verbatim(`CAST(${value} AS bigint)`),
  before: (text, separator) => sql`split_part(${text}, ${literal(separator)}, 1)`,
  after: (text, separator) => sql`CASE WHEN strpos(${text}, ${literal(separator)}) > 0 THEN substr(${text}, strpos(${text}, ${literal(separator)}) + ${Sql.verbatim(String(separator.length))}) END`,
  occurrences: (text, needle) => sql`(length(${text}) - length(replace(${text}, ${literal(needle)}, '')))${Sql.verbatim(needle.length > 1 ? ` / ${needle.length}` : '')}`,
  lower: (text) => sql`lower(${text})`,
  // ~ is POSIX (ARE) matching, case counting (PostgreSQL 15 manual, 9.7.3); the pattern's literal is E'…' when it has a backslash.
  matches: (text, pattern) => sql`(CAST(${text} AS text) ~ ${literal(pattern)})`,
  asJson: (value) => sql`CAST(${value} AS jsonb)`,
  jsonObject: (pairs) => sql`jsonb_build_object(${joinSql(pairs.map(([k, v]) => sql`${k}, ${v}`), ', ')})`,
  isJsonObject: (value) => sql`(jsonb_typeof(CAST(${value} AS jsonb)) = 'object')`,
  // jsonb_each of NULL gives no rows, and ->> of a value that is no object gives NULL (PostgreSQL 15 manual, 9.16.1).
  jsonEntryFields: (value, field, alias) =>
    sql`LATERAL (SELECT plan_e.key AS plan_key, plan_e.value ->> ${literal(field)} AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(${value} AS jsonb)) = 'object' THEN CAST(${value} AS jsonb) END) AS plan_e) AS ${Sql.verbatim(quoteIdent(alias))}`,
  byteOrder: (text) => sql`(${text} COLLATE "C")`,
  // query_to_xml parses and runs its query only when called (PostgreSQL 15 manual 9.15.4), and the pseudo-constant
  // WHERE keeps it from being called while the table is missing; text nodes come back entity-escaped, so unescaped.
  rowsIfExists: (table, columns) => {
    const unescape = (x: string) => `replace(replace(replace(replace(replace(${x}, '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&apos;', ''''), '&amp;', '&')`;
    const query = `SELECT ${columns.map(quoteIdent).join(', ')} FROM ${table.text}`;
    const cells = columns.map((c) => `${unescape(`CAST((xpath('/row/${c}/text()', x))[1] AS text)`)} AS ${quoteIdent(c)}`).join(', ');
    return Sql.verbatim(`(SELECT ${cells} FROM unnest(xpath('/table/row', query_to_xml(${literalText(query)}, false, false, ''))) AS x WHERE to_regclass(${literalText(table.text)}) IS NOT NULL)`);
  },
  // Timestamps as text follow DateStyle, which the script pins (ISO).
  asText: (value) => sql`CAST(${value} AS text)`,
  // Not quote_nullable: it writes E'a\\b' for a backslash, which shownText would double again.
  quotedText: (value) => sql`COALESCE('''' || replace(CAST(${value} AS text), '''', '''''') || '''', 'NULL')`,
  shownText: (text) => Sql.verbatim(shownText(text.text)),
  uuidFrom: (text) => sql`CAST(md5(${text}) AS uuid)`,
  lookup: (text, entries) => (entries.length ? sql`CASE ${text} ${joinSql(entries.map((e) => sql`WHEN ${literal(e.key)} THEN ${Sql.verbatim(String(e.value))}`), ' ')} END` : sql`CAST(NULL AS integer)`),
  nowIso: () => sql`to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  // libpg-query is loaded on the first text to parse.
  checkTexts: checkPostgresTexts,
  expressionColumns: postgresExpressionColumns,
  checkSpellingProblem: postgresCheckSpellingProblem,
};

const inSchemas = new Map<string, Dialect>();

/**
 * PostgreSQL with the product's objects in `w.schema` (absent: the current schema, names unqualified) and, made by
 * `located`, in the product's other schemas (`w.places`); memoized by where things are.
 * @throws Error for a schema name with a NUL character
 */
function postgresIn(w: Where): Dialect {
  const schema = w.schema;
  const memo = JSON.stringify([schema ?? null, w.places ?? null, [...(w.at ?? new Map())].sort()]);
  const known = inSchemas.get(memo);
  if (known) return known;
  // Every object of the product's is named with its schema; with the session's search_path pinned empty, a
  // name the script forgot to qualify fails ("no schema has been selected") instead of landing elsewhere. An enum
  // type of a column is named where it is, as a table is.
  const syntax: DialectSyntax =
    schema === undefined && !w.at?.size
      ? postgresSyntax
      : {
          ...postgresSyntax,
          table: (name) => Sql.verbatim(qualified(w, name)),
          type: (modelType) => (enumTypeOf(modelType) !== undefined ? Sql.verbatim(qualified(w, enumTypeOf(modelType)!)) : postgresSyntax.type(modelType)),
          columnSql: (c) => columnDefinition(syntax, c),
        };
  const pinned = schema === undefined ? [] : [sql`SET LOCAL search_path = '';`];
  // The literals of the script are written for standard_conforming_strings = on (and UTF-8); SET LOCAL
  // pins both for this transaction only, whatever the role's or database's settings; client_min_messages keeps a
  // re-run quiet (no NOTICE from a guard's DROP … IF EXISTS); DateStyle fixes the text of a timestamp (a UUID
  // derived from one must come out the same on every run: PostgreSQL manual, 8.5.2 "Date/Time Output").
  // jit off: PostgreSQL's JIT compiles a plan's expressions once its estimated cost passes jit_above_cost (PostgreSQL
  // 15 manual, 32.2 "When to JIT?"); a migration's guards and data steps, estimated far above their real size, paid
  // seconds of compiling per statement for milliseconds of work (an import of 10,000 Logto users: 19.5 s, 1.8 s
  // without JIT, measured by a fresh user on PostgreSQL 15).
  const readSettings = [sql`SET LOCAL standard_conforming_strings = on;`, sql`SET LOCAL DateStyle = 'ISO, YMD';`, sql`SET LOCAL jit = off;`];
  const prologue = [sql`BEGIN;`, sql`SET LOCAL standard_conforming_strings = on;`, sql`SET LOCAL client_encoding = 'UTF8';`, sql`SET LOCAL client_min_messages = warning;`, sql`SET LOCAL DateStyle = 'ISO, YMD';`, sql`SET LOCAL jit = off;`, ...pinned];
  // CREATE/DROP INDEX CONCURRENTLY cannot run in a transaction block (PostgreSQL manual, CREATE INDEX): such a
  // statement gets a part of its own, with the same settings pinned for the session (SET LOCAL needs a transaction).
  const outsidePrologue = [sql`SET standard_conforming_strings = on;`, sql`SET client_encoding = 'UTF8';`, sql`SET client_min_messages = warning;`, sql`SET DateStyle = 'ISO, YMD';`, sql`SET jit = off;`, ...(schema === undefined ? [] : [sql`SET search_path = '';`])];
  const d: Dialect = {
  name: 'postgres',
  syntax,
  inSchema: (other) => postgresIn({ ...w, schema: other }),
  located: (places, at) => postgresIn({ ...(schema === undefined ? {} : { schema }), places, at }),
  nameAt: (name, location) => Sql.verbatim(location === undefined ? inMain(w, name) : `${quoteIdent(placeOf(w, location))}.${quoteIdent(name)}`),
  placeName: (location) => (location === undefined ? (schema === undefined ? undefined : ident(schema)) : ident(placeOf(w, location))),
  catalog: { catalogLines, catalogRows, renameLine, factsPrefix: 'pg', busySessionsSql: (scope) => busySessionsSql(postgresSyntax, scope) },
  guards: {
    predicate: (p) => Sql.verbatim(predicateText(w, p)),
    guarded(condition, given, rows, creates) {
      // Into a database that holds product tables, a new table goes to their owner (see beforeNewTables).
      const bodies = creates && creates.existing.length ? [...given, ownerStep(w, creates.name)] : given;
      if (!condition && !rows && bodies === given) return bodies.map((b) => Sql.verbatim(b.text.trim().replace(/;?$/, ';')));
      // PL/pgSQL plans each IF's expression only when it is reached: the row condition, nested, is never
      // planned against a table the catalog condition found missing.
      const inner = rows ? `  IF ${rows.text} THEN\n${bodies.map((b) => `  ${inBlock(b)}`).join('\n')}\n    END IF;` : bodies.map(inBlock).join('\n');
      const block = condition ? doBlock(`  IF ${condition.text} THEN\n${rows ? `  ${inner}` : inner}\n  END IF;`) : doBlock(`  ${inner.trimStart()}`);
      // The same step as two statements, for a script that bounds its changes alone (timeouts: boundChanges).
      if (condition || rows) {
        const decision = rows ? `IF ${rows.text} THEN\n      PERFORM set_config(${L(CHANGE)}, 'on', true);\n    END IF;` : `PERFORM set_config(${L(CHANGE)}, 'on', true);`;
        const decide = doBlock(`  PERFORM set_config(${L(CHANGE)}, '', true);\n  ${condition ? `IF ${condition.text} THEN\n    ${decision}\n  END IF;` : decision.replace(/\n  /g, '\n')}`);
        const change = doBlock(`  IF current_setting(${L(CHANGE)}) = 'on' THEN\n${bodies.map(inBlock).join('\n')}\n  END IF;`);
        splitSteps.set(block, { decide, change });
      }
      return [block];
    },
    versionCheck: (spec) => versionCheck(w, spec),
    endCheck: (spec, what, hint, rolledBack, message) => endCheck(w, spec, what, hint, rolledBack, message),
    foreignReferencesRemedy: DROP_AND_RECREATE_FOREIGN_KEYS,
    foreignReferences: (spec) => [doBlock(foreignReferencesBody(spec, { predicate: (p) => predicateText(w, p), literal: literalText, rel: (t: string) => rel(w, t), shown: shownText }), true)],
    completion: (_spec, message, already) => completion(message, already),
    startAtTarget: true,
    forgetAtStartIfWorkLeft,
    // The message is an argument of RAISE, never its format string: a % in it is printed as it is.
    // Worded as every stop is (`plan stopped: …`, as MySQL's and SQLite's): how a DBA, a log search and plan verify know it.
    // PL/pgSQL plans the inner IF only once `when` holds: the condition may read a table that exists only there.
    stopUnless: (condition, message, when, detail) => {
      const text = detail ? `${literalText(`plan stopped: ${message}`)} || COALESCE(${literalText(` (${detail.label}: `)} || (${detail.names.text}) || ')', '')` : literalText(`plan stopped: ${message}`);
      const stop = `IF NOT (${condition.text}) THEN\n    RAISE EXCEPTION '%', ${text};\n  END IF;`;
      return [read(doBlock(when ? `  IF ${when.text} THEN\n  ${stop.replace(/\n/g, '\n  ')}\n  END IF;` : `  ${stop}`))];
    },
    stopIfRows,
    firstKeys: (rows, keys) => Sql.verbatim(shownText(`(SELECT string_agg(x, '; ' ORDER BY x) FROM (SELECT DISTINCT ${keyText(keys)} AS x FROM (${rows.text}) r ORDER BY 1 LIMIT 3) f)`)),
    // to_regclass finds the name as a statement would (the search path when unqualified), or gives NULL.
    externalTableExists: (name) => Sql.verbatim(`EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = to_regclass(${L(name.split('.').map(quoteIdent).join('.'))}) AND c.relkind IN ('r', 'p', 'v', 'm', 'f'))`),
    externalColumnExists: (name, column) => Sql.verbatim(`EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass(${L(name.split('.').map(quoteIdent).join('.'))}) AND a.attname = ${L(column)} AND a.attnum > 0 AND NOT a.attisdropped)`),
    externalColumnIsJson: (name, column) => Sql.verbatim(`EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass(${L(name.split('.').map(quoteIdent).join('.'))}) AND a.attname = ${L(column)} AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid IN ('json'::regtype, 'jsonb'::regtype))`),
    // An index takes a relation name of its table's schema (PostgreSQL 15 manual, CREATE INDEX: "The name of the
    // index to be created. No schema name can be included here; the index is always created in the same schema as its
    // parent table"; and relations share one namespace per schema): another table's index or a table of that name
    // would make CREATE INDEX fail, and the concurrent build's DROP INDEX CONCURRENTLY IF EXISTS would drop it.
    stopIfIndexNamesTaken: (spec) => {
      const nsp = (location: string | undefined) => `(SELECT oid FROM pg_namespace WHERE nspname = ${location === undefined ? schemaName(w) : L(placeOf(w, location))})`;
      const claims = spec.indexes.map((i) => `(${L(i.name)}, ${L(i.table)}, ${nsp(i.location)})`).join(',\n      ');
      const kind = `CASE c.relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'an index' WHEN 'r' THEN 'a table' WHEN 'p' THEN 'a table' WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view' WHEN 'S' THEN 'a sequence' WHEN 'f' THEN 'a foreign table' ELSE 'a relation' END`;
      const body = `DECLARE
  m text;
BEGIN
  SELECT ${kind} || ' ' || c.relname || COALESCE(' on table ' || t.relname, '') || ${L(` exists; ${spec.product}'s index `)} || v.name || ' on ' || v.tbl || ${L(" needs that name (PostgreSQL's index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.")}
    INTO m
    FROM (VALUES ${claims}) v(name, tbl, nsp)
    JOIN pg_class c ON c.relname = v.name AND c.relnamespace = v.nsp
    LEFT JOIN pg_index x ON x.indexrelid = c.oid
    LEFT JOIN pg_class t ON t.oid = x.indrelid
    WHERE NOT (c.relkind IN ('i', 'I') AND t.relname IN (${spec.productTables.map((x) => L(x)).join(', ')}))
    ORDER BY v.name LIMIT 1;
  IF m IS NOT NULL THEN
    RAISE EXCEPTION '%', 'plan stopped: ' || m;
  END IF;
END`;
      return [doBlock(body, true)];
    },
    // PostgreSQL 15 manual, 28.4.2 "CREATE INDEX Progress Reporting" (pg_stat_progress_create_index: pid,
    // index_relid; another role's row shows no index_relid without pg_read_all_stats) and CREATE INDEX "Building
    // Indexes Concurrently" (the index is INVALID until the build ends; the build holds SHARE UPDATE EXCLUSIVE on the
    // table for the session, from start to end, as VACUUM and ANALYZE do: those of autovacuum are not counted). Found
    // by a fresh DBA: a second run took a first run's index in the making for a failed build's leftover and dropped
    // it ("tuple concurrently updated").
    stopIfIndexBeingBuilt: (table, name) =>
      Sql.verbatim(`IF EXISTS (SELECT 1 FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = ${rel(w, table)} AND i.relname = ${L(name)} AND NOT x.indisvalid
        AND (EXISTS (SELECT 1 FROM pg_stat_progress_create_index p WHERE p.pid <> pg_backend_pid() AND p.index_relid = i.oid)
          OR EXISTS (SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid AND a.backend_type = 'client backend' WHERE l.pid <> pg_backend_pid() AND l.locktype = 'relation' AND l.relation = x.indrelid AND l.mode = 'ShareUpdateExclusiveLock' AND l.granted))) THEN
      RAISE EXCEPTION '%', ${L(`plan stopped: index ${name} on ${table} is INVALID because another session is building it right now (`)} || COALESCE((SELECT string_agg('pid ' || l.pid, ', ' ORDER BY l.pid) FROM pg_locks l WHERE l.pid <> pg_backend_pid() AND l.locktype = 'relation' AND l.relation = ${rel(w, table)} AND l.mode = 'ShareUpdateExclusiveLock' AND l.granted), 'a session') || ${L(`; pg_stat_progress_create_index shows its build): this script drops only a failed build's leftover. Wait until that session ends, then run this script again.`)};
    END IF`),
    tablesNamedLike: (like, except) => Sql.verbatim(`EXISTS (SELECT 1 FROM pg_class c WHERE ${namedLike(w, like, except)})`),
    firstRows: (item, from, limit) => Sql.verbatim(shownText(`(SELECT string_agg(plan_row, ', ' ORDER BY plan_row COLLATE "C") FROM (SELECT ${item.text} AS plan_row ${from.text} ORDER BY (${item.text}) COLLATE "C" LIMIT ${Math.trunc(limit)}) AS plan_rows)`)),
    tableNamesLike: (like, except) => Sql.verbatim(shownText(`(SELECT string_agg(c.relname::text, ', ' ORDER BY c.relname::text COLLATE "C") FROM pg_class c WHERE ${namedLike(w, like, except)})`)),
  },
  script: {
    prologue,
    epilogue: [sql`COMMIT;`],
    // One plan script at a time on this schema: taken before the first BEGIN, for the session (held across its
    // transactions and the parts outside them), let go after the last line; a session that ends lets it go too.
    first: [Sql.verbatim(takeScriptLock(schemaName(w), L))],
    finally: [Sql.verbatim(releaseScriptLock(schemaName(w)))],
    readSettings,
    // statement_timeout, in milliseconds, for the rest of the reader's transaction (PostgreSQL 15 manual, 20.11.1
    // "Statement Behavior": it counts the time a statement waits for a lock too; error 57014 when it fires).
    readTimeout: (ms) => [Sql.verbatim(`SET LOCAL statement_timeout = ${Math.trunc(ms)};`)],
    timeouts: (t, parts) => timeouts(prologue, outsidePrologue, t, parts),
    transactional: true,
    failureNote: 'The script runs in one transaction: a failure leaves the database as it was.',
    outsideTransaction: {
      prologue: outsidePrologue,
      failureNote: (parts) =>
        `The script runs in ${parts.length} parts, in order: ${parts.map((p, i) => `${i + 1}. ${p}`).join('; ')}. A failure in a transaction part undoes that part; outside a transaction each statement stands on its own, and a concurrent index build that fails leaves an INVALID index, which a re-run drops and builds again. Run the whole file again to resume: each part first checks that the ones before it completed, and stops if not. Do not apply it with psql --single-transaction (-1): CREATE INDEX CONCURRENTLY cannot run in a transaction.`,
    },
    engineName: 'PostgreSQL',
    applyHint: 'psql -v ON_ERROR_STOP=1 -d DATABASE -f FILE',
    applyCommand: (file, to) => [...searchPathEnv(to), 'psql -v ON_ERROR_STOP=1', ...connectionArgs(to), `-d ${shellWord(databaseArg(to))}`, `-f ${file}`].join(' '),
    placeWord: 'schema',
    // PostgreSQL 15 manual: CREATE SCHEMA needs CREATE on the current database; creating an object in a schema needs
    // CREATE on the schema; ALTER TABLE … SET SCHEMA and DROP TABLE need ownership of the table (and CREATE on the
    // schema it moves to).
    placeNote: ({ name, source, creates }) =>
      creates
        ? `creates the schema ${quoteIdent(name)} (${source}) when it is missing, and objects in it, outside the schema it runs in: the role that runs it needs CREATE on this database (CREATE SCHEMA) and on that schema`
        : `changes (moves, alters or drops) objects in the schema ${quoteIdent(name)} (${source}), outside the schema it runs in: the role that runs it must own them (and, to move one, have CREATE on the schema it goes to)`,
    beforeNewTables: (existing) => beforeNewTables(w, existing),
    newTablesNote: (fresh) =>
      fresh
        ? 'owner:    the tables belong to the role that runs this script: run it as the role the product connects as (or give them to that role after).'
        : "owner:    each table this script creates (its indexes with it) is given to the role that owns the product's existing tables, looked up as the script starts (several owners: the one owning most of them, a tie to the first name in byte order); the role running the script must be that role, a member of it or a superuser.",
    backupFile: (file) => `${file}.dump`,
    backupCommand: (file, _places, to = {}) => {
      // pg_dump takes the database as its last argument: after `--` when it starts with `-`, which getopt would read as
      // an option (found by review, as for mysqldump; psql's -d takes any value).
      const named = databaseArg(to);
      const [conn, db] = [connectionArgs(to).map((a) => `${a} `).join(''), `${named.startsWith('-') ? '-- ' : ''}${shellWord(named)}`];
      // Restored into a new, empty database: pg_restore --clean over the upgraded one drops only what the dump holds,
      // and fails on the objects the script added (a table depending on one it drops, a second primary key).
      const fresh = shellWord(databaseArg({ ...to, database: 'NEW_DATABASE' }));
      // Written to a .partial file renamed when pg_dump succeeds: one that fails leaves the file it opened (empty
      // for an unknown database, checked on PostgreSQL 15).
      return `${writtenWhole(`${file}.dump`, (partial) => `pg_dump --format=custom --file=${partial} ${conn}${db}`)}   (restore into a new, empty database: createdb ${conn}NEW_DATABASE && pg_restore --exit-on-error --single-transaction ${conn}--dbname=${fresh} ${file}.dump; not pg_restore --clean over this one, which fails on what the script added)`;
    },
  },
  locks: postgresLocks,
  hazards: postgresHazards,
  rules: {
    valueDomain: postgresValueDomain,
    reservedName: postgresReservedName,
    enumLabelProblem: postgresEnumLabelProblem,
    // NAMEDATALEN - 1 = 63 bytes (PostgreSQL 15 manual, 4.1.1): a longer name, a schema's or a database's too, is
    // cut to 63 bytes by the server (with a NOTICE only), so it would name another object.
    maxIdentifierLength: 63,
    identifierUnit: 'bytes',
    identifierLimitSource: 'NAMEDATALEN - 1; PostgreSQL cuts a longer name short',
    // Quoted identifiers (every name the scripts write) are compared exactly (PostgreSQL 15 manual, 4.1.1).
    nameComparison: { table: 'exact', column: 'exact', index: 'exact', constraint: 'exact' },
    indexNameScope: 'schema',
    foreignKeyNameScope: 'table',
    checkNameScope: 'table',
    // (foreignKeyNameScope 'table' keeps a check's name apart from the table's keys already)
    checkNameSharedWithKeys: false,
    foreignKeyNeedsIndex: false,
    referencesIndexPrefix: false,
    foreignKeyAction: (a) => a,
    // PostgreSQL 15 manual, 4.1.1: unquoted names are folded to lower case (downcase_identifier: A-Z only in a
    // multibyte encoding) and a name longer than NAMEDATALEN-1 = 63 bytes is truncated (truncate_identifier,
    // on a character boundary).
    unquotedName: (name) => {
      let s = name.replace(/[A-Z]+/g, (m) => m.toLowerCase());
      while (Buffer.byteLength(s, 'utf8') > 63) s = [...s].slice(0, -1).join('');
      return s;
    },
    primaryKeyName: (table, given) => given ?? `${table}_pkey`,
    severalStatementsPerGuard: true,
    compareKeySets: true,
    restatesColumn: false,
    keysAreConstraints: true,
    indexExtensions: true,
    foreignKeyProblems: () => [],
    partitionIndexName,
    primaryKeyNotNull: true,
    identityColumns: true,
    importRows: true,
  },
};
  inSchemas.set(memo, d);
  return d;
}

/** PostgreSQL, the product's objects in the current schema (names unqualified). */
export const postgres: Dialect = postgresIn({});

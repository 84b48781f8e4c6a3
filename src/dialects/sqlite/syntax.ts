// SQLite's quoting, literals and types (https://sqlite.org/lang_keywords.html, lang_expr.html#literal_values,
// datatype3.html). SQLite keeps a column's declared type as written; the model keeps it in lower case.
import type { Scalar } from '../../plan/types.js';
import { bytesDefault, columnDefinition, lineComment, type DialectSyntax } from '../dialect.js';
import { isCurrentTimestamp, type Column } from '../../model/model.js';
import { Sql, joinSql, sql } from '../../compile/sql.js';
import { escapedChar } from '../../text-rules.js';
import { MAX_HEX_DIGITS, UUID_MIX, UUID_V1_HASH } from '../../compile/derived-id.js';

/**
 * An identifier in double quotes, always: SQLite has context-dependent keywords, and a double-quoted name is an
 * identifier wherever one is expected. @throws Error for a NUL character
 */
export function quoteIdent(name: string): string {
  if (name.includes('\0')) throw new Error(`identifier ${JSON.stringify(name)} holds a NUL character`);
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A literal: '…' with quotes doubled (SQLite has no backslash escapes); a string holding a control character is
 * written as the text of a hexadecimal blob literal, so no line break or carriage return reaches the script text.
 * Booleans are 1 and 0, as SQLite stores them (TRUE and FALSE are aliases since 3.23).
 * @throws Error for a NUL character or a number that is not finite
 */
export function literalText(v: Scalar | null): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  if (v.includes('\0')) throw new Error('a string value holds a NUL character');
  if (/[\x00-\x1f\x7f\u0085\u2028\u2029]/.test(v)) return `CAST(X'${Buffer.from(v, 'utf8').toString('hex').toUpperCase()}' AS TEXT)`;
  return `'${v.replace(/'/g, "''")}'`;
}

const lit = (v: Scalar | null) => Sql.verbatim(literalText(v));

/**
 * DialectSyntax.shownText for SQLite: the text walked character by character (a recursive CTE: a chain of replace()
 * over every code point overflows SQLite's parser stack at about 25 levels), each one escapeNotOneLine escapes (a
 * backslash, a control character but tab, U+2028, U+2029; unicode() is the code point) spelled as escapedChar
 * spells it, the others kept; NULL stays NULL. The spellings are plain ASCII (SQLite's literals have no backslash
 * escapes). The text is read once, in the CTE's first row.
 */
export function shownText(text: string): string {
  const ch = 'substr(plan_shown.t, plan_shown.i + 1, 1)';
  const u = `unicode(${ch})`;
  const named = [0x5c, 0x0a, 0x0d, 0x08, 0x0c].map((c) => `WHEN ${c} THEN ${literalText(escapedChar(String.fromCharCode(c)))}`).join(' ');
  const each = `CASE ${u} ${named} ELSE CASE WHEN (${u} < 32 AND ${u} <> 9) OR ${u} BETWEEN 127 AND 159 OR ${u} IN (8232, 8233) THEN '\\u' || printf('%04x', ${u}) ELSE ${ch} END END`;
  return `(WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(${text} AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || ${each}, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1)`;
}

/**
 * A column's default value (not the time of the insert) as its definition writes it, without the parentheses an
 * expression takes there; pragma_table_info's dflt_value shows this text. A bytes column's (declared blob) is a blob
 * literal of its UTF-8 bytes, X'6E6F6E65', so a row gets a blob, as on the other engines (a '…' default would give
 * it a text). @throws Error for a bytes column's default that is not a string, a NUL character, a number not finite
 */
export function defaultText(c: Column): string {
  if (c.type === 'blob') return `X'${bytesDefault(c).toUpperCase()}'`;
  return literalText(c.default as Scalar);
}

const TYPES: Record<string, string> = {
  bigint: 'bigint',
  'bigint unsigned': 'bigint',
  integer: 'integer',
  'integer unsigned': 'integer',
  smallint: 'smallint',
  boolean: 'boolean',
  text: 'text',
  bytes: 'blob',
  // As SQLAlchemy declares them on SQLite: a GUID as CHAR(36), TIMESTAMP, JSON, DATE (declared types, kept as written).
  uuid: 'char(36)',
  timestamptz: 'timestamp',
  timestamp: 'timestamp',
  datetime: 'datetime',
  json: 'json',
  date: 'date',
};
/** A declared type: a name of one to three words, with an optional size (`varchar(255)`, `decimal(10,2)`, `tinyint(1)`, Pop's `varchar (48)`). */
const MODEL_TYPE = /^[a-z][a-z0-9_]*( [a-z][a-z0-9_]*){0,2}( ?\(\d+(, ?\d+)?\))?$/;

const HEX_DIGITS = '0123456789ABCDEF';
const MASK = '4294967295';
/** t XOR (t >> r) for 0 ≤ t < 2^32 (SQLite has no XOR operator: (a | b) - (a & b); its >> shifts in zeros here). */
const xs = (t: string, r: number) => `((${t} | (${t} >> ${r})) - (${t} & (${t} >> ${r})))`;

/**
 * derivedUuid (src/compile/derived-id.ts) of a text, as one scalar subquery: the hexadecimal digits of its bytes
 * (hex(), every byte, NUL too), a recursive CTE with a row per byte (correlated: as many rows as bytes plus one), each
 * taking the first byte off the digits left and into the four lanes (the digits left and that byte carried along: a
 * substr at a position would count characters from the start, every row, and each lane would decode the byte), then
 * each lane's final mix in nested subqueries (one step each: no long expression), printf'd as 8 hexadecimal digits
 * each and shaped as a UUID. Every value is an integer below 2^63 (lanes below 2^32, multipliers below 2^31 − 127),
 * so SQLite never turns one into a float. A NULL text gives NULL, as MD5(NULL) does on PostgreSQL and MySQL: hex(NULL)
 * is '' (the empty text's UUID), so x has no row for it and the scalar subquery is NULL.
 */
function derivedUuidSql(text: Sql): Sql {
  const { seeds, multipliers: m, shifts: r, final: f } = UUID_MIX;
  const lanes = [0, 1, 2, 3];
  // The byte of the digits at p, p + 1 of h (0 … 255; past the end, unused).
  const byteAt = (h: string, p: number) => `((instr('${HEX_DIGITS}', substr(${h}, ${p}, 1)) - 1) * 16 + instr('${HEX_DIGITS}', substr(${h}, ${p + 1}, 1)) - 1)`;
  const step = lanes.map((k) => `(((${xs(`s.t${k}`, r[k])} + s.b) * ${m[k]}) & ${MASK})`);
  const recursive = `SELECT substr(s.h, 3), s.n, ${byteAt('s.h', 3)}, ${step.join(', ')} FROM s WHERE s.h <> ''`;
  // The final mix, a layer per step, each lane a column: z ← (xs(t, R_k) + n) mod 2^32, z ← z · F mod 2^32, xs(z, 16).
  const layer = (from: string, g: (z: string) => string) => `(SELECT ${lanes.map((k) => `${g(`q.z${k}`)} AS z${k}`).join(', ')} FROM ${from} q)`;
  let q = `(SELECT ${lanes.map((k) => `((${xs(`s.t${k}`, r[k])} + s.n) & ${MASK}) AS z${k}`).join(', ')} FROM s WHERE s.h = '')`;
  q = layer(q, (z) => `((${z} * ${f}) & ${MASK})`);
  q = layer(q, (z) => xs(z, 16));
  return sql`(WITH RECURSIVE x(h) AS (SELECT hex(v.t) FROM (SELECT ${text} AS t) v WHERE v.t IS NOT NULL), s(h, n, b, t0, t1, t2, t3) AS (SELECT x.h, length(x.h) / 2, ${Sql.verbatim(byteAt('x.h', 1))}, ${Sql.verbatim(seeds.join(', '))} FROM x UNION ALL ${Sql.verbatim(recursive)}) ${Sql.verbatim(uuidShape(`printf('%08x%08x%08x%08x', q.z0, q.z1, q.z2, q.z3)`, 'q.z0', q))})`;
}

/** SELECT of the UUID form (derived-id.ts uuidForm) of 32 hexadecimal digits `hex` with lane 0 `lane0`, from `from`. */
function uuidShape(hex: string, lane0: string, from: string): string {
  return `SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-8' || substr(u.h, 14, 3) || '-' || substr('89ab', 1 + u.l % 4, 1) || substr(u.h, 18, 3) || '-' || substr(u.h, 21, 12) FROM (SELECT ${hex} AS h, ${lane0} AS l FROM ${from} q) u`;
}

/**
 * derivedUuidV1 (src/compile/derived-id.ts) of a text, the UUID this dialect's uuidFrom gave before derivedUuid: the
 * hexadecimal digits of its bytes (its first MAX_HEX_DIGITS), a recursive CTE numbering them, four weighted sums mod
 * P. Only a rollback's look-up of rows an earlier script wrote runs it (uuidFromEarlier).
 */
function derivedUuidV1Sql(text: Sql): Sql {
  const { P, HEX, lanes } = UUID_V1_HASH;
  const v = `(instr('${HEX}', substr(x.h, n.i, 1)) - 1)`;
  const sums = lanes.map(({ a, b, c, d }, k) => `(COALESCE(SUM(${v} * ((((n.i * ${a} + ${b}) % ${P}) * (n.i + ${c})) % ${P})), 0) + length(x.h) * ${d}) % ${P} AS s${k}`);
  return sql`(WITH RECURSIVE x(h) AS (SELECT substr(hex(${text}), 1, ${Sql.verbatim(String(MAX_HEX_DIGITS))})), n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n, x WHERE i < length(x.h)) ${Sql.verbatim(uuidShape(`printf('%08x%08x%08x%08x', q.s0, q.s1, q.s2, q.s3)`, 'q.s0', `(SELECT ${sums.join(', ')} FROM x, n)`))})`;
}

/**
 * The path of the file the script runs on, as one row of one column f (a \ of Windows made a /): what
 * currentDatabase takes the file's name from. Exported for the sql.js scratch of plan verify, which opens every
 * database under a name of its own (/dbfile_<random>) and stands a given name in for it (src/engines/sqlite.ts).
 */
export const SQLITE_MAIN_FILE = "(SELECT replace(file, char(92), '/') AS f FROM pragma_database_list WHERE name = 'main')";

export const sqliteSyntax: DialectSyntax = {
  ident: (name) => Sql.verbatim(quoteIdent(name)),
  table: (name) => Sql.verbatim(quoteIdent(name)),
  literal: (v) => Sql.verbatim(literalText(v)),
  comment: lineComment,
  columnType(portable) {
    if (TYPES[portable]) return TYPES[portable];
    const t = portable.trim().toLowerCase();
    if (MODEL_TYPE.test(t) && !t.endsWith('[]')) return t;
    return { error: `type "${portable}" has no SQLite mapping (give the column a sqlite: { type: … } override)` };
  },
  type(modelType) {
    if (!MODEL_TYPE.test(modelType)) throw new Error(`not a SQLite model type: ${JSON.stringify(modelType)}`);
    return Sql.verbatim(modelType);
  },
  // A default written as an expression (a text with a control character is CAST(X'…' AS TEXT)) goes in parentheses,
  // the only form SQLite's column constraint takes for one; pragma_table_info's dflt_value then shows it without
  // them, as catalogDefault expects (measured with sqlite3 3.40; https://sqlite.org/syntax/column-constraint.html).
  columnSql: (c) => columnDefinition(sqliteSyntax, c),
  columnDefault(c) {
    if (isCurrentTimestamp(c.default)) return sql`CURRENT_TIMESTAMP`;
    const text = defaultText(c);
    return Sql.verbatim(text.startsWith('CAST(') ? `(${text})` : text);
  },
  currentTimestamp: () => sql`CURRENT_TIMESTAMP`,
  // The file the script runs on (the schema "main", https://sqlite.org/lang_attach.html), by its name without its
  // folder (pragma_database_list gives the full path; a \ of Windows is a folder separator too): Fief 0.27 names a
  // workspace's file after its id. NULL for a database without a file (in memory, temporary): nothing to compare.
  currentDatabase: () => sql`(SELECT nullif(substr(f, length(rtrim(f, replace(f, '/', ''))) + 1), '') FROM ${Sql.verbatim(SQLITE_MAIN_FILE)})`,
  concat: (parts) => sql`(${joinSql(parts, ' || ')})`,
  distinct: (a, b) => sql`${a} IS NOT ${b}`,
  // BINARY, SQLite's default collation, compares with memcmp(); the plans' columns declare no other.
  sameText: (a, b) => sql`${a} = ${b}`,
  sameTextIn: (a, bs) => sql`${a} IN (${joinSql(bs, ', ')})`,
  coalesce: (values) => sql`COALESCE(${joinSql(values, ', ')})`,
  // hex() of a text is the hex of its bytes in the database encoding (UTF-8 unless the file was made UTF-16).
  utf8Hex: (text) => sql`hex(${text})`,
  position: (needle, haystack) => sql`instr(${haystack}, ${needle})`,
  substring: (text, from, length) => sql`substr(${text}, ${from}, ${Sql.verbatim(String(length))})`,
  length: (text) => sql`length(${text})`,
  bigint: (value) => Sql.verbatim(String(value)),
  before: (text, separator) => sql`CASE WHEN instr(${text}, ${lit(separator)}) > 0 THEN substr(${text}, 1, instr(${text}, ${lit(separator)}) - 1) ELSE ${text} END`,
  after: (text, separator) => sql`CASE WHEN instr(${text}, ${lit(separator)}) > 0 THEN substr(${text}, instr(${text}, ${lit(separator)}) + ${Sql.verbatim(String([...separator].length))}) END`,
  occurrences: (text, needle) => sql`(length(${text}) - length(replace(${text}, ${lit(needle)}, '')))${Sql.verbatim([...needle].length > 1 ? ` / ${[...needle].length}` : '')}`,
  lower: (text) => sql`lower(${text})`,
  // SQLite's REGEXP operator calls a regexp() function its core does not define (SQLite "Language: expr" 3.1).
  matches: () => {
    throw new Error('matches: is not supported on SQLite (its core has no regular expressions)');
  },
  asJson: (value) => sql`json(${value})`,
  jsonObject: (pairs) => sql`json_object(${joinSql(pairs.map(([k, v]) => sql`${k}, ${v}`), ', ')})`,
  isJsonObject: (value) => sql`(json_type(${value}) = 'object')`,
  // TEXT compares with BINARY (memcmp) unless a column says otherwise.
  byteOrder: (text) => sql`(${text} COLLATE BINARY)`,
  asText: (value) => sql`CAST(${value} AS TEXT)`,
  quotedText: (value) => sql`quote(CAST(${value} AS TEXT))`,
  shownText: (text) => Sql.verbatim(shownText(text.text)),
  uuidFrom: (text) => derivedUuidSql(text),
  uuidFromEarlier: (text) => [derivedUuidV1Sql(text)],
  lookup: (text, entries) => (entries.length ? sql`CASE ${text} ${joinSql(entries.map((e) => sql`WHEN ${lit(e.key)} THEN ${Sql.verbatim(String(e.value))}`), ' ')} END` : sql`NULL`),
  nowIso: () => sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
};

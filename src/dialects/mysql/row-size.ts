// MySQL's (and MariaDB's) limits on the size of a row, which depend on the character set a table's text columns take:
// the 65,535 bytes a row may declare, and what InnoDB keeps of it on its page (the second rule, below).
// A table of long VARCHAR columns fits a utf8mb3 database and not a utf8mb4 one: CREATE TABLE fails with error 1118
// ("Row size too large. The maximum row size for the used table type, not counting BLOBs, is 65535"), which in a
// MySQL script comes after every statement before it has committed (AuthHero 0 → 11.20 stopped at its 105th
// statement, resource_servers, with 104 committed). From the model alone this file says how many bytes a character
// may take for a table's row to fit; the script checks the character set before its first change (index.ts).
//
// The rule, MySQL 8.0 manual, 8.4.7 "Limits on Table Column Count and Row Size" (10.4.7 in the 8.4 manual):
//   "The internal representation of a MySQL table has a maximum row size limit of 65,535 bytes, even if the storage
//   engine is capable of supporting larger rows. BLOB and TEXT columns only contribute 9 to 12 bytes toward the row
//   size limit because their contents are stored separately from the rest of the row."
//   "The storage for variable-length columns includes length bytes, which are assessed against the row size. For
//   example, a VARCHAR(255) CHARACTER SET utf8mb3 column takes two bytes to store the length of the value, so each
//   value can take up to 767 bytes."
//   "NULL columns require additional space in the row to record whether their values are NULL. Each NULL column
//   takes one bit extra, rounded up to the nearest byte." (said there of MyISAM; InnoDB counts them alike: below)
// and 11.7 "Data Type Storage Requirements" (13.7 in 8.4): CHAR(M) "M × w bytes, 0 <= M <= 255, where w is the number
// of bytes required for the maximum-length character in the character set"; VARCHAR(M) "L + 1 bytes if column values
// require 0 − 255 bytes, L + 2 bytes if values may require more than 255 bytes" (for the limit, L is the longest value:
// M × w); ENUM "1 or 2 bytes, depending on the number of enumeration values"; TINYINT 1, SMALLINT 2, INT 4, BIGINT 8,
// DATE 3, TIMESTAMP 4 and DATETIME 5 (no fractional seconds).
//
// Measured on MariaDB 10.11 (InnoDB, its default DYNAMIC row format), boundaries at 65,535 exactly (test/row-size.test.ts
// keeps them): TEXT and BLOB count 10 bytes and JSON (MariaDB: LONGTEXT) 12, the "9 to 12" above; nullable columns a bit
// each, rounded up to whole bytes (VARCHAR(65495) NOT NULL and nine nullable INT columns in latin1 fit, 65,533 + 2;
// VARCHAR(65496) does not); a table with no variable-length column (no VARCHAR, TEXT, BLOB or JSON) one bit more, the
// deleted flag of a fixed-length row; and a VARCHAR column alone may hold at most 65,532 bytes (error 1074, "Column
// length too big for column 'a' (max = 16383)" in utf8mb4), where MySQL 8 allows up to the row limit. The one file
// runs on both engines: a row fits when it fits both.
//
// The second rule: InnoDB's limit on what a row keeps on its page ("Row size too large (> 8126)", error 1118 too), for
// the default 16 KB page, the DYNAMIC row format and innodb_strict_mode ON (the defaults of MySQL 8 and MariaDB 10.11,
// under which CREATE TABLE and ALTER TABLE fail rather than warn). Sources:
//   MySQL 8.0 manual, 15.22 "InnoDB Limits": "The maximum row size, excluding any variable-length columns that are
//   stored off-page, is slightly less than half of a page for 4KB, 8KB, 16KB, and 32KB page sizes."
//   MySQL 8.0 manual, 15.10 "InnoDB Row Formats", DYNAMIC: "InnoDB can store long variable-length column values (for
//   VARCHAR, VARBINARY, and BLOB and TEXT types) fully off-page, with the clustered index record containing only a
//   20-byte pointer to the overflow page"; COMPACT and DYNAMIC: "Each InnoDB record header contains [a] variable-length
//   header" of "one byte if the maximum length of the column is 255 bytes or less, two bytes if [more]" (only 1 counts
//   here: a longer column is counted off-page), a NULL bitmap of one bit per nullable column, 5 bytes of record header,
//   DB_TRX_ID (6 bytes) and DB_ROLL_PTR (7) in every clustered index record, and DB_ROW_ID (6) where the table has no
//   primary key (nor a unique key of NOT NULL columns, which InnoDB then clusters by); "fixed-length CHAR(N) columns
//   [of a variable-width character set] are stored as variable-length", N × w bytes and a length byte.
//   MariaDB KB, "Troubleshooting Row Size Too Large Errors with InnoDB": "ERROR 1118 (42000): Row size too large
//   (> 8126)" and "the row size is 8478 which is greater than maximum allowed size (8126) for a record on index leaf
//   page"; a VARCHAR whose maximum length in bytes is 255 or less is never stored off-page (so it counts in full).
// Measured on MariaDB 10.11 (16 KB pages, DYNAMIC, strict; test/row-size.test.ts keeps the boundaries, one byte either
// side, as VARCHAR(k) fillers in latin1 after a 26-byte BIGINT primary key): a record fits while its bytes stay below
// 8,126 (8,125 fits, 8,126 fails); 5 bytes of header, 6 + 7 of DB_TRX_ID and DB_ROLL_PTR, 6 more of DB_ROW_ID without
// a primary or NOT NULL unique key; a nullable column a bit, rounded up to bytes; a VARCHAR, or a CHAR of a multi-byte
// character set, of at most 255 bytes its bytes + 1, longer ones and TEXT, BLOB and JSON 21 (the 20-byte pointer and
// a length byte); a CHAR of a single-byte character set its length; INT 4, BIGINT 8, SMALLINT 2, BOOLEAN 1, DATE 3,
// TIMESTAMP 4, DATETIME 5, ENUM 1 (as above). So 40 VARCHAR(63) NOT NULL and a BIGINT key fit utf8mb3 (40 × 190 + 26)
// and not utf8mb4 (40 × 253 + 26 = 10,146): that too is a table only a narrower character set lets the engine create.
import type { Column, Index, Table, Unique } from '../../model/model.js';
import { grouped } from '../../plural.js';

/** The most bytes a row may declare (the manual's 65,535). */
export const MYSQL_ROW_LIMIT = 65535;

/** The limit in words, for messages. */
export const MYSQL_ROW_LIMIT_WORDS = "MySQL's row size limit of 65,535 bytes";

/** The most bytes one VARCHAR column may hold (MariaDB 10.11: error 1074 past it; MySQL 8 allows up to the row limit). */
export const MYSQL_VARCHAR_LIMIT = 65532;

/** The most bytes a character takes in any character set of MySQL or MariaDB (utf8mb4, utf16, utf32). */
export const WIDEST_CHARACTER = 4;

/**
 * The character set a script names for each width it needs: the widest of that many bytes that a client may use. Not
 * ucs2 for 2: "None of them [ucs2, utf16, utf16le, utf32] can be used as the client character set" (MySQL 8.0 manual,
 * 12.13 "Restrictions on Character Sets") and "The ucs2 character set is deprecated in MySQL 8.0.28" (12.9.4): a table
 * that needs 2 bytes or fewer is better changed (long VARCHAR columns made TEXT, see narrowAdvice), else latin1.
 */
export const CHARSET_OF_WIDTH: Record<number, string> = { 4: 'utf8mb4', 3: 'utf8mb3', 2: 'latin1', 1: 'latin1' };

/**
 * What a table that fits 2 bytes per character or fewer is better given than a narrow character set, in words
 * starting "better, …" (`table`: its name; absent: "its").
 */
export function narrowAdvice(table?: string): string {
  return `better, make some of ${table === undefined ? 'its' : `${table}'s`} long VARCHAR columns TEXT in the plan so that it fits utf8mb4 (a narrow character set cannot hold most of Unicode; ucs2, the 2-byte one, is deprecated since MySQL 8.0.28 and cannot be a client character set)`;
}

/** The most bytes an InnoDB record may keep on its page: below 8,126 (16 KB page; measured on MariaDB 10.11, above). */
export const INNODB_PAGE_LIMIT = 8126;

/**
 * What the page rule assumes of the server and the table, which compile cannot see: InnoDB's page of 16 KB
 * (innodb_page_size 16384, the default of both engines; 4, 8, 32 and 64 KB pages have other limits: "slightly less
 * than half of a page" for 4 to 32 KB, "slightly less than 16KB" for 64 KB, MySQL 8.0 manual 15.22 "InnoDB Limits")
 * and the DYNAMIC row format (the default, innodb_default_row_format, of MySQL 5.7.9+ and MariaDB 10.2.2+; COMPACT and
 * REDUNDANT keep the first 768 bytes of a long variable-length column in the record and only the rest off-page,
 * COMPRESSED limits the record by its KEY_BLOCK_SIZE: manual 15.10 "InnoDB Row Formats"; measured on MariaDB 10.11: a
 * BIGINT key and 30 VARCHAR(300) in latin1 are created DYNAMIC, refused COMPACT, "Row size too large (> 8126) … BLOB
 * prefix of 768 bytes is stored inline", and REDUNDANT, "(> 8123)"). Not modelled: the figures
 * here were measured on 16 KB DYNAMIC pages only (the server at hand cannot change its page size), so a script whose
 * check relies on them first verifies both on the server and stops when either differs (index.ts, innodbAssumed).
 */
export const ASSUMED_PAGE_SIZE = 16384;
export const ASSUMED_ROW_FORMAT = 'DYNAMIC';

/** That limit in words, for messages. */
export const INNODB_PAGE_LIMIT_WORDS = "InnoDB's limit on a row kept on its 16 KB page (under 8,126 bytes)";

/**
 * The bytes per character (information_schema.CHARACTER_SETS.MAXLEN) of every character set of MySQL 8.0 and MariaDB
 * 10.11 (SHOW CHARACTER SET on each; utf8 is utf8mb3 on both, as MariaDB's default old_mode has it).
 */
export const CHARSET_WIDTHS: Record<string, number> = {
  armscii8: 1, ascii: 1, big5: 2, binary: 1, cp1250: 1, cp1251: 1, cp1256: 1, cp1257: 1, cp850: 1, cp852: 1, cp866: 1,
  cp932: 2, dec8: 1, eucjpms: 3, euckr: 2, gb18030: 4, gb2312: 2, gbk: 2, geostd8: 1, greek: 1, hebrew: 1, hp8: 1,
  keybcs2: 1, koi8r: 1, koi8u: 1, latin1: 1, latin2: 1, latin5: 1, latin7: 1, macce: 1, macroman: 1, sjis: 2, swe7: 1,
  tis620: 1, ucs2: 2, ujis: 3, utf16: 4, utf16le: 4, utf32: 4, utf8: 3, utf8mb3: 3, utf8mb4: 4,
};

const FIXED: Record<string, number> = {
  BIGINT: 8,
  'BIGINT UNSIGNED': 8,
  INT: 4,
  'INT UNSIGNED': 4,
  SMALLINT: 2,
  BOOLEAN: 1,
  DATE: 3,
  TIMESTAMP: 4,
  DATETIME: 5,
  // A length and a pointer to the value stored apart (measured on MariaDB 10.11: TEXT and BLOB 10, JSON 12).
  TEXT: 10,
  BLOB: 10,
  JSON: 12,
};

/** The number of values of a model type ENUM('a','b') (quotes doubled inside a value). */
function enumValues(type: string): number {
  return (type.slice(5, -1).match(/'(?:[^']|'')*'/g) ?? []).length;
}

/** What a column declares toward the row at `w` bytes per character, and whether it is of variable length. */
export function columnBytes(c: Pick<Column, 'type'>, w: number): { bytes: number; variable: boolean } {
  const fixed = FIXED[c.type];
  if (fixed !== undefined) return { bytes: fixed, variable: ['TEXT', 'BLOB', 'JSON'].includes(c.type) };
  const m = /^(VARCHAR|CHAR)\((\d+)\)$/.exec(c.type);
  if (m) {
    const most = Number(m[2]) * w;
    return m[1] === 'CHAR' ? { bytes: most, variable: false } : { bytes: most + (most > 255 ? 2 : 1), variable: true };
  }
  if (c.type.startsWith('ENUM(')) return { bytes: enumValues(c.type) > 255 ? 2 : 1, variable: false };
  throw new Error(`internal: no row size for MySQL type ${c.type}`);
}

/** The bytes a row of `t` declares when its text columns take `w` bytes per character (the manual's rule, above). */
export function rowBytes(t: Pick<Table, 'columns'>, w: number): number {
  let bytes = 0;
  let nullBits = 0;
  let variable = false;
  for (const c of t.columns) {
    const x = columnBytes(c, w);
    bytes += x.bytes;
    variable ||= x.variable;
    if (c.nullable) nullBits += 1;
  }
  // A row of fixed-length columns only also keeps a deleted flag among its NULL bits.
  if (!variable) nullBits += 1;
  return bytes + Math.ceil(nullBits / 8);
}

/** A table as the row-size rules read it: its columns and, for InnoDB's page, the keys it may be clustered by. */
export type RowTable = Pick<Table, 'columns'> & { primaryKey?: Table['primaryKey']; uniques?: Unique[]; indexes?: Index[] };

/** The bytes a column keeps in an InnoDB record on its page at `w` bytes per character (DYNAMIC; the rule above). */
export function pageColumnBytes(c: Pick<Column, 'type'>, w: number): number {
  // Off the page: a 20-byte pointer and a length byte.
  const offPage = 21;
  if (['TEXT', 'BLOB', 'JSON'].includes(c.type)) return offPage;
  const fixed = FIXED[c.type];
  if (fixed !== undefined) return fixed;
  const m = /^(VARCHAR|CHAR)\((\d+)\)$/.exec(c.type);
  if (m) {
    const most = Number(m[2]) * w;
    if (m[1] === 'CHAR' && w === 1) return most;
    return most <= 255 ? most + 1 : offPage;
  }
  if (c.type.startsWith('ENUM(')) return enumValues(c.type) > 255 ? 2 : 1;
  throw new Error(`internal: no row size for MySQL type ${c.type}`);
}

/**
 * The most bytes a record of `t`'s clustered index keeps on its InnoDB page at `w` bytes per character: 5 of header,
 * the NULL bitmap, DB_TRX_ID and DB_ROLL_PTR, DB_ROW_ID where nothing clusters the table, and each column's bytes.
 */
export function pageBytes(t: RowTable, w: number): number {
  const notNull = (cols: string[]) => cols.length > 0 && cols.every((n) => t.columns.find((c) => c.name === n)?.nullable === false);
  const clustered = !!t.primaryKey || (t.uniques ?? []).some((u) => notNull(u.columns)) || (t.indexes ?? []).some((i) => i.unique && !i.where && i.columns.every((c) => c.name !== undefined) && notNull(i.columns.map((c) => c.name!)));
  let bytes = 5 + 6 + 7 + (clustered ? 0 : 6);
  let nullable = 0;
  for (const c of t.columns) {
    bytes += pageColumnBytes(c, w);
    if (c.nullable) nullable += 1;
  }
  return bytes + Math.ceil(nullable / 8);
}

/** Whether a record of `t` fits its InnoDB page at `w` bytes per character. */
export function pageFits(t: RowTable, w: number): boolean {
  return pageBytes(t, w) < INNODB_PAGE_LIMIT;
}

/** Whether a row of `t` is within MySQL's 65,535 bytes at `w` bytes per character, and no VARCHAR over its own limit. */
export function rowWithinLimit(t: Pick<Table, 'columns'>, w: number): boolean {
  if (rowBytes(t, w) > MYSQL_ROW_LIMIT) return false;
  return t.columns.every((c) => {
    const m = /^VARCHAR\((\d+)\)$/.exec(c.type);
    return !m || Number(m[1]) * w <= MYSQL_VARCHAR_LIMIT;
  });
}

/** Whether a row of `t` fits at `w` bytes per character: within the row limit, no VARCHAR over its own, and on its page. */
export function rowFits(t: RowTable, w: number): boolean {
  return rowWithinLimit(t, w) && pageFits(t, w);
}

/**
 * How a row of `t` is too large at `w` bytes per character, after "a row of it": the bytes it declares over the
 * 65,535, or those it keeps on its InnoDB page over 8,126, with the limit in words; undefined when it fits both.
 */
export function overLimit(t: RowTable, w: number): { words: string; limit: string } | undefined {
  const bytes = rowBytes(t, w);
  if (bytes > MYSQL_ROW_LIMIT) return { words: `declares ${grouped(bytes)} bytes, over ${MYSQL_ROW_LIMIT_WORDS}`, limit: MYSQL_ROW_LIMIT_WORDS };
  const page = pageBytes(t, w);
  if (page >= INNODB_PAGE_LIMIT) return { words: `keeps up to ${grouped(page)} bytes on its page, over ${INNODB_PAGE_LIMIT_WORDS}`, limit: INNODB_PAGE_LIMIT_WORDS };
  return undefined;
}

/**
 * Why a row of `t` does not fit at `w` bytes per character, in words: its bytes over the row limit, over the InnoDB
 * page's, or a VARCHAR column longer than one may be.
 */
export function tooLarge(t: RowTable, w: number): string {
  const at = w === 1 ? 'even at one byte per character (a single-byte character set such as latin1)' : `at ${w} bytes per character`;
  const bytes = rowBytes(t, w);
  if (bytes > MYSQL_ROW_LIMIT) return `a row of it declares ${grouped(bytes)} bytes ${at}, over ${MYSQL_ROW_LIMIT_WORDS}`;
  const page = pageBytes(t, w);
  if (page >= INNODB_PAGE_LIMIT) return `a row of it keeps up to ${grouped(page)} bytes on its page ${at}, over ${INNODB_PAGE_LIMIT_WORDS}`;
  const c = t.columns.find((x) => {
    const m = /^VARCHAR\((\d+)\)$/.exec(x.type);
    return m && Number(m[1]) * w > MYSQL_VARCHAR_LIMIT;
  });
  return c ? `column ${c.name} ${c.type} holds up to ${grouped(Number(/\d+/.exec(c.type)![0]) * w)} bytes ${at}, over the ${grouped(MYSQL_VARCHAR_LIMIT)} a VARCHAR column may hold on MariaDB (error 1074)` : `it fits ${at}`;
}

/**
 * The most bytes per character the character set of table `t`'s text columns may take for its row to fit both rules
 * (the 65,535 bytes and InnoDB's page): 4 when utf8mb4 does, 3 when utf8mb3 does and utf8mb4 not, …, 0 when none does
 * (not even latin1). A narrower width may not fit all the same (InnoDB's page): fittingWidths lists those that do.
 */
export function maxBytesPerCharacter(t: RowTable): number {
  for (let w = WIDEST_CHARACTER; w >= 1; w--) if (rowFits(t, w)) return w;
  return 0;
}

/**
 * The bytes per character (1 to 4) at which a row of `t` fits both rules. Not always every width up to the widest
 * that fits: on InnoDB's page a VARCHAR, or a multi-byte CHAR, of 255 bytes or less stays on the page and a longer one
 * goes off it, so 40 VARCHAR(80) fit utf8mb4 (21 bytes each) and latin1 (81) but not utf8mb3 (241), and 33 CHAR(250)
 * fit any multi-byte character set but not latin1 (a latin1 CHAR is fixed, 250 bytes on the page).
 */
export function fittingWidths(t: RowTable): number[] {
  return Array.from({ length: WIDEST_CHARACTER }, (_, i) => i + 1).filter((w) => rowFits(t, w));
}

/**
 * The character set a message names for a table whose row fits at most `most` bytes per character, and at the
 * widths `fits`: CHARSET_OF_WIDTH's, but ucs2, the one Unicode character set of 2 bytes, where the table fits 2 and
 * not 1 (InnoDB's page), as the last resort after narrowAdvice (the messages give that first).
 */
export function charsetFor(most: number, fits?: readonly number[]): string {
  return most === 2 && fits && !fits.includes(1) ? 'ucs2' : CHARSET_OF_WIDTH[most];
}

/** Whether `fits` is every width from 1 up to its largest (a table that fits a width fits every narrower one). */
export function fitsNarrower(fits: readonly number[]): boolean {
  return fits.every((w, i) => w === i + 1);
}

/** A character set of `w` bytes per character, in words for "under …": utf8mb4, utf8mb3, a 2-byte one, latin1. */
export function widthName(w: number): string {
  return w >= WIDEST_CHARACTER ? 'utf8mb4' : w === 3 ? 'utf8mb3' : w === 2 ? 'a 2-byte character set' : 'a single-byte character set such as latin1';
}

/**
 * "utf8mb3 (3 bytes per character) or narrower": the character sets that fit a table that needs at most `w`; with
 * `fits` (fittingWidths) where it leaves a narrower width out, the widths that fit and those that do not.
 */
export function charsetsThatFit(w: number, fits?: readonly number[]): string {
  if (fits && !fitsNarrower(fits)) {
    const bad = Array.from({ length: WIDEST_CHARACTER }, (_, i) => i + 1).filter((x) => !fits.includes(x));
    const list = (ws: number[]) => ws.join(ws.length > 2 ? ', ' : ' or ').replace(/, (\d)$/, ' or $1');
    return `a character set of ${list([...fits])} bytes per character, such as ${charsetFor(w, fits)}, and not of ${list(bad)} (at ${bad.length > 1 ? 'those widths' : 'that width'} more of its VARCHAR and CHAR columns stay on InnoDB's page: those of 255 bytes or less, and every CHAR of a single-byte character set)${w <= 2 ? `; ${narrowAdvice()}` : ''}`;
  }
  if (w >= WIDEST_CHARACTER) return 'any character set';
  if (w <= 2) return `a character set of at most ${w} bytes per character, such as latin1 (${narrowAdvice()})`;
  return `${CHARSET_OF_WIDTH[w]} or a narrower one (at most ${w} bytes per character; utf8mb3 holds every character but those outside the Basic Multilingual Plane, such as emoji)`;
}

/** What a plan author does about a table that fits no character set (not even latin1), for `t`'s case. */
export function remedyFor(t: RowTable): string {
  return rowWithinLimit(t, 1)
    ? 'make some of its VARCHAR or CHAR columns TEXT, which keep 21 bytes on the page (their values are stored apart)'
    : 'make some of its long VARCHAR columns TEXT, which count 10 bytes toward the limit (their values are stored apart)';
}

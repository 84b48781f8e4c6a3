// MySQL's (and MariaDB's) limit on the size of a row, which depends on the character set a table's text columns take.
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
// Not this rule: InnoDB's own limit on what a row stores on its page (about half a page, "Row size too large (> 8126)"),
// which long VARCHAR, TEXT and BLOB columns escape by going off-page in the DYNAMIC row format.
import type { Column, Table } from '../../model/model.js';
import { grouped } from '../../plural.js';

/** The most bytes a row may declare (the manual's 65,535). */
export const MYSQL_ROW_LIMIT = 65535;

/** The limit in words, for messages. */
export const MYSQL_ROW_LIMIT_WORDS = "MySQL's row size limit of 65,535 bytes";

/** The most bytes one VARCHAR column may hold (MariaDB 10.11: error 1074 past it; MySQL 8 allows up to the row limit). */
export const MYSQL_VARCHAR_LIMIT = 65532;

/** The most bytes a character takes in any character set of MySQL or MariaDB (utf8mb4, utf16, utf32). */
export const WIDEST_CHARACTER = 4;

/** The character set a script names for each width it needs: the widest of that many bytes that holds all of Unicode's BMP or more. */
export const CHARSET_OF_WIDTH: Record<number, string> = { 4: 'utf8mb4', 3: 'utf8mb3', 2: 'ucs2', 1: 'latin1' };

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

/** Whether a row of `t` fits at `w` bytes per character: within the row limit, and no VARCHAR over its own. */
export function rowFits(t: Pick<Table, 'columns'>, w: number): boolean {
  if (rowBytes(t, w) > MYSQL_ROW_LIMIT) return false;
  return t.columns.every((c) => {
    const m = /^VARCHAR\((\d+)\)$/.exec(c.type);
    return !m || Number(m[1]) * w <= MYSQL_VARCHAR_LIMIT;
  });
}

/**
 * Why a row of `t` does not fit at `w` bytes per character, in words: its bytes over the row limit, or a VARCHAR column
 * longer than one may be.
 */
export function tooLarge(t: Pick<Table, 'columns'>, w: number): string {
  const at = w === 1 ? 'even at one byte per character (a single-byte character set such as latin1)' : `at ${w} bytes per character`;
  const bytes = rowBytes(t, w);
  if (bytes > MYSQL_ROW_LIMIT) return `a row of it declares ${grouped(bytes)} bytes ${at}, over ${MYSQL_ROW_LIMIT_WORDS}`;
  const c = t.columns.find((x) => {
    const m = /^VARCHAR\((\d+)\)$/.exec(x.type);
    return m && Number(m[1]) * w > MYSQL_VARCHAR_LIMIT;
  });
  return c ? `column ${c.name} ${c.type} holds up to ${grouped(Number(/\d+/.exec(c.type)![0]) * w)} bytes ${at}, over the ${grouped(MYSQL_VARCHAR_LIMIT)} a VARCHAR column may hold on MariaDB (error 1074)` : `it fits ${at}`;
}

/**
 * The most bytes per character the character set of table `t`'s text columns may take for its row to fit: 4 when any
 * character set does (utf8mb4 included), 3 for utf8mb3 and narrower, …, 0 when none does (not even latin1).
 */
export function maxBytesPerCharacter(t: Pick<Table, 'columns'>): number {
  for (let w = WIDEST_CHARACTER; w >= 1; w--) if (rowFits(t, w)) return w;
  return 0;
}

/** "utf8mb3 (3 bytes per character) or narrower": the character sets that fit a table that needs at most `w`. */
export function charsetsThatFit(w: number): string {
  if (w >= WIDEST_CHARACTER) return 'any character set';
  return w === 1 ? 'a single-byte character set such as latin1' : `${CHARSET_OF_WIDTH[w]} or a narrower one (at most ${w} bytes per character${w === 3 ? '; utf8mb3 holds every character but those outside the Basic Multilingual Plane, such as emoji' : ''})`;
}

// What some changes do to a MySQL 8 / MariaDB 10.11 table that holds rows (plan lint; see DialectHazards). Sources:
// MySQL 8.0 manual 15.3.3 "Statements That Cause an Implicit Commit" (every data definition statement) and MariaDB
// KB "SQL statements that cause an implicit commit"; MySQL 8.0 manual 17.12.1 "Online DDL Operations": "Extending
// VARCHAR column size" is in place without a rebuild while the number of length bytes stays the same (0-255 bytes:
// one, 256 or more: two), decreasing it or any other change of data type needs ALGORITHM=COPY (concurrent DML not
// permitted); "Making a column NOT NULL" rebuilds the table in place (concurrent DML permitted).
import type { DialectHazards } from '../dialect.js';

/** Most bytes a character takes when the product names no character set (utf8mb4, the engines' default). */
const DEFAULT_BYTES_PER_CHARACTER = 4;

/** `VARCHAR(n)` → n; anything else → undefined. */
const varcharLength = (type: string) => {
  const m = /^VARCHAR\((\d+)\)$/.exec(type);
  return m ? Number(m[1]) : undefined;
};

/**
 * Whether InnoDB changes a column from `from` to `to` (model types) without copying the table: the same type, or a
 * varchar made longer within the same number of length bytes (counted at `w` bytes a character: the product's
 * character set, 3 for utf8mb3; default 4, utf8mb4).
 */
export function inPlaceTypeChange(from: string, to: string, w: number = DEFAULT_BYTES_PER_CHARACTER): boolean {
  if (from === to) return true;
  const [a, b] = [varcharLength(from), varcharLength(to)];
  if (a === undefined || b === undefined || b < a) return false;
  const lengthBytes = (n: number) => (n * w > 255 ? 2 : 1);
  return lengthBytes(a) === lengthBytes(b);
}

export const mysqlHazards: DialectHazards = {
  ddlCommitsImplicitly: true,
  setNotNull: 'a rebuild of the table in place (ALGORITHM=INPLACE; writes go on but the table is copied row by row, and the metadata lock at its end waits for every open transaction on it)',
  typeChange: (from, to, w) =>
    inPlaceTypeChange(from, to, w) ? undefined : `a copy of the whole table (ALGORITHM=COPY: ${from} to ${to} is no in-place change), during which every write to it waits`,
};

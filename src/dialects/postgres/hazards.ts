// What some changes do to a PostgreSQL table that holds rows (plan lint; see DialectHazards). Sources: the
// PostgreSQL 15 manual, CREATE INDEX ("Building Indexes Concurrently": a standard build locks out writes, not
// reads, with a SHARE lock), DROP INDEX (ACCESS EXCLUSIVE; CONCURRENTLY avoids it), ALTER TABLE (SET NOT NULL scans
// the table unless a valid CHECK proves it, PostgreSQL 12+; ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE on both tables
// and scans, NOT VALID + VALIDATE CONSTRAINT validates under SHARE UPDATE EXCLUSIVE; "changing the type of an
// existing column will normally cause the entire table and its indexes to be rebuilt", except when the old type is
// binary coercible to the new one and nothing checks the values, e.g. widening a varchar, commit 879808e5 docs).
import type { DialectHazards } from '../dialect.js';

/** `VARCHAR(n)` → n; `TEXT` → Infinity (unbounded); anything else → undefined. */
function textLimit(type: string): number | undefined {
  if (type === 'TEXT') return Infinity;
  const m = /^VARCHAR\((\d+)\)$/.exec(type);
  return m ? Number(m[1]) : undefined;
}

/**
 * Whether PostgreSQL changes a column from `from` to `to` (model types) in the catalog only: the same type, a varchar
 * made longer or unbounded (varchar's length coercion is then a no-op, varchar_support), or varchar to text (binary
 * coercible, pg_cast). Narrowing, text to varchar(n) (the length must be checked) and every other change rewrite.
 */
export function catalogOnlyTypeChange(from: string, to: string): boolean {
  if (from === to) return true;
  const [a, b] = [textLimit(from), textLimit(to)];
  return a !== undefined && b !== undefined && from !== 'TEXT' && b >= a;
}

export const postgresHazards: DialectHazards = {
  ddlCommitsImplicitly: false,
  indexWithoutConcurrently: {
    build: 'a SHARE lock on the table for the whole build: every write to it waits (reads go on)',
    drop: 'an ACCESS EXCLUSIVE lock on the table: every read and write of it waits',
  },
  foreignKeyValidation: 'a SHARE ROW EXCLUSIVE lock on both tables while every row is checked: writes to both wait for the scan',
  setNotNull: 'a scan of the whole table under an ACCESS EXCLUSIVE lock, to prove no row holds NULL: every read and write waits',
  typeChange: (from, to) =>
    catalogOnlyTypeChange(from, to) ? undefined : `a rewrite of the whole table and its indexes under an ACCESS EXCLUSIVE lock (${from} to ${to} is not binary coercible): every read and write waits`,
};

// Representative rows for every table of a model: deterministic, respecting keys and foreign keys,
// with NULLs and the edge values of each type. Three rows a table:
//   0: every string at full width (ASCII), numbers at zero;
//   1: NULL in every column that allows it (keys, unique keys and foreign-key columns too: a NULL foreign key
//      points at nothing), every other string at full width in multi-byte characters, quotes and a backslash;
//   2: short values and the other end of each number's range.
// Full width is the narrowest the column has on the way being verified (its start and its end), so that the
// value still fits after a narrowing and after the rollback.
import type { Dialect } from '../dialects/dialect.js';
import { enumTypeOf, findColumn, findEnumType, findTable, isCurrentTimestamp, plainIndexColumns, type Column, type Model, type Table } from '../model/model.js';

export const ROWS_PER_TABLE = 3;

type Value = string | number | boolean | null;

/** Tables in an order where every referenced table comes first (cycles: the later table's FK columns go NULL). */
function order(m: Model): Table[] {
  const done = new Set<string>();
  const out: Table[] = [];
  const visit = (t: Table, path: Set<string>) => {
    if (done.has(t.name) || path.has(t.name)) return;
    path.add(t.name);
    for (const fk of t.foreignKeys) {
      const ref = findTable(m, fk.refTable);
      if (ref && ref !== t) visit(ref, path);
    }
    path.delete(t.name);
    done.add(t.name);
    out.push(t);
  };
  for (const t of [...m.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) visit(t, new Set());
  return out;
}

function width(type: string): number | undefined {
  const m = /\((\d+)\)/.exec(type);
  return m ? Number(m[1]) : undefined;
}

/** The value seeded for a column whose default is the time of the insert (a fixed time: runs compare equal). */
const CLOCK = '2025-06-01 09:00:00';

/**
 * The i-th edge value of a column's type; `max` caps string widths (a later narrowing must still fit). An enum
 * column takes its type's values (`m`: the model that holds the type); a time stays within MySQL's TIMESTAMP range.
 */
function edgeValue(c: Column, i: number, tag: string, maxWidth: number | undefined, m?: Model): Value {
  const t = c.type.toUpperCase();
  const w = Math.min(width(t) ?? 10_000, maxWidth ?? 10_000);
  const pick = <T>(xs: T[]) => xs[i % xs.length];
  const named = enumTypeOf(c.type);
  const values = named !== undefined ? findEnumType(m ?? { dialect: 'postgres', tables: [] }, named)?.values : /^ENUM\((.*)\)$/.exec(c.type)?.[1].split(',').map((v) => v.trim().slice(1, -1).replace(/''/g, "'"));
  if (values?.length) return pick(values);
  if (t === 'UUID') return `${(i + 1).toString(16).padStart(8, '0')}-${[...tag].map((ch) => ch.charCodeAt(0).toString(16)).join('').slice(0, 4).padEnd(4, '0')}-4000-8000-000000000000`;
  if (t === 'TIMESTAMPTZ' || t === 'TIMESTAMP' || t === 'DATETIME') return pick([CLOCK, '2037-12-31 23:59:59', '1971-01-01 00:00:00']);
  if (t === 'DATE') return pick(['2025-06-01', '9999-12-31', '1000-01-01']);
  if (t === 'JSON' || t === 'JSONB') return pick(['{}', '["a", "b c"]', '{"k": "O\'Reilly"}']);
  if (t.endsWith('[]')) return pick(['{"a","b c"}', '{}', '{"x"}']);
  if (t.startsWith('BIGINT UNSIGNED')) return pick(['0', '18446744073709551615', '1']);
  if (t.startsWith('BIGINT')) return pick(['0', '9223372036854775807', '-9223372036854775808']);
  if (t.startsWith('INT') && t.includes('UNSIGNED')) return pick(['0', '4294967295', '1']);
  if (t.startsWith('INT')) return pick(['0', '2147483647', '-2147483648']);
  if (t.startsWith('SMALLINT')) return pick(['0', '32767', '-32768']);
  if (t === 'BOOLEAN') return pick([true, false, true]);
  if (t === 'BYTEA' || t === 'BLOB') return pick(['00ff', '', '7f']);
  const fixed = t.startsWith('CHAR');
  const base = pick([`${i}${tag}`.padEnd(w, 'x'), `${i}O'Reilly \\ ✓ ${tag}`.padEnd(w, '✓'), `${i}`]);
  const s = [...base].slice(0, w).join('');
  return fixed ? s.padEnd(w, 'z') : s;
}

export interface SeedResult {
  /** Rows inserted, per table. */
  rows: Record<string, number>;
  /** Why the engine refused the rows it refused (e.g. a CHECK the generator cannot read). */
  refused: string[];
}

/**
 * `narrowest(table, column)` gives the smallest width the column takes on the way being verified, so that a
 * value seeded at the start still fits after a narrowing type change.
 */
export async function seedRows(
  d: Dialect,
  m: Model,
  insert: (sql: string) => Promise<string | undefined>,
  narrowest: (table: string, column: string) => number | undefined = () => undefined,
  given: Record<string, Record<string, Value>[]> = {},
  onlyGiven: string[] = [],
): Promise<SeedResult> {
  // Only rows the engine accepted become parents of later rows.
  const generated = new Map<string, Record<string, Value>[]>();
  const refused: string[] = [];
  const counts: Record<string, number> = {};
  for (const t of order(m)) {
    // A partition gets its rows through its parent (they are the parent's rows as well).
    if (t.partitionOf) continue;
    const rows: Record<string, Value>[] = [];
    const keys = [t.primaryKey?.columns, ...t.uniques.map((u) => u.columns), ...t.indexes.filter((i) => i.unique).map(plainIndexColumns)].filter(Boolean) as string[][];
    const seen = keys.map(() => new Set<string>());
    // The product's own rows first (product.yaml verify_rows: a realistic start), with the columns the table has at
    // this version; a column they leave out takes its default, else NULL, else the generator's short value. They are
    // parents of the generated rows too.
    for (const g of given[t.name] ?? []) {
      const r: Record<string, Value> = {};
      for (const c of t.columns) r[c.name] = c.name in g ? g[c.name] : c.default !== undefined ? (isCurrentTimestamp(c.default) ? CLOCK : c.default) : c.nullable || c.identity ? null : edgeValue(c, 2, c.name.slice(0, 3), narrowest(t.name, c.name), m);
      keys.forEach((k, j) => seen[j].add(JSON.stringify(k.map((c) => r[c]))));
      const cols = t.columns.filter((c) => !c.identity);
      const error = await insert(`INSERT INTO ${d.syntax.table(t.name).text} (${cols.map((c) => d.syntax.ident(c.name).text).join(', ')}) VALUES (${cols.map((c) => literalFor(d, c, r[c.name])).join(', ')});`);
      if (error) refused.push(`${t.name} (verify_rows): ${error}`);
      else rows.push(r);
    }
    // A table the product holds only the given rows in (product.yaml verify_database.only_given_rows) gets no more.
    row: for (let i = 0; i < (onlyGiven.includes(t.name) ? 0 : ROWS_PER_TABLE); i++) {
      const r: Record<string, Value> = {};
      for (const fk of t.foreignKeys) {
        // A parent row with a NULL in the referenced columns is no parent at all.
        const refRows = (fk.refTable === t.name ? [] : generated.get(fk.refTable) ?? []).filter((rr) => fk.refColumns.every((c) => rr[c] !== null));
        const candidates = refRows.filter((rr) => fk.columns.every((c, k) => !(c in r) || r[c] === rr[fk.refColumns[k]]));
        if (candidates.length === 0) {
          // Nothing to point at: NULL where allowed, otherwise no row.
          if (fk.columns.every((c) => findColumn(t, c)!.nullable)) {
            for (const c of fk.columns) if (!(c in r)) r[c] = null;
            continue;
          }
          continue row;
        }
        const rr = candidates[i % candidates.length];
        fk.columns.forEach((c, k) => (r[c] = rr[fk.refColumns[k]]));
      }
      const pk = t.primaryKey?.columns ?? [];
      for (const c of t.columns) {
        // Row 1: NULL wherever the column allows it, in a unique key or a foreign key too (not in the primary key,
        // whose columns are NOT NULL whatever the declaration says).
        if (i === 1 && c.nullable && !pk.includes(c.name)) r[c.name] = null;
        else if (!(c.name in r)) r[c.name] = edgeValue(c, i, c.name.slice(0, 3), narrowest(t.name, c.name), m);
      }
      // Skip a row that would collide on a key (FK-derived values can repeat).
      const ks = keys.map((k) => JSON.stringify(k.map((c) => r[c])));
      if (keys.some((k, j) => k.every((c) => r[c] !== null) && seen[j].has(ks[j]))) continue;
      ks.forEach((k, j) => seen[j].add(k));
      // An identity column (GENERATED ALWAYS) takes no value: the engine numbers the row.
      const given = t.columns.filter((c) => !c.identity);
      const cols = given.map((c) => c.name);
      const vals = given.map((c) => literalFor(d, c, r[c.name]));
      const error = await insert(`INSERT INTO ${d.syntax.table(t.name).text} (${cols.map((c) => d.syntax.ident(c).text).join(', ')}) VALUES (${vals.join(', ')});`);
      if (error) refused.push(`${t.name}: ${error}`);
      else rows.push(r);
    }
    generated.set(t.name, rows);
    counts[t.name] = rows.length;
  }
  return { rows: counts, refused };
}

function literalFor(d: Dialect, c: Column, v: Value): string {
  if (v === null) return 'NULL';
  if (c.type === 'BYTEA') return `'\\x${v}'::bytea`;
  if (c.type.toUpperCase() === 'BLOB') return v === '' ? "X''" : `X'${v}'`;
  return d.syntax.literal(v).text;
}

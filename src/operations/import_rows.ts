// import_rows: the rows of a table outside the product's model (an operator's own user table) inserted into one of
// the product's, re-runnable and reversible row by row. The source and its columns are parameters: `from.table` a
// table parameter (`legacy.accounts`), `from.columns` a columns parameter mapping the step's keys to the source's
// columns (`id:user_id,primary_email:email`); `{ source: key }` in a value reads the mapped column, NULL when the
// mapping leaves the key out.
//
// Which rows go in, derived from the target's unique keys in the model (not written in the plan):
// - a row a skip test holds for stays out, with the skip's reason;
// - a row whose value of a unique key of the target (its primary key, a unique constraint, a plain unique index) some
//   target row has already stays out: for the primary key, a row the import did not make (one it made is the row
//   itself, imported by an earlier run); for another key, a row with another primary key. A `compare_lower` column
//   is compared lower-case (Logto's e-mail: the application finds a user by lower(primary_email));
// - a row whose primary key `record` holds stays out: an earlier run made it, and the application may have deleted it
//   since (a closed account): a re-run of the finished import does not bring it back (test/logto-rerun-deleted);
// - of source rows giving the same value of a unique key, only the first by `order_by` (compared by bytes) may go
//   in: the others stay out, whatever the order the engine reads them in;
// - `unique_entries` says what the product treats as unique though the database has no key for it, the entries of a
//   JSON-object column (Logto's identities, { <connector target>: { userId, … } }: the application finds a user by
//   target and userId and expects one): a row giving an entry (its key and member `field`, within the `scope`
//   columns) that another target row has, or that an earlier source row gives, stays out, as for a unique key.
// The script's statement inserts the rows that may go in, with ON CONFLICT DO NOTHING for a row a concurrent writer
// took meanwhile, and writes the primary key of each row it made into `record` in the same statement; a re-run finds
// every row either there or out for a reason, and runs nothing. The rollback deletes the rows `record` names, and no
// other. `plan compile --report` lists the source rows left out and why.
import type { Dialect } from '../dialects/dialect.js';
import { enumTypeOf, findTable, type Model, type Table } from '../model/model.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import type { RowTest, UniqueEntries, ValueExpr } from '../plan/types.js';
import { columnMapping, notGiven } from '../plan/params.js';
import { checkColumnsExist, column, fail, table } from './shared.js';
import { renderKit, rowTestSql, valueSql } from './render.js';
import type { OpOf, ParamValues, PlanOperation, Statement } from './types.js';
import { plural } from '../plural.js';

type ImportOp = OpOf<'import_rows'>;

/** A unique key of the target: its name, its columns, and whether it is the primary key. */
export interface TargetKey {
  name: string;
  columns: string[];
  primary: boolean;
}

/**
 * The unique keys of `t` a row must not repeat: its primary key, its unique constraints and its plain unique indexes
 * (no predicate, no expression), each column set once.
 */
export function targetKeys(t: Table): TargetKey[] {
  const out: TargetKey[] = [];
  const seen = new Set<string>();
  const add = (name: string, columns: string[], primary: boolean) => {
    const k = [...columns].sort().join(',');
    if (!seen.has(k)) (seen.add(k), out.push({ name, columns, primary }));
  };
  if (t.primaryKey) add(t.primaryKey.name, t.primaryKey.columns, true);
  for (const u of t.uniques) add(u.name, u.columns, false);
  for (const i of t.indexes) if (i.unique && !i.where && i.columns.every((c) => c.name !== undefined)) add(i.name, i.columns.map((c) => c.name!), false);
  return out;
}

/** A source table's name as SQL: each part of `schema.table` quoted as an identifier. */
export function sourceTableSql(d: Dialect, name: string): Sql {
  return joinSql(name.split('.').map((p) => d.syntax.ident(p)), '.');
}

/** `v` with every `{ source: key }` replaced by the mapped column, or NULL when the mapping leaves the key out. */
function bindValue(v: ValueExpr, mapping: Record<string, string>): ValueExpr {
  const b = (x: ValueExpr) => bindValue(x, mapping);
  if ('source' in v) return v.source in mapping ? { column: mapping[v.source] } : { literal: null };
  if ('concat' in v) return { concat: v.concat.map(b) };
  if ('coalesce' in v) return { coalesce: v.coalesce.map(b) };
  if ('derived_id' in v) return { derived_id: { ...v.derived_id, of: b(v.derived_id.of) } };
  if ('before' in v) return { before: { ...v.before, of: b(v.before.of) } };
  if ('after' in v) return { after: { ...v.after, of: b(v.after.of) } };
  if ('lookup' in v) return { lookup: { ...v.lookup, of: b(v.lookup.of) } };
  if ('derived_uuid' in v) return { derived_uuid: v.derived_uuid.map(b) };
  if ('lower' in v) return { lower: b(v.lower) };
  if ('text' in v) return { text: b(v.text) };
  if ('json' in v) return { json: b(v.json) };
  if ('json_object' in v) return { json_object: v.json_object.map((p) => ({ key: b(p.key), value: b(p.value) })) };
  if ('case' in v) return { case: { when: bindTest(v.case.when, mapping), then: b(v.case.then), ...(v.case.else ? { else: b(v.case.else) } : {}) } };
  return v;
}

function bindTest(t: RowTest, mapping: Record<string, string>): RowTest {
  if ('all' in t) return { all: t.all.map((x) => bindTest(x, mapping)) };
  if ('any' in t) return { any: t.any.map((x) => bindTest(x, mapping)) };
  if ('not' in t) return { not: bindTest(t.not, mapping) };
  return { ...t, value: bindValue(t.value, mapping) };
}

/** The value the import gives target column `c` for the source row `alias`. */
function targetValue(d: Dialect, op: ImportOp, c: string, params: ParamValues, alias: string): Sql {
  if (!(c in op.values)) throw new Error(`import_rows gives no value for ${op.into}.${c}`);
  return valueSql(d, op.values[c], params, alias);
}

/** A column of the import's values (the CTE `plan_values`) of row `alias`. */
const col = (d: Dialect, alias: string, name: string) => sql`${Sql.verbatim(alias)}.${d.syntax.ident(name)}`;

/**
 * The import's values, computed once per source row (PostgreSQL materializes a WITH query named more than once):
 * the row's order (`plan_order`), whether each skip holds (`plan_skip_<n>`, from 1) and each target column's value;
 * with `source`, the mapped source columns as one JSON object (`plan_source`, for the report).
 */
export function valuesSql(d: Dialect, op: ImportOp, params: ParamValues, source = false): Sql {
  const s = d.syntax;
  const parts = [
    sql`${valueSql(d, op.orderBy, params, 'src')} AS plan_order`,
    ...(source ? [sql`${s.jsonObject(Object.values(op.mapping).map((c) => [s.literal(c), sql`src.${s.ident(c)}`] as [Sql, Sql]))} AS plan_source`] : []),
    ...(op.skip ?? []).map((k, i) => sql`COALESCE(${rowTestSql(d, k.when, params, 'src')}, FALSE) AS ${Sql.verbatim(`plan_skip_${i + 1}`)}`),
    ...Object.keys(op.values).map((c) => sql`${targetValue(d, op, c, params, 'src')} AS ${s.ident(c)}`),
  ];
  return sql`SELECT ${joinSql(parts, ',\n           ')}\n    FROM ${sourceTableSql(d, op.from)} AS src`;
}

/** `a` = `b`, lower-cased on both sides for a compare_lower column. */
function same(d: Dialect, op: ImportOp, c: string, a: Sql, b: Sql): Sql {
  return op.compareLower.includes(c) ? sql`${d.syntax.lower(a)} = ${d.syntax.lower(b)}` : sql`${a} = ${b}`;
}

/** A test of a row of plan_rows, with the reason the report gives when it keeps the row out. */
export interface ImportTest {
  reason: string;
  sql: Sql;
  /** A column of plan_rows the report appends to the reason (`: <detail>`): what the test found. Only where withSql's `source` is on. */
  detail?: Sql;
}

/**
 * The tests that keep a value row (`v`) out because a value would not fit its target column, from the model: a text
 * longer than a varchar(n) or char(n) column holds (PostgreSQL would fail the whole statement on it).
 */
export function fitTests(d: Dialect, op: ImportOp, before: Model, alias = 'v'): ImportTest[] {
  const into = findTable(before, op.into)!;
  const out: ImportTest[] = [];
  for (const c of into.columns) {
    const m = /^(VARCHAR|CHAR)\((\d+)\)$/.exec(c.type);
    if (!m || !(c.name in op.values)) continue;
    out.push({
      reason: `${c.name} longer than ${plural(m[2], 'character')} (${op.into}.${c.name} is ${m[1].toLowerCase()}(${m[2]}))`,
      sql: sql`COALESCE(${d.syntax.length(d.syntax.asText(col(d, alias, c.name)))} > ${Sql.verbatim(m[2])}, FALSE)`,
    });
  }
  return out;
}

/** The plan's skips of a value row, then its fit tests: the tests a row is kept out by on its own. */
export function ownTests(d: Dialect, op: ImportOp, before: Model, alias = 'v'): ImportTest[] {
  return [...(op.skip ?? []).map((k, i) => ({ reason: k.reason, sql: col(d, alias, `plan_skip_${i + 1}`) })), ...fitTests(d, op, before, alias)];
}

/**
 * The unique keys of the target the import gives every column of, each with the names of its rank column (among
 * the source rows) and its taken column (another target row has the value).
 */
function importKeys(op: ImportOp, before: Model): (TargetKey & { rank: string; taken: string })[] {
  return targetKeys(findTable(before, op.into)!)
    .filter((k) => k.columns.every((c) => c in op.values))
    .map((k, i) => ({ ...k, rank: `plan_rank_${i + 1}`, taken: `plan_taken_${i + 1}` }));
}

/** `y` and `x` (rows of plan_entries_<n>, or a target row's entries) give the same entry: key, field and scope. */
function sameEntry(d: Dialect, u: UniqueEntries): Sql {
  const s = d.syntax;
  return joinSql([...(u.scope ?? []).map((c) => sql`y.${s.ident(c)} = x.${s.ident(c)}`), sql`y.plan_key = x.plan_key`, sql`y.plan_field = x.plan_field`], ' AND ');
}

/** An entry of `alias` (a row of plan_entries_<n>) as text, in the column's own shape: {"github": {"userId": "100064"}}. */
function entryText(d: Dialect, u: UniqueEntries, alias: string): Sql {
  const s = d.syntax;
  const a = Sql.verbatim(alias);
  return s.asText(s.jsonObject([[sql`${a}.plan_key`, s.jsonObject([[s.literal(u.field), sql`${a}.plan_field`]])]]));
}

/** `v` as text, or NULL spelt out (a report's words: a NULL would blank the whole text). */
const textOrNull = (d: Dialect, v: Sql) => d.syntax.coalesce([d.syntax.asText(v), d.syntax.literal('NULL')]);

/**
 * The WITH queries of one unique_entries item (`n`, from 1) over plan_kept: `plan_entries_<n>`, each entry of each
 * kept row (by `plan_row`) with its rank among the kept rows' entries of the same key, field and scope (by order_by,
 * the values as a tie-break); `plan_taken_<n>`, the rows giving an entry another target row has (for the report,
 * `report`, with `plan_what`: that entry and the primary key of the target row holding it, in words). Both are joins
 * on equalities (hash joins), not a scan of the target per source row.
 */
function entriesWithSql(d: Dialect, op: ImportOp, before: Model, u: UniqueEntries, n: number, tie: Sql[], report = false): Sql {
  const s = d.syntax;
  const into = findTable(before, op.into)!;
  const pk = into.primaryKey!.columns;
  const scope = u.scope ?? [];
  const carried = [...new Set([...pk, ...scope])];
  const kCols = joinSql(carried.map((c) => col(d, 'k', c)), ', ');
  const dstCols = joinSql(carried.map((c) => sql`dst.${s.ident(c)}`), ', ');
  const scopeSet = joinSql([...scope.map((c) => col(d, 'k', c)), sql`e.plan_key`, sql`e.plan_field`], ', ');
  const scopePresent = scope.map((c) => sql` AND ${col(d, 'k', c)} IS NOT NULL`);
  const same = sameEntry(d, u);
  const other = joinSql(pk.map((c) => sql`y.${s.ident(c)} <> x.${s.ident(c)}`), ' OR ');
  const entries = Sql.verbatim(`plan_entries_${n}`);
  // (e.g. {"github": {"userId": "100064"}}, held by the users row with id p0000000004)
  const heldBy = pk.flatMap((c, i) => [s.literal(`${i ? ', ' : ''}${c} `), textOrNull(d, sql`y.${s.ident(c)}`)]);
  const what = report ? sql`, ${s.concat([entryText(d, u, 'x'), s.literal(`, held by the ${op.into} row with `), ...heldBy])} AS plan_what` : sql``;
  return sql`${entries} AS (
    SELECT k.plan_row, ${kCols}, e.plan_key, e.plan_field,
           row_number() OVER (PARTITION BY ${scopeSet} ORDER BY ${joinSql([s.byteOrder(col(d, 'k', 'plan_order')), ...tie], ', ')}) AS plan_n
    FROM plan_kept AS k CROSS JOIN ${s.jsonEntryFields!(col(d, 'k', u.column), u.field, 'e')}
    WHERE k.plan_kept AND e.plan_field IS NOT NULL${joinSql(scopePresent, '')}
  ), ${Sql.verbatim(`plan_taken_${n}`)} AS (
    SELECT x.plan_row${what} FROM ${entries} AS x
    JOIN (SELECT ${dstCols}, t.plan_key, t.plan_field FROM ${s.table(op.into)} AS dst CROSS JOIN ${s.jsonEntryFields!(sql`dst.${s.ident(u.column)}`, u.field, 't')}) AS y
      ON ${same} AND (${other})
  )`;
}

/**
 * The WITH queries every statement of the import reads (`plan_values`, then `plan_rows`: its rows with `plan_kept`,
 * no own test holding; `plan_row`, its number; `plan_there`, a target row has its primary key; per unique key of the
 * target the row's rank among the kept rows giving the same value of it, by order_by, the values as a tie-break (NULL
 * where a key column is NULL, which repeats nothing), and `plan_taken_<i>`, another target row has that value; per
 * unique_entries item `plan_entry_taken_<n>` and `plan_entry_repeat_<n>`, with `source` (the report's) each with
 * `…_what`, the entry and the row that has it, in words). Every test against the target is a join on
 * equalities, computed here once for all rows, and the statements only read these columns: no subquery per row,
 * which the planner cannot turn into a join under NOT (…) (the report) and, with many tests, came to run as a nested
 * loop over the target (a 50,000-row import: 9 s became 31 s, its re-run 5 s became 105 s). The import stays
 * O(n log n) in the source's rows.
 */
export function withSql(d: Dialect, op: ImportOp, before: Model, params: ParamValues, source = false): Sql {
  const s = d.syntax;
  const own = ownTests(d, op, before, 'v').map((t) => t.sql);
  const tie = Object.keys(op.values).map((c) => s.byteOrder(s.asText(col(d, 'k', c))));
  const ranks = importKeys(op, before).map((k) => {
    const present = joinSql(k.columns.map((c) => sql`${col(d, 'k', c)} IS NOT NULL`), ' AND ');
    const parts = k.columns.map((c) => (op.compareLower.includes(c) ? s.lower(col(d, 'k', c)) : col(d, 'k', c)));
    return sql`CASE WHEN k.plan_kept AND ${present} THEN row_number() OVER (PARTITION BY k.plan_kept, ${present}, ${joinSql(parts, ', ')} ORDER BY ${joinSql([s.byteOrder(col(d, 'k', 'plan_order')), ...tie], ', ')}) END AS ${Sql.verbatim(k.rank)}`;
  });
  const into = findTable(before, op.into)!;
  const pk = into.primaryKey!.columns;
  const joins: Sql[] = [];
  const flags: Sql[] = [];
  /** A left join of the distinct plan_row values `rows` selects, and the column true where it has the row. */
  const has = (name: string, rows: Sql, column: string) => {
    joins.push(sql`LEFT JOIN (${rows}) AS ${Sql.verbatim(name)} ON ${Sql.verbatim(name)}.plan_row = k.plan_row`);
    flags.push(sql`(${Sql.verbatim(name)}.plan_row IS NOT NULL) AS ${Sql.verbatim(column)}`);
  };
  /** As `has`, for rows (plan_row, plan_what) several of which may name one row: also `<column>_what`, the least plan_what. */
  const hasWhat = (name: string, rows: Sql, column: string) => {
    const j = Sql.verbatim(name);
    joins.push(sql`LEFT JOIN (SELECT w.plan_row, MIN(w.plan_what) AS plan_what FROM (${rows}) AS w GROUP BY w.plan_row) AS ${j} ON ${j}.plan_row = k.plan_row`);
    flags.push(sql`(${j}.plan_row IS NOT NULL) AS ${Sql.verbatim(column)}`, sql`${j}.plan_what AS ${Sql.verbatim(`${column}_what`)}`);
  };
  has('plan_j0', sql`SELECT k0.plan_row FROM plan_kept AS k0 JOIN ${s.table(op.into)} AS dst ON ${joinSql(pk.map((c) => sql`dst.${s.ident(c)} = ${col(d, 'k0', c)}`), ' AND ')}`, 'plan_there');
  // A row the record names was made by an earlier run: the import's statements leave it out even where the application
  // deleted it since (the report, which runs before the record exists too, reads the record its own way).
  if (!source) has('plan_jrec', sql`SELECT k0.plan_row FROM plan_kept AS k0 JOIN ${s.table(op.record)} AS rec ON ${joinSql(pk.map((c) => sql`rec.${s.ident(c)} = ${col(d, 'k0', c)}`), ' AND ')}`, 'plan_recorded');
  importKeys(op, before).forEach((key, i) => {
    if (key.primary) return;
    const equal = joinSql(key.columns.map((c) => same(d, op, c, sql`dst.${s.ident(c)}`, col(d, 'k1', c))), ' AND ');
    const other = joinSql(pk.map((c) => sql`dst.${s.ident(c)} <> ${col(d, 'k1', c)}`), ' OR ');
    has(`plan_j${i + 1}`, sql`SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN ${s.table(op.into)} AS dst ON ${equal} AND (${other}) WHERE k1.plan_kept`, key.taken);
  });
  const entries = op.uniqueEntries.map((_, i) => i + 1);
  for (const n of entries) {
    const taken = Sql.verbatim(`plan_taken_${n}`);
    const ranked = Sql.verbatim(`plan_entries_${n}`);
    if (!source) {
      has(`plan_je${n}`, sql`SELECT DISTINCT plan_row FROM ${taken}`, `plan_entry_taken_${n}`);
      has(`plan_jr${n}`, sql`SELECT DISTINCT plan_row FROM ${ranked} WHERE plan_n > 1`, `plan_entry_repeat_${n}`);
      continue;
    }
    // The report names the entry, and the source row that gives it first (by its order_by value, as source_row).
    const u = op.uniqueEntries[n - 1];
    const first = s.concat([entryText(d, u, 'x'), s.literal(', given by source row '), textOrNull(d, sql`f.plan_order`)]);
    hasWhat(`plan_je${n}`, sql`SELECT plan_row, plan_what FROM ${taken}`, `plan_entry_taken_${n}`);
    hasWhat(`plan_jr${n}`, sql`SELECT x.plan_row, ${first} AS plan_what FROM ${ranked} AS x JOIN ${ranked} AS y ON ${sameEntry(d, u)} AND y.plan_n = 1 JOIN plan_kept AS f ON f.plan_row = y.plan_row WHERE x.plan_n > 1`, `plan_entry_repeat_${n}`);
  }
  const columns = [...ranks, ...flags];
  // plan_row numbers the rows once: plan_kept is read by more than one query, so the engine computes it once (a WITH
  // query read more than once is materialized: PostgreSQL 15 manual, 7.8.4).
  return sql`plan_values AS (
    ${valuesSql(d, op, params, source)}
  ), plan_kept AS (
    SELECT v.*, ${own.length ? sql`NOT (${joinSql(own, ' OR ')})` : sql`TRUE`} AS plan_kept, row_number() OVER () AS plan_row FROM plan_values AS v
  ), ${joinSql(entries.map((n) => entriesWithSql(d, op, before, op.uniqueEntries[n - 1], n, tie, source)).map((x) => sql`${x}, `), '')}plan_rows AS (
    SELECT k.*,
           ${joinSql(columns, ',\n           ')}
    FROM plan_kept AS k
    ${joinSql(joins, '\n    ')}
  )`;
}

/** How the report names the entries of a unique_entries item. */
function entriesName(op: ImportOp, u: UniqueEntries): string {
  return `${op.into}.${u.column} entry (its key and ${u.field}${u.scope?.length ? `, per ${u.scope.join(', ')}` : ''})`;
}

/**
 * The tests that keep a kept row (`v` of plan_rows) out because of the target's unique keys, each with its reason:
 * a target row another than the one the row would be has the value (compare_lower columns lower-cased), or an
 * earlier source row gives it too.
 */
export function conflictTests(d: Dialect, op: ImportOp, before: Model, alias = 'v', record?: Sql): ImportTest[] {
  const s = d.syntax;
  const into = findTable(before, op.into)!;
  const pk = into.primaryKey!.columns;
  const out: ImportTest[] = [];
  for (const k of importKeys(op, before)) {
    const cols = k.columns.length > 1 ? `(${k.columns.join(', ')})` : k.columns[0];
    const lowered = k.columns.filter((c) => op.compareLower.includes(c));
    const lower = lowered.length ? `, ${lowered.join(' and ')} compared lower-case` : '';
    if (k.primary) {
      const pkIs = joinSql(pk.map((c) => sql`dst.${s.ident(c)} = ${col(d, alias, c)}`), ' AND ');
      // (The report reads the record as text, where it exists: rowsIfExists.)
      const recorded = joinSql(pk.map((c) => sql`rec.${s.ident(c)} = ${record ? s.asText(sql`dst.${s.ident(c)}`) : sql`dst.${s.ident(c)}`}`), ' AND ');
      out.push({
        reason: `${cols} taken: a ${op.into} row this import did not make has it (${k.name})`,
        sql: sql`EXISTS (SELECT 1 FROM ${s.table(op.into)} AS dst WHERE ${pkIs} AND NOT EXISTS (SELECT 1 FROM ${record ?? s.table(op.record)} AS rec WHERE ${recorded}))`,
      });
    } else {
      out.push({ reason: `duplicate ${cols}: another ${op.into} row has it (${k.name}${lower})`, sql: col(d, alias, k.taken) });
    }
    out.push({ reason: `duplicate ${cols}: an earlier source row has it too (${k.name}${lower}; ${orderWords(op)})`, sql: sql`COALESCE(${col(d, alias, k.rank)} > 1, FALSE)` });
  }
  op.uniqueEntries.forEach((u, i) => {
    out.push({ reason: `duplicate ${entriesName(op, u)}: another ${op.into} row has it`, sql: col(d, alias, `plan_entry_taken_${i + 1}`), detail: col(d, alias, `plan_entry_taken_${i + 1}_what`) });
    out.push({ reason: `duplicate ${entriesName(op, u)}: an earlier source row has it too (${orderWords(op)})`, sql: col(d, alias, `plan_entry_repeat_${i + 1}`), detail: col(d, alias, `plan_entry_repeat_${i + 1}_what`) });
  });
  return out;
}

/**
 * Which source row counts as earlier, in words for the report: "source rows ordered by user_id" when the plan orders
 * by a source column (as text or lower case too), else "source rows ordered by the plan's order_by"; compared by
 * bytes either way.
 */
function orderWords(op: ImportOp): string {
  let v = op.orderBy;
  while ('text' in v || 'lower' in v) v = 'text' in v ? v.text : v.lower;
  const by = 'column' in v && typeof v.column === 'string' ? v.column : "the plan's order_by";
  return `source rows ordered by ${by}, compared by bytes`;
}

/**
 * The kept rows (`v` of plan_rows) the import inserts now: not there yet, not made by an earlier run (its key is not in
 * the record: a user the application deleted after the import is not imported again), no other target row holding a
 * value of a unique key or an entry, the first source row of each: columns of plan_rows, each computed there by a join.
 * @param recorded whether plan_rows has `plan_recorded` (withSql without `source`); the report leaves the recorded rows
 *   out by its own test, reading the record only where it exists
 */
export function importableSql(d: Dialect, op: ImportOp, before: Model, alias = 'v', recorded = true): Sql {
  // (The primary key's "taken" test is the "there" test's special case: left out of the statement, kept for the report.)
  const conflicts = conflictTests(d, op, before, alias).filter((t) => !t.reason.includes(' taken: '));
  const made = recorded ? [sql`NOT ${col(d, alias, 'plan_recorded')}`] : [];
  return joinSql([col(d, alias, 'plan_kept'), sql`NOT ${col(d, alias, 'plan_there')}`, ...made, ...conflicts.map((t) => sql`NOT ${t.sql}`)], '\n      AND ');
}

/**
 * The report of an import: each source row it left out (or will leave out), by its order_by value with its mapped
 * source columns, with the first reason that holds (a repeated unique_entries entry's names the entry and the row
 * that has it: the target row's primary key, or the earlier source row's order_by value); the rows it made (in its
 * record) are not listed. Read-only, and
 * it runs before the import as well: the record is read only where it exists (the dialect's rowsIfExists).
 * @throws Error on a dialect that cannot read a table only where it exists
 */
export function importReportSql(d: Dialect, op: ImportOp, before: Model, params: ParamValues): Sql {
  const s = d.syntax;
  const into = findTable(before, op.into)!;
  const pk = into.primaryKey!.columns;
  if (!s.rowsIfExists) throw new Error(`the report of an import needs to read ${op.record} only where it exists, which ${d.script.engineName} cannot`);
  const record = s.rowsIfExists(s.table(op.record), pk);
  const recorded = sql`EXISTS (SELECT 1 FROM ${record} AS rec WHERE ${joinSql(pk.map((c) => sql`rec.${s.ident(c)} = ${s.asText(col(d, 'v', c))}`), ' AND ')})`;
  const tests = [...ownTests(d, op, before), ...conflictTests(d, op, before, 'v', record)];
  // A detail (which entry, and the row that has it) follows its reason; were it NULL, the reason alone.
  const said = (t: ImportTest) => (t.detail ? s.concat([s.literal(t.reason), s.coalesce([s.concat([s.literal(': '), t.detail]), s.literal('')])]) : s.literal(t.reason));
  const reason = sql`CASE\n    ${joinSql(tests.map((t) => sql`WHEN ${t.sql}\n      THEN ${said(t)}`), '\n    ')}\n  END`;
  return sql`WITH ${withSql(d, op, before, params, true)}
SELECT ${s.literal(op.from)} AS source_table, ${s.asText(sql`v.plan_order`)} AS source_row, ${s.asText(sql`v.plan_source`)} AS source_values,
  ${reason} AS reason
FROM plan_rows AS v
WHERE NOT ${recorded} AND NOT (${importableSql(d, op, before, 'v', false)})
ORDER BY 2, 3`;
}

/** A query counting the source rows an import would still make (0 when it is complete). */
export function importGapSql(d: Dialect, op: ImportOp, before: Model, params: ParamValues): string {
  return sql`WITH ${withSql(d, op, before, params)} SELECT COUNT(*) AS n FROM plan_rows AS v WHERE ${importableSql(d, op, before)}`.text;
}

/** The stops an import makes before anything else: its source table and each mapped column exist. */
function sourceChecks(d: Dialect, op: ImportOp): Statement[] {
  const g = d.guards;
  const table = { kind: 'sql' as const, sql: g.externalTableExists(op.from) };
  return [
    { bodies: [], effects: [], condition: table, stop: `the source table ${op.from} does not exist (--param ${op.params.table})` },
    ...Object.entries(op.mapping).map(([key, col]) => ({
      bodies: [],
      effects: [],
      condition: { kind: 'sql' as const, sql: g.externalColumnExists(op.from, col) },
      stop: `the source table ${op.from} has no column ${col} (--param ${op.params.columns}: ${key}:${col})`,
    })),
    ...op.jsonKeys.filter((key) => key in op.mapping).map((key) => ({
      bodies: [],
      effects: [],
      condition: { kind: 'sql' as const, sql: g.externalColumnIsJson!(op.from, op.mapping[key]) },
      stop: `the source column ${op.mapping[key]} (--param ${op.params.columns}: ${key}:${op.mapping[key]}) is not of a JSON type: ${key} is read as JSON, and one text that is not JSON would fail the whole import; import from a view that casts it (after fixing such rows), or leave ${key} out`,
    })),
  ];
}

export const importRows: PlanOperation<'import_rows'> = {
  kind: 'import_rows',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['into', 'from', 'values', 'order_by', 'record'],
    properties: {
      into: { $ref: '#/$defs/identifier' },
      from: {
        type: 'object',
        additionalProperties: false,
        required: ['table', 'columns'],
        properties: {
          table: { type: 'object', additionalProperties: false, required: ['param'], properties: { param: { $ref: '#/$defs/identifier' } }, description: 'A table parameter naming the source table (schema.table allowed)' },
          columns: { type: 'object', additionalProperties: false, required: ['param'], properties: { param: { $ref: '#/$defs/identifier' } }, description: "A columns parameter mapping the step's keys to the source's columns" },
        },
        description: "The source: a table outside the product's model, named by parameters; the script stops before any change when it or a mapped column is missing",
      },
      values: { type: 'object', minProperties: 1, propertyNames: { $ref: '#/$defs/identifier' }, additionalProperties: { $ref: '#/$defs/value' } },
      skip: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['when', 'reason'],
          properties: { when: { $ref: '#/$defs/row_test' }, reason: { $ref: '#/$defs/one_line_text', type: 'string', minLength: 1, maxLength: 200 } },
        },
        description: 'Source rows left out, each test with its reason (the report lists them); rows a unique key of the target keeps out are added from the model',
      },
      order_by: { $ref: '#/$defs/value', description: 'The order of the source rows (compared by bytes): of rows that would repeat a unique key of the target, the first goes in' },
      record: { $ref: '#/$defs/identifier', description: "A table the plan creates, with the target's primary-key columns: the import writes the key of every row it makes there, and the rollback deletes those rows" },
      compare_lower: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/identifier' }, description: 'Target columns the product compares lower-case: a value differing from another only in case is a duplicate' },
      json_keys: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/identifier' }, description: "Keys of the columns parameter whose source column must be of the engine's JSON type: the script stops before any change when one is not (text that is not JSON would fail the whole import)" },
      unique_entries: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['column', 'field'],
          properties: {
            column: { $ref: '#/$defs/identifier', description: 'A JSON-object column of the target the import gives a value' },
            field: { type: 'string', minLength: 1, maxLength: 63, pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: "The member of each entry's value that, with the entry's key, identifies (Logto's identities: userId)" },
            scope: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/identifier' }, description: 'Target columns the entries are unique within (Logto: tenant_id)' },
          },
        },
        description: "JSON-object columns whose entries the product treats as unique though no key of the database says so (Logto finds a user by a social identity and expects one): a row giving an entry another target row has, or an earlier source row gives, stays out",
      },
    },
  },
  resolve: (d, a, params) => {
    if (a.json_keys && !d.guards.externalColumnIsJson) fail(`import_rows json_keys: ${d.script.engineName} scripts cannot check a column's type`);
    if (a.unique_entries && !d.syntax.jsonEntryFields) fail(`import_rows unique_entries: ${d.script.engineName} scripts cannot read a JSON object's entries`);
    if (!d.rules.importRows) fail(`import_rows needs INSERT … ON CONFLICT DO NOTHING RETURNING inside WITH, which ${d.script.engineName} scripts do not give`);
    // Without its source (a rollback compiled without the import's parameters): the same model change (none) and
    // inverse, read from no source; rendering it raises the parameter's own error (`unbound`).
    const unbound = [a.from.table.param, a.from.columns.param].find((p) => notGiven(params).includes(p));
    const from = unbound ? '' : params[a.from.table.param];
    const columns = unbound ? '' : params[a.from.columns.param];
    if (typeof from !== 'string' || typeof columns !== 'string') fail(`import_rows: parameters ${a.from.table.param} and ${a.from.columns.param} must have values`);
    const mapping = unbound ? {} : Object.fromEntries(columnMapping(columns));
    return {
      kind: 'import_rows',
      into: a.into,
      from,
      mapping,
      params: { table: a.from.table.param, columns: a.from.columns.param },
      values: Object.fromEntries(Object.entries(a.values).map(([c, v]) => [c, bindValue(v, mapping)])),
      ...(a.skip ? { skip: a.skip.map((x) => ({ reason: x.reason, when: bindTest(x.when, mapping) })) } : {}),
      orderBy: bindValue(a.order_by, mapping),
      record: a.record,
      compareLower: [...(a.compare_lower ?? [])],
      jsonKeys: [...(a.json_keys ?? [])],
      uniqueEntries: (a.unique_entries ?? []).map((u) => ({ column: u.column, field: u.field, ...(u.scope ? { scope: [...u.scope] } : {}) })),
      ...(unbound ? { unbound } : {}),
    };
  },
  apply(_d, m, op) {
    const into = table(m, op.into);
    const record = table(m, op.record);
    if (!into.primaryKey) fail(`import_rows needs a primary key on ${into.name}: the record and the rollback find the rows it made by it`);
    checkColumnsExist(into, Object.keys(op.values), 'import_rows');
    checkColumnsExist(into, op.compareLower, 'import_rows compare_lower');
    for (const u of op.uniqueEntries) {
      const c = column(into, u.column);
      if (!/^JSONB?$/.test(c.type)) fail(`import_rows unique_entries: ${into.name}.${u.column} is ${c.type.toLowerCase()}, not a JSON type`);
      for (const x of [u.column, ...(u.scope ?? [])]) if (!(x in op.values)) fail(`import_rows unique_entries: the import gives no value for ${into.name}.${x}`);
      checkColumnsExist(into, u.scope ?? [], 'import_rows unique_entries scope');
    }
    for (const c of Object.keys(op.values)) if (/^plan_(order|source|kept|row|there|recorded|skip_\d+|rank_\d+|taken_\d+|entry_(taken|repeat)_\d+(_what)?)$/.test(c)) fail(`import_rows cannot write column "${c}": the statement names its own values so`);
    const pk = into.primaryKey.columns;
    for (const c of pk) if (!(c in op.values)) fail(`import_rows into ${into.name} must give primary-key column "${c}"`);
    for (const c of into.columns) if (!c.nullable && c.default === undefined && !(c.name in op.values)) fail(`import_rows into ${into.name} must give NOT NULL column "${c.name}"`);
    const recordKey = record.primaryKey?.columns ?? [];
    if (recordKey.length !== pk.length || pk.some((c) => !recordKey.includes(c))) fail(`import_rows record ${record.name} must have the primary key (${pk.join(', ')}) of ${into.name}, to hold the keys of the rows the import makes`);
    for (const c of pk) if (column(record, c).type !== column(into, c).type) fail(`import_rows record ${record.name}.${c} must have the type of ${into.name}.${c} (${column(into, c).type})`);
    return m;
  },
  inverse: (op) => ({ ops: [{ kind: 'delete_imported', into: op.into, record: op.record }] }),
  // The schema is unchanged, and the rollback deletes the rows whose keys the record holds, whichever source,
  // mapping, values and tests made them: it reads the two tables' names only.
  schemaReads: () => undefined,
  rollbackReads: (a, explicitInverse) => (explicitInverse ? undefined : { into: a.into, record: a.record }),
  rename: (op, n) => ({ ...op, into: n.table(op.into), record: n.table(op.record) }),
  describe: (op) => `import rows from ${op.from} into ${op.into}`,
  render(d, op, before, after, params) {
    if (op.unbound) void params[op.unbound]; // (raises the parameter's error: a deferred parameter throws when read)
    const { body } = renderKit(d, before, after);
    const into = findTable(before, op.into)!;
    const targets = Object.keys(op.values);
    // A value for an enum column is cast to its type: PostgreSQL assigns an unknown literal to one, not a text.
    const select = joinSql(
      targets.map((c) => {
        const type = into.columns.find((x) => x.name === c)!.type;
        return enumTypeOf(type) !== undefined ? sql`CAST(${col(d, 'v', c)} AS ${d.syntax.type(type)})` : col(d, 'v', c);
      }),
      ', ',
    );
    const values = withSql(d, op, before, params);
    const importable = importableSql(d, op, before);
    const order = d.syntax.byteOrder(col(d, 'v', 'plan_order'));
    const key = into.primaryKey!.columns;
    return [
      ...sourceChecks(d, op),
      {
        bodies: [body('import_rows', { into: op.into, record: op.record, values, targets, select, importable, order, key })],
        effects: [],
        condition: { kind: 'sql', sql: sql`(WITH ${values} SELECT EXISTS (SELECT 1 FROM plan_rows AS v WHERE ${importable}))` },
      },
    ];
  },
};

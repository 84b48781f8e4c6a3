// refuse_uncopied: the first check of a rollback that drops a table its plan created and filled by copies (no plan
// step names it). The rollback drops the table with every row in it; rows the copies wrote come back from their
// sources, but a row written since the upgrade (Keto v0.7's new tuples) would be lost without a word. The check stops
// the rollback, before any change, when the table holds a row that none of the plan's copies into it gives.
// It reads the source once per row of the table: through the source's columns that hold one value by then (the
// plan's rollback_only_values, pinnedSourceColumns in src/compile/compile.ts), so that an index beginning with them
// serves each read (SuperTokens 6.0 → 5.0, the check of app_id_to_user_id: MariaDB 10,000 users 6.8 s → 0.02 s,
// PostgreSQL without statistics 100,000 users 276 s → 0.9 s; bench/RESULTS.md, stop 35). Where the dialect compares
// key sets (DialectRules.compareKeySets: PostgreSQL) the table's rows and the copies' rows are grouped as sets
// instead, whose cost depends on neither the statistics nor work_mem (Keto 300,000 tuples, work_mem 64kB after
// ANALYZE: cancelled after 60 s → 3.3 s; bench/RESULTS.md, stop 36). The stop names the first three of the rows it
// found by the table's primary key (DialectGuards.firstKeys).
import { findColumn, findTable } from '../model/model.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { givenValues, match } from './copy_rows.js';
import { copiedRowsSql } from './render.js';
import type { ValueExpr } from '../plan/types.js';
import type { Operation } from './types.js';

export const refuseUncopied: Operation<'refuse_uncopied'> = {
  kind: 'refuse_uncopied',
  apply: (_d, m) => m,
  inverse: () => ({ ops: [] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table), copies: op.copies.map((c) => ({ ...c, into: n.table(c.into), from: n.table(c.from) })) }),
  describe: (op) => `check that ${op.table} holds only rows its copies wrote`,
  render(d, op, before, _after, params) {
    const into = findTable(before, op.table)!;
    // The target's row a copy gives: its primary key and the copy's key (the columns a re-run tells rows apart by).
    const key = into.primaryKey!.columns;
    const given = op.copies.map((c) => {
      const columns = [...new Set([...(c.key ?? []), ...into.primaryKey!.columns])];
      const where = copiedRowsSql(d, c, 'src', params);
      // The source's columns with one value by now (c.pinned): pinned, the source is read by its index. A target
      // column the copy fills from a pinned one is compared with that value too, not with the source's column:
      // PostgreSQL would otherwise join on it (one value: every row with every row) instead of the other columns.
      const pinned = Object.entries(c.pinned).map(([col, v]) => sql`src.${d.syntax.ident(col)} = ${d.syntax.literal(v)}`);
      const { pinned: _p, ...rest } = c;
      const fromPinned = (v: ValueExpr): v is { column: string } => 'column' in v && Object.keys(v).length === 1 && Object.hasOwn(c.pinned, v.column);
      const copy = { kind: 'copy_rows' as const, ...rest, values: Object.fromEntries(Object.entries(c.values).map(([k, v]) => [k, fromPinned(v) ? { literal: c.pinned[v.column] } : v])) };
      const conditions = [...pinned, ...(where ? [where] : [])];
      return { copy, columns, conditions };
    });
    if (d.rules.compareKeySets) {
      // The target's rows and the copies' source rows as sets (DialectRules.compareKeySets). The copies that give
      // the same columns (their key and the primary key) share one set: the target's rows (tag 0) and the values
      // each copy's source rows give (tag 1; a value the same for every source row too, in a branch of the UNION
      // ALL, whose type is the target column's), grouped by those columns: one target row a group at most. Where
      // that is every copy and none of the columns holds NULL, a group whose MAX(tag) is 0 is a target row no copy
      // gives. Otherwise each set's groups with both tags are the rows its copies give (given 1); with every target
      // row (given 0), grouped by the primary key, a row none gives has MAX(given) 0; a target row with a NULL in
      // the columns meets no source row, as with = (left out of the set). Hash or sort aggregates, which spill to
      // disk, whatever the statistics and work_mem: the IN (SELECT …) form was hashed only when its set was
      // estimated to fit in work_mem, otherwise materialized and rescanned for each target row (Keto 300,000 tuples
      // after ANALYZE, work_mem 64kB, and 4MB in the review's reproduction: cancelled after 60 s; bench/RESULTS.md,
      // stop 36), and an EXISTS is an anti join whose method the statistics choose.
      const pk = key.map((_x, i) => Sql.verbatim(`k${i + 1}`));
      const bySet = new Map<string, typeof given>();
      for (const g of given) bySet.set(JSON.stringify(g.columns), [...(bySet.get(JSON.stringify(g.columns)) ?? []), g]);
      const sets = [...bySet.values()];
      const nullable = (x: string) => findColumn(into, x)?.nullable !== false;
      const grouped = (copies: typeof given, having: string, tag: Sql) => {
        const columns = copies[0].columns;
        const keys = columns.map((_x, i) => Sql.verbatim(`plan_v${i + 1}`));
        const nulls = columns.filter(nullable).map((x) => sql`dst.${d.syntax.ident(x)} IS NOT NULL`);
        const dst = sql`SELECT ${joinSql(columns.map((x, i) => sql`dst.${d.syntax.ident(x)} AS ${keys[i]}`), ', ')}, 0 AS plan_in_source FROM ${d.syntax.table(op.table)} AS dst${nulls.length ? sql` WHERE ${joinSql(nulls, ' AND ')}` : sql``}`;
        const srcs = copies.flatMap((g) => {
          const from = sql`FROM ${d.syntax.table(g.copy.from)} AS src${g.conditions.length ? sql` WHERE ${joinSql(g.conditions, ' AND ')}` : sql``}`;
          return givenValues(d, g.copy, before, params, columns, true).map((v) => sql`SELECT ${joinSql(v, ', ')}, 1 ${from}`);
        });
        const out = key.map((x, i) => sql`plan_keys.${keys[columns.indexOf(x)]} AS ${pk[i]}`);
        return sql`SELECT ${joinSql(out, ', ')}${tag} FROM (${joinSql([dst, ...srcs], ' UNION ALL ')}) AS plan_keys GROUP BY ${joinSql(keys.map((k) => sql`plan_keys.${k}`), ', ')} HAVING ${Sql.verbatim(having)}`;
      };
      let rows: Sql;
      if (sets.length === 1 && !sets[0][0].columns.some(nullable)) {
        rows = grouped(sets[0], 'MAX(plan_keys.plan_in_source) = 0', sql``);
      } else {
        const all = sql`SELECT ${joinSql(key.map((x, i) => sql`dst.${d.syntax.ident(x)} AS ${pk[i]}`), ', ')}, 0 AS plan_given FROM ${d.syntax.table(op.table)} AS dst`;
        const copied = sets.map((copies) => grouped(copies, 'MIN(plan_keys.plan_in_source) = 0 AND MAX(plan_keys.plan_in_source) = 1', sql`, 1`));
        rows = sql`SELECT ${joinSql(pk.map((k) => sql`plan_rows.${k}`), ', ')} FROM (${joinSql([all, ...copied], ' UNION ALL ')}) AS plan_rows GROUP BY ${joinSql(pk.map((k) => sql`plan_rows.${k}`), ', ')} HAVING MAX(plan_rows.plan_given) = 0`;
      }
      const others = sql`NOT EXISTS (SELECT 1 FROM (${rows}) AS dst)`;
      const stopDetail = { label: `the first of them by ${key.length > 1 ? `(${key.join(', ')})` : key[0]}`, names: d.guards.firstKeys(rows, key.length) };
      return [{ bodies: [], effects: [], condition: { kind: 'sql', sql: others }, stop: op.message, stopDetail }];
    }
    // Elsewhere, for each target row: where a key value is derived (a hash the engine computes per row, no index
    // finds it), the rows as one set per copy that the engine computes once, (dst.a, dst.b) IN (SELECT a, b FROM
    // source …), not an EXISTS per target row that would derive every source row's value again for each one
    // (quadratic: hours for Keto's thousands of tuples on SQLite, whose derived UUID is SQL arithmetic); a NULL in
    // the set is no match, as with =. Otherwise an EXISTS, which the source's indexes answer.
    const found = given.map(({ copy, columns, conditions }) => {
      if (!columns.some((x) => copy.values[x] && ('derived_uuid' in copy.values[x] || 'derived_id' in copy.values[x]))) {
        return sql`EXISTS (SELECT 1 FROM ${d.syntax.table(copy.from)} AS src WHERE ${joinSql([...conditions, match(d, copy, before, params, columns, 'dst')], ' AND ')})`;
      }
      // A value the same for every source row (a literal, a parameter, the column's default) is compared with = as
      // in the EXISTS: in a subquery's select list PostgreSQL would type a literal as text, and uuid = text fails.
      const fixed = columns.filter((x) => !copy.values[x] || 'literal' in copy.values[x] || 'param' in copy.values[x]);
      const varying = columns.filter((x) => !fixed.includes(x));
      const sets = givenValues(d, copy, before, params, varying, true).map(
        (values) => sql`SELECT ${joinSql(values, ', ')} FROM ${d.syntax.table(copy.from)} AS src${conditions.length ? sql` WHERE ${joinSql(conditions, ' AND ')}` : sql``}`,
      );
      const inSet = sql`COALESCE((${joinSql(varying.map((x) => sql`dst.${d.syntax.ident(x)}`), ', ')}) IN (${joinSql(sets, ' UNION ALL ')}), FALSE)`;
      return fixed.length ? sql`(${match(d, copy, before, params, fixed, 'dst')} AND ${inSet})` : inSet;
    });
    const others = sql`NOT EXISTS (SELECT 1 FROM ${d.syntax.table(op.table)} AS dst WHERE NOT (${joinSql(found, ' OR ')}))`;
    // The stop names the first of those rows by the table's primary key.
    const rows = sql`SELECT ${joinSql(key.map((c, i) => sql`dst.${d.syntax.ident(c)} AS ${Sql.verbatim(`k${i + 1}`)}`), ', ')} FROM ${d.syntax.table(op.table)} AS dst WHERE NOT (${joinSql(found, ' OR ')})`;
    const stopDetail = { label: `the first of them by ${key.length > 1 ? `(${key.join(', ')})` : key[0]}`, names: d.guards.firstKeys(rows, key.length) };
    return [{ bodies: [], effects: [], condition: { kind: 'sql', sql: others }, stop: op.message, stopDetail }];
  },
};

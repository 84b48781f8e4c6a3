// refuse_uncopied: the first check of a rollback that drops a table its plan created and filled by copies (no plan
// step names it). The rollback drops the table with every row in it; rows the copies wrote come back from their
// sources, but a row written since the upgrade (Keto v0.7's new tuples) would be lost without a word. The check stops
// the rollback, before any change, when the table holds a row that none of the plan's copies into it gives.
// It reads the source once per row of the table: through the source's columns that hold one value by then (the
// plan's rollback_only_values, pinnedSourceColumns in src/compile/compile.ts), so that an index beginning with them
// serves each read (SuperTokens 6.0 → 5.0, the check of app_id_to_user_id: MariaDB 10,000 users 6.8 s → 0.02 s,
// PostgreSQL without statistics 100,000 users 276 s → 0.9 s; bench/RESULTS.md, stop 35). The stop names the first
// three of the rows it found by the table's primary key (DialectGuards.firstKeys).
import { findTable } from '../model/model.js';
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
    // Where a key value is derived (a hash the engine computes per row, no index finds it), the rows as one set per
    // copy that the engine computes once, (dst.a, dst.b) IN (SELECT a, b FROM source …), not an EXISTS per target row
    // that would derive every source row's value again for each one (quadratic: hours for Keto's thousands of tuples
    // on SQLite, whose derived UUID is SQL arithmetic); a NULL in the set is no match, as with =. Otherwise an EXISTS,
    // which the source's indexes answer.
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
      if (!columns.some((x) => copy.values[x] && ('derived_uuid' in copy.values[x] || 'derived_id' in copy.values[x]))) {
        return sql`EXISTS (SELECT 1 FROM ${d.syntax.table(c.from)} AS src WHERE ${joinSql([...conditions, match(d, copy, before, params, columns, 'dst')], ' AND ')})`;
      }
      // A derived key value: the set form (above).
      // A value the same for every source row (a literal, a parameter, the column's default) is compared with = as
      // in the EXISTS: in a subquery's select list PostgreSQL would type a literal as text, and uuid = text fails.
      const fixed = columns.filter((x) => !copy.values[x] || 'literal' in copy.values[x] || 'param' in copy.values[x]);
      const varying = columns.filter((x) => !fixed.includes(x));
      const sets = givenValues(d, copy, before, params, varying, true).map(
        (values) => sql`SELECT ${joinSql(values, ', ')} FROM ${d.syntax.table(c.from)} AS src${conditions.length ? sql` WHERE ${joinSql(conditions, ' AND ')}` : sql``}`,
      );
      const inSet = sql`COALESCE((${joinSql(varying.map((x) => sql`dst.${d.syntax.ident(x)}`), ', ')}) IN (${joinSql(sets, ' UNION ALL ')}), FALSE)`;
      return fixed.length ? sql`(${match(d, copy, before, params, fixed, 'dst')} AND ${inSet})` : inSet;
    });
    const others = sql`NOT EXISTS (SELECT 1 FROM ${d.syntax.table(op.table)} AS dst WHERE NOT (${joinSql(given, ' OR ')}))`;
    // The stop names the first of those rows by the table's primary key.
    const key = into.primaryKey!.columns;
    const rows = sql`SELECT ${joinSql(key.map((c, i) => sql`dst.${d.syntax.ident(c)} AS ${Sql.verbatim(`k${i + 1}`)}`), ', ')} FROM ${d.syntax.table(op.table)} AS dst WHERE NOT (${joinSql(given, ' OR ')})`;
    const stopDetail = { label: `the first of them by ${key.length > 1 ? `(${key.join(', ')})` : key[0]}`, names: d.guards.firstKeys(rows, key.length) };
    return [{ bodies: [], effects: [], condition: { kind: 'sql', sql: others }, stop: op.message, stopDetail }];
  },
};

// refuse_uncopied: the first check of a rollback that drops a table its plan created and filled by copies (no plan
// step names it). The rollback drops the table with every row in it; rows the copies wrote come back from their
// sources, but a row written since the upgrade (Keto v0.7's new tuples) would be lost without a word. The check stops
// the rollback, before any change, when the table holds a row that none of the plan's copies into it gives.
import { findTable } from '../model/model.js';
import { joinSql, sql } from '../compile/sql.js';
import { givenValues, match } from './copy_rows.js';
import { copiedRowsSql } from './render.js';
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
      const copy = { kind: 'copy_rows' as const, ...c };
      if (!columns.some((x) => c.values[x] && ('derived_uuid' in c.values[x] || 'derived_id' in c.values[x]))) {
        return sql`EXISTS (SELECT 1 FROM ${d.syntax.table(c.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}${match(d, copy, before, params, columns, 'dst')})`;
      }
      // A value the same for every source row (a literal, a parameter, the column's default) is compared with = as
      // in the EXISTS: in a subquery's select list PostgreSQL would type a literal as text, and uuid = text fails.
      const fixed = columns.filter((x) => !c.values[x] || 'literal' in c.values[x] || 'param' in c.values[x]);
      const varying = columns.filter((x) => !fixed.includes(x));
      const sets = givenValues(d, copy, before, params, varying, true).map(
        (values) => sql`SELECT ${joinSql(values, ', ')} FROM ${d.syntax.table(c.from)} AS src${where ? sql` WHERE ${where}` : sql``}`,
      );
      const inSet = sql`COALESCE((${joinSql(varying.map((x) => sql`dst.${d.syntax.ident(x)}`), ', ')}) IN (${joinSql(sets, ' UNION ALL ')}), FALSE)`;
      return fixed.length ? sql`(${match(d, copy, before, params, fixed, 'dst')} AND ${inSet})` : inSet;
    });
    const others = sql`NOT EXISTS (SELECT 1 FROM ${d.syntax.table(op.table)} AS dst WHERE NOT (${joinSql(given, ' OR ')}))`;
    return [{ bodies: [], effects: [], condition: { kind: 'sql', sql: others }, stop: op.message }];
  },
};

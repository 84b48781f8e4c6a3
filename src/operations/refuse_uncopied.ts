// refuse_uncopied: the first check of a rollback that drops a table its plan created and filled by copies (no plan
// step names it). The rollback drops the table with every row in it; rows the copies wrote come back from their
// sources, but a row written since the upgrade (Keto v0.7's new tuples) would be lost without a word. The check stops
// the rollback, before any change, when the table holds a row that none of the plan's copies into it gives.
import { findTable } from '../model/model.js';
import { joinSql, sql } from '../compile/sql.js';
import { match } from './copy_rows.js';
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
    const given = op.copies.map((c) => {
      const columns = [...new Set([...(c.key ?? []), ...into.primaryKey!.columns])];
      const where = copiedRowsSql(d, c, 'src', params);
      return sql`EXISTS (SELECT 1 FROM ${d.syntax.table(c.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}${match(d, { kind: 'copy_rows', ...c }, before, params, columns, 'dst')})`;
    });
    const others = sql`NOT EXISTS (SELECT 1 FROM ${d.syntax.table(op.table)} AS dst WHERE NOT (${joinSql(given, ' OR ')}))`;
    return [{ bodies: [], effects: [], condition: { kind: 'sql', sql: others }, stop: op.message }];
  },
};

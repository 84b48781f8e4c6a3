// delete_copied: the undo of a copy_rows that names a key (no plan step names it): the target rows whose primary key
// and key have the values the copy gives a source row, i.e. the rows the copy made. A row that was there before the
// copy under the same key but another primary key (an organization a product made with a random id) is left alone.
import { findTable } from '../model/model.js';
import { sql } from '../compile/sql.js';
import { match } from './copy_rows.js';
import { copiedRowsSql, deleteActions, renderKit } from './render.js';
import type { Operation } from './types.js';

export const deleteCopied: Operation<'delete_copied'> = {
  kind: 'delete_copied',
  apply: (_d, m) => m,
  inverse: (op) => ({ irreversible: `rows deleted from ${op.into} cannot be restored` }),
  rename: (op, n) => ({ ...op, into: n.table(op.into), from: n.table(op.from) }),
  describe: (op) => `delete the rows copied from ${op.from} into ${op.into}`,
  render(d, op, before, after, params) {
    const { body } = renderKit(d, before, after);
    const into = findTable(before, op.into)!;
    // The key first (the planner's cheap equalities), then the primary key: the id the copy derived.
    const columns = [...new Set([...op.key, ...into.primaryKey!.columns])];
    const m = match(d, op, before, params, columns, d.syntax.table(op.into).text);
    const where = copiedRowsSql(d, op, 'src', params);
    const copied = sql`EXISTS (SELECT 1 FROM ${d.syntax.table(op.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}${m})`;
    const actions = deleteActions(d, before, op.into, (alias) => {
      const mine = match(d, op, before, params, columns, alias);
      return sql`EXISTS (SELECT 1 FROM ${d.syntax.table(op.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}${mine})`;
    });
    return [{ bodies: [...actions, body('delete_copied', { into: op.into, copied })], effects: [], condition: { kind: 'sql', sql: sql`EXISTS (SELECT 1 FROM ${d.syntax.table(op.into)} WHERE ${copied})` } }];
  },
};

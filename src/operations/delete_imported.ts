// delete_imported: the undo of an import_rows (no plan step names it): the rows of the target whose primary key the
// import's record holds, i.e. the rows the import made, and no other (a row that was there before, under a key the
// import could not use, stays).
import { findTable } from '../model/model.js';
import { joinSql, sql, Sql } from '../compile/sql.js';
import { deleteActions, renderKit } from './render.js';
import type { Operation } from './types.js';

export const deleteImported: Operation<'delete_imported'> = {
  kind: 'delete_imported',
  apply: (_d, m) => m,
  inverse: (op) => ({ irreversible: `rows deleted from ${op.into} cannot be restored` }),
  rename: (op, n) => ({ ...op, into: n.table(op.into), record: n.table(op.record) }),
  describe: (op) => `delete the rows ${op.record} records from ${op.into}`,
  render(d, op, before, after) {
    const { body } = renderKit(d, before, after);
    const s = d.syntax;
    const pk = findTable(before, op.into)!.primaryKey!.columns;
    const recorded = (alias: string) => sql`EXISTS (SELECT 1 FROM ${s.table(op.record)} AS rec WHERE ${joinSql(pk.map((c) => sql`rec.${s.ident(c)} = ${Sql.verbatim(alias)}.${s.ident(c)}`), ' AND ')})`;
    const target = s.table(op.into).text;
    const actions = deleteActions(d, before, op.into, recorded);
    return [{ bodies: [...actions, body('delete_copied', { into: op.into, copied: recorded(target) })], effects: [], condition: { kind: 'sql', sql: sql`EXISTS (SELECT 1 FROM ${s.table(op.into)} WHERE ${recorded(target)})` } }];
  },
};

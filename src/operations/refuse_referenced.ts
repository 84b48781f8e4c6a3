// refuse_referenced: a first check of a rollback whose step deletes rows (delete_copied: the rows an upgrade's copy
// made) from a table that another table references with ON DELETE CASCADE, SET NULL or SET DEFAULT (no plan step
// names it; src/compile/cascades.ts finds the foreign keys in the model). The rows that reference the rows it deletes
// were written since the upgrade, by the application (AuthHero 11.21's memberships in user_organizations and
// organization_connections, on the organizations the upgrade copied from the tenants): the delete would take them
// with it (or empty their columns) without a word. The check stops the rollback, before any change, while there are
// any, naming the first three by the referencing table's key (DialectGuards.firstKeys), as refuse_uncopied does.
import { findTable } from '../model/model.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { match } from './copy_rows.js';
import { copiedRowsSql, rowKey } from './render.js';
import type { Operation } from './types.js';

export const refuseReferenced: Operation<'refuse_referenced'> = {
  kind: 'refuse_referenced',
  apply: (_d, m) => m,
  inverse: () => ({ ops: [] }),
  rename: (op, n) => ({ ...op, del: { ...op.del, into: n.table(op.del.into), from: n.table(op.del.from) }, edge: { ...op.edge, table: n.table(op.edge.table), refTable: n.table(op.edge.refTable) } }),
  describe: (op) => `check that no row of ${op.edge.table} references the rows copied from ${op.del.from} into ${op.del.into}`,
  render(d, op, before, _after, params) {
    const s = d.syntax;
    const del = { kind: 'delete_copied' as const, ...op.del };
    const into = findTable(before, del.into)!;
    const child = findTable(before, op.edge.table)!;
    // The rows the delete takes (as delete_copied selects them), as `p`; the rows that reference one of them, as `c`.
    const columns = [...new Set([...del.key, ...into.primaryKey!.columns])];
    const where = copiedRowsSql(d, del, 'src', params);
    const copied = sql`EXISTS (SELECT 1 FROM ${s.table(del.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}${match(d, del, before, params, columns, 'p')})`;
    const refs = joinSql(op.edge.columns.map((c, i) => sql`c.${s.ident(c)} = p.${s.ident(op.edge.refColumns[i])}`), ' AND ');
    const referencing = sql`FROM ${s.table(op.edge.table)} AS c WHERE EXISTS (SELECT 1 FROM ${s.table(del.into)} AS p WHERE ${refs} AND ${copied})`;
    // The stop names the first of them by the referencing table's key (all its columns where it has none).
    const key = rowKey(child) ?? child.columns.map((c) => c.name);
    const rows = sql`SELECT ${joinSql(key.map((c, i) => sql`c.${s.ident(c)} AS ${Sql.verbatim(`k${i + 1}`)}`), ', ')} ${referencing}`;
    const stopDetail = { label: `the first of them by ${key.length > 1 ? `(${key.join(', ')})` : key[0]}`, names: d.guards.firstKeys(rows, key.length) };
    return [{ bodies: [], effects: [], condition: { kind: 'sql', sql: sql`NOT EXISTS (SELECT 1 ${referencing})` }, stop: op.message, stopDetail }];
  },
};

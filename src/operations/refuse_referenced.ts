// refuse_referenced: a first check of a rollback whose step deletes rows (delete_copied: the rows an upgrade's copy
// made; delete_imported, delete_rows: an import's, an insert's; delete_where: those a where matches) from a table that another table references with ON DELETE CASCADE, SET NULL or SET DEFAULT (no plan step
// names it; src/compile/cascades.ts finds the foreign keys in the model). The rows that reference the rows it deletes
// were written since the upgrade, by the application (AuthHero 11.21's memberships in user_organizations and
// organization_connections, on the organizations the upgrade copied from the tenants): the delete would take them
// with it (or empty their columns) without a word. The check stops the rollback, before any change, while there are
// any, naming the first three by the referencing table's key (DialectGuards.firstKeys), as refuse_uncopied does.
import { defaultAsValue, findColumn, findTable, type Model } from '../model/model.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { deletedTable, type Deletion } from '../compile/cascades.js';
import type { Dialect } from '../dialects/dialect.js';
import type { ParamValues } from './types.js';
import { match } from './copy_rows.js';
import { copiedRowsSql, keyMatch, rowKey, textColumnOf, whereSql } from './render.js';
import type { Operation } from './types.js';

/**
 * The rows of the deleted table, as `alias`, that `del` deletes: as delete_copied, delete_imported, delete_where
 * (whereSql) and delete_rows (their keys) select them.
 */
function taken(d: Dialect, del: Deletion, before: Model, params: ParamValues, alias: string): Sql {
  const s = d.syntax;
  switch (del.kind) {
    case 'delete_copied': {
      const into = findTable(before, del.into)!;
      const columns = [...new Set([...del.key, ...into.primaryKey!.columns])];
      const where = copiedRowsSql(d, del, 'src', params);
      return sql`EXISTS (SELECT 1 FROM ${s.table(del.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}${match(d, del, before, params, columns, alias)})`;
    }
    case 'delete_imported': {
      const pk = findTable(before, del.into)!.primaryKey!.columns;
      return sql`EXISTS (SELECT 1 FROM ${s.table(del.record)} AS rec WHERE ${joinSql(pk.map((c) => sql`rec.${s.ident(c)} = ${Sql.verbatim(alias)}.${s.ident(c)}`), ' AND ')})`;
    }
    case 'delete_where':
      return whereSql(d, del.where, alias, params, textColumnOf(d, findTable(before, del.table)))!;
    case 'delete_rows': {
      const t = findTable(before, del.table)!;
      const rows = del.rows.map((r) => sql`(${keyMatch(d, t, (c) => s.literal(c in r ? r[c] : defaultAsValue(findColumn(t, c)!)), alias)})`);
      return sql`(${joinSql(rows, ' OR ')})`;
    }
  }
}

export const refuseReferenced: Operation<'refuse_referenced'> = {
  kind: 'refuse_referenced',
  apply: (_d, m) => m,
  inverse: () => ({ ops: [] }),
  rename: (op, n) => ({ ...op, del: renameDeletion(op.del, n), edge: { ...op.edge, table: n.table(op.edge.table), refTable: n.table(op.edge.refTable) } }),
  describe: (op) => `check that no row of ${op.edge.table} references the rows ${op.del.kind === 'delete_copied' ? `copied from ${op.del.from} into ${op.del.into}` : `this rollback deletes from ${deletedTable(op.del)}`}`,
  render(d, op, before, _after, params) {
    const s = d.syntax;
    const into = deletedTable(op.del);
    const child = findTable(before, op.edge.table)!;
    // The rows the delete takes, as `p`; the rows that reference one of them, as `c`.
    const refs = joinSql(op.edge.columns.map((c, i) => sql`c.${s.ident(c)} = p.${s.ident(op.edge.refColumns[i])}`), ' AND ');
    const referencing = sql`FROM ${s.table(op.edge.table)} AS c WHERE EXISTS (SELECT 1 FROM ${s.table(into)} AS p WHERE ${refs} AND ${taken(d, op.del, before, params, 'p')})`;
    // The stop names the first of them by the referencing table's key (all its columns where it has none).
    const key = rowKey(child) ?? child.columns.map((c) => c.name);
    const rows = sql`SELECT ${joinSql(key.map((c, i) => sql`c.${s.ident(c)} AS ${Sql.verbatim(`k${i + 1}`)}`), ', ')} ${referencing}`;
    const stopDetail = { label: `the first of them by ${key.length > 1 ? `(${key.join(', ')})` : key[0]}`, names: d.guards.firstKeys(rows, key.length) };
    return [{ bodies: [], effects: [], condition: { kind: 'sql', sql: sql`NOT EXISTS (SELECT 1 ${referencing})` }, stop: op.message, stopDetail }];
  },
};

/** `del` with the physical names of `n`. */
function renameDeletion(del: Deletion, n: Parameters<Operation<'refuse_referenced'>['rename']>[1]): Deletion {
  switch (del.kind) {
    case 'delete_copied':
      return { ...del, into: n.table(del.into), from: n.table(del.from) };
    case 'delete_imported':
      return { ...del, into: n.table(del.into), record: n.table(del.record) };
    case 'delete_where':
    case 'delete_rows':
      return { ...del, table: n.table(del.table) };
  }
}

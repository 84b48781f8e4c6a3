// refuse_deleted: the mirror of refuse_uncopied, a first check of a rollback past a copy whose source the older version
// reads again (copy_rows refuse_deleted_on_rollback: Keto's legacy tuple tables, kept as they were by the move). A row
// the copy wrote and the newer version deleted since (a revoked Keto permission) is gone from the target, but its
// source row is still there: after the rollback the older version would read it again, the deletion undone without
// a word. The check stops the rollback, before any change, when a source row the copy copied (its filter: rows it
// skipped as invalid do not count) has no row in the target with the key the copy gives it, naming the first few.
import { findTable } from '../model/model.js';
import { joinSql, sql, type Sql } from '../compile/sql.js';
import { givenValues } from './copy_rows.js';
import { copiedRowsSql } from './render.js';
import type { Operation } from './types.js';

/** How many source rows the stop message names. */
const NAMED = 3;

export const refuseDeleted: Operation<'refuse_deleted'> = {
  kind: 'refuse_deleted',
  apply: (_d, m) => m,
  inverse: () => ({ ops: [] }),
  rename: (op, n) => ({ ...op, copy: { ...op.copy, into: n.table(op.copy.into), from: n.table(op.copy.from) } }),
  describe: (op) => `check that ${op.copy.into} still holds every row copied from ${op.copy.from}`,
  render(d, op, before, _after, params) {
    const c = op.copy;
    const into = findTable(before, c.into)!;
    const from = findTable(before, c.from)!;
    const copy = { kind: 'copy_rows' as const, ...c };
    // The target's row a source row gives is found by the copy's key (its `key`, else the target's primary key: as
    // copy_rows' match() finds it; by the primary key alone, a source row whose key the target held already under
    // another primary key, which the copy never copied, counted as deleted), each value as the copy derives it from
    // the source row (and as earlier releases derived it, givenValues `earlier`): one EXISTS per scheme, each a lookup
    // the key's index answers, so the check reads each source row once (linear, not a scan per row).
    const columns = c.key ?? into.primaryKey!.columns;
    const present = givenValues(d, copy, before, params, columns, true).map(
      (values) => sql`EXISTS (SELECT 1 FROM ${d.syntax.table(c.into)} AS dst WHERE ${joinSql(columns.map((x, i) => sql`dst.${d.syntax.ident(x)} = ${values[i]}`), ' AND ')})`,
    );
    const where = copiedRowsSql(d, c, 'src', params);
    const gone = sql`FROM ${d.syntax.table(c.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}NOT (${joinSql(present, ' OR ')})`;
    // Each row named by the source's primary key (all its columns where it has none), as (v1, v2, …).
    const key = from.primaryKey?.columns ?? from.columns.map((x) => x.name);
    const parts: Sql[] = [d.syntax.literal('(')];
    key.forEach((x, i) => {
      if (i) parts.push(d.syntax.literal(', '));
      parts.push(d.syntax.coalesce([d.syntax.asText(sql`src.${d.syntax.ident(x)}`), d.syntax.literal('NULL')]));
    });
    parts.push(d.syntax.literal(')'));
    return [
      {
        bodies: [],
        effects: [],
        condition: { kind: 'sql', sql: sql`NOT EXISTS (SELECT 1 ${gone})` },
        stop: op.message,
        stopDetail: { label: `the first of them by (${key.join(', ')})`, names: d.guards.firstRows(d.syntax.concat(parts), gone, NAMED) },
      },
    ];
  },
};

// refuse_deleted: the mirror of refuse_uncopied, a first check of a rollback past a copy whose source the older version
// reads again (copy_rows refuse_deleted_on_rollback: Keto's legacy tuple tables, kept as they were by the move). A row
// the copy wrote and the newer version deleted since (a revoked Keto permission) is gone from the target, but its
// source row is still there: after the rollback the older version would read it again, the deletion undone without
// a word. The check stops the rollback, before any change, when a source row the copy copied (its filter: rows it
// skipped as invalid do not count) has no row in the target with the key the copy gives it, naming the first few.
// Where the dialect compares key sets (DialectRules.compareKeySets: PostgreSQL) the source's keys and the target's
// are grouped as one set, whose cost does not depend on the engine's statistics (Keto 0.7 → 0.6, 10,000 tuples,
// PostgreSQL without statistics: 154 s → 0.2 s; bench/RESULTS.md, stop 36); elsewhere one lookup per source row.
import { findTable } from '../model/model.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
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
    // the source row (and as earlier releases derived it, givenValues `earlier`).
    const columns = c.key ?? into.primaryKey!.columns;
    const schemes = givenValues(d, copy, before, params, columns, true);
    const where = copiedRowsSql(d, c, 'src', params);
    // Each row named by the source's primary key (all its columns where it has none), as (v1, v2, …).
    const key = from.primaryKey?.columns ?? from.columns.map((x) => x.name);
    const parts: Sql[] = [d.syntax.literal('(')];
    key.forEach((x, i) => {
      if (i) parts.push(d.syntax.literal(', '));
      parts.push(d.syntax.quotedText(sql`src.${d.syntax.ident(x)}`));
    });
    parts.push(d.syntax.literal(')'));
    const name = d.syntax.concat(parts);
    // The target's columns whose value is the same for every source row (a literal, a parameter, the column's
    // default) are compared with that value on the target's side; the others are the key the two sets share.
    const fixed = columns.filter((x) => !c.values[x] || 'literal' in c.values[x] || 'param' in c.values[x]);
    const varying = columns.filter((x) => !fixed.includes(x));
    let gone: Sql;
    let item: Sql;
    // (grouping puts NULL keys together, where = meets none: the set form only for key columns that hold no NULL)
    if (d.rules.compareKeySets && schemes.length === 1 && varying.length && varying.every((x) => into.columns.find((col) => col.name === x)?.nullable === false)) {
      // The source's keys and the target's as one set each (DialectRules.compareKeySets): every row of both,
      // tagged 1 (source) or 0 (target), grouped by key; a key only source rows have (MIN of the tag is 1) is a
      // row the target no longer has. The engine hashes or sorts the rows once, whatever its statistics say
      // (an anti join, the lookup per row below, was a nested loop over the whole target per source row on
      // PostgreSQL without statistics: Keto 10,000 tuples, 154 s; bench/RESULTS.md, stop 36). The target's primary
      // key columns hold no NULL, so a source key with a NULL meets no target row, as with = in the lookup.
      const values = schemes[0];
      const keys = varying.map((_x, i) => Sql.verbatim(`plan_k${i + 1}`));
      const srcValues = varying.map((x, i) => sql`${values[columns.indexOf(x)]} AS ${keys[i]}`);
      const dstValues = varying.map((x) => sql`dst.${d.syntax.ident(x)}`);
      const dstWhere = fixed.map((x) => sql`dst.${d.syntax.ident(x)} = ${values[columns.indexOf(x)]}`);
      const both = sql`SELECT ${joinSql(srcValues, ', ')}, 1 AS plan_in_source, ${name} AS plan_row FROM ${d.syntax.table(c.from)} AS src${where ? sql` WHERE ${where}` : sql``} UNION ALL SELECT ${joinSql(dstValues, ', ')}, 0, NULL FROM ${d.syntax.table(c.into)} AS dst${dstWhere.length ? sql` WHERE ${joinSql(dstWhere, ' AND ')}` : sql``}`;
      gone = sql`FROM (SELECT MIN(plan_keys.plan_row) AS plan_row FROM (${both}) AS plan_keys GROUP BY ${joinSql(keys.map((k) => sql`plan_keys.${k}`), ', ')} HAVING MIN(plan_keys.plan_in_source) = 1) AS src`;
      item = sql`src.plan_row`;
    } else {
      // The target's row a source row gives is found by the target's primary key, each value as the copy derives it
      // from the source row (and as earlier releases derived it, givenValues `earlier`): one EXISTS per scheme, each
      // a lookup the primary key's index answers, so the check reads each source row once (linear, not a scan per row).
      const present = schemes.map(
        (values) => sql`EXISTS (SELECT 1 FROM ${d.syntax.table(c.into)} AS dst WHERE ${joinSql(columns.map((x, i) => sql`dst.${d.syntax.ident(x)} = ${values[i]}`), ' AND ')})`,
      );
      gone = sql`FROM ${d.syntax.table(c.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}NOT (${joinSql(present, ' OR ')})`;
      item = name;
    }
    return [
      {
        bodies: [],
        effects: [],
        condition: { kind: 'sql', sql: sql`NOT EXISTS (SELECT 1 ${gone})` },
        stop: op.message,
        stopDetail: { label: `the first of them by (${key.join(', ')})`, names: d.guards.firstRows(item, gone, NAMED) },
      },
    ];
  },
};

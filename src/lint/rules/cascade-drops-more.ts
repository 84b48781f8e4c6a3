// cascade-drops-more: a step whose engine removes or changes more than the step names: a delete whose foreign keys
// cascade into other tables (ON DELETE CASCADE / SET NULL / SET DEFAULT, followed through cascades), or a drop of a
// partitioned table, whose partitions go with it, also those the plans do not know (made at run time). The rollback
// of a step counts too: the rows an insert, a copy or an import made, deleted by the rollback, cascade the same way.
import { partitionsOf, type Model } from '../../model/model.js';
import { inverseOf } from '../../operations/index.js';
import type { LintStep, Rule } from '../types.js';

/** What deleting rows of `table` does to other tables through their foreign keys' ON DELETE actions, one phrase each. */
export function deleteReaches(m: Model, table: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([table]);
  const queue = [table];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const t of m.tables) {
      for (const fk of t.foreignKeys) {
        if (fk.refTable !== parent) continue;
        if (fk.onDelete === 'CASCADE') {
          out.push(`deletes the rows of ${t.name} that reference them (${fk.name} ON DELETE CASCADE)`);
          if (!seen.has(t.name)) seen.add(t.name), queue.push(t.name);
        } else if (fk.onDelete === 'SET NULL' || fk.onDelete === 'SET DEFAULT') {
          out.push(`sets ${t.name}.${fk.columns.join(', ')} to ${fk.onDelete === 'SET NULL' ? 'NULL' : 'its default'} where they reference them (${fk.name} ON DELETE ${fk.onDelete})`);
        }
      }
    }
  }
  return out;
}

/**
 * The table a step's rollback deletes rows of, and what rows, in words: the rows an insert, a copy or an import made
 * (their derived inverses: delete_rows, delete_copied, delete_imported), or those an explicit inverse's delete_where
 * matches; none for another step.
 */
function rollbackDeletes(s: LintStep): { table: string; rows: string }[] {
  const out: { table: string; rows: string }[] = [];
  // A step's explicit inverse replaces the derived one.
  const inv = s.step.step.inverse ? { ops: [] } : inverseOf(s.op, s.before, s.after, new Set());
  for (const op of 'ops' in inv ? inv.ops : []) {
    if (op.kind === 'delete_rows') out.push({ table: op.table, rows: `the ${op.rows.length === 1 ? 'row' : 'rows'} it inserted into ${op.table}` });
    else if (op.kind === 'delete_copied') out.push({ table: op.into, rows: `the rows it copied into ${op.into}` });
    else if (op.kind === 'delete_imported') out.push({ table: op.into, rows: `the rows it imported into ${op.into}` });
  }
  // The explicit inverse's operations as the rollback resolves them: the table's name as the models hold it (a
  // table-name prefix applied), not the plan's (found by review: a prefixed product's inverse was never checked).
  for (const op of s.inverse ?? []) {
    if (op.kind === 'delete_where') out.push({ table: op.table, rows: `rows of ${op.table} (its inverse's delete_where)` });
  }
  return out.filter((x) => s.after.tables.some((t) => t.name === x.table));
}

export const cascadeDropsMore: Rule = {
  id: 'cascade-drops-more',
  severity: 'warning',
  summary: 'a step removes or changes more than it names: a delete that cascades through foreign keys, a drop of a partitioned table with its partitions',
  fix: 'name what goes with it in the plan (delete the child rows in a step of their own, drop the partitions first) or acknowledge with the reason',
  check: (p) =>
    p.steps.flatMap((s) => {
      // The rollback's deletes too (found by review: the rule looked at the upgrade alone), on the model after the
      // step, which the rollback's delete of it starts from.
      const down = rollbackDeletes(s).flatMap((x) => {
        const reach = deleteReaches(s.after, x.table);
        return reach.length ? [{ step: s, message: `rolling back, deleting ${x.rows} also ${reach.join('; ')}` }] : [];
      });
      if (s.op.kind === 'delete_where') {
        const reach = deleteReaches(s.before, s.op.table);
        return [...(reach.length ? [{ step: s, message: `deleting rows of ${s.op.table} also ${reach.join('; ')}` }] : []), ...down];
      }
      if (s.op.kind === 'drop_table' && s.before.tables.some((t) => t.name === (s.op as { name: string }).name && t.partitionBy)) {
        const known = partitionsOf(s.before, s.op.name).map((t) => t.name);
        return [{ step: s, message: `drops partitioned table ${s.op.name} with every partition of it${known.length ? ` (${known.join(', ')} and` : ' (including'} any made at run time, which the plans do not know)` }];
      }
      return down;
    }),
};

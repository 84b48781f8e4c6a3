// cascade-drops-more: a step whose engine removes or changes more than the step names: a delete whose foreign keys
// cascade into other tables (ON DELETE CASCADE / SET NULL / SET DEFAULT, followed through cascades), or a drop of a
// partitioned table, whose partitions go with it, also those the plans do not know (made at run time).
import { partitionsOf, type Model } from '../../model/model.js';
import type { Rule } from '../types.js';

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

export const cascadeDropsMore: Rule = {
  id: 'cascade-drops-more',
  severity: 'warning',
  summary: 'a step removes or changes more than it names: a delete that cascades through foreign keys, a drop of a partitioned table with its partitions',
  fix: 'name what goes with it in the plan (delete the child rows in a step of their own, drop the partitions first) or acknowledge with the reason',
  check: (p) =>
    p.steps.flatMap((s) => {
      if (s.op.kind === 'delete_where') {
        const reach = deleteReaches(s.before, s.op.table);
        return reach.length ? [{ step: s, message: `deleting rows of ${s.op.table} also ${reach.join('; ')}` }] : [];
      }
      if (s.op.kind === 'drop_table' && s.before.tables.some((t) => t.name === (s.op as { name: string }).name && t.partitionBy)) {
        const known = partitionsOf(s.before, s.op.name).map((t) => t.name);
        return [{ step: s, message: `drops partitioned table ${s.op.name} with every partition of it${known.length ? ` (${known.join(', ')} and` : ' (including'} any made at run time, which the plans do not know)` }];
      }
      return [];
    }),
};

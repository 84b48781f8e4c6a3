// table-rebuild: a change the engine's ALTER TABLE cannot make, done as a table rebuild (SQLite: new table, copy of
// every row, drop, rename, indexes again; src/operations/rebuild.ts) on a table that holds rows from before the plan.
// Reported once per table and plan, at the first step that rebuilds it, with the count of the others.
import { describe } from '../../operations/index.js';
import type { Hit, LintStep, Rule } from '../types.js';

export const tableRebuild: Rule = {
  id: 'table-rebuild',
  severity: 'warning',
  summary: 'a step is a table rebuild (new table, copy of every row, drop, rename, indexes again) of a table that exists before the plan; once per table and plan',
  fix: 'expect the time and space of a copy of the table (and of its indexes) for each rebuild; keep changes of one table together so they are rebuilt as one; then acknowledge',
  check: (p) => {
    const byTable = new Map<string, LintStep[]>();
    for (const s of p.steps) {
      for (const v of s.values) {
        const t = v.statement.rebuild?.table;
        if (t === undefined || !s.existing(t)) continue;
        const list = byTable.get(t) ?? byTable.set(t, []).get(t)!;
        if (!list.includes(s)) list.push(s);
      }
    }
    const hits: Hit[] = [];
    for (const [t, steps] of byTable) {
      const more = steps.length - 1;
      hits.push({ step: steps[0], message: `${describe(steps[0].op)} rebuilds table ${t}: ${p.dialect.script.engineName}'s ALTER TABLE cannot make this change, so every row is copied into a new table${more ? ` (${more} more step${more > 1 ? 's' : ''} of this plan rebuild${more > 1 ? '' : 's'} it too; consecutive ones are one rebuild)` : ''}` });
    }
    return hits.sort((a, b) => a.step.step.index - b.step.step.index);
  },
};

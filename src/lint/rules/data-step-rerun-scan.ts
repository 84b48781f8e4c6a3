// data-step-rerun-scan: a data step whose re-run has to read the table to find there is nothing left to do.
// A copy or a backfill keeps a row condition of its own (NOT EXISTS, IS DISTINCT FROM: src/operations/copy_rows.ts,
// update.ts, delete_where.ts), which a re-run of a finished script evaluates unless the guard the model derives
// (src/compile/guards.ts) skips the step from the catalog: it does so as soon as a later statement of the script has
// changed something the catalog shows. A data step with no such statement after it is read again on every run,
// unless the script's finished marker (src/compile/finished.ts) comes first in its condition: a re-run reads that
// row by its key and skips the step (its condition is then a conjunction, not the step's check alone).
import type { Rule } from '../types.js';

const DATA = new Set(['copy_rows', 'update', 'delete_where']);

export const dataStepRerunScan: Rule = {
  id: 'data-step-rerun-scan',
  severity: 'warning',
  summary: 'a copy, backfill or delete has no O(1) re-run guard: a second run reads the table to find nothing to do',
  fix: 'put a schema change the step makes hold after it in the same plan (a constraint, NOT NULL, an index), so the catalog tells a re-run it is done; or acknowledge the scan',
  check: (p) =>
    p.rerunStopsFirst
      ? []
      : p.steps.flatMap((s) => {
          if (!DATA.has(s.op.kind)) return [];
          const scans = s.values.some((v) => v.statement.condition?.kind === 'sql' && v.guard.kind === 'and' && v.guard.items.length === 0);
          if (!scans) return [];
          const read = s.op.kind === 'copy_rows' ? `${s.op.from} and ${s.op.into}` : (s.op as { table: string }).table;
          return [{ step: s, message: `a re-run of the finished script reads ${read} to find nothing to do: no later change of this plan tells the catalog the step is done` }];
        }),
};

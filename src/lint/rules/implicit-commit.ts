// implicit-commit: on an engine whose schema changes commit implicitly (MySQL, MariaDB: the dialect says so), a data
// step followed by a schema change in the same plan is committed by it: a failure later cannot undo its writes.
import { describe } from '../../operations/index.js';
import type { Rule } from '../types.js';

const DATA = new Set(['insert', 'copy_rows', 'update', 'delete_where']);

export const implicitCommit: Rule = {
  id: 'implicit-commit',
  severity: 'warning',
  summary: 'the engine commits implicitly at every schema change, so a data step before one in the same plan is not undone by a later failure (once per plan)',
  fix: 'keep every data step re-runnable and correct on a half-upgraded schema (a re-run resumes), or move it after the last schema change; then acknowledge',
  check: (p) => {
    if (!p.dialect.hazards.ddlCommitsImplicitly) return [];
    const ddl = (i: number) => p.steps[i].values.some((v) => v.statement.effects.length > 0);
    for (let i = 0; i < p.steps.length; i++) {
      if (!DATA.has(p.steps[i].op.kind)) continue;
      const next = p.steps.findIndex((_, j) => j > i && ddl(j));
      if (next < 0) continue;
      const later = p.steps.filter((s, j) => j > i && DATA.has(s.op.kind)).length;
      return [{ step: p.steps[i], message: `${describe(p.steps[i].op)} is committed by the next schema change (${describe(p.steps[next].op)}): ${p.dialect.script.engineName} commits at every schema change, so a failure after it cannot undo its writes${later ? ` (nor those of the ${later > 1 ? `${later} data steps` : "data step"} after it)` : ''}; a re-run resumes` }];
    }
    return [];
  },
};

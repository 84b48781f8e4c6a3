// set-not-null-scan: SET NOT NULL on a table that holds rows from before the plan: the engine reads every row (and
// MySQL rebuilds the table), as the dialect says.
import type { Rule } from '../types.js';

export const setNotNullScan: Rule = {
  id: 'set-not-null-scan',
  severity: 'warning',
  summary: 'a column of a table that exists before the plan is made NOT NULL: the engine reads (or rebuilds) the whole table',
  fix: 'expect a pass over the table while it is locked (the script stops before any change when a row holds NULL); acknowledge for a table known to be small',
  check: (p) => {
    const hz = p.dialect.hazards.setNotNull;
    if (!hz) return [];
    return p.steps.flatMap((s) => (s.op.kind === 'set_not_null' && s.existing(s.op.table) ? [{ step: s, message: `makes ${s.op.table}.${s.op.column} NOT NULL on a table with rows from before the plan: ${hz}` }] : []));
  },
};

// drop-table: a table that holds rows from before the plan is dropped, and its rows with it.
import type { Rule } from '../types.js';

export const dropTable: Rule = {
  id: 'drop-table',
  severity: 'warning',
  summary: 'a table that exists before the plan is dropped, with every row it holds',
  fix: 'make sure nothing reads the table any more and its rows are kept elsewhere (the backup), then acknowledge with the reason',
  check: (p) =>
    p.steps.flatMap((s) => (s.op.kind === 'drop_table' && s.existing(s.op.name) ? [{ step: s, message: `drops table ${s.op.name} with every row it holds` }] : [])),
};

// data-deletion: rows of a table from before the plan are deleted.
import { describe } from '../../operations/index.js';
import type { Rule } from '../types.js';

export const dataDeletion: Rule = {
  id: 'data-deletion',
  severity: 'warning',
  summary: 'rows of a table that exists before the plan are deleted (delete_where)',
  fix: 'make sure the rows are not needed (or kept: the backup), give the step the inverse that restores what can be restored, then acknowledge with the reason',
  check: (p) => p.steps.flatMap((s) => (s.op.kind === 'delete_where' && s.existing(s.op.table) ? [{ step: s, message: `${describe(s.op)}: what it deletes cannot come back` }] : [])),
};

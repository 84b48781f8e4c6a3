// drop-column: a column of a table from before the plan is dropped, and its values with it.
import type { Rule } from '../types.js';

export const dropColumn: Rule = {
  id: 'drop-column',
  severity: 'warning',
  summary: 'a column that exists before the plan is dropped, with its values (drop_column, drop_leftover_column)',
  fix: 'make sure no version that may still run reads the column and its values are kept elsewhere (the backup), then acknowledge with the reason',
  check: (p) =>
    p.steps.flatMap((s) => {
      if (s.op.kind === 'drop_column' && s.existing(s.op.table) && !s.createdHere(s.op.table, s.op.column)) return [{ step: s, message: `drops column ${s.op.table}.${s.op.column} with its values` }];
      if (s.op.kind === 'drop_leftover_column' && s.existing(s.op.table)) return [{ step: s, message: `drops leftover column ${s.op.table}.${s.op.column.name} with its values, where a database holds it` }];
      return [];
    }),
};

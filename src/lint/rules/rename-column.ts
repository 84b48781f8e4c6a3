// rename-column: a column of a table from before the plan gets a new name; whatever names the old one breaks.
import type { Rule } from '../types.js';

export const renameColumn: Rule = {
  id: 'rename-column',
  severity: 'warning',
  summary: 'a column that exists before the plan is renamed: SQL outside the product that names the old column (reports, jobs, other applications, views and routines) stops working',
  fix: 'find what reads the column by its old name outside the product and change it with the upgrade, then acknowledge with the reason',
  check: (p) =>
    p.steps.flatMap((s) =>
      s.op.kind === 'rename_column' && s.existing(s.op.table) && !s.createdHere(s.op.table, s.op.from)
        ? [{ step: s, message: `renames column ${s.op.table}.${s.op.from} to ${s.op.to}: what names ${s.op.from} outside the product stops working` }]
        : [],
    ),
};

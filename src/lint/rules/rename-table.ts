// rename-table: a table from before the plan gets a new name; whatever names the old one breaks.
import type { Rule } from '../types.js';

export const renameTable: Rule = {
  id: 'rename-table',
  severity: 'warning',
  summary: 'a table that exists before the plan is renamed: SQL outside the product that names the old table (reports, jobs, other applications, views and routines) stops working',
  fix: 'find what reads the table by its old name outside the product and change it with the upgrade, then acknowledge with the reason',
  check: (p) =>
    p.steps.flatMap((s) => (s.op.kind === 'rename_table' && s.existing(s.op.from) ? [{ step: s, message: `renames table ${s.op.from} to ${s.op.to}: what names ${s.op.from} outside the product stops working` }] : [])),
};

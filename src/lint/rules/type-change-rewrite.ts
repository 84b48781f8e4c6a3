// type-change-rewrite: a column type change on a table that holds rows from before the plan that the engine cannot
// make in its catalog alone (the dialect says which: PostgreSQL binary-coercible changes, MySQL in-place ones).
import { findColumn, findTable } from '../../model/model.js';
import type { Rule } from '../types.js';

export const typeChangeRewrite: Rule = {
  id: 'type-change-rewrite',
  severity: 'warning',
  summary: 'a column type change on a table that exists before the plan rewrites or copies the table (not a catalog-only change)',
  fix: 'prefer a change the engine makes in its catalog (widening a varchar); otherwise expect a rewrite of the table while it is locked, and acknowledge',
  check: (p) => {
    const typeChange = p.dialect.hazards.typeChange;
    if (!typeChange) return [];
    return p.steps.flatMap((s) => {
      if (s.op.kind !== 'alter_column_type' || !s.existing(s.op.table)) return [];
      const from = findColumn(findTable(s.before, s.op.table)!, s.op.column)?.type;
      const words = from === undefined ? undefined : typeChange(from, s.op.type, p.bytesPerCharacter);
      return words ? [{ step: s, message: `changes ${s.op.table}.${s.op.column} from ${from} to ${s.op.type}: ${words}` }] : [];
    });
  },
};

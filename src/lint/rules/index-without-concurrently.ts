// index-without-concurrently: an index built or dropped on a table that holds rows from before the plan, without the
// form that leaves writes going on, where the dialect has one (PostgreSQL CONCURRENTLY: steps' concurrently: true).
import type { Rule } from '../types.js';

export const indexWithoutConcurrently: Rule = {
  id: 'index-without-concurrently',
  severity: 'warning',
  summary: 'an index is built or dropped without concurrently: true on a table that exists before the plan, where the engine has a concurrent form (PostgreSQL)',
  fix: 'add concurrently: true to the step (it then runs outside the transaction, in a part of its own); acknowledge for a table known to be small',
  check: (p) => {
    const hz = p.dialect.hazards.indexWithoutConcurrently;
    if (!hz) return [];
    return p.steps.flatMap((s) => {
      const op = s.op;
      if ((op.kind !== 'create_index' && op.kind !== 'drop_index' && op.kind !== 'replace_index') || op.concurrently || !s.existing(op.table)) return [];
      const name = op.kind === 'drop_index' ? op.name : op.index.name;
      const what = op.kind === 'create_index' ? `builds index ${name}` : op.kind === 'drop_index' ? `drops index ${name}` : `drops and builds index ${name} again`;
      const lock = op.kind === 'create_index' ? hz.build : op.kind === 'drop_index' ? hz.drop : `${hz.drop}, then ${hz.build}`;
      return [{ step: s, message: `${what} on ${op.table}, which holds rows from before the plan, without concurrently: ${lock}` }];
    });
  },
};

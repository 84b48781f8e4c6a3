// raw-sql-no-inverse: raw SQL without an inverse: the rollback through it is refused.
import type { Rule } from '../types.js';

export const rawSqlNoInverse: Rule = {
  id: 'raw-sql-no-inverse',
  severity: 'warning',
  summary: 'a raw_sql step states no inverse (nor inverse steps): the rollback of its plan is refused',
  fix: 'give the step inverse: per dialect (SQL that undoes it) or inverse steps; acknowledge only when there is no way back',
  check: (p) =>
    p.steps.flatMap((s) =>
      s.op.kind === 'raw_sql' && s.op.inverseSql === undefined && s.step.step.inverse === undefined
        ? [{ step: s, message: `raw SQL "${s.op.description}" states no inverse: ${s.step.step.irreversible !== undefined ? `the rollback is refused (irreversible: ${s.step.step.irreversible.replace(/\s+/g, ' ').trim()})` : 'the rollback cannot be compiled'}` }]
        : [],
    ),
};

// raw-sql-unguarded: raw SQL that runs on every run of the script: the compiler cannot make its re-run safe.
import type { Rule } from '../types.js';

export const rawSqlUnguarded: Rule = {
  id: 'raw-sql-unguarded',
  severity: 'error',
  summary: 'a raw_sql step without a guard runs again on every run of the script: the compiler cannot guarantee a re-run changes nothing',
  fix: 'give the step a guard (per dialect, a condition TRUE while it still has to run) or write it with operations; acknowledge only SQL that is safe to repeat',
  check: (p) =>
    p.steps.flatMap((s) => (s.op.kind === 'raw_sql' && s.op.guard === undefined ? [{ step: s, message: `raw SQL "${s.op.description}" runs on every run of the script (unguarded: ${s.op.unguarded ?? 'no reason given'})` }] : [])),
};

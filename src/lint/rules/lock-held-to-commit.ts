// lock-held-to-commit: in a script that is one transaction, a lock that blocks reads of a table that exists before
// the plan, taken early and held until COMMIT across many statements after it. Read off the script's lock summary
// (src/compile/locks.ts ScriptLocks.summary: per transaction and table the strongest lock and the statement that takes
// it), which only dialects whose locks last to COMMIT give (PostgreSQL).
import type { Rule } from '../types.js';

/** Statements after the one that takes the lock, in the same transaction, from which the rule speaks. */
export const MANY_STATEMENTS = 10;

export const lockHeldToCommit: Rule = {
  id: 'lock-held-to-commit',
  severity: 'warning',
  summary: `a lock that blocks reads of a table that exists before the plan is taken early in a transaction and held to COMMIT across ${MANY_STATEMENTS} or more statements`,
  fix: 'take the lock as late as the plan allows (move the step toward the end), or split the plan; acknowledge when the application is stopped for the script or the table is small',
  check: (p) =>
    p.locks.summary.flatMap((t) => {
      const taking = p.locks.statements[t.from];
      const lock = taking.tables.find((x) => x.table === t.table);
      if (!lock || lock.new || !lock.hazards.some((h) => h.startsWith('blocks reads'))) return [];
      const after = p.locks.statements.filter((s, i) => i > t.from && s.part === t.part).length;
      if (after < MANY_STATEMENTS) return [];
      const step = p.steps.find((s) => s.locks.includes(taking));
      if (!step) return [];
      return [{ step, message: `${t.table} is locked ${t.lock} from here to COMMIT, across the ${after} statements after it: every read and write of ${t.table} waits until the transaction ends` }];
    }),
};

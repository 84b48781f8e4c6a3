// lock-held-to-commit: in a script that is one transaction, a lock that blocks reads of a table that exists before
// the plan, held until COMMIT while later statements of the transaction take time: statements that read or write
// the rows of a table that exists before the plan (their time grows with its rows), or many that each wait for the
// lock of another such table (up to the lock timeout each). Read off the script's lock summary and annotations
// (src/compile/locks.ts: per transaction and table the strongest lock and the statement that takes it; per statement
// its tables and what it does to them), which only dialects whose locks last to COMMIT give (PostgreSQL).
import type { LockEffect, StatementLocks } from '../../compile/locks.js';
import type { Rule } from '../types.js';
import { plural } from '../../plural.js';

/** Statements after the lock that each wait for another existing table's lock, from which the rule speaks. */
export const MANY_LOCK_WAITS = 10;

/** The effects whose time grows with a table's rows, and how the message counts them. */
const ROW_WORK: Partial<Record<LockEffect, [string, string]>> = {
  rewrite: ['rewrite', 'rewrites'],
  scan: ['scan', 'scans'],
  rows: ['data step', 'data steps'],
  read: ['read', 'reads'],
  unknown: ['raw SQL statement', 'raw SQL statements'],
};
const ORDER: LockEffect[] = ['rewrite', 'scan', 'rows', 'read', 'unknown'];

/**
 * What each statement of one transaction does while `locked` stays locked, from statement `from` on: the work on
 * rows of an existing table it does (its slowest kind), else `wait` when it needs a lock on another existing table
 * stronger than the transaction holds there yet (it may queue for it), else nothing (catalog-only work on tables the
 * script made, or under locks already held). A statement that runs only on a database differing from the plan
 * (onlyOnDrift) does nothing on the plan's path.
 */
function laterWork(statements: StatementLocks[], from: number, locked: string): (LockEffect | 'wait' | undefined)[] {
  const held = new Map<string, number>();
  const out: (LockEffect | 'wait' | undefined)[] = [];
  statements.forEach((s, i) => {
    if (s.onlyOnDrift) return;
    const existing = s.tables.filter((t) => !t.new && !t.conditional);
    if (i > from) {
      const work = ORDER.find((e) => existing.some((t) => t.effect === e));
      out.push(work ?? (existing.some((t) => t.table !== locked && t.strength > (held.get(t.table) ?? 0)) ? 'wait' : undefined));
    }
    for (const t of existing) held.set(t.table, Math.max(held.get(t.table) ?? 0, t.strength));
  });
  return out;
}

export const lockHeldToCommit: Rule = {
  id: 'lock-held-to-commit',
  severity: 'warning',
  summary: `a lock that blocks reads of a table that exists before the plan is held to COMMIT while later statements of the transaction read or write rows of existing tables, or ${MANY_LOCK_WAITS} or more wait for other tables' locks`,
  fix: 'take the lock as late as the plan allows (move the step after the data steps, scans and rewrites), or split the plan; acknowledge when the application is stopped for the script or the tables are small',
  check: (p) =>
    p.locks.summary.flatMap((t) => {
      const taking = p.locks.statements[t.from];
      const lock = taking.tables.find((x) => x.table === t.table);
      if (!lock || lock.new || !lock.hazards.some((h) => h.startsWith('blocks reads'))) return [];
      const part = p.locks.statements.filter((s) => s.part === t.part);
      const later = laterWork(part, part.indexOf(taking), t.table);
      const counts = new Map<LockEffect | 'wait', number>();
      for (const w of later) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
      const rowWork = ORDER.reduce((n, e) => n + (counts.get(e) ?? 0), 0);
      const waits = counts.get('wait') ?? 0;
      if (rowWork === 0 && waits < MANY_LOCK_WAITS) return [];
      const step = p.steps.find((s) => s.locks.includes(taking));
      if (!step) return [];
      const kinds = ORDER.filter((e) => counts.has(e)).map((e) => plural(counts.get(e)!, ...ROW_WORK[e]!));
      const parts = [
        ...(rowWork ? [`${plural(rowWork, 'statement')} that ${rowWork === 1 ? 'reads or writes' : 'read or write'} rows of tables that exist before the plan (${kinds.join(', ')})`] : []),
        ...(waits ? [`${plural(waits, 'statement')} that ${waits === 1 ? 'waits' : 'each wait'} for the lock of another table that exists before the plan (up to the lock timeout${waits === 1 ? '' : ' each'})`] : []),
      ];
      return [{ step, message: `${t.table} is locked ${t.lock} from here to COMMIT, across ${parts.join(' and ')}: every read and write of ${t.table} waits until the transaction ends` }];
    }),
};

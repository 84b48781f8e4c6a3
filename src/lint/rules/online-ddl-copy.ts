// online-ddl-copy: a statement MySQL 8 or MariaDB runs with ALGORITHM=COPY on a table that holds rows from before the
// plan: the engine copies every row into a new table while writes to it wait. Read off the statement's lock
// annotation (src/dialects/mysql/locks.ts: the online DDL class on each engine, from the manuals' online DDL tables).
import type { Rule } from '../types.js';

/** The part of a statement's label after its position: `add foreign key … on …`. */
const what = (label: string) => label.slice(label.lastIndexOf(' · ') + 3);

export const onlineDdlCopy: Rule = {
  id: 'online-ddl-copy',
  severity: 'warning',
  summary: 'a statement MySQL 8 or MariaDB runs with ALGORITHM=COPY on a table that exists before the plan: every row is copied while writes wait',
  fix: 'expect the copy to take as long as the table is big, with writes blocked; run it in a maintenance window, or acknowledge for a table known to be small',
  check: (p) =>
    p.steps.flatMap((s) =>
      s.locks.flatMap((l) => {
        const copy = (l.online ?? []).filter((o) => o.algorithm === 'COPY').map((o) => o.engine);
        // The table the statement alters is the one it rewrites; a referenced table is only locked.
        const tables = l.tables.filter((t) => !t.new && t.effect === 'rewrite').map((t) => t.table);
        if (!copy.length || !tables.length) return [];
        return [{ step: s, message: `${what(l.label)}: ALGORITHM=COPY on ${copy.join(' and ')}: ${tables.join(', ')} ${tables.length > 1 ? 'are' : 'is'} copied row by row into a new table while writes to it wait (and the statement commits the transaction)` }];
      }),
    ),
};

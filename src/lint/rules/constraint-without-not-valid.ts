// constraint-without-not-valid: a foreign key added to a table that holds rows from before the plan, validated at
// once, where the engine can add it NOT VALID and validate it after under a weaker lock (PostgreSQL). Checks are
// added only with their table (create_table), so today only foreign keys are found.
import type { Rule } from '../types.js';

export const constraintWithoutNotValid: Rule = {
  id: 'constraint-without-not-valid',
  severity: 'warning',
  summary: 'a foreign key is added to a table that exists before the plan and validated at once, where the engine has NOT VALID then VALIDATE (PostgreSQL)',
  fix: "plans cannot yet say NOT VALID: inside the script's one transaction it would not shorten the lock anyway (held to COMMIT); keep the tables small at upgrade time or acknowledge",
  check: (p) => {
    const hz = p.dialect.hazards.foreignKeyValidation;
    if (!hz) return [];
    return p.steps.flatMap((s) =>
      (s.op.kind === 'add_foreign_key' || s.op.kind === 'replace_foreign_key') && s.existing(s.op.table)
        ? [{ step: s, message: `adds foreign key ${s.op.fk.name} of ${s.op.table} (→ ${s.op.fk.refTable}), which holds rows from before the plan, validated at once: ${hz}` }]
        : [],
    );
  },
};

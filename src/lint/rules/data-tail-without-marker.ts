// data-tail-without-marker: a data step that a re-run of the finished script runs again once the application has
// changed the rows it reads. A copy, backfill or deletion keeps a row condition of its own ("rows still missing in the
// target", "rows still to delete"): the guard the model derives (src/compile/guards.ts) skips it once a later statement
// of the script has changed something the catalog shows, and the script's finished marker (src/compile/finished.ts,
// the last fixed-row insert among such steps into a table product.yaml declares in `version_tables`: the product's
// version row) skips the steps before it once its row is there. An insert into any other table is no marker: the
// application may delete that row (a key_value seed row), and a re-run then writes back what the steps before it
// wrote; it is a data step like the others, flagged when nothing follows it. A data step with neither after it is left to its own condition, which is true again once the application
// deletes a row the step wrote (or writes one it deletes): running the finished script again writes the deleted row
// back (Keto 0.6 → 0.7's tuples, SuperTokens 4.6 → 5.0's static keys, both found by review). An import (import_rows)
// is not flagged: its record names the rows it made, and it does not make them again; nor is raw SQL, whose guard is
// its author's own statement of when it has work.
import { unmarkedData } from '../../compile/finished.js';
import type { Op, Statement } from '../../operations/index.js';
import type { LintStep, Rule } from '../types.js';

/** What the step does again on a re-run once the application changed its rows, in words. */
function redoes(op: Op): string {
  switch (op.kind) {
    case 'copy_rows':
      return `copies again into ${op.into} a row the application deleted since`;
    case 'update':
      return `sets again in ${op.table} a value the application changed since`;
    case 'delete_where':
      return `deletes from ${op.table} a matching row the application wrote since`;
    case 'insert':
      return `inserts again into ${op.table} a row the application deleted since`;
    default:
      return `runs this ${op.kind} step again once the application changed the rows it reads`;
  }
}

export const dataTailWithoutMarker: Rule = {
  id: 'data-tail-without-marker',
  severity: 'error',
  summary: 'a data step with nothing after it that tells it ran: a re-run of the finished script writes back rows the application deleted since (or deletes rows it wrote)',
  fix: "put a schema change after the step in the same plan (the catalog then tells a re-run it is done), or end the plan with a fixed-row insert of the product's version row (the finished marker: an insert into a table product.yaml declares in version_tables); or acknowledge why a re-run may redo it",
  check: (p) => {
    if (p.rerunStopsFirst) return [];
    const owner = new Map<Statement, LintStep>(p.steps.flatMap((s) => s.values.map((v) => [v.statement, s] as const)));
    const all = p.steps.flatMap((s) => s.values);
    // An atomic script that changes no schema runs again in full, and the compiler gives it no marker (compile.ts).
    const unmarked = p.dialect.script.atomic
      ? all.filter((v) => unmarkedData([v.statement], [v.guard], () => owner.get(v.statement)!.op, p.versionTables).length > 0).map((v) => v.statement)
      : unmarkedData(
          all.map((v) => v.statement),
          all.map((v) => v.guard),
          (st) => owner.get(st)!.op,
          p.versionTables,
        );
    const steps = [...new Set(unmarked.map((st) => owner.get(st)!))];
    return steps.map((step) => ({
      step,
      message: `a re-run of the finished script ${redoes(step.op)}: no later change of this plan tells the catalog the step ran, and no finished marker (a fixed-row insert into a version table) follows it`,
    }));
  },
};

// The order of a script's manual steps: the one list the header numbers (MANUAL STEPS), review.md numbers (its
// "Manual steps" and the rename's "manual step N") and plan status lists, so all of them agree.
//
// A DBA does the steps in the order they are numbered. The plans write theirs in the order they are done (AuthHero
// 11.20 → 11.21: "Before this script: stop every AuthHero process …", then configure, then update the clients and
// start), but they run around the script, and the compiler adds steps of its own for what the script may stop on when
// it runs (preflight/foreign-references.ts: "Only if this script stops at its check for foreign keys …"). Those were
// listed first, as step 1, before the plan's step that stops the application (found by a reviewer on AuthHero). They
// apply while the script runs: after every step done before it, before every step done after it.
import type { Scalar, LoadedPlan } from '../plan/types.js';
import type { Dialect } from '../dialects/dialect.js';
import { fileRename } from './header.js';

/** A manual step as the header, the review and plan status show it: the plan's title (`11.20 → 11.21`) and its text. */
export type ManualStep = { plan: string; text: string };

/**
 * Whether a plan's manual step says it is done before the script (or the rollback) runs: its text begins with
 * "before this script", "before the script", "before this rollback" or "before the rollback" (any case), the words the
 * plans use for it (AuthHero, Keto, Logto; README "Manual steps").
 */
export function saysBeforeScript(text: string): boolean {
  return /^\s*before (?:this|the) (?:script|rollback)\b/i.test(text);
}

/**
 * A script's manual steps in the order a DBA does them: the plans' steps done before the script (those that say so,
 * saysBeforeScript, and the one that renames the file the script runs on, which the header puts before the backup),
 * then `atRun`, the steps the compiler adds for what the script may stop on when it runs, then the plans' other steps.
 * Each group keeps its own order (the plans' steps as the script meets them). Pure.
 * @param planSteps the plans' manual steps, in script order
 * @param atRun the compiler's conditional steps (the foreign-key check's), in the order its checks run
 * @param renameStep the index in `planSteps` of the step that renames the database file (-1: none)
 */
export function orderManualSteps(planSteps: readonly ManualStep[], atRun: readonly ManualStep[], renameStep = -1): ManualStep[] {
  const before = planSteps.filter((m, i) => i === renameStep || saysBeforeScript(m.text));
  const after = planSteps.filter((m, i) => !(i === renameStep || saysBeforeScript(m.text)));
  return [...before, ...atRun, ...after];
}

/**
 * The index in `planSteps` of the manual step that renames the file the script runs on (SQLite: Fief 0.27 → 0.28),
 * as the header finds it (header.ts scriptCommands: the first manual step of the plan fileRename names), or -1.
 * A fresh install renames nothing.
 */
export function renameStepIndex(planSteps: readonly ManualStep[], plans: LoadedPlan[], d: Dialect, params: Record<string, Scalar>, direction: 'up' | 'down', fresh: boolean): number {
  const renamed = fresh ? undefined : fileRename(plans, d, params, direction);
  return renamed ? planSteps.findIndex((m) => m.plan === renamed.plan) : -1;
}

// The raw_sql steps a script runs without a guard, for the header: they are the exceptions to its promise that
// running it again changes nothing.
import { stepsOf } from '../plan/for-each.js';
import type { Dialect } from '../dialects/dialect.js';
import { stepApplies } from '../operations/index.js';
import type { LoadedPlan, Scalar, Step } from '../plan/types.js';

export interface UnguardedStep {
  /** The plan's section title as the script's banners write it: "<from> → <to>" of its plan file, swapped for a rollback */
  plan: string;
  /** 0-based place of the step in its plan file (header.ts stepWords names it as the banners number it) */
  index: number;
  description: string;
  reason: string;
}

/**
 * The unguarded raw_sql statements of a script, in the order it runs them: on the way up the plans' raw_sql
 * steps; on the way down the raw_sql steps of explicit inverses, and the stated inverse of an unguarded raw_sql
 * step (which is unguarded too).
 */
export function unguardedRawSteps(plans: LoadedPlan[], d: Dialect, params: Record<string, Scalar>, direction: 'up' | 'down'): UnguardedStep[] {
  const out: UnguardedStep[] = [];
  const ordered = direction === 'up' ? plans : [...plans].reverse();
  for (const plan of ordered) {
    const name = direction === 'up' ? `${plan.plan.from} → ${plan.plan.to}` : `${plan.plan.to} → ${plan.plan.from}`;
    const applying = stepsOf(plan, params).filter((s) => stepApplies(s.step, d, params));
    for (const s of direction === 'up' ? applying : [...applying].reverse()) {
      const unguarded = (step: Step, description: string) => {
        if (step.raw_sql?.unguarded !== undefined) out.push({ plan: name, index: s.index, description, reason: step.raw_sql.unguarded });
      };
      if (direction === 'up') unguarded(s.step, s.step.raw_sql?.description ?? '');
      else if (s.step.inverse) for (const inv of s.step.inverse.filter((x) => stepApplies(x, d, params))) unguarded(inv, inv.raw_sql?.description ?? '');
      else if (s.step.raw_sql?.inverse?.[d.name] !== undefined) unguarded(s.step, `undo: ${s.step.raw_sql.description}`);
    }
  }
  return out;
}

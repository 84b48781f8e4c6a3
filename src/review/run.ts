// What `plan review` and `plan build` run: the script and its rollback compiled, the plans on the path linted, and
// the review made of them (review.ts).
import { compile, type CompileRequest } from '../compile/compile.js';
import { compileChecked } from '../compile/checked.js';
import { lintProduct } from '../lint/lint.js';
import { IrreversibleError, PlanError } from '../plan/errors.js';
import type { DialectName } from '../plan/types.js';
import { reviewOf, type Review } from './review.js';

/**
 * The review of the script `req` compiles (its SQL texts checked as plan compile checks them), with its rollback
 * (none when a step on the path is irreversible: the review says why) and the lint findings of the plans on the path.
 * @throws PlanError for anything plan compile refuses
 */
export async function reviewFor(req: CompileRequest): Promise<Review & { warnings: string[] }> {
  const up = await compileChecked(req);
  let down;
  let irreversible: string | undefined;
  let undoNeeds: string | undefined;
  try {
    down = compile({ ...req, from: req.to, to: req.from });
  } catch (e) {
    // The review of a rollback whose undoing (the upgrade again) needs parameters the rollback does not (an import's
    // source): the review is made, and says what the upgrade's compile asks for.
    if (up.direction === 'down' && e instanceof PlanError && !(e instanceof IrreversibleError) && /^parameter \S+ has no default/.test(e.message)) undoNeeds = e.message;
    else if (!(e instanceof IrreversibleError)) throw e;
    else irreversible = e.message;
  }
  const lint = lintProduct({ product: req.product, plansDir: req.plansDir, dialect: up.dialect.name as DialectName, from: req.from, to: req.to });
  return { ...reviewOf(up, down, irreversible, lint, req.from, req.to, undoNeeds), ...(undoNeeds ? { undoNeeds } : {}), warnings: up.warnings };
}

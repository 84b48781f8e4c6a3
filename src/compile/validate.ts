// `plan validate`: every plan, every dialect, every choice of the boolean and enum parameters: the chain
// from the empty database to the last version replays, and every plan compiles both ways. The PostgreSQL text of
// every plan (raw SQL, guards, check expressions) is parsed first.
import { listProducts, loadProduct, plansDir as projectPlansDir } from '../plan/load.js';
import { parameterChoices } from '../plan/params.js';
import { dialectLimit, forDialect } from '../plan/dialect-versions.js';
import { checkPostgresTexts, loadPostgresParser } from '../plan/postgres-text.js';
import { compile } from './compile.js';
import { lastRelease } from '../plan/graph.js';
import { IrreversibleError } from '../plan/errors.js';
import { plural } from '../plural.js';

/** Validates `only` (or every product) under `plansDir`; one report line per product, or a PlanError. */
export async function validateAll(only?: string, plansDir = projectPlansDir()): Promise<string[]> {
  const report: string[] = [];
  await loadPostgresParser();
  for (const name of only ? [only] : listProducts(plansDir)) {
    const p = loadProduct(name, plansDir);
    await checkPostgresTexts(p.plans);
    let compiled = 0;
    for (const dialect of p.product.dialects) {
      // Each dialect up to the last version it supports (product.yaml dialect_versions:).
      const view = forDialect(p, dialect);
      // The chain from the empty database to the last release (a stage is reached by its own plan only).
      const last = lastRelease(view.product.versions);
      for (const params of parameterChoices(p)) {
        compile({ product: name, from: '0', to: last, dialect, params, plansDir, examples: true });
        for (const plan of view.plans) {
          compile({ product: name, from: plan.plan.from, to: plan.plan.to, dialect, params, plansDir, examples: true });
          compiled += 1;
          // A plan with an irreversible step has no rollback, by its author's decision (the error says why).
          if (rollbackRefused(() => compile({ product: name, from: plan.plan.to, to: plan.plan.from, dialect, params, plansDir, examples: true }))) continue;
          compiled += 1;
        }
      }
    }
    const dialects = p.product.dialects.map((d) => (dialectLimit(p.product, d) ? `${d} (up to ${dialectLimit(p.product, d)!.until})` : d));
    // Derived installs (product.yaml derived_installs:) are compiled with the others, and counted apart.
    const derived = p.plans.filter((x) => x.derived).length;
    report.push(`${name}: ${p.plans.length - derived} plan${p.plans.length - derived === 1 ? '' : 's'}${derived ? ` and ${derived} derived install${derived > 1 ? 's' : ''}` : ''} valid (${plural(compiled, 'script')} compiled across ${dialects.join(', ')} and every parameter choice)`);
  }
  return report;
}

/**
 * Runs `compileDown`; true when the plan refuses its rollback itself (a step says `irreversible:`).
 * @throws whatever else the compile throws
 */
export function rollbackRefused(compileDown: () => unknown): boolean {
  try {
    compileDown();
    return false;
  } catch (e) {
    if (e instanceof IrreversibleError) return true;
    throw e;
  }
}

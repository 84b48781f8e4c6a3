// Every script the compiler produces for the real products and the fixture: the inputs of the
// dialect-wide checks (MySQL 8 traps, PostgreSQL parse).
import { compile, type CompileResult } from '../../src/compile/compile.js';
import { listProducts, loadProduct } from '../../src/plan/load.js';
import { parameterChoices } from '../../src/plan/params.js';
import { forDialect } from '../../src/plan/dialect-versions.js';
import type { DialectName } from '../../src/plan/types.js';
import { FIXTURE_PLANS } from './plans.js';
import { rollbackRefused } from '../../src/compile/validate.js';
import { isStage, lastRelease } from '../../src/plan/graph.js';

export interface Output {
  name: string;
  result: CompileResult;
}

/** Each plan up and down, 0 → every version, and 0 → last and back for every boolean/enum parameter choice,
 *  of every product under plans/ and of the fixture, each up to the last version the dialect supports. */
export function allOutputs(dialect: DialectName): Output[] {
  const out: Output[] = [];
  const products = [...listProducts().map((name) => ({ name, plansDir: undefined as string | undefined })), { name: 'fixture', plansDir: FIXTURE_PLANS }];
  for (const { name, plansDir } of products) {
    const loaded = loadProduct(name, plansDir);
    if (!loaded.product.dialects.includes(dialect)) continue;
    // The versions and plans this dialect supports (product.yaml dialect_versions:).
    const p = forDialect(loaded, dialect);
    // A parameter only a database can answer takes its example, as in out/.
    const add = (from: string, to: string, params: string[] = []) =>
      out.push({ name: `${name} ${from} → ${to} ${params.join(' ')} (${dialect})`.replace('  ', ' '), result: compile({ product: name, from, to, dialect, params, plansDir, examples: true }) });
    for (const plan of p.plans) {
      add(plan.plan.from, plan.plan.to);
      // A plan with an irreversible step has no rollback to check.
      if (!rollbackRefused(() => compile({ product: name, from: plan.plan.to, to: plan.plan.from, dialect, plansDir, examples: true }))) add(plan.plan.to, plan.plan.from);
    }
    // Installs of the releases (a stage, 0.28-cleanup, is reached by its own plan only).
    for (const v of p.product.versions) if (!isStage(v) && !p.plans.some((x) => x.plan.from === '0' && x.plan.to === v)) add('0', v);
    const last = lastRelease(p.product.versions);
    for (const params of parameterChoices(p)) {
      add('0', last, params);
      add(last, '0', params);
    }
  }
  return out;
}

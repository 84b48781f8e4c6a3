// `plan validate`: every plan, every dialect, every choice of the boolean and enum parameters: the chain
// from the empty database to the last version replays, and every plan compiles both ways. The PostgreSQL text of
// every plan (raw SQL, guards, check expressions) is parsed first.
import { listProducts, loadProduct, plansDir as projectPlansDir } from '../plan/load.js';
import { parameterChoices } from '../plan/params.js';
import { dialectLimit, forDialect } from '../plan/dialect-versions.js';
import { checkPostgresTexts, loadPostgresParser } from '../plan/postgres-text.js';
import { readFileSync } from 'node:fs';
import { compile, type CompileResult } from './compile.js';
import type { RowSizeNeed, RowSizeRule } from '../dialects/dialect.js';
import type { LoadedProduct, SourcePos } from '../plan/types.js';
import { PlanError } from '../plan/errors.js';
import { lastRelease } from '../plan/graph.js';
import { IrreversibleError } from '../plan/errors.js';
import { grouped, plural } from '../plural.js';

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
      // The tables whose rows fit only narrower character sets (DialectRules.rowSize), in every script compiled.
      const needs: RowSizeNeed[] = [];
      let rule: RowSizeRule | undefined;
      const note = (r: CompileResult) => {
        rule = r.dialect.rules.rowSize;
        needs.push(...r.rowSize);
        return r;
      };
      for (const params of parameterChoices(p)) {
        note(compile({ product: name, from: '0', to: last, dialect, params, plansDir, examples: true }));
        for (const plan of view.plans) {
          note(compile({ product: name, from: plan.plan.from, to: plan.plan.to, dialect, params, plansDir, examples: true }));
          compiled += 1;
          // A plan with an irreversible step has no rollback, by its author's decision (the error says why).
          if (rollbackRefused(() => note(compile({ product: name, from: plan.plan.to, to: plan.plan.from, dialect, params, plansDir, examples: true })))) continue;
          compiled += 1;
        }
      }
      if (rule) checkVerifyCharset(p, rule, needs);
    }
    const dialects = p.product.dialects.map((d) => (dialectLimit(p.product, d) ? `${d} (up to ${dialectLimit(p.product, d)!.until})` : d));
    // Derived installs (product.yaml derived_installs:) are compiled with the others, and counted apart.
    const derived = p.plans.filter((x) => x.derived).length;
    report.push(`${name}: ${p.plans.length - derived} plan${p.plans.length - derived === 1 ? '' : 's'}${derived ? ` and ${derived} derived install${derived > 1 ? 's' : ''}` : ''} valid (${plural(compiled, 'script')} compiled across ${dialects.join(', ')} and every parameter choice)`);
  }
  return report;
}

/**
 * The character set plan verify makes its scratch databases with (product.yaml verify_database, the key the dialect's
 * row-size rule names: RowSizeRule.verifyKey) against what the product's tables need (`needs`, from every script
 * compiled): a product whose tables fit only some character sets must name one that fits them all, or plan verify's
 * scripts would stop at their check (on a server whose default is the widest, for a table that fits narrower ones
 * only). A narrower one than needed that fits is the author's choice (a legacy database's character set) and is let
 * be. The words are the dialect's.
 * @throws PlanError at verify_database in product.yaml, naming the table, its bytes and what fits
 */
function checkVerifyCharset(p: LoadedProduct, rule: RowSizeRule, needs: RowSizeNeed[]): void {
  const named = p.product.verify_database?.[rule.verifyKey];
  const width = named === undefined ? undefined : rule.charsetWidth(named);
  const at = positionOf(p, new RegExp(`^\\s*${rule.verifyKey}\\s*:`, 'm')) ?? positionOf(p, /^verify_database\s*:/m);
  if (named !== undefined && width === undefined) throw new PlanError(`verify_database: ${rule.unknownCharset(named)}`, at);
  // The needs the scratch databases' width does not fit (a width may be too wide, or, on InnoDB's page, too narrow
  // for a table that fits only wider ones): the one that needs the narrowest is named.
  const w = Math.min(width ?? rule.widest, rule.widest);
  const narrowest = needs.filter((n) => !n.fits.includes(w)).reduce<RowSizeNeed | undefined>((a, n) => (!a || n.most < a.most ? n : a), undefined);
  if (!narrowest) return;
  throw new PlanError(rule.verifyTooWide(narrowest, named === undefined ? undefined : { name: named, width: width! }), at ?? { file: p.relPath, line: 1, col: 1 });
}

/** Where the first line of `p`'s product file that matches `pattern` is (undefined: none). */
function positionOf(p: LoadedProduct, pattern: RegExp): SourcePos | undefined {
  let text: string;
  try {
    text = readFileSync(p.file, 'utf8');
  } catch {
    return undefined;
  }
  const m = pattern.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index + (m[0].length - m[0].trimStart().length));
  const line = before.split('\n').length;
  return { file: p.relPath, line, col: before.length - before.lastIndexOf('\n') };
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

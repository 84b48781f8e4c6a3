// Which versions each dialect of a product supports (product.yaml `dialect_versions:`): a dialect may stop at a
// version (SuperTokens: no public MySQL plugin past core 10.1) while the product goes on for the others. The
// dialect names here are the product file's data; nothing in this module knows one dialect from another.
import { PlanError } from './errors.js';
import type { DialectName, LoadedPlan, LoadedProduct, ProductFile, SourcePos } from './types.js';

/** The last version `dialect` supports, with the product file's reason; undefined when it supports every version. */
export function dialectLimit(p: ProductFile, dialect: DialectName): { until: string; reason: string } | undefined {
  return p.dialect_versions?.[dialect];
}

/**
 * The versions of `p` that `dialect` supports, in order (without 0, which every dialect has): all of `versions:`
 * up to its `dialect_versions:` limit.
 */
export function dialectVersions(p: ProductFile, dialect: DialectName): string[] {
  const limit = dialectLimit(p, dialect);
  return limit ? p.versions.slice(0, p.versions.indexOf(limit.until) + 1) : [...p.versions];
}

/** Whether `dialect` supports `version` of `p` (0, the empty database, always; an unknown version, never). */
export function supportsVersion(p: ProductFile, dialect: DialectName, version: string): boolean {
  return version === '0' || dialectVersions(p, dialect).includes(version);
}

/** The dialects of `p` that support `version`, in the order of `dialects:`. */
export function dialectsAt(p: ProductFile, version: string): DialectName[] {
  return p.dialects.filter((d) => supportsVersion(p, d, version));
}

/**
 * Refuses a known version that `dialect` does not support, in one line naming the last one it does and the product
 * file's reason. Unknown versions are left to the version graph, whose message lists the versions.
 * @throws PlanError `<product> has no <dialect> support past <until>: <version> is not available on <dialect> (<reason>)`
 */
export function checkDialectVersions(p: ProductFile, dialect: DialectName, versions: string[]): void {
  const limit = dialectLimit(p, dialect);
  if (!limit) return;
  for (const v of versions) {
    if (v !== '0' && p.versions.includes(v) && !supportsVersion(p, dialect, v)) {
      throw new PlanError(`${p.product} has no ${dialect} support past ${limit.until}: ${v} is not available on ${dialect} (${limit.reason})`);
    }
  }
}

const views = new WeakMap<LoadedProduct, Map<DialectName, LoadedProduct>>();

/**
 * `p` as `dialect` sees it: its versions up to the dialect's limit and the plans between them (install and
 * upgrade plans whose `to` it supports). The same object as `p` when the dialect has no limit; views are kept
 * per loaded product, so repeated calls return the same object.
 */
export function forDialect(p: LoadedProduct, dialect: DialectName): LoadedProduct {
  if (!dialectLimit(p.product, dialect)) return p;
  let byDialect = views.get(p);
  if (!byDialect) views.set(p, (byDialect = new Map()));
  let view = byDialect.get(dialect);
  if (!view) {
    const versions = dialectVersions(p.product, dialect);
    view = { ...p, product: { ...p.product, versions }, plans: p.plans.filter((x) => supportsVersion(p.product, dialect, x.plan.to)) };
    byDialect.set(dialect, view);
  }
  return view;
}

/**
 * The loader's checks of `dialect_versions:` (positions from `where`): each entry is a dialect of the product and
 * its `until` a listed version; a plan step limited to dialects (`dialects:`) names only dialects that support
 * the plan's `to` version.
 * @throws PlanError at the entry or step that breaks a rule
 */
export function checkDialectVersionsDeclaration(p: ProductFile, where: (path: (string | number)[]) => SourcePos | undefined): void {
  for (const [dialect, limit] of Object.entries(p.dialect_versions ?? {}) as [DialectName, { until: string }][]) {
    if (!p.dialects.includes(dialect)) {
      throw new PlanError(`dialect_versions: ${dialect} is not one of the product's dialects (${p.dialects.join(', ')})`, where(['dialect_versions', dialect]));
    }
    if (!p.versions.includes(limit.until)) {
      throw new PlanError(`dialect_versions: ${dialect} until "${limit.until}" is not a listed version`, where(['dialect_versions', dialect, 'until']));
    }
  }
}

/**
 * Refuses a step of a plan to `to` whose `dialects:` names a dialect that stops before `to`: it could never run.
 * @throws PlanError naming the dialect and its last version
 */
export function checkStepDialects(p: ProductFile, to: string, stepDialects: DialectName[], where: SourcePos | undefined): void {
  for (const d of stepDialects) {
    const limit = dialectLimit(p, d);
    if (limit && !supportsVersion(p, d, to)) {
      throw new PlanError(`dialect ${d} stops at ${p.product} ${limit.until} (dialect_versions:), so a step for it in a plan to ${to} never runs`, where);
    }
  }
}

/**
 * The versions of `p` (0 first) in runs of consecutive versions supported by the same dialects, for `plan list`:
 * `[{ versions: ['0', …, '10.1'], dialects: ['postgres', 'mysql'] }, { versions: ['11.0', …], dialects: ['postgres'] }]`.
 */
export function versionRuns(p: ProductFile): { versions: string[]; dialects: DialectName[] }[] {
  const runs: { versions: string[]; dialects: DialectName[] }[] = [];
  for (const v of ['0', ...p.versions]) {
    const ds = dialectsAt(p, v);
    const last = runs[runs.length - 1];
    if (last && last.dialects.join() === ds.join()) last.versions.push(v);
    else runs.push({ versions: [v], dialects: ds });
  }
  return runs;
}

/**
 * Every (plan, dialect) pair of `p` a dialect supports, plan by plan in file order: what `plan build` writes to
 * out/ and `plan verify --all` runs (a plan to a version past a dialect's limit has no script on that dialect).
 */
export function planDialects(p: LoadedProduct): { plan: LoadedPlan; dialect: DialectName }[] {
  return p.plans.flatMap((plan) => dialectsAt(p.product, plan.plan.to).map((dialect) => ({ plan, dialect })));
}

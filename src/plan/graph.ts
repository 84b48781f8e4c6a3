// The version graph of a product: which plans lead from one version to another.
import { didYouMean, versionMeant } from './text-distance.js';
import { posix } from 'node:path';
import { PlanError } from './errors.js';
import type { LoadedPlan, LoadedProduct } from './types.js';

export interface Path {
  direction: 'up' | 'down';
  /** Plans in upgrade order, from the lower version to the higher one. */
  plans: LoadedPlan[];
  /** Plans that build the lower version from the empty database (0), in order. */
  base: LoadedPlan[];
}

/**
 * Checks that `v` is a version of product `p` (0, the empty database, always is).
 * @throws PlanError `unknown version "v" of <product>`, with a did-you-mean hint and the product's versions
 */
export function checkVersion(p: LoadedProduct, v: string): void {
  if (v !== '0' && !p.product.versions.includes(v)) {
    throw new PlanError(`unknown version "${v}" of ${p.product.product}${didYouMean(versionMeant(v, ['0', ...p.product.versions]))} (versions: 0, ${p.product.versions.join(', ')})`);
  }
}

const rank = (p: LoadedProduct, v: string) => (v === '0' ? -1 : p.product.versions.indexOf(v));

/**
 * The plans that take the empty database to `to`: the install plan at the highest version not above it (a derived
 * one too, product.yaml `derived_installs:`), then upgrades.
 */
export function chainFromEmpty(p: LoadedProduct, to: string): LoadedPlan[] {
  return chainOf(p, to, p.plans);
}

/**
 * The written plans that take the empty database to `to`: chainFromEmpty without the derived install plans,
 * what a derived install at `to` is derived from (and replayed, in the model, to compile it).
 */
export function writtenChainFromEmpty(p: LoadedProduct, to: string): LoadedPlan[] {
  return chainOf(p, to, p.plans.filter((x) => !x.derived));
}

function chainOf(p: LoadedProduct, to: string, plans: LoadedPlan[]): LoadedPlan[] {
  checkVersion(p, to);
  if (to === '0') return [];
  const installs = plans.filter((x) => x.plan.from === '0' && rank(p, x.plan.to) <= rank(p, to));
  // Named in the folder the product was read from (--plans, PLAN_PATH or the bundled plans), as the loader names it.
  if (installs.length === 0) throw new PlanError(`no install plan (${posix.join(posix.dirname(p.relPath), '0-<version>.yaml')}) at or below ${to}`);
  const install = installs.sort((a, b) => rank(p, b.plan.to) - rank(p, a.plan.to))[0];
  return [install, ...upgrades(p, install.plan.to, to)];
}

/**
 * The error for version `vs[at]` of `p`, which no plan reaches from the version before it: at that version in the
 * product file, naming the plan file that is missing and what it cuts, whatever command or script met it (`plan list`,
 * `validate`, `build` and every compile across it say the same line). The versions from it up to the next install
 * plan are reached by no script, nor left by one (a script starts from the schema the chain from the empty database
 * builds); those from that install plan on are reached by no script from the versions before the gap, nor left for
 * them.
 */
export function gapError(p: LoadedProduct, at: number): PlanError {
  const vs = p.product.versions;
  const dir = posix.dirname(p.relPath);
  const name = `${vs[at - 1]}-${vs[at]}`;
  const span = (list: string[]) => (list.length === 1 ? list[0] : `${list[0]} – ${list[list.length - 1]}`);
  const next = Math.min(vs.length, ...p.plans.filter((x) => x.plan.from === '0').map((x) => rank(p, x.plan.to)).filter((r) => r >= at));
  const [cut, after] = [vs.slice(at, next), vs.slice(next)];
  const cuts = [...(cut.length ? [`to or from ${span(cut)}`] : []), ...(after.length ? [`between ${span(vs.slice(0, at))} and ${span(after)}`] : [])];
  return new PlanError(`no plan from ${vs[at - 1]} to ${vs[at]}: ${posix.join(dir, `${name}.yaml`)} is missing, so no script goes ${cuts.join(', nor ')}`, p.versionPos?.[at]);
}

/**
 * The first version of `p` that the empty database cannot reach through its plans (a gap in the chain of
 * upgrades: a version listed without the plan into it), as the error compiling to it gives; undefined when none.
 */
export function firstGap(p: LoadedProduct): PlanError | undefined {
  // From the lowest install plan up: a version below every install plan is reached by none, by design.
  const lowest = Math.min(...p.plans.filter((x) => x.plan.from === '0').map((x) => rank(p, x.plan.to)));
  for (const v of p.product.versions.filter((v) => rank(p, v) >= lowest)) {
    try {
      chainFromEmpty(p, v);
    } catch (e) {
      if (e instanceof PlanError) return e;
      throw e;
    }
  }
  return undefined;
}

function upgrades(p: LoadedProduct, from: string, to: string): LoadedPlan[] {
  const out: LoadedPlan[] = [];
  const vs = p.product.versions;
  for (let i = vs.indexOf(from); i < vs.indexOf(to); i++) {
    const step = p.plans.find((x) => x.plan.from === vs[i] && x.plan.to === vs[i + 1]);
    if (!step) throw gapError(p, i + 1);
    out.push(step);
  }
  return out;
}

export function findPath(p: LoadedProduct, from: string, to: string): Path {
  checkVersion(p, from);
  checkVersion(p, to);
  if (from === to) throw new PlanError(`from and to are the same version (${from}): nothing to compile`);
  const [low, high] = rank(p, from) < rank(p, to) ? [from, to] : [to, from];
  const lowChain = chainFromEmpty(p, low);
  const highChain = chainFromEmpty(p, high);
  // The path is what the chain to `high` adds to the chain to `low`. When an install plan sits between
  // them, the chain to `high` starts elsewhere: fall back to upgrades only.
  const plans = low === '0' ? highChain : highChain.every((x, i) => i >= lowChain.length || x === lowChain[i]) && highChain.length >= lowChain.length
    ? highChain.slice(lowChain.length)
    : upgrades(p, low, high);
  refuseThroughStage(p, from, to, plans);
  return { direction: rank(p, from) < rank(p, to) ? 'up' : 'down', plans, base: lowChain };
}

/** Whether a version carries a label (`0.28-cleanup`): a stage the DBA chooses to go to, not a release. */
export const isStage = (version: string): boolean => version.includes('-');

/** The last version of a product that is a release (not a stage): where an upgrade goes by default. */
export function lastRelease(versions: readonly string[]): string {
  return [...versions].reverse().find((v) => !isStage(v)) ?? versions[versions.length - 1];
}

/**
 * A stage (a version with a label, `0.28-cleanup`) is reached only by its own plan, from the version before it, and
 * never crossed: a script never chains into it (Fief's clean-up runs once 0.28 works, never with the move).
 * @throws PlanError naming the scripts to compile instead
 */
function refuseThroughStage(p: LoadedProduct, from: string, to: string, plans: LoadedPlan[]): void {
  const versions = plans.flatMap((x) => [x.plan.from, x.plan.to]);
  const crossed = [...new Set(versions)].filter((v) => v !== from && v !== to && isStage(v));
  const reached = isStage(to) && plans.length > 1 ? [to] : [];
  const stage = [...crossed, ...reached][0];
  if (stage === undefined) return;
  const own = p.plans.find((x) => x.plan.to === stage && !x.derived);
  throw new PlanError(`${p.product.product} ${stage} is a stage of its own, reached only from ${own?.plan.from ?? 'the version before it'} by its own plan: compile ${from} → ${own?.plan.from ?? '…'} first, and ${own?.plan.from ?? '…'} → ${stage} when its time comes (${own?.plan.summary.replace(/\s+/g, ' ').trim() ?? ''})`);
}

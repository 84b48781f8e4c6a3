// Where plans are looked for: the --plans directory, then the directories of PLAN_PATH in order, then the bundled
// plans. A product is a folder holding product.yaml; the first directory that has it wins (it shadows the same
// product further down the path) and the product is read from that folder alone: plans are never mixed across
// directories.
import { didYouMean, nearestName } from './text-distance.js';
import { statSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { PlanError, refuseControlCharacters } from './errors.js';
import { PLAN_COMMAND } from '../shell.js';
import { checkProductName, listProducts, plansDir as bundledPlansDir } from './load.js';

/** Where a directory of the search path comes from. */
export type PlansOrigin = '--plans' | 'PLAN_PATH' | 'bundled';

/** One directory of the search path (absolute). */
export interface PlansDirectory {
  dir: string;
  origin: PlansOrigin;
}

/** A product as found on the search path: its plans directory, and the directories further down it shadows. */
export interface FoundProduct {
  name: string;
  dir: string;
  origin: PlansOrigin;
  shadows: PlansDirectory[];
}

/** The environment variable holding the search path (directories separated by path.delimiter, `:` on Linux). */
export const PLAN_PATH = 'PLAN_PATH';

/**
 * Throws a one-line PlanError when the path `dir` of a plans directory holds a control character or a line break
 * (src/text-rules.ts: its paths are printed into SQL comments and into commands on the terminal); `what` says where
 * it was given. Every command that takes a plans directory asks this (plan init too: found by a review, it made a
 * product in such a folder and printed `next:` commands holding the line break).
 */
export function checkPlansPathText(dir: string, what: string): void {
  refuseControlCharacters(dir, what, "a plans directory's path", 'it is printed into SQL comments');
}

/**
 * Throws a one-line PlanError unless `dir` is an existing directory whose path holds no control character or line
 * break (plan paths are printed into SQL comments); `what` says where it was given.
 */
function mustBeDirectory(dir: string, what: string): void {
  checkPlansPathText(dir, what);
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new PlanError(`${what}: no such directory: ${dir}`);
  }
  if (!isDir) throw new PlanError(`${what}: not a directory: ${dir}`);
}

/**
 * The directories of PLAN_PATH (`value`, split at path.delimiter), absolute (relative ones resolve against the
 * current directory), in order; empty entries are skipped. Throws a PlanError naming the first that is not an
 * existing directory.
 */
export function planPathDirectories(value: string | undefined = process.env[PLAN_PATH]): string[] {
  const dirs = (value ?? '').split(delimiter).filter((d) => d !== '').map((d) => resolve(d));
  for (const d of dirs) mustBeDirectory(d, PLAN_PATH);
  return dirs;
}

/**
 * The search path: `plans` (the --plans options, in the order given) first, then PLAN_PATH (`planPath`, by default
 * the environment's), then the bundled plans. A directory given twice keeps its first place; the bundled directory
 * given explicitly is still the bundled one. Throws a PlanError naming a directory that does not exist.
 */
export function plansSearchPath(plans?: string | readonly string[], planPath: string | undefined = process.env[PLAN_PATH]): PlansDirectory[] {
  const bundled = bundledPlansDir();
  const given: PlansDirectory[] = [];
  for (const p of plans === undefined ? [] : typeof plans === 'string' ? [plans] : plans) {
    const dir = resolve(p);
    mustBeDirectory(dir, '--plans');
    given.push({ dir, origin: '--plans' });
  }
  for (const dir of planPathDirectories(planPath)) given.push({ dir, origin: 'PLAN_PATH' });
  const path: PlansDirectory[] = [];
  for (const d of [...given, { dir: bundled, origin: 'bundled' as const }]) {
    if (path.some((p) => p.dir === d.dir)) continue;
    path.push(d.dir === bundled ? { dir: d.dir, origin: 'bundled' } : d);
  }
  return path;
}

/** Does the search path hold directories of the user's (from --plans or PLAN_PATH)? */
export function hasOwnPlans(path: PlansDirectory[]): boolean {
  return path.some((p) => p.origin !== 'bundled');
}

/** Every product on the search path, by name, each from the first directory that has it. */
export function productsOnPath(path: PlansDirectory[]): FoundProduct[] {
  const found = new Map<string, FoundProduct>();
  for (const p of path) {
    for (const name of listProducts(p.dir)) {
      const first = found.get(name);
      if (first) first.shadows.push(p);
      else found.set(name, { name, dir: p.dir, origin: p.origin, shadows: [] });
    }
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The products a command acts on when it names none (validate, build, check, verify --all): those of the user's
 * directories when the path has any (the bundled ones they do not shadow are left out), else the bundled ones.
 * Throws a PlanError when the user's directories hold no product.
 */
export function productsInScope(path: PlansDirectory[]): FoundProduct[] {
  const all = productsOnPath(path);
  if (!hasOwnPlans(path)) return all;
  const own = all.filter((p) => p.origin !== 'bundled');
  if (own.length === 0) {
    const dirs = path.filter((p) => p.origin !== 'bundled').map((p) => p.dir);
    throw new PlanError(`no product in ${dirs.join(', ')} (a product is a folder holding product.yaml; ${PLAN_COMMAND} init <product> makes one)`);
  }
  return own;
}

/**
 * The product `name` on the search path. Throws a PlanError for a name that is not a product name (see
 * checkProductName) or that no directory of the path holds (naming the known products and the directories searched).
 */
export function findProduct(name: string, path: PlansDirectory[]): FoundProduct {
  checkProductName(name);
  const all = productsOnPath(path);
  const hit = all.find((p) => p.name === name);
  if (hit) return hit;
  const searched = hasOwnPlans(path) ? `; searched ${path.filter((p) => p.origin !== 'bundled').map((p) => p.dir).join(', ')} and the bundled plans` : '';
  throw new PlanError(`unknown product "${name}"${didYouMean(nearestName(name, all.map((p) => p.name)))} (known: ${all.map((p) => p.name).join(', ') || 'none'})${searched}`);
}

/**
 * The note a command prints on stderr (once per product) when a product it acts on comes from a directory of yours
 * and shadows the bundled product of that name: without it only `plan list` and the script's header said so (found
 * by a fresh user). Empty when it shadows no bundled product.
 */
export function shadowNote(p: FoundProduct): string | undefined {
  if (!p.shadows.some((s) => s.origin === 'bundled')) return undefined;
  return `product ${p.name} comes from ${p.dir}, which shadows the bundled one`;
}

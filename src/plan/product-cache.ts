// A cache of the bundled products as the loader produced them (plans parsed, validated and checked), written
// by the build (`npm run build`, src/build/cache-products.ts) under dist/cache/products/, so a cold compile
// reads JSON instead of parsing YAML (≈0.3 s of a cold `plan compile`, bench/RESULTS.md).
//
// It is never stale: an entry is used only when the sha256 of every file of the product folder, the set of
// files, and the fingerprint of the loader that wrote it (its own modules, the generated validators and the
// tool version) all equal the ones of this run. Anything else (an edited plan, a new file, a changed loader,
// a missing or unreadable cache) falls back to the loader, which gives the same result more slowly.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot, toolVersion } from '../paths.js';
import { YAML_LIKE } from './file-names.js';
import type { LoadedProduct, OpName, PlanFile, ProductFile, SourcePos, SqlText } from './types.js';

/** Where the build writes the cache, relative to the project root. */
export const PRODUCT_CACHE_DIR = join('dist', 'cache', 'products');
const FORMAT = 3;

interface CachedPlan {
  name: string;
  relPath: string;
  sha256: string;
  plan: PlanFile;
  /** Each step's operation and the position of its operation node (what the loader reports errors at). */
  stepOps: OpName[];
  stepPositions: SourcePos[];
  /** Each step's positions of its lint acknowledgements (null: none). */
  ackPositions: (SourcePos[] | null)[];
  sqlTexts: SqlText[];
}

interface CacheFile {
  format: number;
  loader: string;
  product: string;
  /** sha256 of every .yaml file of the product folder, by name. */
  files: Record<string, string>;
  relPath: string;
  sha256: string;
  data: ProductFile;
  /** Where each version is written in the product file. */
  versionPos: SourcePos[];
  plans: CachedPlan[];
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let fingerprint: string | undefined;

/**
 * What the loaded form of a product depends on besides its files: the loader's own modules (the folder of
 * this module, src/plan/*.ts under the tests or dist/src/plan/*.js when installed), the generated validators
 * and the tool version.
 */
export function loaderFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256').update(`format ${FORMAT}\nversion ${toolVersion()}\n`);
  const own = dirname(fileURLToPath(import.meta.url));
  for (const f of readdirSync(own).sort()) {
    if (!/\.(js|ts)$/.test(f)) continue;
    hash.update(`${f}\n`).update(readFileSync(join(own, f)));
  }
  hash.update(readFileSync(join(projectRoot(), 'generated', 'validators.cjs')));
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** Where the cache lives: `cacheDir` (tests) or the build's dist/cache/products/. */
function cachePath(name: string, cacheDir = join(projectRoot(), PRODUCT_CACHE_DIR)): string {
  return join(cacheDir, `${name}.json`);
}

/** Where the cache of one product is looked up and written. */
export interface CacheLocation {
  /** The bundled plans directory: only its products are cached. */
  bundledDir: string;
  /** The cache folder (default: dist/cache/products/ of the package). */
  cacheDir?: string;
}

/** sha256 of every .yaml file of a product folder (and .yml, .YAML… file, which the loader refuses), by name. */
function folderHashes(pdir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(pdir).filter((f) => YAML_LIKE.test(f)).sort()) out[f] = sha256(readFileSync(join(pdir, f)));
  return out;
}

/**
 * The product `name` of the plans directory `dir` from the cache, or undefined when there is no entry that
 * matches these files and this loader exactly (the caller then loads the files).
 * @param where the bundled plans directory (the only one cached) and the cache folder
 * @param checkInside the loader's check that a path resolves inside `dir` (symbolic links): run on every file;
 *   when it throws, the entry is not used and the loader reports the problem itself
 */
export function readCachedProduct(name: string, dir: string, where: CacheLocation, checkInside: (path: string) => void): LoadedProduct | undefined {
  try {
    if (realpathSync(dir) !== realpathSync(where.bundledDir)) return undefined;
    const file = cachePath(name, where.cacheDir);
    if (!existsSync(file)) return undefined;
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (cached.format !== FORMAT || cached.product !== name || cached.loader !== loaderFingerprint()) return undefined;
    const pdir = join(dir, name);
    const hashes = folderHashes(pdir);
    const names = Object.keys(hashes);
    if (names.length !== Object.keys(cached.files).length || names.some((f) => cached.files[f] !== hashes[f])) return undefined;
    checkInside(pdir);
    for (const f of names) checkInside(join(pdir, f));
    return {
      dir: pdir,
      file: join(pdir, 'product.yaml'),
      relPath: cached.relPath,
      sha256: cached.sha256,
      product: cached.data,
      versionPos: cached.versionPos,
      plans: cached.plans.map((p) => ({
        file: join(pdir, p.name),
        relPath: p.relPath,
        sha256: p.sha256,
        plan: p.plan,
        sqlTexts: p.sqlTexts,
        steps: p.plan.steps.map((step, index) => {
          const op = p.stepOps[index];
          const ackPos = p.ackPositions[index];
          return { index, op, args: (step as Record<string, unknown>)[op], step, pos: p.stepPositions[index], ...(ackPos ? { ackPos } : {}) };
        }),
      })),
    };
  } catch {
    return undefined;
  }
}

/** Removes the cache entry of a product (one that no longer loads: the next run reads its files). */
export function removeProductCache(name: string, cacheDir?: string): void {
  rmSync(cachePath(name, cacheDir), { force: true });
}

/**
 * Writes the cache entry of a product the loader has just read from `dir` (the bundled plans directory), in
 * one rename so a reader never sees half a file.
 * @returns the file written
 */
export function writeProductCache(name: string, dir: string, loaded: LoadedProduct, cacheDir?: string): string {
  const entry: CacheFile = {
    format: FORMAT,
    loader: loaderFingerprint(),
    product: name,
    files: folderHashes(join(dir, name)),
    relPath: loaded.relPath,
    sha256: loaded.sha256,
    data: loaded.product,
    versionPos: loaded.versionPos ?? [],
    plans: loaded.plans.map((p) => ({
      name: basename(p.file),
      relPath: p.relPath,
      sha256: p.sha256,
      plan: p.plan,
      stepOps: p.steps.map((s) => s.op),
      stepPositions: p.steps.map((s) => s.pos),
      ackPositions: p.steps.map((s) => s.ackPos ?? null),
      sqlTexts: p.sqlTexts,
    })),
  };
  const file = cachePath(name, cacheDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(entry));
  renameSync(`${file}.tmp`, file);
  return file;
}

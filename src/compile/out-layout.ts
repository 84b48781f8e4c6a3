// The layout of an out directory (what `plan build` writes there), without the compiler: the command line reads it
// on its own thread to say which folders a build leaves alone.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The files `plan build` writes (and nothing else of out/ is touched): <product>/<from>-<to>/<dialect>/{up,down,report}.sql
 * and review.md, <product>/catalog/<dialect>/<version>.txt and <product>/lint.txt.
 */
export const OUT_FILE = /^[^/]+\/([^/]+-[^/]+\/[^/]+\/((up|down|report)\.sql|review\.md)|catalog\/[^/]+\/[^/]+\.txt|lint\.txt)$/;

/** The files of `outDir` that `plan build` writes (by their layout), relative to it; other files are not ours. */
export function existingOut(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)) {
      const full = join(dir, f);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(relative(outDir, full).split('\\').join('/'));
    }
  };
  walk(outDir);
  return found.filter((f) => OUT_FILE.test(f));
}

/** The product folder a file of the layout (relative to the out directory) is in. */
export const productOf = (file: string): string => file.slice(0, file.indexOf('/'));

/**
 * The folders of `outDir` holding files of the layout for a product that is not one of `products` (those a build or
 * check acts on): a build leaves them alone and a check does not count them (found by a fresh user: a build of
 * your plans removed out/foo/…, the SQL of a product not in them). Sorted.
 */
export function otherProductFolders(outDir: string, products: readonly string[]): string[] {
  const ours = new Set(products);
  return [...new Set(existingOut(outDir).map(productOf).filter((p) => !ours.has(p)))].sort();
}

// Writes the build's cache of the bundled products (src/plan/product-cache.ts): each product read from its
// files and stored as JSON under dist/cache/products/. Run by `npm run build`; harmless to skip (a run then
// parses the YAML) and never stale (each entry names the exact files and loader it was made from). A product
// that does not load is reported on one line and left uncached, so the tests (not the build) say what is wrong.
import { pathToFileURL } from 'node:url';
import { listProducts, plansDir, readProduct } from '../plan/load.js';
import { PlanError } from '../plan/errors.js';
import { removeProductCache, writeProductCache } from '../plan/product-cache.js';
import { displayPath } from '../paths.js';

/**
 * Caches every bundled product that loads.
 * @returns one line per product: the file written, or why the product was left uncached
 */
export function cacheBundledProducts(cacheDir?: string): string[] {
  const dir = plansDir();
  return listProducts(dir).map((name) => {
    try {
      return `cached ${displayPath(writeProductCache(name, dir, readProduct(name, dir), cacheDir))}`;
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      removeProductCache(name, cacheDir);
      return `not cached: ${name}: ${e.message}`;
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Quiet on success, and on stderr: the build runs inside `npm pack --json`, whose stdout is JSON.
  for (const line of cacheBundledProducts()) if (!line.startsWith('cached ')) process.stderr.write(`${line}\n`);
}

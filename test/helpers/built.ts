// Vitest's global setup (vitest.config.ts): runs once, before any test file, in the main process. The test files
// spawn the built CLI (dist/src/cli/main.js) and read the build's product cache (dist/cache/); they share one dist/,
// so none of them may rebuild it while the others run (a file's `tsc -p .` in its beforeAll rewrote dist/ under the
// CLI that another file was spawning: "Cannot find module …/dist/src/cli/main.js", or an export not found in a
// half-written module). `npm test` builds before vitest; a run of single files (npx vitest run test/x.test.ts) after
// an edit of src/ gets its build here, once, before the files start.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../src/paths.js';

/**
 * What makes dist/ stale for the tests: a TypeScript file of src/ whose compiled file in dist/src is missing or
 * older, no product cache (dist/cache/products), or a bundled product's plan file newer than its cache entry.
 * @param root the package root
 * @returns the first such path relative to root (a reason to print), or undefined when dist/ is fresh
 */
export function staleBuild(root: string = projectRoot()): string | undefined {
  if (!existsSync(join(root, 'dist/cache/products'))) return 'dist/cache/products';
  const walk = (dir: string): string | undefined => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        const found = walk(path);
        if (found) return found;
      } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const built = join(root, 'dist', relative(root, path).replace(/\.ts$/, '.js'));
        if (!existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs) return relative(root, path);
      }
    }
    return undefined;
  };
  const code = walk(join(root, 'src'));
  if (code) return code;
  // The product cache: an entry older than a file of its product is not used (a run parses the YAML), and
  // cold-start.test.ts proves that a bundled product's compile reads the cache.
  for (const product of readdirSync(join(root, 'plans'), { withFileTypes: true })) {
    if (!product.isDirectory()) continue;
    const entry = join(root, 'dist/cache/products', `${product.name}.json`);
    const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
    for (const f of readdirSync(join(root, 'plans', product.name))) {
      if (statSync(join(root, 'plans', product.name, f)).mtimeMs > built) return `plans/${product.name}/${f}`;
    }
  }
  return undefined;
}

/** Vitest global setup: builds (npm run build) when dist/ is stale, before any test file runs. */
export default function setup(): void {
  const root = projectRoot();
  const why = staleBuild(root);
  if (why === undefined) return;
  process.stderr.write(`test setup: dist/ is older than ${why}: npm run build\n`);
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

// out/: the compiled up and down SQL of every plan, committed for review. Regenerated, never edited.
// The bundled plans' SQL is the package's out/; the SQL of your plans goes to an out directory of yours.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { writeAtomically } from '../cli/write.js';
import { displayPath, projectRoot } from '../paths.js';
import { listProducts, loadProduct, plansDir } from '../plan/load.js';
import { PlanError } from '../plan/errors.js';
import { planDialects } from '../plan/dialect-versions.js';
import { rollbackRefused } from './validate.js';
import { compile, predictCatalog } from './compile.js';
import { dialectVersions } from '../plan/dialect-versions.js';
import { reportSql } from './report.js';
import { lintProduct } from '../lint/lint.js';
import { formatText } from '../lint/format.js';

/** A product to compile into an out directory: its name and the plans directory it is read from. */
export interface OutProduct {
  name: string;
  plansDir: string;
}

/** The package's out/, which holds the SQL of the bundled plans. */
export const bundledOutDir = () => join(projectRoot(), 'out');

/** Every bundled product. */
const bundledProducts = (): OutProduct[] => listProducts().map((name) => ({ name, plansDir: plansDir() }));

/**
 * The files `plan build` writes (and nothing else of out/ is touched): <product>/<from>-<to>/<dialect>/{up,down,report}.sql
 * <product>/catalog/<dialect>/<version>.txt and <product>/lint.txt.
 */
const OUT_FILE = /^[^/]+\/([^/]+-[^/]+\/[^/]+\/(up|down|report)\.sql|catalog\/[^/]+\/[^/]+\.txt|lint\.txt)$/;

/** Every file the out directory should hold, by path relative to it (`<product>/<from>-<to>/<dialect>/up.sql`, `<product>/lint.txt`, …). */
export function expectedOut(products: OutProduct[] = bundledProducts()): Map<string, string> {
  const files = new Map<string, string>();
  for (const { name, plansDir } of products) {
    const p = loadProduct(name, plansDir);
    // Only the dialects that support each plan's versions (product.yaml dialect_versions:).
    for (const { plan, dialect } of planDialects(p)) {
      const dir = `${name}/${plan.plan.from}-${plan.plan.to}/${dialect}`;
      const up = compile({ product: name, from: plan.plan.from, to: plan.plan.to, dialect, plansDir, examples: true });
      files.set(`${dir}/up.sql`, up.sql);
      // The report of the rows a copy skips (report.ts), where the plan has such a copy.
      if (up.units.some((u) => (u.op.kind === 'copy_rows' && u.op.skip) || u.op.kind === 'import_rows')) files.set(`${dir}/report.sql`, reportSql(up, `${name} ${plan.plan.from} → ${plan.plan.to}`));
      // No down.sql for a plan whose rollback its author refused (an irreversible step): there is none to review.
      let down: string | undefined;
      if (!rollbackRefused(() => (down = compile({ product: name, from: plan.plan.to, to: plan.plan.from, dialect, plansDir, examples: true }).sql))) files.set(`${dir}/down.sql`, down!);
    }
    // The catalog each version has on each dialect, as the catalog queries print it (what plan detect compares a
    // database with): a change to the schema a plan makes shows in review as a change of these listings.
    for (const dialect of p.product.dialects) {
      for (const version of dialectVersions(p.product, dialect)) {
        const lines = predictCatalog({ product: name, version, dialect, plansDir });
        files.set(`${name}/catalog/${dialect}/${version}.txt`, lines.length ? `${lines.join('\n')}\n` : '');
      }
    }
    // What plan lint <product> prints (every dialect, every parameter choice): a new finding, or an acknowledgement
    // added or gone, shows in review.
    files.set(`${name}/lint.txt`, formatText(lintProduct({ product: name, plansDir })));
  }
  return files;
}

/** The files of `outDir` that `plan build` writes (by their layout), relative to it; other files are not ours. */
function existingOut(outDir: string): string[] {
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

/**
 * How `outDir` differs from what `plan build` would write for `products` (by default the bundled products into the
 * package's out/): one line per missing, stale or extra file, named as `displayPath` names it; empty when fresh.
 */
export function checkOut(outDir = bundledOutDir(), products: OutProduct[] = bundledProducts()): string[] {
  const want = expectedOut(products);
  const shown = (f: string) => displayPath(join(outDir, f));
  const problems: string[] = [];
  for (const [f, text] of want) {
    const full = join(outDir, f);
    if (!existsSync(full)) problems.push(`missing: ${shown(f)}`);
    else if (readFileSync(full, 'utf8') !== text) problems.push(`stale:   ${shown(f)}`);
  }
  for (const f of existingOut(outDir)) if (!want.has(f)) problems.push(`extra:   ${shown(f)}`);
  return problems;
}

/**
 * Writes the up and down SQL of every plan of `products` into `outDir` (by default the bundled products into the
 * package's out/), leaving unchanged files alone and removing files of its layout that no plan makes any more.
 * Every script is compiled before the first write, and each file is replaced atomically. `outDir` is created when
 * its parent exists; a PlanError otherwise, or when a plan does not compile.
 */
export function buildOut(outDir = bundledOutDir(), products: OutProduct[] = bundledProducts()): { written: number; removed: number; unchanged: number } {
  if (!existsSync(dirname(outDir))) throw new PlanError(`cannot write into ${outDir}: its folder ${dirname(outDir)} does not exist (folders are not created)`);
  const want = expectedOut(products);
  let written = 0;
  let unchanged = 0;
  let removed = 0;
  for (const [f, text] of want) {
    const full = join(outDir, f);
    if (existsSync(full) && readFileSync(full, 'utf8') === text) {
      unchanged++;
      continue;
    }
    // Everything is compiled (above) before the first write; each file is replaced whole, never truncated.
    mkdirSync(dirname(full), { recursive: true });
    writeAtomically(full, text);
    written++;
  }
  for (const f of existingOut(outDir)) {
    if (!want.has(f)) {
      rmSync(join(outDir, f));
      removed++;
    }
  }
  return { written, removed, unchanged };
}

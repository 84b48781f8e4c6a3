// out/: the compiled up and down SQL of every plan, committed for review. Regenerated, never edited.
// The bundled plans' SQL is the package's out/; the SQL of your plans goes to an out directory of yours.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { existingOut, productOf } from './out-layout.js';
import { writeAtomically } from '../cli/write.js';
import { displayPath, projectRoot } from '../paths.js';
import { listProducts, loadProduct, plansDir } from '../plan/load.js';
import { PlanError } from '../plan/errors.js';
import { compile, predictCatalog, type CompileResult } from './compile.js';
import { dialectsAt, dialectVersions } from '../plan/dialect-versions.js';
import { reportSql } from './report.js';
import { ProductLint, report } from '../lint/lint.js';
import type { Finding } from '../lint/types.js';
import { formatText } from '../lint/format.js';
import { IrreversibleError } from '../plan/errors.js';
import { lintOf, reviewMarkdown, reviewOf, type Review } from '../review/review.js';

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
 * Every file the out directory should hold, one at a time as it is compiled: [path relative to it, text]
 * (`<product>/<from>-<to>/<dialect>/up.sql`, …). Nothing is kept between files, so a caller that writes or compares
 * each file as it comes holds one script at a time, not all of out/.
 */
export function* outFiles(products: OutProduct[] = bundledProducts()): Generator<[string, string]> {
  for (const { name, plansDir } of products) {
    const p = loadProduct(name, plansDir);
    // What plan lint <product> prints (every dialect, every parameter choice): a new finding, or an acknowledgement
    // added or gone, shows in review; each plan's review.md shows the findings on its own path. The plans are linted
    // one at a time as they are compiled here, the compile of the default choice shared: one plan's compiles are held
    // at a time, never a product's.
    const lint = new ProductLint({ product: name, plansDir });
    const linted = new Set(lint.plans);
    const findings: Finding[] = [];
    // Only the dialects that support each plan's versions (product.yaml dialect_versions:).
    for (const plan of p.plans) {
      const planLint = linted.has(plan) ? lint.startPlan(plan) : undefined;
      // The runbook for the change ticket (plan review), beside the scripts it describes, with the plan's findings
      // once every dialect is linted: meanwhile each dialect's review waits without the compiles it was made from.
      const reviews: { dialect: string; review: Review }[] = [];
      for (const dialect of dialectsAt(p.product, plan.plan.to)) {
        const dir = `${name}/${plan.plan.from}-${plan.plan.to}/${dialect}`;
        const up = compile({ product: name, from: plan.plan.from, to: plan.plan.to, dialect, plansDir, examples: true });
        yield [`${dir}/up.sql`, up.sql];
        // The report of the rows a copy skips or an import leaves out (report.ts), where the plan has such a step.
        if (up.units.some((u) => (u.op.kind === 'copy_rows' && u.op.skip) || u.op.kind === 'import_rows')) yield [`${dir}/report.sql`, reportSql(up, `${name} ${plan.plan.from} → ${plan.plan.to}`)];
        planLint?.lintDialect(dialect, up);
        // No down.sql for a plan whose rollback its author refused (an irreversible step): there is none to review.
        let down: CompileResult | undefined;
        let irreversible: string | undefined;
        try {
          down = compile({ product: name, from: plan.plan.to, to: plan.plan.from, dialect, plansDir, examples: true });
        } catch (e) {
          if (!(e instanceof IrreversibleError)) throw e;
          irreversible = e.message;
        }
        if (down) yield [`${dir}/down.sql`, down.sql];
        reviews.push({ dialect, review: reviewOf(up, down, irreversible, report([]), plan.plan.from, plan.plan.to) });
      }
      const own = planLint?.findings() ?? [];
      findings.push(...own);
      const sorted = report(own).findings;
      for (const { dialect, review } of reviews) {
        yield [`${name}/${plan.plan.from}-${plan.plan.to}/${dialect}/review.md`, reviewMarkdown({ ...review, lint: lintOf(dialect, [plan.relPath], sorted) })];
      }
    }
    // A plan no dialect supports is linted all the same (its acknowledgements are judged).
    for (const plan of lint.plans) if (dialectsAt(p.product, plan.plan.to).length === 0) findings.push(...lint.lintPlan(plan));
    yield [`${name}/lint.txt`, formatText(report(findings))];
    // The catalog each version has on each dialect, as the catalog queries print it (what plan detect compares a
    // database with): a change to the schema a plan makes shows in review as a change of these listings.
    for (const dialect of p.product.dialects) {
      for (const version of dialectVersions(p.product, dialect)) {
        const lines = predictCatalog({ product: name, version, dialect, plansDir });
        yield [`${name}/catalog/${dialect}/${version}.txt`, lines.length ? `${lines.join('\n')}\n` : ''];
      }
    }
  }
}

/** Every file the out directory should hold, by path relative to it (`<product>/<from>-<to>/<dialect>/up.sql`, …). */
export function expectedOut(products: OutProduct[] = bundledProducts()): Map<string, string> {
  return new Map(outFiles(products));
}

/**
 * Whether the file `full` holds exactly `text` (UTF-8), compared as bytes: the size first, then the bytes. A script
 * read back as a string would be a second copy of megabytes in V8's heap, kept until a full collection; a buffer is
 * freed with its small handle, young.
 */
function holds(full: string, text: string): boolean {
  if (statSync(full).size !== Buffer.byteLength(text, 'utf8')) return false;
  return readFileSync(full).equals(Buffer.from(text, 'utf8'));
}

/** The files of the layout in `outDir` of the products `products` (the folders of other products are not ours). */
const existingOutOf = (outDir: string, products: OutProduct[]): string[] => {
  const names = new Set(products.map((p) => p.name));
  return existingOut(outDir).filter((f) => names.has(productOf(f)));
};

/**
 * How `outDir` differs from what `plan build` would write for `products` (by default the bundled products into the
 * package's out/): one line per missing, stale or extra file (extra: in the folder of one of `products`, which build
 * would remove), named as `displayPath` names it; empty when fresh.
 */
export function checkOut(outDir = bundledOutDir(), products: OutProduct[] = bundledProducts()): string[] {
  // (Named relative to the current directory, as messages are; the plans in the files relative to out/'s folder.)
  const shown = (f: string) => displayPath(join(outDir, f), process.cwd());
  const problems: string[] = [];
  const want = new Set<string>();
  // Each file compared as it is compiled (outFiles): one script in memory at a time.
  for (const [f, text] of outFiles(products)) {
    want.add(f);
    const full = join(outDir, f);
    if (!existsSync(full)) problems.push(`missing: ${shown(f)}`);
    else if (!holds(full, text)) problems.push(`stale:   ${shown(f)}`);
  }
  for (const f of existingOutOf(outDir, products)) if (!want.has(f)) problems.push(`extra:   ${shown(f)}`);
  return problems;
}

/**
 * Writes the up and down SQL of every plan of `products` into `outDir` (by default the bundled products into the
 * package's out/), leaving unchanged files alone and removing files of its layout, in the folders of `products`, that
 * no plan makes any more (and the folders that leaves empty).
 * Every script is compiled before the first file of `outDir` is replaced: a changed file is written, as it is
 * compiled, into a staging folder (inside `outDir`, or beside it while it does not exist), and only once all compiled
 * are the staged files renamed into place, each replaced whole. `outDir` is created when its parent exists; a
 * PlanError otherwise, or when a plan does not compile (then `outDir` is as it was, and the staging folder is gone).
 */
export function buildOut(outDir = bundledOutDir(), products: OutProduct[] = bundledProducts()): { written: number; removed: number; unchanged: number } {
  if (!existsSync(dirname(outDir))) throw new PlanError(`cannot write into ${outDir}: its folder ${dirname(outDir)} does not exist (folders are not created)`);
  const want = new Set<string>();
  const changed: string[] = [];
  let unchanged = 0;
  let removed = 0;
  let staging: string | undefined;
  try {
    for (const [f, text] of outFiles(products)) {
      want.add(f);
      const full = join(outDir, f);
      if (existsSync(full) && holds(full, text)) {
        unchanged++;
        continue;
      }
      staging ??= mkdtempSync(join(existsSync(outDir) ? outDir : dirname(outDir), '.plan-build-'));
      const staged = join(staging, f);
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, text, { flag: 'wx' });
      changed.push(f);
    }
    // Everything is compiled (above): now each changed file replaces the old one whole, never truncated.
    for (const f of changed) {
      const full = join(outDir, f);
      mkdirSync(dirname(full), { recursive: true });
      moveInto(join(staging!, f), full);
    }
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
  // Only in the folders of `products`: another product's SQL is not this build's to remove. A folder left empty by a
  // removal goes too (up to the product's folder, itself included).
  for (const f of existingOutOf(outDir, products)) {
    if (want.has(f)) continue;
    rmSync(join(outDir, f));
    removed++;
    for (let dir = dirname(join(outDir, f)); dir !== outDir && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
  }
  return { written: changed.length, removed, unchanged };
}

/** Moves the staged file `from` to `to` by a rename (atomic); where it cannot (another device, a folder there), writes it atomically, which says why it fails. */
function moveInto(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    writeAtomically(to, readFileSync(from, 'utf8'));
  }
}

// out/: the compiled up and down SQL of every plan, committed for review. Regenerated, never edited.
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeAtomically } from '../cli/write.js';
import { projectRoot } from '../paths.js';
import { listProducts, loadProduct } from '../plan/load.js';
import { compile } from './compile.js';

/** Every file out/ should hold, by path relative to the project root. */
export function expectedOut(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of listProducts()) {
    const p = loadProduct(name);
    for (const plan of p.plans) {
      for (const dialect of p.product.dialects) {
        const dir = `out/${name}/${plan.plan.from}-${plan.plan.to}/${dialect}`;
        files.set(`${dir}/up.sql`, compile({ product: name, from: plan.plan.from, to: plan.plan.to, dialect }).sql);
        files.set(`${dir}/down.sql`, compile({ product: name, from: plan.plan.to, to: plan.plan.from, dialect }).sql);
      }
    }
  }
  return files;
}

function existingOut(): string[] {
  const root = join(projectRoot(), 'out');
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)) {
      const full = join(dir, f);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(relative(projectRoot(), full).split('\\').join('/'));
    }
  };
  walk(root);
  return found.filter((f) => f.endsWith('.sql'));
}

export function checkOut(): string[] {
  const want = expectedOut();
  const problems: string[] = [];
  for (const [f, text] of want) {
    const full = join(projectRoot(), f);
    if (!existsSync(full)) problems.push(`missing: ${f}`);
    else if (readFileSync(full, 'utf8') !== text) problems.push(`stale:   ${f}`);
  }
  for (const f of existingOut()) if (!want.has(f)) problems.push(`extra:   ${f}`);
  return problems;
}

export function buildOut(): { written: number; removed: number; unchanged: number } {
  const want = expectedOut();
  let written = 0;
  let unchanged = 0;
  let removed = 0;
  for (const [f, text] of want) {
    const full = join(projectRoot(), f);
    if (existsSync(full) && readFileSync(full, 'utf8') === text) {
      unchanged++;
      continue;
    }
    // Everything is compiled (above) before the first write; each file is replaced whole, never truncated.
    writeAtomically(full, text);
    written++;
  }
  for (const f of existingOut()) {
    if (!want.has(f)) {
      rmSync(join(projectRoot(), f));
      removed++;
    }
  }
  return { written, removed, unchanged };
}

// Compiling with the checks that need an engine's own parser, which is asynchronous to load (PostgreSQL's): the
// raw SQL, guards and check expressions of the plans a script is made of are parsed before it is compiled.
import { findPath } from '../plan/graph.js';
import { loadProduct } from '../plan/load.js';
import { checkDialectVersions, forDialect } from '../plan/dialect-versions.js';
import { getDialect } from '../dialects/index.js';
import { compile, type CompileRequest, type CompileResult } from './compile.js';

/**
 * compile(), after parsing every text of the plans the script depends on (the chain that builds its starting schema
 * and its path) in the script's dialect, where the dialect parses them at compile time (`syntax.checkTexts`).
 * @throws PlanError at the first text that is not safe to paste into the script
 */
export async function compileChecked(req: CompileRequest): Promise<CompileResult> {
  const d = getDialect(req.dialect);
  if (d.syntax.checkTexts) {
    const loaded = loadProduct(req.product, req.plansDir);
    if (loaded.product.dialects.includes(d.name)) {
      checkDialectVersions(loaded.product, d.name, [req.from, req.to]);
      const path = findPath(forDialect(loaded, d.name), req.from, req.to);
      await d.syntax.checkTexts([...path.base, ...path.plans]);
    }
  }
  return compile(req);
}

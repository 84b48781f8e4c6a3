// Compiling with the checks that need PostgreSQL's parser, which is asynchronous to load: the raw SQL, guards and
// check expressions of the plans a PostgreSQL script is made of are parsed before it is compiled.
import { findPath } from '../plan/graph.js';
import { loadProduct } from '../plan/load.js';
import { checkPostgresTexts } from '../plan/postgres-text.js';
import { compile, type CompileRequest, type CompileResult } from './compile.js';

/**
 * compile(), after parsing every PostgreSQL text of the plans the script depends on (the chain that builds its
 * starting schema and its path). The parser is loaded only when one of them has PostgreSQL text.
 */
export async function compileChecked(req: CompileRequest): Promise<CompileResult> {
  if (req.dialect === 'postgres') {
    const product = loadProduct(req.product, req.plansDir);
    if (product.product.dialects.includes('postgres')) {
      const path = findPath(product, req.from, req.to);
      await checkPostgresTexts([...path.base, ...path.plans]);
    }
  }
  return compile(req);
}

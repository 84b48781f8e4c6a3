// `plan validate`: every plan, every dialect, every choice of the boolean and enum parameters: the chain
// from the empty database to the last version replays, and every plan compiles both ways.
import { listProducts, loadProduct } from '../plan/load.js';
import { parameterChoices } from '../plan/params.js';
import { compile } from './compile.js';

export function validateAll(only?: string): string[] {
  const report: string[] = [];
  for (const name of only ? [only] : listProducts()) {
    const p = loadProduct(name);
    const last = p.product.versions[p.product.versions.length - 1];
    let compiled = 0;
    for (const dialect of p.product.dialects) {
      for (const params of parameterChoices(p)) {
        compile({ product: name, from: '0', to: last, dialect, params });
        for (const plan of p.plans) {
          compile({ product: name, from: plan.plan.from, to: plan.plan.to, dialect, params });
          compile({ product: name, from: plan.plan.to, to: plan.plan.from, dialect, params });
          compiled += 2;
        }
      }
    }
    report.push(`${name}: ${p.plans.length} plans valid (${compiled} scripts compiled across ${p.product.dialects.join(', ')} and every parameter choice)`);
  }
  return report;
}

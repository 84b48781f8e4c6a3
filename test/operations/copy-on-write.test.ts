// Applying an operation never changes the model it is given (copy-on-write): every model of every chain of the
// bundled and fixture plans is frozen before the next operation is applied to it, on both dialects.
import { forDialect } from '../../src/plan/dialect-versions.js';
import { describe, expect, it } from 'vitest';
import { getDialect } from '../../src/dialects/index.js';
import { emptyModel, findTable, type Model } from '../../src/model/model.js';
import { applyOp, inverseOf, resolveOp, stepApplies } from '../../src/operations/index.js';
import { writtenChainFromEmpty } from '../../src/plan/graph.js';
import { loadProduct } from '../../src/plan/load.js';
import { resolveParams } from '../../src/plan/params.js';
import type { DialectName, Scalar } from '../../src/plan/types.js';
import { FIXTURE } from '../helpers/plans.js';
import { facetChanges, valueKey, type Facet, type FacetValue } from '../../src/compile/facets.js';

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

const products = [{ product: 'supertokens', plansDir: undefined }, FIXTURE];

describe('apply is copy-on-write', () => {
  for (const { product, plansDir } of products) {
    for (const dn of ['postgres', 'mysql'] as DialectName[]) {
      it(`${product} · ${dn}: no operation changes the model it is given; untouched tables are shared`, () => {
        // The versions this dialect has (SuperTokens on MySQL stops at 10.1).
        const p = forDialect(loadProduct(product, plansDir), dn);
        const d = getDialect(dn);
        const params = resolveParams(p, []) as Record<string, Scalar>;
        const last = p.product.versions[p.product.versions.length - 1];
        let model: Model = deepFreeze(emptyModel(dn));
        let applied = 0;
        for (const plan of writtenChainFromEmpty(p, last)) {
          for (const step of plan.steps) {
            if (!stepApplies(step.step, d, params)) continue;
            const op = resolveOp(d, step, params);
            const before = JSON.stringify(model);
            const after = applyOp(d, model, op); // a write to the frozen model would throw a TypeError
            expect(JSON.stringify(model)).toBe(before);
            // A table the operation does not name and leaves as it was is the same object in both models.
            const named = new Set(Object.values(op).filter((v) => typeof v === 'string'));
            for (const t of after.tables) {
              const old = findTable(model, t.name);
              if (old && !named.has(t.name) && JSON.stringify(old) === JSON.stringify(t)) expect(t).toBe(old);
            }
            inverseOf(op, model, after, new Set());
            model = deepFreeze(after);
            applied++;
          }
        }
        expect(applied).toBeGreaterThan(10);
      });
    }
  }
});

// What copy-on-write allows: facets.ts computes the changes between two models and the text of a definition once
// (compiles of one product ask for the same pairs and objects again and again), and shares them frozen.
describe('facets of immutable models are computed once', () => {
  it('facetChanges of the same pair is the same frozen list; valueKey of the same definition the same text', () => {
    const d = getDialect('postgres');
    const p = forDialect(loadProduct('supertokens'), 'postgres');
    const params = resolveParams(p, []) as Record<string, Scalar>;
    let before: Model = emptyModel('postgres');
    const plan = writtenChainFromEmpty(p, p.product.versions[1])[0];
    for (const s of plan.steps) {
      if (!stepApplies(s.step, d, params)) continue;
      const after = applyOp(d, before, resolveOp(d, s, params));
      const changes = facetChanges(before, after);
      expect(facetChanges(before, after)).toBe(changes);
      expect(Object.isFrozen(changes)).toBe(true);
      expect(() => (changes as Facet[]).push(changes[0])).toThrow(TypeError);
      for (const c of changes) if (c.value) expect(valueKey({ ...c.value } as FacetValue)).toBe(valueKey(c.value));
      before = after;
    }
    expect(before.tables.length).toBeGreaterThan(5);
  });
});

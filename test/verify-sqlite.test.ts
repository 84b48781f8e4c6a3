// plan verify on SQLite: every plan of every product that runs on SQLite, on sql.js (the driver) and through the
// sqlite3 command-line client (`sqlite3 -bail FILE < script`, as the header tells a DBA to apply it).
import { expect, it } from 'vitest';
import { describe } from 'vitest';
import { verify } from '../src/verify/verify.js';
import { loadProduct, listProducts } from '../src/plan/load.js';
import { forDialect } from '../src/plan/dialect-versions.js';
import { describeSqliteClient } from './helpers/servers.js';
import { verifySuite } from './helpers/verify-suite.js';
import { FIXTURE } from './helpers/plans.js';

describe('plan verify on sqlite (sql.js)', () => verifySuite({ title: 'sqlite', dialect: 'sqlite' }));

describeSqliteClient('plan verify on sqlite through the sqlite3 client', () => {
  const products = [...listProducts().map((name) => ({ name, plansDir: undefined as string | undefined })), { name: FIXTURE.product, plansDir: FIXTURE.plansDir as string | undefined }];
  for (const { name, plansDir } of products) {
    const loaded = loadProduct(name, plansDir);
    if (!loaded.product.dialects.includes('sqlite')) continue;
    for (const plan of forDialect(loaded, 'sqlite').plans) {
      it(`${name} ${plan.plan.from} → ${plan.plan.to} with sqlite3 -bail`, async () => {
        const r = await verify({ product: name, from: plan.plan.from, to: plan.plan.to, dialect: 'sqlite', plansDir, client: 'cli', sample: 3 });
        expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
        expect(r.client).toBe('cli');
      });
    }
  }
});

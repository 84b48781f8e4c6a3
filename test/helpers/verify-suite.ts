// `plan verify` for every plan of every product (and the fixture) on one engine; the headline path
// 3.3 → 6.0 also for both values of the parameter that changes it, and through the command-line client.
// One test file per engine, so that vitest runs the engines side by side.
import { expect, it } from 'vitest';
import { verify, type VerifyReport } from '../../src/verify/verify.js';
import { hasClient } from '../../src/engines/index.js';
import { loadProduct, listProducts } from '../../src/plan/load.js';
import type { EngineTarget } from './servers.js';
import { FIXTURE } from './plans.js';

const failures = (r: VerifyReport) => r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`);

export function verifySuite(e: EngineTarget): void {
  const products = [...listProducts().map((name) => ({ name, plansDir: undefined as string | undefined })), { name: FIXTURE.product, plansDir: FIXTURE.plansDir as string | undefined }];
  for (const { name, plansDir } of products) {
    const p = loadProduct(name, plansDir);
    if (!p.product.dialects.includes(e.dialect)) continue;
    for (const plan of p.plans) {
      it(`${name} ${plan.plan.from} → ${plan.plan.to}`, async () => {
        const r = await verify({ product: name, from: plan.plan.from, to: plan.plan.to, dialect: e.dialect, url: e.url, plansDir, sample: 2 });
        expect(failures(r)).toEqual([]);
        expect(r.checks.length).toBe(13);
      });
    }
  }
  for (const dynamic of ['true', 'false']) {
    it(`supertokens 3.3 → 6.0, access_token_signing_key_dynamic=${dynamic}`, async () => {
      const r = await verify({ product: 'supertokens', from: '3.3', to: '6.0', dialect: e.dialect, url: e.url, params: [`access_token_signing_key_dynamic=${dynamic}`] });
      expect(failures(r)).toEqual([]);
      // Zero drift against SuperTokens' own fresh-install schema at 6.0.
      expect(r.checks.find((c) => c.check.startsWith('upgrade equals fresh install'))).toMatchObject({ ok: true, detail: [] });
    });
  }
  if (e.url && hasClient(e.dialect)) {
    it('supertokens 3.3 → 6.0 through the command-line client', async () => {
      const r = await verify({ product: 'supertokens', from: '3.3', to: '6.0', dialect: e.dialect, url: e.url, client: 'cli', sample: 3 });
      expect(failures(r)).toEqual([]);
      expect(r.client).toBe('cli');
    });
  }
}

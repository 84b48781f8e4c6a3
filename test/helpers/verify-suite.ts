// `plan verify` for every plan of every product (and the fixture) on one engine; the headline path
// 3.3 → 6.0 also for both values of the parameter that changes it, and through the command-line client.
// One test file per engine, so that vitest runs the engines side by side.
import { expect, it } from 'vitest';
import { verify, type VerifyReport } from '../../src/verify/verify.js';
import { hasClient } from '../../src/engines/index.js';
import { loadProduct, listProducts } from '../../src/plan/load.js';
import { declaredParameters } from '../../src/plan/params.js';
import { forDialect } from '../../src/plan/dialect-versions.js';
import type { EngineTarget } from './servers.js';
import { FIXTURE } from './plans.js';

const failures = (r: VerifyReport) => r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`);

// Rollbacks whose data checks must refuse rows seeded at the newer version (issue #10), and words of the refusal
// (within MySQL's 64-character error text): a second tenant and app at 6.0; values wider than 3.16 holds.
const REFUSED: Record<string, string> = {
  '5.0-6.0': "have app_id other than 'public'",
  '3.16-4.0': 'rows of emailpassword_users have password_hash',
};

// Variants whose upgrade must stop at a data check on the generated rows, before any change (the parameter asks it to):
// AuthHero's refresh tokens without login_id, which the seeder writes (a NULL in every nullable column of a row) and
// which refresh_tokens_without_login=refuse keeps from the NOT NULL that 11.21 has on SQLite.
const STOPS: Record<string, { dialects: string[]; words: string }> = {
  'authhero 11.20-11.21 refresh_tokens_without_login=refuse': { dialects: ['sqlite'], words: 'plan stopped: 1 row of refresh_tokens has no login_id (NULL), which 11.21 requires' },
};

export function verifySuite(e: EngineTarget): void {
  const products = [...listProducts().map((name) => ({ name, plansDir: undefined as string | undefined })), { name: FIXTURE.product, plansDir: FIXTURE.plansDir as string | undefined }];
  for (const { name, plansDir } of products) {
    const loaded = loadProduct(name, plansDir);
    if (!loaded.product.dialects.includes(e.dialect)) continue;
    // The plans of the versions this dialect supports (product.yaml dialect_versions:).
    const p = forDialect(loaded, e.dialect);
    const declared = declaredParameters(p);
    for (const plan of p.plans) {
      // With the defaults, then once for each other value a step's `when:` names (issue #10, case x1: the copy
      // of 4.6 → 5.0 runs only with access_token_signing_key_dynamic=false, and it met the seeded NULLs only then).
      const variants: string[][] = [[]];
      for (const w of plan.steps.flatMap((st) => (st.step.when ? [st.step.when] : []))) {
        const spec = declared[w.param];
        const values = spec?.type === 'boolean' ? [true, false] : spec?.type === 'enum' ? (spec.values ?? []) : [w.equals ?? w.not_equals];
        for (const v of values) {
          if (v === undefined || v === spec?.default) continue;
          const arg = `${w.param}=${v}`;
          if (!variants.some((x) => x[0] === arg)) variants.push([arg]);
        }
      }
      for (const params of variants) {
        it(`${name} ${plan.plan.from} → ${plan.plan.to}${params.length ? `, ${params.join(' ')}` : ''}`, async () => {
          const r = await verify({ product: name, from: plan.plan.from, to: plan.plan.to, dialect: e.dialect, url: e.url, plansDir, params, sample: 2 });
          const stop = STOPS[`${name} ${plan.plan.from}-${plan.plan.to} ${params.join(' ')}`];
          if (stop?.dialects.includes(e.dialect)) {
            // The upgrade stops before any change, saying why; nothing after it runs.
            const up = r.checks.find((c) => c.check.startsWith('up: '))!;
            expect(up.ok).toBe(false);
            expect(up.detail.join(' ')).toContain(stop.words);
            expect(up.detail.join(' ')).toContain('Nothing was changed.');
            return;
          }
          expect(failures(r)).toEqual([]);
          // A plan with an irreversible step has no way back: 8 checks of the way up, then the refusal, said as a note.
          const noWayBack = r.checks.find((c) => c.check.endsWith('refused by the plan'));
          if (plan.steps.some((st) => st.step.irreversible !== undefined && (!st.step.dialects || st.step.dialects.includes(e.dialect)))) {
            expect(noWayBack?.detail.join(' ')).toMatch(/^note: .*irreversible: /);
            expect(r.checks.length).toBe(9);
            return;
          }
          // 13 checks, and the separate scenario of rows only `to` can hold for every plan but an install.
          expect(noWayBack).toBeUndefined();
          expect(r.checks.length).toBe(plan.plan.from === '0' ? 13 : 14);
          const refusal = name === 'supertokens' ? REFUSED[`${plan.plan.from}-${plan.plan.to}`] : undefined;
          if (refusal) {
            const scenario = r.checks.find((c) => c.check.startsWith(`down with rows only ${plan.plan.to} can hold`))!;
            expect(scenario.detail[0]).toMatch(/^note: refused, nothing changed \(\d+ rows seeded at [\d.]+\): plan stopped: /);
            expect(scenario.detail[0]).toContain(refusal);
          }
        });
      }
    }
  }
  // SuperTokens runs on PostgreSQL and MySQL only.
  if (!loadProduct('supertokens').product.dialects.includes(e.dialect)) return;
  for (const dynamic of ['true', 'false']) {
    it(`supertokens 3.3 → 6.0, access_token_signing_key_dynamic=${dynamic}`, async () => {
      const r = await verify({ product: 'supertokens', from: '3.3', to: '6.0', dialect: e.dialect, url: e.url, params: [`access_token_signing_key_dynamic=${dynamic}`] });
      expect(failures(r)).toEqual([]);
      // Zero drift against SuperTokens' own fresh-install schema at 6.0.
      expect(r.checks.find((c) => c.check.startsWith('upgrade equals fresh install'))).toMatchObject({ ok: true, detail: [] });
    });
  }
  // Issue #11: the whole range in one script, 3.3 to the newest version this dialect has (12.1 on PostgreSQL, 10.1 on
  // MySQL): idempotent, resumable, reversible (the rollback refuses the rows 5.0 cannot hold, before any change).
  const supertokens = forDialect(loadProduct('supertokens'), e.dialect);
  const newest = supertokens.product.versions[supertokens.product.versions.length - 1];
  it(`supertokens 3.3 → ${newest}, the whole range in one script`, async () => {
    expect(newest).toBe(e.dialect === 'postgres' ? '12.1' : '10.1');
    const r = await verify({ product: 'supertokens', from: '3.3', to: newest, dialect: e.dialect, url: e.url, sample: 3 });
    expect(failures(r)).toEqual([]);
    expect(r.checks.find((c) => c.check.startsWith(`down with rows only ${newest} can hold`))!.detail[0]).toContain("have app_id other than 'public'");
  });
  if (e.url && hasClient(e.dialect)) {
    it('supertokens 3.3 → 6.0 through the command-line client', async () => {
      const r = await verify({ product: 'supertokens', from: '3.3', to: '6.0', dialect: e.dialect, url: e.url, client: 'cli', sample: 3 });
      expect(failures(r)).toEqual([]);
      expect(r.client).toBe('cli');
    });
  }
}

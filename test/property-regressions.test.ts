// Chains the property tests (test/property.test.ts) found failing, kept as they were shrunk: each folder of
// test/fixtures/property/ is a plans directory holding the product `random`, with a comment in its
// product.yaml saying what failed. Every script compiles on both dialects, PostgreSQL's parser reads it, and
// `plan verify` passes on PGlite for 0 → last and for every plan.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadModule, parse } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { loadProduct } from '../src/plan/load.js';
import { verify } from '../src/verify/verify.js';

const ROOT = fileURLToPath(new URL('./fixtures/property', import.meta.url));

beforeAll(async () => {
  await loadModule();
});

for (const name of readdirSync(ROOT).sort()) {
  const plansDir = join(ROOT, name);
  describe(name, () => {
    const p = loadProduct('random', plansDir);
    const last = p.product.versions[p.product.versions.length - 1];
    const pairs: [string, string][] = [['0', last], ...p.plans.map((x): [string, string] => [x.plan.from, x.plan.to])];
    it('compiles on both dialects; PostgreSQL parses', async () => {
      for (const dialect of ['postgres', 'mysql']) {
        for (const [from, to] of pairs.flatMap(([a, b]): [string, string][] => [[a, b], [b, a]])) {
          const r = compile({ product: 'random', from, to, dialect, plansDir });
          if (dialect === 'postgres') await parse(r.sql);
        }
      }
    });
    it.each(pairs)('plan verify %s → %s on PGlite', async (from, to) => {
      const r = await verify({ product: 'random', from, to, dialect: 'postgres', plansDir, sample: 2 });
      expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
    });
  });
}

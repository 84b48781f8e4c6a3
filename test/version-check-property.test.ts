// The version check cannot be fooled by another version of the product: for pairs of versions (A, B) and every
// version D whose schema equals no state of the path A → B, the check of the compiled A → B script rejects D's
// predicted catalog — evaluated with firstMismatch, the same rules the script's SQL applies — and accepts A and
// B themselves. A deterministic sample of pairs runs in `npm test` (every adjacent pair, the longest pairs from and to 0, the
// first, a middle and the last version); PLAN_VERSION_CHECK_ALL=1 runs every pair. A sample of (A, B, D) is then
// applied to the real engines, asserting that nothing changed.
import { afterAll, describe, expect, it } from 'vitest';
import { compile, modelAt } from '../src/compile/compile.js';
import { facetsOf, valueKey } from '../src/compile/facets.js';
import { firstMismatch } from '../src/compile/version-check.js';
import { getDialect } from '../src/dialects/index.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { loadProduct } from '../src/plan/load.js';
import { dialectVersions } from '../src/plan/dialect-versions.js';
import { resolveParams } from '../src/plan/params.js';
import type { DialectName, Scalar } from '../src/plan/types.js';
import type { Model } from '../src/model/model.js';
import { describeEngines } from './helpers/servers.js';

const product = loadProduct('supertokens');
const versions = ['0', ...product.product.versions];
/** The versions a dialect supports (product.yaml dialect_versions: MySQL stops at 10.1), 0 first. */
const versionsOf = (dialect: DialectName) => ['0', ...dialectVersions(product.product, dialect)];
const listing = (m: Model) =>
  [...facetsOf(m)].filter(([, f]) => f.value !== null).map(([k, f]) => `${k}=${valueKey(f.value)}`).sort().join('\n');

function pairs(versions: string[]): [string, string][] {
  const all = process.env.PLAN_VERSION_CHECK_ALL === '1';
  const last = versions[versions.length - 1];
  const mid = versions[Math.floor(versions.length / 2)];
  const long: [string, string][] = [['0', last], [last, '0'], [versions[1], last], [last, versions[1]], ['0', mid], [mid, '0'], [mid, last], [last, mid]];
  const out: [string, string][] = [];
  versions.forEach((a, i) =>
    versions.forEach((b, j) => {
      if (a !== b && (all || Math.abs(i - j) === 1 || long.some(([x, y]) => x === a && y === b))) out.push([a, b]);
    }),
  );
  return out;
}

for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  describe(`${dialect}: the check of A → B rejects every other version D`, () => {
    const d = getDialect(dialect);
    const params = resolveParams(product, []) as Record<string, Scalar>;
    const versions = versionsOf(dialect);
    const models = new Map(versions.map((v) => [v, modelAt(product, v, d, params)]));
    it.each(pairs(versions))('%s → %s', (a, b) => {
      const r = compile({ product: 'supertokens', from: a, to: b, dialect });
      const states = new Set(r.states());
      expect(firstMismatch(d, r.check, models.get(a)!), `${a} itself`).toBeUndefined();
      expect(firstMismatch(d, r.check, models.get(b)!), `${b} itself`).toBeUndefined();
      const wronglyAccepted = versions.filter((v) => !states.has(listing(models.get(v)!)) && firstMismatch(d, r.check, models.get(v)!) === undefined);
      expect(wronglyAccepted).toEqual([]);
    });
  });
}

// A derived install (product.yaml derived_installs:) creates each table once, at its final definition: a database
// at an earlier version whose tables are a part of the target's (9.1 of 12.1) is on no state of its path, and the
// check says so in one sentence, which names an object the install creates before one the database has.
describe('derived installs refuse every version with another schema', () => {
  for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
    const d = getDialect(dialect);
    const params = resolveParams(product, []) as Record<string, Scalar>;
    const versions = versionsOf(dialect);
    for (const to of (product.product.derived_installs ?? []).filter((v) => versions.includes(v))) {
      it(`${dialect}: 0 → ${to} and ${to} → 0`, () => {
        const target = listing(modelAt(product, to, d, params));
        const others = versions.filter((v) => v !== '0' && listing(modelAt(product, v, d, params)) !== target);
        for (const [a, b] of [['0', to], [to, '0']]) {
          const r = compile({ product: 'supertokens', from: a, to: b, dialect });
          expect(r.plans.map((x) => x.derived)).toEqual([true]);
          expect(others.filter((v) => firstMismatch(d, r.check, modelAt(product, v, d, params)) === undefined)).toEqual([]);
        }
      });
    }
  }
  it('postgres: a 9.1 database is refused by the derived install of the newest version, with one sentence', () => {
    const d = getDialect('postgres');
    const last = versions[versions.length - 1];
    const r = compile({ product: 'supertokens', from: '0', to: last, dialect: 'postgres' });
    expect(r.plans[0].derived).toBe(true);
    const problem = firstMismatch(d, r.check, modelAt(product, '9.1', d, resolveParams(product, []) as Record<string, Scalar>));
    expect(problem).toMatch(/^table \w+ (has no [\w ]+ \w+|is missing), which this script creates (before|together with) (table \w+|[\w ]+ \w+ of table \w+)$/);
    expect(r.check.what).toBe(`this database holds supertokens tables that are neither absent nor partway through this install of supertokens ${last}`);
  });
});

// On the engines: (A, B, D) with D's schema on no state of A → B; the script stops and nothing changes. A fixed
// sample in `npm test`; PLAN_VERSION_CHECK_TRIPLES=all applies every (A, B, D) with A, B adjacent versions (both
// directions) and D any version on no state of the path (several thousand databases: minutes per engine).
function allTriples(): [string, string, string][] {
  const d = getDialect('postgres');
  const params = resolveParams(product, []) as Record<string, Scalar>;
  const listings = new Map(versions.map((v) => [v, listing(modelAt(product, v, d, params))]));
  const out: [string, string, string][] = [];
  for (let i = 0; i + 1 < versions.length; i++) {
    for (const [a, b] of [[versions[i], versions[i + 1]], [versions[i + 1], versions[i]]]) {
      const states = new Set(compile({ product: 'supertokens', from: a, to: b, dialect: 'postgres' }).states());
      for (const v of versions) if (!states.has(listings.get(v)!)) out.push([a, b, v]);
    }
  }
  return out;
}
const TRIPLES: [string, string, string][] =
  process.env.PLAN_VERSION_CHECK_TRIPLES === 'all'
    ? allTriples()
    : [
        ['5.0', '4.6', '6.0'],
        ['4.6', '5.0', '3.3'],
        ['0', '4.0', '5.0'],
        ['3.10', '3.11', '4.0'],
        ['6.0', '5.0', '4.6'],
        // The derived install of 10.1 (both dialects) on a 9.1 database, a part of its schema.
        ['0', '10.1', '9.1'],
      ];
for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  await describeEngines(dialect, (target) => {
    describe(`${target.title}: a script applied to another version stops untouched`, () => {
      const scratches: Scratch[] = [];
      afterAll(async () => {
        for (const s of scratches) await s.close().catch(() => undefined);
      });
      it.each(TRIPLES)('%s → %s on a %s database', async (a, b, at) => {
        const s = await openScratch(dialect, { url: target.url });
        scratches.push(s);
        await s.execScript(compile({ product: 'supertokens', from: '0', to: at, dialect }).sql);
        const before = { catalog: [...(await s.catalog())].sort(), rows: await s.allRows() };
        await expect(s.execScript(compile({ product: 'supertokens', from: a, to: b, dialect }).sql)).rejects.toThrow(/plan stopped: /);
        expect({ catalog: [...(await s.catalog())].sort(), rows: await s.allRows() }).toEqual(before);
      });
    });
  });
}

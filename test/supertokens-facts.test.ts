// The schema the SuperTokens plans predict at every version equals SuperTokens' own fresh install
// (plans/supertokens/facts), on both dialects (each up to the last version it supports) and for both values of the parameter: zero drift, no engine
// needed. The engines confirm the same thing in the verify tests.
import { factsCatalog } from '../src/verify/verify.js';
import { getDialect } from '../src/dialects/index.js';
import { describe, expect, it } from 'vitest';
import { predictCatalog } from '../src/compile/compile.js';
import { loadProduct } from '../src/plan/load.js';
import { dialectVersions } from '../src/plan/dialect-versions.js';
import type { DialectName } from '../src/plan/types.js';

const product = loadProduct('supertokens');
/** The fresh-install listing of `version`; 12.1 has none (no public plugin): its predicted one (facts/core-12.1.md). */
const facts = (dialect: DialectName, version: string) => factsCatalog(product.dir, getDialect(dialect), version, undefined)!.lines;

describe.each([
  ['postgres'],
  ['mysql'],
] as [DialectName][])('%s', (dialect) => {
  for (const dynamic of ['true', 'false']) {
    // The versions this dialect supports (product.yaml dialect_versions:): MySQL stops at 10.1.
    it.each(dialectVersions(product.product, dialect))(`%s (access_token_signing_key_dynamic=${dynamic})`, (version) => {
      const predicted = predictCatalog({ product: 'supertokens', version, dialect, params: [`access_token_signing_key_dynamic=${dynamic}`] }).sort();
      expect(predicted).toEqual(facts(dialect, version));
    });
  }
});

it('only 12.1 is a prediction: every other version has its fresh-install listing', () => {
  const predicted = dialectVersions(product.product, 'postgres').filter((v) => factsCatalog(product.dir, getDialect('postgres'), v, undefined)!.predicted);
  expect(predicted).toEqual(['12.1']);
});

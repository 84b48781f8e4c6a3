// The schema the SuperTokens plans predict at every version equals SuperTokens' own fresh install
// (plans/supertokens/facts), on both dialects (each up to the last version it supports) and for both values of the parameter: zero drift, no engine
// needed. The engines confirm the same thing in the verify tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictCatalog } from '../src/compile/compile.js';
import { loadProduct } from '../src/plan/load.js';
import { dialectVersions } from '../src/plan/dialect-versions.js';
import type { DialectName } from '../src/plan/types.js';

const product = loadProduct('supertokens');
/**
 * The fresh-install listing of `version`; core 12.1 has no public plugin, so its listing is the 12.0 one plus the
 * changes of core 12.0.9 … 12.1.1 (facts/core-12.1.md), kept as `<prefix>-12.1.predicted.catalog`.
 */
const facts = (prefix: string, version: string) => {
  const dir = join(product.dir, 'facts', 'catalogs');
  const file = [`${prefix}-${version}.catalog`, `${prefix}-${version}.predicted.catalog`].find((f) => existsSync(join(dir, f)));
  if (!file) throw new Error(`no facts for ${prefix} ${version}`);
  return readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean).sort();
};

describe.each([
  ['postgres', 'pg'],
  ['mysql', 'mysql'],
] as [DialectName, string][])('%s', (dialect, prefix) => {
  for (const dynamic of ['true', 'false']) {
    // The versions this dialect supports (product.yaml dialect_versions:): MySQL stops at 10.1.
    it.each(dialectVersions(product.product, dialect))(`%s (access_token_signing_key_dynamic=${dynamic})`, (version) => {
      const predicted = predictCatalog({ product: 'supertokens', version, dialect, params: [`access_token_signing_key_dynamic=${dynamic}`] }).sort();
      expect(predicted).toEqual(facts(prefix, version));
    });
  }
});

it('only 12.1 is a prediction: every other version has its fresh-install listing', () => {
  const dir = join(product.dir, 'facts', 'catalogs');
  const predicted = dialectVersions(product.product, 'postgres').filter((v) => !existsSync(join(dir, `pg-${v}.catalog`)));
  expect(predicted).toEqual(['12.1']);
});
